/**
 * Reading EDTF (Extended Date/Time Format, ISO 8601-2) into the schema's calendar dates, with
 * edtf.js's parser, so any EDTF a file holds is read by the book. Writing EDTF is edtf.ts.
 */
import { parse, type EdtfDate } from 'edtf';
import type { CalendarPrecision } from './day.ts';

/** One side of a parsed EDTF date, as the schema holds dates. */
export interface EdtfSide {
  date: string;
  precision: CalendarPrecision;
  /** Marked `?` (uncertain) or `~` (approximate) in the file. */
  doubtful: boolean;
}

export type EdtfReading =
  { ok: true; start: EdtfSide; end?: EdtfSide } | { ok: false; expected: string; message: string };

export const EDTF_EXPECTED = 'an EDTF date: 2011-03-17, 2011-05, 2011, 2011-05-16/2011-08-02 (with ? or ~ if unsure)';

/** EDTF beyond plain ISO dates: an interval, a qualifier (`?`, `~`, `%`) or unspecified digits (`X`). */
export const EDTF_LIKE = /^(?=.*(?:[?~%X/]|\.\.))[\dX?~%./-]+$/;

const pad = (n: number) => String(n).padStart(2, '0');
const YEAR_DIGITS = 0b1111;
const MONTH_DIGITS = 0b11_0000;
const DAY_DIGITS = 0b1100_0000;
const MAX_YEAR = 9999;

/**
 * Reads an EDTF date or interval into calendar dates. Unspecified digits widen the precision
 * (`2011-03-XX` is March 2011); what a map cannot place (an unknown year, a season, a set of
 * dates, an interval with no start) is refused with the reason.
 *
 * @example parseEdtf('2011-05?/2011-08-02') // { ok: true, start: { date: '2011-05', precision: 'month', doubtful: true }, end: … }
 */
export function parseEdtf(text: string): EdtfReading {
  const fail = (message: string): EdtfReading => ({ ok: false, expected: EDTF_EXPECTED, message });
  // edtf.js reads an open end written ".." as an unknown one; both mean "no end" to the map.
  const trimmed = text.trim();
  let parsed;
  try {
    parsed = parse(trimmed.replace(/\/\.\.$/, '/').replace(/^\.\.\//, '/'));
  } catch {
    return fail(`"${shorten(trimmed)}" is not an EDTF date, nor a date in the calendar.`);
  }
  if (parsed.type === 'Date') {
    const start = side(parsed);
    return typeof start === 'string' ? fail(start) : { ok: true, start };
  }
  if (parsed.type === 'Interval') {
    const [from, to] = parsed.values;
    if (from === null) return fail(`"${shorten(trimmed)}" has no start: the map needs to know when an event began.`);
    const start = side(from);
    if (typeof start === 'string') return fail(start);
    if (to === null) return { ok: true, start };
    const end = side(to);
    if (typeof end === 'string') return fail(end);
    return { ok: true, start, end };
  }
  return fail(
    `"${shorten(trimmed)}" is an EDTF ${parsed.type.toLowerCase()}, which the map cannot place: ` +
      'give a day, a month, a year or an interval.',
  );
}

function side(d: EdtfDate): EdtfSide | string {
  const [year, month, day] = d.values;
  const unspecified = d.unspecified ?? 0;
  if (year === undefined || unspecified & YEAR_DIGITS) return 'a date whose year is not known cannot be placed in time';
  if (year < 0 || year > MAX_YEAR) return `the year ${year} is outside 0000–9999, which the map shows`;
  // A time of day (values[3…]) is finer than the map shows: the day stands.
  const doubtful = Boolean(d.uncertain) || Boolean(d.approximate);
  const yearText = String(year).padStart(4, '0');
  if (month === undefined || unspecified & MONTH_DIGITS) return { date: yearText, precision: 'year', doubtful };
  const monthText = `${yearText}-${pad(month + 1)}`;
  if (day === undefined || unspecified & DAY_DIGITS) return { date: monthText, precision: 'month', doubtful };
  return { date: `${monthText}-${pad(day)}`, precision: 'day', doubtful };
}

const shorten = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);
