/**
 * Whether a place another event of the clause took may be this event's too, when this event
 * names none of its own. One told with the same date is the same scene ("flew to Islamabad …
 * for talks"); one of the same kind is where it came again ("floods had hit Swat in May, and
 * in June another flood had cut the road"). Any other event's place is that event's alone
 * ("kidnapped in Kabul … released on Friday").
 *
 * @example
 * sharesPlace(owner, trigger, date, dateOf) // true when owner and trigger are both floods
 */
import type { DateMention } from './resolve-dates.ts';
import type { Trigger } from './triggers.ts';

export function sharesPlace(
  owner: Trigger | undefined,
  trigger: Trigger,
  date: DateMention | null,
  dateOf: ReadonlyMap<Trigger, DateMention | null>,
): boolean {
  if (owner === undefined || owner === trigger || owner.type === trigger.type) return true;
  return date !== null && dateOf.get(owner) === date;
}

/**
 * Whether an event told "later that day" or "the next morning", naming no place, is where the
 * event before it was, as a reader follows one story on: the same day always; the next day
 * when its sentence names no country either ("Pakistan's foreign secretary met … the next
 * day": that country's people act, perhaps elsewhere).
 */
export function sameSceneNextDay(date: DateMention | null, sentenceMentions: readonly { kind: string }[]): boolean {
  if (date?.link?.anchor !== 'previous') return false;
  return date.link.days === 0 || (date.link.days === 1 && !sentenceMentions.some((m) => m.kind === 'country'));
}

/** The words of a day counted from the event just before: "the next day", "later that evening". */
const SCENE_WORDS =
  /\b(?:the (?:next|following) (?:day|morning|afternoon|evening|night)|(?:later )?that (?:same )?(?:day|morning|afternoon|evening|night)|the same (?:day|morning|afternoon|evening|night)|(?:a|one) day later)\b/iu;

/**
 * Whether a sentence has words that may count its day from the event before, asked before its
 * dates are read: "The road was cleared the next day" names no place but goes on with the story of
 * the event told just before, at its place, so a reader takes it as an event though its verb is
 * none the trigger list knows.
 *
 * @example
 * goesOnScene('The road was reopened the next day.') // true
 */
export const goesOnScene = (sentence: string): boolean => SCENE_WORDS.test(sentence);

/** Whether one of a clause's dates puts it in the scene of the event told just before. */
export function inSceneBefore(dates: readonly DateMention[], sentenceMentions: readonly { kind: string }[]): boolean {
  return dates.some((d) => sameSceneNextDay(d, sentenceMentions));
}
