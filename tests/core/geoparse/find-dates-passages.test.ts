import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/core/geoparse/resolve-dates.ts';

/**
 * findDates reads all its passages in one chrono call: what it finds must be what it finds
 * reading each passage on its own. Each case is a text cut into passages where a date, a range,
 * a time or a filter of chrono's could run on into the next passage if the passages merely met.
 */
const CASES: { name: string; passages: string[] }[] = [
  { name: 'a month at the end, a time of day next', passages: ['Talks ended in May', 'morning prayers went on'] },
  { name: 'a weekday, then a date', passages: ['The envoy met him on Monday', '17 March was quiet in Lahore'] },
  { name: 'the two ends of a range', passages: ['Marches went on from May 5', 'to May 9 in Karachi'] },
  { name: 'a time, then a date', passages: ['The blast came at 5pm', 'on Friday police said'] },
  {
    name: '"this" at the end, "morning" next',
    passages: ['Firemen still fought the blaze this', 'morning in Karachi'],
  },
  { name: 'a time cut inside its "o\'clock"', passages: ['He left at 5 o', 'clock towers rang on Monday'] },
  { name: 'a lone "May", kept only as a whole text', passages: ['May', 'The strike went on Friday'] },
  { name: 'a year after a date', passages: ['The raid was on Jan. 27', '2011 was a hard year'] },
  { name: 'a timezone after a time', passages: ['Shops shut on Monday at 9 pm', 'PST officials said'] },
  { name: '"the end of" before a month', passages: ['Work stops at the end of', 'June and resumed on Monday'] },
  { name: '"in" before a "May"', passages: ['Talks broke down in', 'May after the strike on Monday'] },
];

describe('findDates over several passages', () => {
  for (const { name, passages } of CASES) {
    it(`reads each passage as it would alone: ${name}`, () => {
      const text = passages.join(' ');
      const spans: { start: number; end: number }[] = [];
      for (const p of passages) {
        const start = spans.length === 0 ? 0 : (spans.at(-1)?.end ?? 0) + 1;
        spans.push({ start, end: start + p.length });
      }
      const alone = spans.flatMap((s) => findDates(text, '2011-08-02', [s]));
      expect(alone.length).toBeGreaterThan(0);
      expect(findDates(text, '2011-08-02', spans)).toEqual(alone);
    });
  }
});
