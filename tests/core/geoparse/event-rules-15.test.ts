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

describe("an entry's weekday counts from its header, not from publication", () => {
  // Published Thursday 9 October 2025; the older entries are under Monday 6 October.
  const published = '2025-10-09';

  it('reads "on Wednesday" under Monday\'s header as the Wednesday before it, not the one after', () => {
    const text = blog(
      'Thu 9 October, 17:20',
      'Mon 6 October, 10:05',
      'On Wednesday, police fired tear gas at protesters in Cusco, Peru.',
    );
    expect(pairs(extract(text, published))).toContain('2025-10-01 Cusco:where');
  });

  it('does not put a plan told under Monday\'s header "on Tuesday" on the Tuesday after publication', () => {
    // Told on the 6th for the 7th: a day gone by publication, of a plan not told to have happened.
    const text = blog(
      'Thu 9 October, 17:20',
      'Mon 6 October, 10:05',
      'The minister will visit Cusco, Peru, on Tuesday.',
    );
    expect(pairs(extract(text, published)).filter((p) => p.includes('Cusco'))).toEqual([]);
  });

  it('leaves a weekday told with its week as read ("on Friday last week": the week before publication\'s)', () => {
    const text = blog(
      'Thu 9 October, 17:20',
      'Mon 6 October, 10:05',
      'On Friday last week, police fired tear gas at protesters in Cusco, Peru.',
    );
    expect(pairs(extract(text, published))).toContain('2025-10-03 Cusco:where');
  });
});

describe('a deadline is not the day of a plan', () => {
  it('drafts nothing for what will happen "by Friday", though "on Friday" is a plan', () => {
    // Published Wednesday 8 October 2025: Friday is the 10th.
    expect(pairs(extract('Officials in Cusco, Peru, say the road will reopen by Friday.', '2025-10-08'))).toEqual([]);
    expect(pairs(extract('Officials in Cusco, Peru, say the road will reopen on Friday.', '2025-10-08'))).toEqual([
      '2025-10-10 Cusco:where',
    ]);
  });

  it('drafts nothing for a forecast "by the weekend" in a live blog entry', () => {
    const text =
      'THURSDAY, 9 OCTOBER\n\n17:20 — Farmers marched through Lima against the water tariff.\n\n' +
      'WEDNESDAY, 8 OCTOBER\n\n16:45 — Fuel sellers in Cusco, Peru, say diesel will run out by the weekend if the road stays shut.';
    expect(pairs(extract(text, '2025-10-09'))).toEqual(['2025-10-09 Lima:where']);
  });
});

describe('a plan counted from an event ahead of publication', () => {
  it('counts "will hold an assembly hours before the talks" from the talks planned for Friday, not an older event', () => {
    // Published Thursday 9 October 2025: Friday is the 10th; the march in Lima below is the 8th.
    const text =
      'THURSDAY, 9 OCTOBER\n\n17:05 — The union says it will hold an assembly in Cusco, Peru, hours before the Lima talks.\n\n' +
      '14:30 — Officials confirm talks with the union will open at the ministry in Lima on Friday.\n\n' +
      'WEDNESDAY, 8 OCTOBER\n\n16:45 — Farmers marched through Lima.';
    const got = pairs(extract(text, '2025-10-09')).filter((p) => p.includes('Cusco'));
    expect(got).toEqual(['2025-10-10 Cusco:where']);
  });
});
