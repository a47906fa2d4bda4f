/**
 * Event dates as EDTF (Extended Date/Time Format, ISO 8601-2 / Library of Congress): the
 * form other tools (Zotero, museum catalogues, QGIS expressions) read a date's precision from.
 * Our calendar dates are already EDTF level 0 (`2011`, `2011-05`, `2011-03-17`); a range is an
 * interval (`2011-05-16/2011-08-02`), and a date the sources disagree on gets EDTF's `?`
 * ("uncertain"). Reading EDTF is parse-edtf.ts (edtf.js's parser), kept apart so the page's
 * first bundle, which names layers and formats, does not carry the parser.
 */
import { claimsByAspect } from '../dataset/claims.ts';
import { parseCalendarDate } from './day.ts';
import type { TimeEvent } from '../dataset/schema.ts';

const UNCERTAIN = '?';

/**
 * The EDTF of an event's date. A side is marked uncertain when the sources' date claims
 * disagree about it: a claim counts towards the side (start or end) whose date it is nearest.
 *
 * @example eventEdtf({ start: '2011-05-16', end: '2011-08-02', claims: [] }) // '2011-05-16/2011-08-02'
 */
export function eventEdtf(event: Pick<TimeEvent, 'start' | 'end' | 'claims'>): string {
  const dates = claimsByAspect(event.claims).find((a) => a.aspect === 'date' && a.disagree);
  const doubted = new Set<'start' | 'end'>();
  for (const claim of dates?.claims ?? []) {
    if (claim.date === undefined) continue;
    const side = event.end !== undefined && nearerEnd(claim.date, event.start, event.end) ? 'end' : 'start';
    if (claim.date !== event[side]) doubted.add(side);
  }
  const mark = (side: 'start' | 'end') => (doubted.has(side) ? UNCERTAIN : '');
  const start = `${event.start}${mark('start')}`;
  return event.end === undefined ? start : `${start}/${event.end}${mark('end')}`;
}

function nearerEnd(date: string, start: string, end: string): boolean {
  const day = parseCalendarDate(date)?.first;
  const a = parseCalendarDate(start)?.first;
  const b = parseCalendarDate(end)?.last;
  if (day === undefined || a === undefined || b === undefined) return false;
  return Math.abs(b - day) < Math.abs(day - a);
}
