import { describe, expect, it } from 'vitest';
import { applyLink, findDates, spanBounds, type DateKind } from '../../../src/core/geoparse/resolve-dates.ts';

interface Case {
  text: string;
  published: string;
  expected:
    | { text: string; kind: DateKind; start: string | null; end: string; precision: string }
    | { link: number; anchor: string };
}

// Every example of issue 18, and a few more of each kind.
const CASES: Case[] = [
  {
    text: 'The deadly March 17 attack',
    published: '2011-08-02',
    expected: { text: 'March 17', kind: 'absolute-no-year', start: '2011-03-17', end: '2011-03-17', precision: 'day' },
  },
  {
    text: 'killed 45 civilians on 17 March 2011.',
    published: '2011-04-25',
    expected: { text: 'on 17 March 2011', kind: 'absolute', start: '2011-03-17', end: '2011-03-17', precision: 'day' },
  },
  {
    text: 'went to Washington on 10 April 11 and met',
    published: '2011-04-25',
    expected: { text: 'on 10 April 11', kind: 'absolute', start: '2011-04-10', end: '2011-04-10', precision: 'day' },
  },
  {
    text: 'On Jan. 27 in Lahore, two men were shot.',
    published: '2011-08-02',
    expected: { text: 'Jan. 27', kind: 'absolute-no-year', start: '2011-01-27', end: '2011-01-27', precision: 'day' },
  },
  {
    text: 'a rare meeting in CIA headquarters Monday, followed',
    published: '2011-04-13',
    expected: { text: 'Monday', kind: 'weekday', start: '2011-04-11', end: '2011-04-11', precision: 'day' },
  },
  {
    text: 'missiles slammed into a house this morning.',
    published: '2011-04-13',
    expected: {
      text: 'this morning',
      kind: 'relative-publication',
      start: '2011-04-13',
      end: '2011-04-13',
      precision: 'day',
    },
  },
  {
    text: 'Protesters gathered on Friday.',
    published: '2011-04-13',
    expected: { text: 'on Friday', kind: 'weekday', start: '2011-04-08', end: '2011-04-08', precision: 'day' },
  },
  {
    text: 'The talks will resume next Friday.',
    published: '2011-04-13',
    expected: { text: 'next Friday', kind: 'weekday', start: '2011-04-15', end: '2011-04-15', precision: 'day' },
  },
  {
    text: 'another strike hit the village two months ago.',
    published: '2011-04-13',
    expected: {
      text: 'two months ago',
      kind: 'relative-publication',
      start: '2011-02-01',
      end: '2011-02-28',
      precision: 'month',
    },
  },
  {
    text: 'killing two agents in Lahore last December had',
    published: '2011-04-25',
    expected: {
      text: 'last December',
      kind: 'relative-publication',
      start: '2010-12-01',
      end: '2010-12-31',
      precision: 'month',
    },
  },
  {
    text: 'Until a year ago there had been reports',
    published: '2011-04-25',
    expected: { text: 'a year ago', kind: 'range', start: null, end: '2010-12-31', precision: 'range' },
  },
  {
    text: 'the raid that killed him in May.',
    published: '2011-08-02',
    expected: { text: 'May', kind: 'month', start: '2011-05-01', end: '2011-05-31', precision: 'month' },
  },
  {
    text: 'more than 200 strikes since he took office',
    published: '2011-08-02',
    expected: { text: 'since he took office', kind: 'range', start: null, end: '2011-08-02', precision: 'range' },
  },
  {
    text: 'he was not released until March 16 under a deal',
    published: '2011-08-02',
    expected: { text: 'March 16', kind: 'absolute-no-year', start: '2011-03-16', end: '2011-03-16', precision: 'day' },
  },
  {
    text: 'was killed in 2003, according to residents',
    published: '2011-04-13',
    expected: { text: '2003', kind: 'year', start: '2003-01-01', end: '2003-12-31', precision: 'year' },
  },
  {
    text: 'High Commissioner from 2004 to 2008.',
    published: '2011-04-25',
    expected: { text: 'from 2004 to 2008', kind: 'range', start: '2004-01-01', end: '2008-12-31', precision: 'range' },
  },
  { text: 'He left the next day for Turkey', published: '2011-04-25', expected: { link: 1, anchor: 'previous' } },
  {
    text: 'The trucks had left two days earlier.',
    published: '2017-01-10',
    expected: { link: -2, anchor: 'previous' },
  },
  { text: 'A week later, he resigned.', published: '2017-01-10', expected: { link: 7, anchor: 'previous' } },
  {
    text: 'a day after the release of a contractor',
    published: '2011-04-25',
    expected: { link: 1, anchor: 'the release of a contractor' },
  },
  { text: 'On the eve of the ruling, police', published: '2024-02-18', expected: { link: -1, anchor: 'the ruling' } },
  {
    text: 'locked on the night of the fire.',
    published: '2024-02-18',
    expected: { link: 0, anchor: 'the fire' },
  },
  {
    text: 'Within hours of the verdict, workers walked out',
    published: '2024-02-18',
    expected: { link: 0, anchor: 'the verdict' },
  },
  { text: 'were released late at night.', published: '2023-03-04', expected: { link: 0, anchor: 'previous' } },
  { text: 'signed the same evening.', published: '2023-03-04', expected: { link: 0, anchor: 'previous' } },
  {
    text: 'On Wednesday last week, a jeep fell',
    published: '2024-06-12',
    expected: {
      text: 'On Wednesday last week',
      kind: 'weekday',
      start: '2024-06-05',
      end: '2024-06-05',
      precision: 'day',
    },
  },
  {
    text: 'Teachers are expected to join the strike on Monday.',
    published: '2024-04-12',
    expected: { text: 'on Monday', kind: 'weekday', start: '2024-04-15', end: '2024-04-15', precision: 'day' },
  },
  {
    text: 'The talks collapsed last Friday.',
    published: '2025-10-17',
    expected: { text: 'last Friday', kind: 'weekday', start: '2025-10-10', end: '2025-10-10', precision: 'day' },
  },
  {
    text: 'They will join the strike next week.',
    published: '2023-03-04',
    expected: { text: 'next week', kind: 'range', start: '2023-03-06', end: '2023-03-12', precision: 'range' },
  },
  {
    text: 'this morning, less than two days after the meeting.',
    published: '2011-04-13',
    expected: {
      text: 'this morning',
      kind: 'relative-publication',
      start: '2011-04-13',
      end: '2011-04-13',
      precision: 'day',
    },
  },
];

describe('findDates', () => {
  it.each(CASES)('$text ($published)', ({ text, published, expected }) => {
    const found = findDates(text, published);
    if ('link' in expected) {
      const linked = found.find((d) => d.link);
      expect(linked?.span).toBeNull();
      expect(linked?.link?.days).toBe(expected.link);
      const anchor = linked?.link?.anchor;
      expect(anchor === 'previous' ? anchor : anchor?.text).toBe(expected.anchor);
      return;
    }
    const first = found[0];
    expect(first, `no date found in "${text}"`).toBeDefined();
    if (!first?.span) throw new Error('expected a resolved span');
    expect({ text: first.text, kind: first.kind, ...spanBounds(first.span), precision: first.span.precision }).toEqual(
      expected,
    );
  });

  it('reads "less than two days after the meeting" as a link of up to two days', () => {
    const link = findDates('less than two days after the meeting', '2011-04-13').find((d) => d.link)?.link;
    expect(link).toMatchObject({ days: 2, upTo: true });
    if (!link) return;
    const meeting = { first: 15075, last: 15075, precision: 'day' as const };
    expect(applyLink(link, meeting)).toEqual({ first: 15075, last: 15077, precision: 'range' });
  });

  it('never turns a month into a guessed day, nor "now" or a duration into a date', () => {
    const spans = findDates('In May, now the minister, he stayed for seven weeks.', '2011-08-02');
    expect(spans.map((d) => [d.text, d.span?.precision])).toEqual([['May', 'month']]);
  });

  it('reads the publication’s "this morning" beside a date told from another event ("this morning, five days after a clash")', () => {
    const found = findDates('The crossing reopened this morning, five days after a clash.', '2024-09-05');
    expect(found.map((d) => [d.text, d.kind])).toEqual([
      ['this morning', 'relative-publication'],
      ['five days after', 'relative-event'],
    ]);
  });

  it('reads no date in a duration after "after" ("the talks broke down after four hours")', () => {
    const found = findDates('They met on Oct. 17, but the talks broke down after four hours.', '2023-10-19');
    expect(found.map((d) => d.text)).toEqual(['Oct. 17']);
  });

  it('reads no date in a weekday or a month written in lower case ("sat on the tracks", "a march")', () => {
    expect(findDates('protesters sat on the tracks', '2024-02-18')).toEqual([]);
    expect(findDates('parents joined teachers on a march through the bazaar', '2024-04-12')).toEqual([]);
  });

  it('reads "within" before "of" only: "two days of talks" is no date', () => {
    expect(findDates('after two days of talks', '2024-02-18').filter((d) => d.link)).toEqual([]);
  });

  it('says which publication date is bad', () => {
    expect(() => findDates('on Monday', '2011-13-40')).toThrow(/publication date "2011-13-40"/);
  });
});
