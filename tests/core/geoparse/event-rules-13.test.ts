/**
 * Round 13 of the extractor's rules, the dates half: which day an event gets, read from
 * unseen-11's misses and checked against unseen-7..10's. Each in our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { daySections } from '../../../src/core/geoparse/day-headers.ts';
import { splitClauses } from '../../../src/core/geoparse/event-parts.ts';
import { finerDates } from '../../../src/core/geoparse/finer-dates.ts';
import { findDates } from '../../../src/core/geoparse/resolve-dates.ts';
import { dayFromYmd } from '../../../src/core/time/day.ts';
import { extract, pairs } from '../../support/extract-drafts.ts';

/** A live log: entries of "HH:MM — text" under day header lines, newest first. */
const log = (days: [string, string[]][]) =>
  `LIVE: Bus crash near Murree\n\n${days.map(([h, entries]) => `${h}\n\n${entries.join('\n\n')}`).join('\n\n')}\n`;

describe('a live blog whose day headers are weekdays alone ("Tuesday")', () => {
  const text = log([
    ['Thursday', ['10:05 — Road crews in Murree began clearing the wreck this morning.']],
    ['Wednesday', ['18:30 — Firefighters battled a blaze at a warehouse in Multan.']],
    ['Tuesday', ['21:30 — Nine people were killed when a bus crashed into a ravine near Murree.']],
  ]);

  it('reads each weekday line as the last such day up to publication', () => {
    // Published Thursday 16 May 2024.
    const days = daySections(text, '2024-05-16');
    expect(days.dayAt(text.indexOf('Road crews'))).toBe(dayFromYmd(2024, 5, 16));
    expect(days.dayAt(text.indexOf('Firefighters'))).toBe(dayFromYmd(2024, 5, 15));
    expect(days.dayAt(text.indexOf('Nine people'))).toBe(dayFromYmd(2024, 5, 14));
  });

  it('dates an entry that tells no day of its own by its weekday header', () => {
    const found = pairs(extract(text, '2024-05-16'));
    expect(found).toContain('2024-05-15 Multan:where');
    expect(found).toContain('2024-05-14 Murree:where');
  });

  it('leaves one weekday line alone: a log has several headers', () => {
    const one = 'Wednesday\n\nFirefighters battled a blaze at a warehouse in Multan.\n';
    expect(daySections(one, '2024-05-16').dayAt(one.indexOf('Firefighters'))).toBeNull();
  });
});

describe('"half an hour ago" in a live blog entry', () => {
  it('counts from the day the entry was told, its header, not from publication', () => {
    const text = log([
      ['THURSDAY 16 MAY', ['10:05 — Road crews in Murree began clearing the wreck this morning.']],
      ['TUESDAY 14 MAY', ['21:30 — BREAKING: A bus plunged into a ravine near Murree about half an hour ago.']],
    ]);
    const crash = extract(text, '2024-05-16').filter((d) => d.dateText?.includes('ago'));
    expect(pairs(crash)).toEqual(['2024-05-14 Murree:where']);
    expect(crash[0]?.dateNote).toContain('from the day header "TUESDAY 14 MAY"');
  });
});

describe('"hours after" an evening event, told under the next day\'s header', () => {
  const text = (header: string) =>
    log([
      [header, ['01:15 — The provincial governor reached Rawalpindi shortly after midnight, hours after the crash.']],
      ['TUESDAY 14 MAY', ['21:30 — Nine people were killed when a bus crashed into a ravine near Murree.']],
    ]);

  it("is on the entry's day: the hours ran past midnight", () => {
    const visit = extract(text('WEDNESDAY 15 MAY'), '2024-05-16').filter((d) => d.type === 'visit');
    expect(pairs(visit)).toEqual(['2024-05-15 Rawalpindi:to']);
    expect(visit[0]?.dateNote).toContain('past midnight');
  });

  it("stays on the anchor's day when the entry is under the same day's header", () => {
    const sameDay = log([
      [
        'TUESDAY 14 MAY',
        [
          '23:40 — The provincial governor reached Rawalpindi hours after the crash.',
          '21:30 — Nine people were killed when a bus crashed into a ravine near Murree.',
        ],
      ],
      ['MONDAY 13 MAY', ['18:00 — Heavy rain was forecast for the hills.']],
    ]);
    const visit = extract(sameDay, '2024-05-16').filter((d) => d.type === 'visit');
    expect(pairs(visit)).toEqual(['2024-05-14 Rawalpindi:to']);
  });
});

describe("a live blog entry's place is its own", () => {
  it('does not take the place of the entry above, nor the country, for "that night"', () => {
    const text = log([
      ['THURSDAY 16 MAY', ['10:05 — Road crews in Murree began clearing the wreck this morning.']],
      [
        'TUESDAY 14 MAY',
        [
          '22:40 — It recalls the disaster near Kohat on 12 March 2019, in which 40 people died.',
          '22:10 — At least nine people are dead. Hospitals declared an emergency that night.',
          '21:30 — Nine people were killed when a bus crashed into a ravine near Murree.',
        ],
      ],
    ]);
    const found = pairs(extract(text, '2024-05-16'));
    expect(found).toContain('2019-03-12 Kohat:where');
    expect(found.filter((p) => p.startsWith('2024-05-14'))).toEqual(['2024-05-14 Murree:where']);
  });

  it('keeps a place its own entry told before it', () => {
    const text = log([
      ['THURSDAY 16 MAY', ['10:05 — Road crews in Murree began clearing the wreck this morning.']],
      [
        'TUESDAY 14 MAY',
        ['22:10 — Nine people were killed in Abbottabad. Hospitals declared an emergency that night.'],
      ],
    ]);
    const night = extract(text, '2024-05-16').filter((d) => d.dateText === 'that night');
    expect(pairs(night)).toEqual(['2024-05-14 Abbottabad:where']);
  });
});

describe('a year and a day within it, told in one clause', () => {
  it('dates the event by the day, the finer telling of the same time', () => {
    const text =
      'KARACHI, May 16 (Wire) - Heavy rain flooded streets in Hyderabad on Tuesday.\n\n' +
      'Older farmers still speak of the great flood of 2019, when the river burst its banks at Sukkur on 4 August 2019 and swept away whole villages.';
    const sukkur = extract(text, '2024-05-16').filter((d) => d.places.some((p) => p.name === 'Sukkur'));
    expect(sukkur.map((d) => d.span?.precision)).toEqual(['day']);
    expect(pairs(sukkur)).toEqual(['2019-08-04 Sukkur:where']);
  });

  it('keeps a year or a month the day does not fall in', () => {
    const texts = (t: string) => finerDates(findDates(t, '2024-05-16')).map((d) => d.text);
    expect(texts('The flood of 2019 reached Sukkur on 4 August 2019.')).toEqual(['on 4 August 2019']);
    expect(texts('Floods hit Sukkur in 2019 and Larkana on 4 August 2022.')).toEqual(['2019', 'on 4 August 2022']);
    expect(texts('Rain fell in March and on 4 August.')).toEqual(['March', 'on 4 August']);
    expect(texts('Rain fell all through August, heaviest at Sukkur on 4 August.')).toEqual(['on 4 August']);
  });
});

describe('"the first such meeting": the kind of the event just told', () => {
  it('is no event of its own, and lends the plan none of its date', () => {
    const text =
      'KARACHI, May 16 (Wire) - Police detained 12 traders in Hyderabad on Tuesday.\n\n' +
      'Officials of both provinces are due to meet in Quetta next Monday, the first such meeting since last year.';
    const quetta = extract(text, '2024-05-16').filter((d) => d.places.some((p) => p.name === 'Quetta'));
    expect(pairs(quetta)).toEqual(['2024-05-20 Quetta:where']);
  });

  it('still reads a meeting not told as "such"', () => {
    const text =
      'KARACHI, May 16 (Wire) - Police detained 12 traders in Hyderabad on Tuesday.\n\n' +
      'Officials of both provinces met in Quetta last year, and the meeting ended without a deal.';
    expect(pairs(extract(text, '2024-05-16'))).toContain('2023-01-01 Quetta:where');
  });
});

describe('a traveller "expected in" a place on a day', () => {
  const text =
    'TIRANA, May 16 (Wire) - Police detained two men in Durres on Tuesday.\n\n' +
    'The envoy will travel to Skopje on Friday for talks with the president. He is then expected in Pristina on Saturday, a spokesperson said.';

  it('is a visit planned there, on the next such day', () => {
    // Published Thursday 16 May 2024: Saturday is the 18th.
    const found = pairs(extract(text, '2024-05-16'));
    expect(found.filter((p) => p.startsWith('2024-05-17 Skopje'))).toHaveLength(1);
    expect(found).toContain('2024-05-18 Pristina:to');
  });

  it('reads the weekday ahead, as after "will"', () => {
    const saturday = findDates('He is expected in Pristina on Saturday.', '2024-05-16')[0];
    expect(saturday?.note).toContain('the next such weekday after publication, 2024-05-18');
  });
});

describe('"three weeks ago": a count of weeks', () => {
  it('is the week it points to, an honest range, not a day', () => {
    const [d] = findDates('A trawler tore his nets off Gwadar three weeks ago.', '2024-05-16');
    // Published 16 May 2024: 21 days back is 25 April; the range runs 22 to 28 April.
    expect(d?.span).toEqual({ first: dayFromYmd(2024, 4, 22), last: dayFromYmd(2024, 4, 28), precision: 'range' });
    expect(d?.note).toContain('a count of weeks gives no day');
  });

  it('puts no day-dated draft on the map for it', () => {
    const text =
      'KARACHI, May 16 (Wire) - Police detained 12 fishermen in Pasni on Tuesday.\n\n' +
      'A trawler from Karachi damaged nets off Gwadar two weeks ago, fishermen said.';
    const told = extract(text, '2024-05-16').filter((d) => d.dateText === 'two weeks ago');
    expect(told.map((d) => d.span?.precision)).not.toContain('day');
  });
});

describe('", who … on 3 March 2023": an aside with a date of its own', () => {
  const text =
    'QUETTA, May 16 (Wire) - Fishermen in Gwadar held a vigil on Sunday for the harbour master, who drowned near Turbat on 3 March 2023. ' +
    'The next day, traders in Pasni closed their shops in protest.';

  it('is an event of its own, with its own place and date', () => {
    const found = pairs(extract(text, '2024-05-16'));
    // Published Thursday 16 May 2024: Sunday is the 12th.
    expect(found).toContain('2023-03-03 Turbat:where');
    expect(found).toContain('2024-05-12 Gwadar:where');
    expect(found).not.toContain('2024-05-12 Turbat:where');
  });

  it('is no step of the story: "the next day" after it counts from the vigil', () => {
    const found = pairs(extract(text, '2024-05-16'));
    expect(found).toContain('2024-05-13 Pasni:where');
    expect(found).not.toContain('2023-03-04 Pasni:where');
  });

  it('leaves a "who" clause without a full date of its own in its sentence', () => {
    const clauses = (s: string) => splitClauses({ start: 0, end: s.length, text: s }).map((c) => c.text);
    expect(clauses('They mourned the master, who drowned near Turbat on 3 March 2023.')).toEqual([
      'They mourned the master',
      'who drowned near Turbat on 3 March 2023.',
    ]);
    expect(clauses('They mourned the master, who drowned near Turbat last year.')).toEqual([
      'They mourned the master, who drowned near Turbat last year.',
    ]);
  });
});

describe('"through the night": how long, not when', () => {
  it('is no date, so the clause takes no day from the event told before', () => {
    const text =
      'QUETTA, May 16 (Wire) - An earthquake struck Kalat on Tuesday. An aftershock hit Mastung the next day.\n\n' +
      'Rescuers found a boy alive in a village near Khuzdar, where volunteers had been digging through the night.';
    const found = pairs(extract(text, '2024-05-16'));
    expect(found).toContain('2024-05-15 Mastung:where');
    expect(found.filter((p) => p.includes('Khuzdar'))).toEqual([]);
  });

  it('leaves "that night" and "late at night" dates', () => {
    const texts = (t: string) => findDates(t, '2024-05-16').map((d) => d.text);
    expect(texts('Volunteers dug all night long. Police fired tear gas late that night.')).toEqual(['that night']);
    // chrono reads "late at night" as its "night".
    expect(texts('Shelling went on throughout the afternoon, and a fire broke out late at night.')).toEqual(['night']);
  });
});

describe('"since" before an event with a full date of its own', () => {
  it('opens a clause: that event, at its place and on its day', () => {
    const text =
      'QUETTA, May 16 (Wire) - Police detained two men in Kalat on Tuesday.\n\n' +
      'The province has accused the neighbouring authorities of harbouring fighters, and ties have been strained since gunmen ambushed a police convoy near Khuzdar on March 9, 2023, killing four officers.';
    expect(pairs(extract(text, '2024-05-16'))).toContain('2023-03-09 Khuzdar:where');
  });

  it('leaves "since" without a full date in its clause', () => {
    const clauses = (s: string) => splitClauses({ start: 0, end: s.length, text: s }).map((c) => c.text);
    expect(clauses('Ties have soured since gunmen ambushed a convoy on 9 March 2023.')).toEqual([
      'Ties have soured',
      'since gunmen ambushed a convoy on 9 March 2023.',
    ]);
    expect(clauses('Ties have soured since gunmen ambushed a convoy last year.')).toEqual([
      'Ties have soured since gunmen ambushed a convoy last year.',
    ]);
  });
});
