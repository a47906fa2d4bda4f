/**
 * The one time representation of Time Atlas: the **epoch day**, a count of whole UTC days
 * since 1970-01-01 (day 0). Playback time is a fractional epoch day (12.5 is noon of day 12).
 *
 * Why days and not milliseconds: every date in our sources is a calendar date at best, a day
 * number stays an exact small integer inside a GPU float32 (MapLibre expressions), and
 * "one day a second" playback is plain arithmetic.
 */

const MS_PER_DAY = 86_400_000;

/** A calendar date as written in data: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const CALENDAR_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export type CalendarPrecision = 'year' | 'month' | 'day';

/** A parsed calendar date: the first and last epoch day it covers (inclusive). */
export interface DaySpan {
  first: number;
  last: number;
  precision: CalendarPrecision;
}

/** Epoch day of a UTC calendar date. Month is 1–12. */
export function dayFromYmd(year: number, month: number, day: number): number {
  const date = new Date(Date.UTC(2000, month - 1, day));
  // Date.UTC reads years 0–99 as 1900–1999; setting the year afterwards does not.
  date.setUTCFullYear(year + date.getUTCFullYear() - 2000);
  return Math.floor(date.getTime() / MS_PER_DAY);
}

/** Days from 0000-03-01 to 1970-01-01. */
const DAYS_TO_EPOCH = 719_468;
/** Days in each month of a common year, January first. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

/**
 * Epoch day of a date that exists (month 1–12, day within the month), by arithmetic rather than
 * a `Date` (an import parses a million dates): the proleptic Gregorian calendar, as `Date.UTC`
 * and ISO 8601 count it (Howard Hinnant's `days_from_civil`).
 */
function civilDay(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - DAYS_TO_EPOCH;
}

/**
 * Parse `YYYY`, `YYYY-MM` or `YYYY-MM-DD` into the span of days it covers.
 * Returns `null` for anything else, including impossible dates such as 2011-02-30.
 *
 * @example parseCalendarDate('2011-03') // { first: 15034, last: 15064, precision: 'month' }
 */
export function parseCalendarDate(text: string): DaySpan | null {
  const m = CALENDAR_DATE.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) {
    return { first: civilDay(year, 1, 1), last: civilDay(year, 12, 31), precision: 'year' };
  }
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) {
    return {
      first: civilDay(year, month, 1),
      last: civilDay(year, month, daysInMonth(year, month)),
      precision: 'month',
    };
  }
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) return null;
  const epochDay = civilDay(year, month, day);
  return { first: epochDay, last: epochDay, precision: 'day' };
}

/** Days already formatted: the extractor's notes format the same few days thousands of times. */
const formatted = new Map<number, string>();
const MAX_FORMATTED = 10_000;

/** `YYYY-MM-DD` of an epoch day (the fractional part is dropped). */
export function formatDay(epochDay: number): string {
  const day = Math.floor(epochDay);
  let s = formatted.get(day);
  if (s === undefined) {
    s = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    if (formatted.size >= MAX_FORMATTED) formatted.clear();
    formatted.set(day, s);
  }
  return s;
}

/** Epoch day of a JavaScript Date (UTC), with the time of day as a fraction. */
export function dayFromDate(date: Date): number {
  return date.getTime() / MS_PER_DAY;
}

/** The JavaScript Date at the start of an epoch day (UTC). */
export function dateFromDay(epochDay: number): Date {
  return new Date(epochDay * MS_PER_DAY);
}

/** Year, month (1–12) and day of month of an epoch day, in UTC. */
export function ymdOfDay(epochDay: number): { year: number; month: number; day: number } {
  const d = dateFromDay(Math.floor(epochDay));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Move an epoch day by whole calendar months, clamping the day of month (31 Jan + 1 month = 28 Feb). */
export function addMonths(epochDay: number, months: number): number {
  const { year, month, day } = ymdOfDay(epochDay);
  const target = dayFromYmd(year, month + months, 1);
  const { year: ty, month: tm } = ymdOfDay(target);
  const lastOfTarget = dayFromYmd(ty, tm + 1, 1) - 1;
  return Math.min(dayFromYmd(ty, tm, day), lastOfTarget) + (epochDay - Math.floor(epochDay));
}
