/**
 * "The road was cleared the next day", "Doctors examined them that evening": a clause that names
 * no place but counts its day from the event told just before goes on with that event's story,
 * at its place (see sameSceneNextDay), so a reader takes it as an event though its verb is none
 * the trigger list knows and its sentence names no place.
 *
 * @example
 * goesOnScene('The road was reopened the next day.') // true
 * goesOnScene('The road was reopened on Monday.') // false
 */
import type { DateMention } from './resolve-dates.ts';
import { sameSceneNextDay } from './same-scene.ts';

/** The words of a day counted from the event just before: "the next day", "later that evening". */
const SCENE_WORDS =
  /\b(?:the (?:next|following) (?:day|morning|afternoon|evening|night)|(?:later )?that (?:same )?(?:day|morning|afternoon|evening|night)|the same (?:day|morning|afternoon|evening|night)|(?:a|one) day later)\b/iu;

/** Whether a sentence has words that may count its day from the event before (asked before dates are read). */
export const goesOnScene = (sentence: string): boolean => SCENE_WORDS.test(sentence);

/** Whether one of a clause's dates puts it in the scene of the event told just before. */
export function inSceneBefore(dates: readonly DateMention[], sentenceMentions: readonly { kind: string }[]): boolean {
  return dates.some((d) => sameSceneNextDay(d, sentenceMentions));
}
