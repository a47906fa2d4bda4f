/**
 * Dates as people type them into spreadsheets, turned into the calendar dates of the schema
 * (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`), whose form is also the date's precision. Unambiguous forms
 * are read ("17 March 2011", "2011/3/17", an ISO timestamp); ambiguous ones ("04/03/2011": 4 March
 * or 3 April?) are refused with the form to use, never guessed.
 */
import { formatDay, parseCalendarDate, type CalendarPrecision } from '../time/day.ts';
import { shorten } from '../text/problem-text.ts';
import { EDTF_LIKE, parseEdtf } from '../time/parse-edtf.ts';
import type { Message } from '../text/translate.ts';
import { coded } from './problem.ts';

export type ImportDate =
  | {
      ok: true;
      date: string;
      precision: CalendarPrecision;
      /** The end an EDTF interval in the cell gives (`2011-05-16/2011-08-02`). */
      end?: string;
      /** The cell marks the date uncertain or approximate (EDTF `?`, `~`, `%`). */
      doubtful?: boolean;
    }
  | { ok: false; expected: string; message: string; code?: Message };

export const DATE_EXPECTED = 'a date as YYYY-MM-DD, YYYY-MM or YYYY';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

/** A date text is quoted at most this long in its problem: enough for any date a person writes. */
const MAX_DATE_QUOTE = 40;
/** Spreadsheets count days from 30 Dec 1899; day 25569 is 1 Jan 1970. */
const SPREADSHEET_EPOCH_OFFSET = 25_569;
/** Serial numbers of 1 Jan 1900 … about 2119: a 5-digit number in a date column is one of these. */
const SERIAL = /^\d{5}(?:\.\d+)?$/;

const ISO_DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;
const YEAR = /^\d{4}$/;
const LOOSE_YMD = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?$/;
const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/i;
const NUMERIC_DMY = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;
const DAY_MONTH_YEAR = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})$/i;
const MONTH_DAY_YEAR = /^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i;
const MONTH_YEAR = /^([a-z]+)\.?,?\s+(\d{4})$/i;

const pad = (n: number) => String(n).padStart(2, '0');

function monthOf(word: string): number | undefined {
  const w = word.toLowerCase();
  if (w.length < 3) return undefined;
  const i = MONTHS.findIndex((m) => m.startsWith(w) || (w === 'sept' && m === 'september'));
  return i < 0 ? undefined : i + 1;
}

function fromParts(year: number, month?: number, day?: number): ImportDate | undefined {
  const text =
    month === undefined ? `${year}` : day === undefined ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
  const span = parseCalendarDate(text);
  if (!span) return undefined;
  return { ok: true, date: text, precision: span.precision };
}

const notInCalendar = (text: string): ImportDate => ({
  ok: false,
  expected: DATE_EXPECTED,
  ...coded({ key: 'problem.dateNotInCalendar', params: { text } }),
});

/**
 * Reads one date cell. Blank cells are the caller's business (a start date is required, an end
 * date is not).
 *
 * @example
 * parseImportDate('17 March 2011') // { ok: true, date: '2011-03-17', precision: 'day' }
 * parseImportDate('2011-03')       // { ok: true, date: '2011-03', precision: 'month' }
 * parseImportDate('04/03/2011')    // { ok: false, message: '… 4 March or 3 April …' }
 */
export function parseImportDate(raw: string): ImportDate {
  const text = raw.trim();
  const fail = (message: string | Message): ImportDate =>
    typeof message === 'string'
      ? { ok: false, expected: DATE_EXPECTED, message }
      : { ok: false, expected: DATE_EXPECTED, ...coded(message) };

  if (ISO_DATE.test(text) || YEAR.test(text)) {
    const span = parseCalendarDate(text);
    return span ? { ok: true, date: text, precision: span.precision } : notInCalendar(text);
  }
  const timestamp = TIMESTAMP.exec(text);
  if (timestamp?.[1]) {
    // The day as written: the time of day (and its zone) is finer than the map shows.
    return parseImportDate(timestamp[1]);
  }
  const loose = LOOSE_YMD.exec(text);
  if (loose) {
    const [, y, m, d] = loose;
    return fromParts(Number(y), Number(m), d === undefined ? undefined : Number(d)) ?? notInCalendar(text);
  }
  const numeric = NUMERIC_DMY.exec(text);
  if (numeric) {
    const [a, b, year] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
    const dayFirst = fromParts(year, b, a);
    const monthFirst = fromParts(year, a, b);
    const iso = (d: ImportDate | undefined) => (d?.ok ? d.date : undefined);
    if (iso(dayFirst) && iso(monthFirst) && a !== b) {
      return fail({
        key: 'problem.dateAmbiguous',
        params: { text, dayFirst: iso(dayFirst)!, monthFirst: iso(monthFirst)! },
      });
    }
    const only = iso(dayFirst) ?? iso(monthFirst);
    if (only) return fail(`"${text}" is not in the date form the map reads: write it as ${only}.`);
    return notInCalendar(text);
  }
  if (EDTF_LIKE.test(text)) {
    // EDTF: an interval, a qualified date ("2011-03-17?") or unspecified digits ("2011-03-XX").
    const edtf = parseEdtf(text);
    if (!edtf.ok) return { ok: false, expected: edtf.expected, message: edtf.message };
    const doubtful = edtf.start.doubtful || (edtf.end?.doubtful ?? false);
    return {
      ok: true,
      date: edtf.start.date,
      precision: edtf.start.precision,
      ...(edtf.end && edtf.end.date !== edtf.start.date ? { end: edtf.end.date } : {}),
      ...(doubtful ? { doubtful } : {}),
    };
  }
  const dmy = DAY_MONTH_YEAR.exec(text);
  const mdy = MONTH_DAY_YEAR.exec(text);
  if (dmy || mdy) {
    const [day, monthWord, year] = dmy ? [dmy[1], dmy[2], dmy[3]] : [mdy?.[2], mdy?.[1], mdy?.[3]];
    const month = monthOf(monthWord ?? '');
    if (month !== undefined) return fromParts(Number(year), month, Number(day)) ?? notInCalendar(text);
  }
  const my = MONTH_YEAR.exec(text);
  if (my) {
    const month = monthOf(my[1] ?? '');
    if (month !== undefined) return fromParts(Number(my[2]), month) ?? notInCalendar(text);
  }
  if (SERIAL.test(text)) {
    const day = Math.floor(Number(text)) - SPREADSHEET_EPOCH_OFFSET;
    return fail(
      `"${text}" looks like a spreadsheet's internal date number (${formatDay(day)}?): ` +
        `format the column as text in the form YYYY-MM-DD and save again.`,
    );
  }
  return fail({ key: 'problem.dateUnreadable', params: { text: shorten(text, MAX_DATE_QUOTE) } });
}
