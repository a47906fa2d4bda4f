/**
 * "The Kyrgyz foreign ministry summoned …", "Iran's foreign ministry said it had called in …": a
 * country's foreign ministry is in its capital, as a reader knows, so what the ministry did that
 * the passage places nowhere is put there, not over the whole country. The capital comes from the
 * lexicon's capitals (only countries whose capital is not disputed).
 *
 * @example
 * ministryAtCapital(text, drafted, mentions, summoned, matcher, context, notes) // true: Bishkek:where added
 */
import { CAPITALS } from './lexicon.ts';
import { draftPlace, type DraftPlace, type PlaceContext } from './event-places.ts';
import type { PlaceMatcher, PlaceMention } from './match-context.ts';
import type { Trigger } from './triggers.ts';

/**
 * Between the country's name or adjective and the event's word, the ministry as the one who acts:
 * "'s foreign ministry summoned", " foreign office said it had called in" (not ", the Italian
 * foreign ministry said" after the event: the ministry there only tells of it).
 */
const MINISTRY_ACTS =
  /^(?:['’]s)?\s+(?:[Ff]oreign\s+(?:[Mm]inistry|[Oo]ffice|[Aa]ffairs\s+[Mm]inistry)|[Mm]inistry\s+of\s+[Ff]oreign\s+[Aa]ffairs)(?:\s+(?:said|says|announced|confirmed)(?:\s+that)?\s+(?:it|they)(?:\s+(?:had|has|have|would))?)?\s+(?:\p{Ll}+ly\s+)?$/u;

/**
 * Adds to `drafted` the capital of the first country of `mentions` told as a foreign ministry's
 * ("the Kyrgyz foreign ministry"), where the event is; false when there is none.
 */
export function ministryAtCapital(
  text: string,
  drafted: DraftPlace[],
  mentions: readonly PlaceMention[],
  trigger: Trigger,
  matcher: PlaceMatcher,
  context: PlaceContext,
  notes: string[],
): boolean {
  for (const m of mentions) {
    if (m.kind !== 'country') continue;
    const told = m.end < trigger.start && MINISTRY_ACTS.test(text.slice(m.end, trigger.start));
    const capital = told ? CAPITALS[m.name] : undefined;
    const city = capital ? matcher.find(capital).find((c) => c.kind === 'city' && c.name === capital) : undefined;
    if (!city) continue;
    const at = draftPlace({ ...city, start: m.start, end: m.end }, 'where', context);
    notes.push(`put at ${at.name}, the capital, where the foreign ministry of ${m.name} is`);
    drafted.push(at);
    return true;
  }
  return false;
}
