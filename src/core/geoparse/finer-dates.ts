/**
 * "the flood of 2022, when water entered Sylhet on 17 June 2022": a year (or a month) and a day
 * within it, told in one clause, are one time told twice, and the day is the finer telling. A
 * reader dates the clause's event by the day; the year alone would say less than the text does.
 */
import type { DateMention } from './resolve-dates.ts';

const COARSE = new Set(['year', 'month']);

/** The dates of one clause without those a finer date of the clause falls within. */
export function finerDates(dates: DateMention[]): DateMention[] {
  if (dates.length < 2) return dates;
  const days = dates.filter((d) => d.span?.precision === 'day' && d.span.first !== null);
  if (days.length === 0) return dates;
  return dates.filter((d) => {
    const span = d.span;
    if (!span || !COARSE.has(span.precision) || span.first === null) return true;
    const first = span.first;
    return !days.some((x) => (x.span?.first ?? -Infinity) >= first && (x.span?.last ?? Infinity) <= span.last);
  });
}
