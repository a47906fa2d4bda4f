import { describe, expect, it } from 'vitest';
import { dayFromYmd, formatDay, parseCalendarDate, type DaySpan } from '../../../src/core/time/day.ts';

/**
 * `parseCalendarDate` as it was before it counted days by arithmetic (issue #17): through `Date`,
 * rejecting a day that does not round-trip. The arithmetic must agree with it on every input.
 */
function byDate(text: string): DaySpan | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) {
    return { first: dayFromYmd(year, 1, 1), last: dayFromYmd(year + 1, 1, 1) - 1, precision: 'year' };
  }
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) {
    return { first: dayFromYmd(year, month, 1), last: dayFromYmd(year, month + 1, 1) - 1, precision: 'month' };
  }
  const epochDay = dayFromYmd(year, month, Number(m[3]));
  if (formatDay(epochDay) !== text) return null;
  return { first: epochDay, last: epochDay, precision: 'day' };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
/** Years around every kind of leap rule and the ends of 0000–9999. */
const YEARS = [
  ...Array.from({ length: 9 }, (_, i) => i),
  99,
  100,
  399,
  400,
  1582,
  1600,
  1700,
  1899,
  1900,
  1969,
  1970,
  1971,
  2000,
  2011,
  2024,
  2100,
  2400,
  9996,
  9999,
];

describe('parseCalendarDate', () => {
  it('agrees with the Date-based reading on every year, month and day form, including days past the month', () => {
    const texts: string[] = [];
    for (const y of YEARS) {
      texts.push(pad(y, 4));
      for (let m = 0; m <= 13; m++) {
        texts.push(`${pad(y, 4)}-${pad(m)}`);
        for (let d = 0; d <= 32; d++) texts.push(`${pad(y, 4)}-${pad(m)}-${pad(d)}`);
      }
    }
    // Every year's form and every 29 February, across the whole range the schema allows.
    for (let y = 0; y <= 9999; y += 1) texts.push(pad(y, 4), `${pad(y, 4)}-02-29`, `${pad(y, 4)}-12`);
    const all = [...texts, '2011-3-17', '2011-03-7', '11-03-17', '', '2011-', '20110317', ' 2011'];
    // Compared as JSON, so a failure lists the inputs that differ rather than stopping at the first.
    const differ = all.filter((t) => JSON.stringify(parseCalendarDate(t)) !== JSON.stringify(byDate(t)));
    expect(differ).toEqual([]);
    expect(all.filter((t) => parseCalendarDate(t) === null).length).toBeGreaterThan(1000);
  });

  it('agrees with Date over every day of 1600–2400', () => {
    const differ: string[] = [];
    for (let day = dayFromYmd(1600, 1, 1); day <= dayFromYmd(2400, 12, 31); day++) {
      const text = formatDay(day);
      if (parseCalendarDate(text)?.first !== day) differ.push(text);
    }
    expect(differ).toEqual([]);
  });

  it('reads the spans of a year, a month and a day, and refuses impossible dates', () => {
    expect(parseCalendarDate('2011-03')).toEqual({ first: 15034, last: 15064, precision: 'month' });
    expect(parseCalendarDate('2012-02')?.last).toBe(dayFromYmd(2012, 2, 29));
    expect(parseCalendarDate('1900-02-29')).toBeNull();
    expect(parseCalendarDate('2000-02-29')?.first).toBe(dayFromYmd(2000, 2, 29));
    expect(parseCalendarDate('2011-02-30')).toBeNull();
    expect(parseCalendarDate('1970-01-01')).toEqual({ first: 0, last: 0, precision: 'day' });
    expect(parseCalendarDate('0000')).toEqual({ first: -719528, last: -719528 + 365, precision: 'year' });
  });
});
