/**
 * The ends of a phone call: where the caller was and where the other side was.
 *
 * @example
 * callEnd(text, mention, trigger, 'from') // 'from'
 */
import type { DraftPlace } from './event-places.ts';
import type { PlaceMention } from './match-context.ts';

/**
 * Which end of a call a place is: one told before the call is the caller's, one after it the
 * other side's ("from" stays the caller's). "Iran's foreign minister phoned …" names whose
 * minister called, not where he was: a country told so is only mentioned (when no other place
 * is named, the country of those who act is still the fallback).
 */
export function callEnd(
  text: string,
  m: { start: number; end: number; kind: string },
  trigger: { start: number },
  before: string | undefined,
): 'from' | 'to' | 'mentioned' {
  if (m.start < trigger.start)
    return m.kind === 'country' && /^['’]s\s/u.test(text.slice(m.end, m.end + 3)) ? 'mentioned' : 'from';
  return before === 'from' ? 'from' : 'to';
}

/** "the press services in Bishkek and Dushanbe said": two places joined by "and" (no other word). */
const AND_BETWEEN = /^\s+and\s+(?:in\s+)?$/u;

/**
 * A call has two ends. When its clause names neither and the sentence's place it falls back to
 * comes paired with another ("the press services in Bishkek and Dushanbe said"), the pair are
 * the two ends: the second is added beside the first, with the same note.
 */
export function secondEndOfFallback(
  text: string,
  drafted: DraftPlace[],
  mentions: readonly PlaceMention[],
  draft: (m: PlaceMention) => DraftPlace,
): void {
  const first = drafted.at(-1);
  if (!first?.fallback || first.mention.end <= first.mention.start) return;
  const other = mentions.find(
    (m) =>
      m.start >= first.mention.end &&
      m.form === 'name' &&
      m.kind !== 'country' &&
      AND_BETWEEN.test(text.slice(first.mention.end, m.start)),
  );
  if (other) drafted.push({ ...draft(other), fallback: first.fallback });
}
