/** Date arithmetic the presets share, on the schema's `YYYY-MM-DD` dates. */
import { formatDay, parseCalendarDate } from '../../time/day.ts';

/** `day` moved by `days` (negative: earlier). Throws on a text that is not a calendar day. */
export function addDaysText(day: string, days: number): string {
  const span = parseCalendarDate(day);
  if (!span || span.precision !== 'day') throw new Error(`"${day}" is not a calendar day`);
  return formatDay(span.first + days);
}
