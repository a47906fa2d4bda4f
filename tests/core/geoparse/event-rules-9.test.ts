/**
 * The ninth round of the extractor's rules, each with a text of our own words it must read
 * right. Every expectation names the rule it checks.
 */
import { describe, expect, it } from 'vitest';
import { findDates, spanBounds } from '../../../src/core/geoparse/resolve-dates.ts';
import { extract, pairs } from '../../support/extract-drafts.ts';

const dayOf = (d: { span: Parameters<typeof spanBounds>[0] | null }) => (d.span ? spanBounds(d.span).start : 'none');

describe('a settlement told with a word describing it ("in neighbouring Mardan")', () => {
  it('puts the event at the settlement, past "neighbouring", not at the country', () => {
    const text = 'Shopkeepers in neighbouring Mardan kept their shutters down this morning in mourning.';
    const located = pairs(extract(text, '2025-03-12'));
    expect(located).toContain('2025-03-12 Mardan:where');
    expect(located.some((p) => p.includes('Pakistan'))).toBe(false);
  });

  it('puts a march "through central Mardan" at Mardan', () => {
    const text =
      'Traders in Charsadda closed their shops on Monday. On Tuesday, hundreds of students marched through central Mardan chanting slogans.';
    const located = pairs(extract(text, '2025-03-12'));
    expect(located).toContain('2025-03-11 Mardan:where');
  });

  it('reads ", in neighbouring …" after a town as locating that town, not as a second place', () => {
    const text = 'On 2 May 2024, a truck had overturned near Mardan, in neighbouring Peshawar, killing four people.';
    const located = pairs(extract(text, '2025-03-12'));
    expect(located).toContain('2024-05-02 Mardan:where');
    expect(located.some((p) => p.includes('Peshawar'))).toBe(false);
  });
});

describe('a second event of the same kind told in the same clause with no place of its own', () => {
  it('puts it where the first one was, not at the country', () => {
    const text =
      'Mardan has flooded before. On 4 September 2023, floods had swept away dozens of shops in Mardan, and on 2 June a second flood had blocked the road to the hospital, shopkeepers said.';
    const located = pairs(extract(text, '2024-06-20'));
    expect(located).toContain('2023-09-04 Mardan:where');
    expect(located).toContain('2024-06-02 Mardan:where');
    expect(located.some((p) => p.startsWith('2024-06-02') && p.includes('Pakistan'))).toBe(false);
  });
});

describe('a thing told as arranged ("the visit had been arranged in a call on …")', () => {
  it('dates the call, not the visit, and a later "eve of the visit" counts from the visit that happened', () => {
    const text =
      'The Nepali foreign minister arrived in New Delhi yesterday for a two-day visit. The visit had been arranged during a telephone call on March 2 between the two prime ministers. On the eve of the visit, Indian officials reopened a border crossing near Birgunj.';
    const drafts = extract(text, '2025-03-12');
    const onMarch2 = drafts.filter((d) => d.span && spanBounds(d.span).start === '2025-03-02');
    expect(onMarch2.map((d) => d.type)).toEqual(['phone-call']);
    // The visit began on 11 March: its eve is the 10th, not the day before the call.
    expect(pairs(drafts).some((p) => p.startsWith('2025-03-10') && p.includes('Birgunj'))).toBe(true);
    expect(pairs(drafts).some((p) => p.startsWith('2025-03-01'))).toBe(false);
  });
});

describe('a call whose caller is told ", speaking from …"', () => {
  it('puts the call at the place the caller spoke from, as well as at the other end', () => {
    const text =
      'The two leaders held a phone call on Monday, in which the Nepali prime minister, speaking from Kathmandu, and his Indian counterpart in New Delhi agreed to reopen the border.';
    const located = pairs(extract(text, '2025-03-12'));
    expect(located).toContain('2025-03-10 Kathmandu:from');
    expect(located).toContain('2025-03-10 New Delhi:to');
  });
});

describe('a plan told with its day first ("On Friday the team will fly to …")', () => {
  it('reads the weekday as the coming one when "will" follows a short subject', () => {
    // Published on Wednesday 12 March 2025: the coming Friday is the 14th, the last one the 7th.
    expect(findDates('On Friday the mission will fly to Quetta for talks.', '2025-03-12').map(dayOf)).toEqual([
      '2025-03-14',
    ]);
    const located = pairs(extract('On Friday the mission will fly to Quetta for talks.', '2025-03-12'));
    expect(located.some((p) => p.startsWith('2025-03-14 Quetta:'))).toBe(true);
  });

  it('keeps the last such weekday when the "will" is in what someone said that day', () => {
    const text = 'On Friday officials said the mission will fly to Quetta.';
    expect(findDates(text, '2025-03-12').map(dayOf)).toEqual(['2025-03-07']);
  });

  it('counts "on the eve of the visit" from the visit that has begun, not from a leg of it still planned', () => {
    const text =
      'The Nepali foreign minister arrived in New Delhi yesterday at the beginning of a three-day visit meant to boost trade. On Thursday the delegation will travel to Agra for meetings with traders. On the eve of the visit, Indian officials reopened a border crossing near Birgunj.';
    const located = pairs(extract(text, '2025-03-12'));
    expect(located.some((p) => p.startsWith('2025-03-13 Agra:'))).toBe(true);
    expect(located.some((p) => p.startsWith('2025-03-10') && p.includes('Birgunj'))).toBe(true);
  });

  it('drafts the next leg of a plan told as "the next day it will …" on the day after the planned one', () => {
    const text =
      'On Thursday the delegation will fly to Agra for meetings with traders, and the next day it will drive on to Jaipur.';
    const located = pairs(extract(text, '2025-03-12'));
    expect(located.some((p) => p.startsWith('2025-03-14 Jaipur:'))).toBe(true);
  });
});

describe('a court named after its city ("a Peshawar court")', () => {
  it('puts what the court did at its city, not at the country', () => {
    const located = pairs(
      extract('On Monday a Peshawar court sentenced two men to death, lawyers said.', '2025-03-12'),
    );
    expect(located).toContain('2025-03-10 Peshawar:where');
    expect(located.some((p) => p.includes('Pakistan'))).toBe(false);
  });
});

describe('a call told as "Nepal\'s foreign minister spoke by phone …"', () => {
  it("does not put the call at the caller's country when the clause names the cities of both ends", () => {
    const text =
      "On Monday, Nepal's foreign minister spoke by phone with his Indian counterpart, according to statements issued in Kathmandu and New Delhi.";
    const located = pairs(extract(text, '2025-03-12'));
    expect(located.some((p) => p.includes('Nepal:'))).toBe(false);
    expect(located.some((p) => p.startsWith('2025-03-10 Kathmandu:'))).toBe(true);
  });
});

describe('a country told as a frontier ("on the Afghanistan frontier")', () => {
  it('reads the frontier as a line, not the country the event was in', () => {
    const text =
      'Militants stormed a police post near Chaman on Monday, officials said, in the worst such raid on the Afghanistan frontier in months.';
    const located = pairs(extract(text, '2025-03-12'));
    expect(located).toContain('2025-03-10 Chaman:where');
    expect(located.some((p) => p.includes('Afghanistan'))).toBe(false);
  });
});
