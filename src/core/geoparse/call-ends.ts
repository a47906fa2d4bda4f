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

/** A name, as the unknown-place patterns read one. */
const NAME = String.raw`\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,2}`;
/** "The president, speaking from Tehran, and the prime minister, in Islamabad, discussed …". */
const PARTIES_NEXT = new RegExp(
  String.raw`^\s*The\s+(?:[\p{L}-]+\s+){0,3}[\p{Ll}-]+,\s+(?:speaking\s+from|in)\s+(${NAME}),\s+and\s+(?:the|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}[\p{Ll}-]+,\s+(?:speaking\s+from|in)\s+(${NAME}),`,
  'u',
);

/**
 * "… spoke by telephone with Pakistan's prime minister. The president, speaking from Tehran, and
 * the prime minister, in Islamabad, discussed …": the sentence after a call that names its two
 * parties, each with a place, goes on telling the call; those places are its ends (the caller's
 * first), and the countries the call's own sentence named only say whose people spoke. Only
 * when the call has no place of its own but countries.
 */
export function endsToldNext(
  text: string,
  sentence: { end: number },
  mentions: readonly PlaceMention[],
  drafted: DraftPlace[],
  draft: (m: PlaceMention, role: 'from' | 'to') => DraftPlace,
): void {
  const located = drafted.filter((p) => p.role !== 'mentioned');
  tookTheCall(text, sentence, mentions, drafted, draft);
  if (located.some((p) => p.kind !== 'country')) return;
  const next = PARTIES_NEXT.exec(text.slice(sentence.end, sentence.end + 240));
  if (!next?.[1] || !next[2]) return;
  const at = (name: string, from: number) => {
    const start = text.indexOf(name, from);
    return mentions.find((m) => m.start === start && m.form === 'name');
  };
  const caller = at(next[1], sentence.end);
  const other = caller && at(next[2], caller.end);
  if (!caller || !other) return;
  for (const p of located) p.role = 'mentioned';
  drafted.push(draft(caller, 'from'), draft(other, 'to'));
}

/** "Dar, who took the call in Doha, …", "She received the call at Entebbe": where the other side was. */
const TOOK_CALL = new RegExp(
  String.raw`^[^.]*?\b(?:took|received|answered)\s+the\s+(?:tele)?(?:phone\s+)?call\s+(?:in|at|from)\s+(${NAME})`,
  'u',
);

/**
 * "… telephoned Pakistan's foreign minister from Kabul. Dar, who took the call in Doha, said …":
 * the next sentence tells where the call was taken, the call's other end, when the call has none.
 */
function tookTheCall(
  text: string,
  sentence: { end: number },
  mentions: readonly PlaceMention[],
  drafted: DraftPlace[],
  draft: (m: PlaceMention, role: 'from' | 'to') => DraftPlace,
): void {
  if (drafted.some((p) => p.role === 'to' && p.kind !== 'country')) return;
  const next = TOOK_CALL.exec(text.slice(sentence.end, sentence.end + 240));
  if (!next?.[1]) return;
  const start = text.indexOf(next[1], sentence.end);
  const m = mentions.find((x) => x.start === start && x.form === 'name');
  if (!m) return;
  for (const p of drafted) if (p.role === 'to') p.role = 'mentioned';
  drafted.push(draft(m, 'to'));
}
