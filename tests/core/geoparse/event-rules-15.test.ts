/**
 * Round thirteen, live blogs (issue 18): the day headers a reader dates a blog's entries by, in the
 * forms live blogs write them, each rule with sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { daySections } from '../../../src/core/geoparse/day-headers.ts';
import { formatDay } from '../../../src/core/time/day.ts';
import { extract, pairs } from '../../support/extract-drafts.ts';

/** Two entries under two day headers: Lima on the newer day, Cusco on the older, the newest first. */
const blog = (newer: string, older: string, olderEntry = 'Police fired tear gas at protesters in Cusco, Peru.') =>
  `${newer}\nFarmers marched through Lima against the water tariff.\n\n${older}\n${olderEntry}`;

/** The day each header heads, read at the start of the entry under it. */
const daysOf = (text: string, published: string): (string | null)[] => {
  const log = daySections(text, published);
  return [...text.matchAll(/^(?:Farmers|Police|This|Yesterday)/gmu)].map((m) => {
    const day = log.dayAt(m.index);
    return day === null ? null : formatDay(day);
  });
};

describe('day headers in the forms live blogs write them', () => {
  // Published Thursday 9 October 2025.
  const published = '2025-10-09';

  it('reads a shortened weekday before the date ("Thu 9 October")', () => {
    const text = blog('Thu 9 October', 'Wed 8 October');
    expect(daysOf(text, published)).toEqual(['2025-10-09', '2025-10-08']);
    expect(pairs(extract(text, published))).toEqual(['2025-10-09 Lima:where', '2025-10-08 Cusco:where']);
  });

  it('reads a weekday with a comma after it, in capitals or not ("THURSDAY, 9 OCTOBER", "Wednesday, 8 October")', () => {
    expect(daysOf(blog('THURSDAY, 9 OCTOBER', 'Wednesday, 8 October'), published)).toEqual([
      '2025-10-09',
      '2025-10-08',
    ]);
  });

  it('reads a header that carries its entry\'s time after a comma ("9 October, 17:20", "Wed 8 October, 10:05")', () => {
    const text = blog('9 October, 17:20', 'Wed 8 October, 10:05');
    expect(daysOf(text, published)).toEqual(['2025-10-09', '2025-10-08']);
    expect(pairs(extract(text, published))).toEqual(['2025-10-09 Lima:where', '2025-10-08 Cusco:where']);
  });

  it('reads the month first and the time after a dash ("October 9 — 17:20"), or with its zone', () => {
    expect(daysOf(blog('October 9 — 17:20', 'October 8 - 2.05pm'), published)).toEqual(['2025-10-09', '2025-10-08']);
    expect(daysOf(blog('Thursday 9 October, 17:20 (Lima time)', 'Wednesday 8 October 09:15 GMT'), published)).toEqual([
      '2025-10-09',
      '2025-10-08',
    ]);
  });

  it('reads a time alone ("Updated 10:15 GMT") as no day: it heads nothing and splits no day', () => {
    const text =
      'Updated 10:15 GMT\nFarmers marched through Lima.\n\nUpdated 09:15 GMT\nPolice fired tear gas in Cusco, Peru.';
    expect(daysOf(text, published)).toEqual([null, null]);
    const split = `Thu 9 October, 17:20\nFarmers marched in Lima.\n\nUpdated 10:15 GMT\nThis morning, police fired tear gas in Cusco, Peru.\n\nWed 8 October, 09:00\nPolice fired tear gas in Cusco, Peru.`;
    expect(daysOf(split, published)).toEqual(['2025-10-09', '2025-10-09', '2025-10-08']);
  });

  it('does not read a sentence that starts with a date as a header', () => {
    const text =
      '9 October, 17:20 was when farmers marched through Lima.\n\n8 October, 10:05 saw police in Cusco, Peru.';
    expect(daySections(text, published).dayAt(text.indexOf('Lima'))).toBeNull();
  });
});

describe("an entry's relative words count from its header in the new forms", () => {
  const published = '2025-10-09';

  it('reads "yesterday" under "Wed 8 October, 10:05" as the 7th, not the day before publication', () => {
    const text = blog(
      'Thu 9 October, 17:20',
      'Wed 8 October, 10:05',
      'Yesterday, police fired tear gas at protesters in Cusco, Peru.',
    );
    expect(pairs(extract(text, published))).toContain('2025-10-07 Cusco:where');
  });

  it('reads "this morning" under "October 8 — 14:05" as the 8th', () => {
    const text = blog(
      'October 9 — 17:20',
      'October 8 — 14:05',
      'This morning, police fired tear gas at protesters in Cusco, Peru.',
    );
    expect(pairs(extract(text, published))).toContain('2025-10-08 Cusco:where');
  });
});
