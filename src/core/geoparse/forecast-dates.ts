/**
 * "more rain could push the river up again by the weekend", "forecasters expect storms to continue
 * until Friday": a day told as the deadline or the end of what a forecast or a possibility says
 * may happen is no day anything happened on. The date stays out of the story's dates, as a
 * headline's does; a deadline told of what happened ("by Tuesday, water had reached the town")
 * still dates it.
 *
 * @example
 * isForecastBound('Rain could push it up by the weekend.', { start: 30, text: 'weekend' }) // true
 */
import { inHeadline } from './article-frame.ts';

/** "by the ", "until ", "before the " right before the date (or opening its own text). */
const BOUND_BEFORE = /\b(?:by|until|till|before)\s+(?:the\s+)?$/iu;
const BOUND_OPENS = /^(?:by|until|till|before)\s/iu;
/** Words of a forecast or a possibility, in the sentence before the date. */
const FORECAST =
  /\b(?:could|may|might|likely|expects?|expected|forecasts?|forecasters?|predicts?|predicted|warns?|warned|threatens?|risks?)\b/iu;

/** Whether date `d` only bounds what a forecast or a possibility says ("could rise by the weekend"). */
export function isForecastBound(text: string, d: { start: number; text: string }): boolean {
  const before = text.slice(Math.max(0, d.start - 12), d.start);
  if (!BOUND_BEFORE.test(before) && !BOUND_OPENS.test(d.text)) return false;
  const from = Math.max(...['.', '!', '?', '\n'].map((c) => text.lastIndexOf(c, d.start - 1))) + 1;
  return FORECAST.test(text.slice(from, d.start));
}

/** Whether date `d` dates the story: not a headline's (see inHeadline) nor a forecast's bound. */
export const datesStory = (text: string, d: { start: number; text: string }): boolean =>
  !inHeadline(text, d) && !isForecastBound(text, d);
