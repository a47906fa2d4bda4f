/**
 * "three weeks ago", "a week ago": a count of weeks is a rounded one. A reader takes from it the
 * week it points to, not a day: an honest range of the seven days around that many weeks before
 * publication (chrono gives the exact day, 21 days back, which the text never said).
 */
import { formatDay } from '../time/day.ts';
import { ONE_TO_TEN } from './number-words.ts';
import type { DateMention } from './resolve-dates.ts';

const WEEKS_AGO = /^(?:about\s+|some\s+|nearly\s+|almost\s+|over\s+)?(a|an|\p{L}+|\d{1,2})\s+weeks?\s+ago$/iu;
/** Days either side of the day that many weeks back. */
const HALF_WEEK = 3;

/** The range a count of weeks before publication stands for, or null for any other date words. */
export function weeksAgo(base: { start: number; end: number; text: string }, pub: number): DateMention | null {
  const m = WEEKS_AGO.exec(base.text);
  const word = m?.[1]?.toLowerCase();
  if (!word) return null;
  const count = word === 'a' || word === 'an' ? 1 : (ONE_TO_TEN[word] ?? Number(word));
  if (!Number.isInteger(count) || count < 1) return null;
  const day = pub - 7 * count;
  const [first, last] = [day - HALF_WEEK, day + HALF_WEEK];
  return {
    ...base,
    kind: 'relative-publication',
    span: { first, last, precision: 'range' },
    note: `"${base.text}": the week around ${formatDay(day)}, ${formatDay(first)} to ${formatDay(last)}; a count of weeks gives no day`,
  };
}
