import { describe, expect, it } from 'vitest';
import { parseImportDate } from '../../../src/core/import/dates.ts';

describe('parseImportDate', () => {
  it.each([
    ['2011-03-17', '2011-03-17', 'day'],
    ['2011-03', '2011-03', 'month'],
    ['2011', '2011', 'year'],
    ['2011/3/7', '2011-03-07', 'day'],
    ['2011.03', '2011-03', 'month'],
    ['2011-03-17T23:30:00-05:00', '2011-03-17', 'day'],
    ['17 March 2011', '2011-03-17', 'day'],
    ['17th Mar. 2011', '2011-03-17', 'day'],
    ['March 17, 2011', '2011-03-17', 'day'],
    ['Sept 2011', '2011-09', 'month'],
    [' 2011-03-17 ', '2011-03-17', 'day'],
  ])('reads %j as %s (%s)', (text, date, precision) => {
    expect(parseImportDate(text)).toEqual({ ok: true, date, precision });
  });

  it.each([
    ['04/03/2011', 'could be 2011-03-04 (day first) or 2011-04-03 (month first)'],
    ['17/03/2011', 'write it as 2011-03-17'],
    ['3/17/2011', 'write it as 2011-03-17'],
    ['2011-02-30', 'not a date in the calendar'],
    ['31 April 2011', 'not a date in the calendar'],
    ['40619', '(2011-03-17?)'],
    ['soon', 'not a date the map can read'],
    ['<script>alert(1)</script>', 'not a date the map can read'],
  ])('refuses %j: %s', (text, message) => {
    const result = parseImportDate(text);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toContain(message);
  });
});
