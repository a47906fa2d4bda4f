/**
 * How dates and spans read to a person: "17 March 2011", "March 2011", "January–March 2011".
 * Always UTC, so a viewer in any time zone sees the date the sources give.
 */
import { formatDay, parseCalendarDate } from '../core/time/day.ts';
import type { TimeEvent } from '../core/dataset/schema.ts';

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortMonth = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' });

export function dayText(epochDay: number): string {
  return dayFormat.format(new Date(`${formatDay(epochDay)}T00:00:00Z`));
}

export function monthShort(epochDay: number): string {
  return shortMonth.format(new Date(`${formatDay(epochDay)}T00:00:00Z`));
}

/** A calendar date at its own precision: "2011", "March 2011" or "17 March 2011". */
export function calendarText(date: string): string {
  const span = parseCalendarDate(date);
  if (!span) return date;
  const d = new Date(`${formatDay(span.first)}T00:00:00Z`);
  if (span.precision === 'year') return String(d.getUTCFullYear());
  if (span.precision === 'month') return monthFormat.format(d);
  return dayFormat.format(d);
}

/** What a source without a publication date shows in its place (never today's date). */
export const UNDATED = 'undated';

/** A source's publication date, or "undated" when the source gives none. */
export function sourceDateText(published: string | undefined): string {
  return published?.trim() ? calendarText(published) : UNDATED;
}

/** An event's date as precisely as the sources allow, saying so when the day is not known. */
export function eventDateText(event: TimeEvent): string {
  const start = calendarText(event.start);
  const when = event.end && event.end !== event.start ? `${start} – ${calendarText(event.end)}` : start;
  switch (event.datePrecision) {
    case 'day':
      return when;
    case 'month':
      return `${when} (day not known)`;
    case 'year':
      return `${when} (month not known)`;
    case 'range':
      // A range is either a period (a detention) or an uncertain date; the card shows the date note.
      return when;
  }
}
