/**
 * The eighth round of the extractor's rules, each with a text of our own words it must read
 * right. Every expectation names the rule it checks.
 */
import { describe, expect, it } from 'vitest';
import { findDates, spanBounds } from '../../../src/core/geoparse/resolve-dates.ts';
import { extract, pairs, unknownNotes } from '../../support/extract-drafts.ts';

const dayOf = (d: { span: Parameters<typeof spanBounds>[0] | null }) => (d.span ? spanBounds(d.span).start : 'none');

describe('a call told as "spoke by phone"', () => {
  it('places the call at both ends: where the caller spoke from and where the other side was', () => {
    const text =
      'The Nepali prime minister spoke by phone from Kathmandu on Monday with his Indian counterpart in New Delhi, his office said.';
    const located = pairs(extract(text, '2025-03-12'));
    expect(located).toContain('2025-03-10 Kathmandu:from');
    expect(located).toContain('2025-03-10 New Delhi:to');
  });
});

describe('a settlement told again as "the town" or "the … city"', () => {
  it('puts a dated background event "near the town" at the town named in the sentence before', () => {
    const text =
      'KABUL, March 12, 2025 – Jalalabad has seen such bombings before. On 2 May 2024, a bomb near the town had wounded six people.';
    const located = pairs(extract(text, '2025-03-12'));
    // The index writes the city with its long vowels: Jalālābād.
    expect(located.some((p) => /^2024-05-02 Jal\S*d:where$/u.test(p))).toBe(true);
    expect(located.some((p) => p.includes('Afghanistan'))).toBe(false);
  });

  it('puts "police in the crowded city" at the city named just before, not at the country', () => {
    const text =
      'Traders in Multan closed their shops on Monday over a rise in power prices. On Tuesday, police in the crowded city detained 20 people, officials said.';
    const located = pairs(extract(text, '2025-03-12'));
    expect(located).toContain('2025-03-11 Multan:where');
    expect(located.some((p) => p.startsWith('2025-03-11') && p.includes('Pakistan'))).toBe(false);
  });

  it('does not read "the town of …" as a town told before', () => {
    const text =
      'Traders in Multan closed their shops on Monday. On Tuesday, police detained 20 people in the town of Khanewal.';
    const located = pairs(extract(text, '2025-03-12'));
    expect(located.some((p) => p.startsWith('2025-03-11') && p.includes('Multan'))).toBe(false);
  });
});

describe('a weekday told in the future tense, far from its helper', () => {
  it('reads the weekday as the coming one when "is due to" stands a long clause before it', () => {
    const text =
      'The governor is due to open a new ward for the children of the flooded villages of the northern districts in Peshawar on Thursday.';
    // Published on Monday 10 March 2025: the coming Thursday is 13 March, the last one 6 March.
    expect(findDates(text, '2025-03-10').map(dayOf)).toEqual(['2025-03-13']);
  });

  it('drafts no event on the last such weekday for a plan told that way', () => {
    const text =
      'The governor is due to chair a meeting of the officials of the flooded villages of the northern districts in Peshawar on Thursday.';
    expect(pairs(extract(text, '2025-03-10')).filter((p) => p.startsWith('2025-03-06'))).toEqual([]);
  });
});

describe('a date without a year, read in its own sentence', () => {
  it('keeps a past date past though the sentence before looks ahead ("next month")', () => {
    const text =
      'The court put the new tax on hold until a hearing next month. Senators in Nairobi had passed the tax on 2 June after a long debate.';
    expect(findDates(text, '2025-06-19').map(dayOf)).toContain('2025-06-02');
    expect(pairs(extract(text, '2025-06-19'))).toContain('2025-06-02 Nairobi:where');
  });

  it('still reads a date its own sentence puts ahead as the coming one', () => {
    const text = 'The court will hear the case on 2 June.';
    expect(findDates(text, '2025-06-19').map(dayOf)).toEqual(['2026-06-02']);
  });

  it('reads no day from a date that comes round every year', () => {
    const text = 'The mountain road to Skardu usually closes on Dec. 1 each year, officials said.';
    expect(findDates(text, '2025-10-19').map(dayOf)).toEqual([]);
    expect(extract(text, '2025-10-19')).toEqual([]);
  });
});

describe('"the crash" names the accident told before', () => {
  it('counts "a day after the crash" from the vehicle that plunged, not from the event told just before', () => {
    const text =
      'PESHAWAR, Pakistan, March 12, 2025 (Wire) – Nine people died when a minibus plunged into a gorge near Chitral on Saturday, police said. ' +
      'The provincial government announced compensation for the families in Peshawar on Monday. ' +
      'A day after the crash, hundreds of mourners gathered in Dir for the funerals.';
    const located = pairs(extract(text, '2025-03-12'));
    // Saturday is 8 March: the funerals are on the 9th, not the day after Monday the 10th.
    expect(located).toContain('2025-03-09 Dir:where');
  });
});

describe('a clause opened by ", and" with a counted subject', () => {
  it('dates "…, and six of the badly burnt were flown to Karachi the next day" by its own words', () => {
    const text =
      'The wounded were taken on Sunday to the district hospital in Sukkur, and six of the badly burnt were flown to Karachi the next day.';
    const located = pairs(extract(text, '2025-03-12'));
    // Sunday is 9 March: Sukkur that day, Karachi the day after.
    expect(located).toContain('2025-03-09 Sukkur:where');
    expect(located.some((p) => p.startsWith('2025-03-10') && p.includes('Karachi'))).toBe(true);
    expect(located.some((p) => p.startsWith('2025-03-09') && p.includes('Karachi'))).toBe(false);
  });
});

describe('places no index holds, in two more positions', () => {
  it('takes "X, a village of some 3,000 people in …" as the place, not only the unit after it', () => {
    const text =
      'ISLAMABAD, Pakistan, March 12, 2025 (Wire) – A mudslide struck Karandeh, a village of some 3,000 people in the Chitral district, late on Monday, officials said.';
    expect(unknownNotes(extract(text, '2025-03-12')).some((n) => n.startsWith('unknown place: Karandeh'))).toBe(true);
  });

  it('takes "declared an emergency across X" as a place, not the country', () => {
    const text =
      'The provincial government of Pakistan declared a 30-day emergency across Zorvani on Sunday after weeks of floods.';
    const located = pairs(extract(text, '2025-03-12'));
    expect(located).toContain('2025-03-09 Zorvani:where');
    expect(located.some((p) => p.includes('Pakistan:where'))).toBe(false);
  });
});

describe('an event counted back from a later one is an aside', () => {
  it('counts "the next day" from the story\'s own sequence, not from an event told "on the eve of" another', () => {
    const text =
      'ISLAMABAD, Pakistan, March 13, 2025 (Wire) – A court in Islamabad yesterday suspended a new toll on the motorway. ' +
      'The protests against the toll began on Monday in Multan, where traders closed the grain market. ' +
      'On the eve of the ruling, police in Multan detained 14 men. ' +
      'The next day the protests spread to Faisalabad, where drivers blocked the main road.';
    const located = pairs(extract(text, '2025-03-13'));
    // Monday is 10 March; the eve of the ruling (the 12th) is the 11th, which is also the day after Monday.
    expect(located).toContain('2025-03-11 Faisalabad:where');
    expect(located.some((p) => p.startsWith('2025-03-12') && p.includes('Faisalabad'))).toBe(false);
  });
});

describe('the ends of the route of vehicles, told in the plural', () => {
  it('does not put a blockade at the country the stranded lorries were heading to', () => {
    const text =
      'Drivers blocked the highway in Peshawar on Monday for several hours, stranding lorries heading to Afghanistan.';
    const located = pairs(extract(text, '2025-03-12'));
    expect(located).toContain('2025-03-10 Peshawar:where');
    expect(located.some((p) => p.includes('Afghanistan'))).toBe(false);
  });
});

describe('a lede that names only its country', () => {
  it("puts the lede's event at the dateline's city when the city lies in that country", () => {
    const text =
      "LAHORE: Pakistan's Supreme Court yesterday suspended a new tax on farm incomes, ruling that it broke the law.";
    const located = pairs(extract(text, '2025-03-12'));
    expect(located).toContain('2025-03-11 Lahore:where');
    expect(located.some((p) => p.includes('Pakistan'))).toBe(false);
  });

  it("keeps the country when the dateline's city lies in another one", () => {
    const text =
      "LONDON: Pakistan's Supreme Court yesterday suspended a new tax on farm incomes, ruling that it broke the law.";
    const located = pairs(extract(text, '2025-03-12'));
    expect(located.some((p) => p.includes('London'))).toBe(false);
  });
});

describe('a place that only locates the place named before it', () => {
  it('keeps "Mardan, a city north of Peshawar" at Mardan, with Peshawar only mentioned', () => {
    const text = 'Police fired tear gas at protesters in Mardan, a city north of Peshawar, on Sunday, officials said.';
    const located = pairs(extract(text, '2025-03-12'));
    expect(located).toContain('2025-03-09 Mardan:where');
    expect(located.some((p) => p.includes('Peshawar'))).toBe(false);
  });
});

describe('where a journey was bound for', () => {
  it('takes the start of a trip, not the town it was bound for, as where it left from', () => {
    const text = 'The coach, carrying 30 pilgrims, had left Quetta on Friday bound for Karachi on the coastal highway.';
    const located = pairs(extract(text, '2025-03-12'));
    expect(located.some((p) => p.startsWith('2025-03-07 Quetta:'))).toBe(true);
    expect(located.some((p) => p.includes('Karachi'))).toBe(false);
  });
});

describe('a place in what an event was about', () => {
  it('does not put a call at the country the two sides talked about', () => {
    const text =
      'The Pakistani foreign minister phoned his Turkish counterpart in Ankara on Monday about trade and the fighting in Syria.';
    const located = pairs(extract(text, '2025-03-12'));
    expect(located).toContain('2025-03-10 Ankara:to');
    expect(located.some((p) => p.includes('Syria'))).toBe(false);
  });

  it('still reads "about 20 kilometres outside …" as a distance, not a subject', () => {
    const text = 'Gunmen ambushed a police patrol on Monday about 20 kilometres outside Quetta, officials said.';
    const drafts = extract(text, '2025-03-12');
    expect(pairs(drafts)).toContain('2025-03-10 Quetta:where');
    // Read as the event's own place, not put there afterwards because the passage seemed to name none.
    expect(drafts.flatMap((d) => d.notes).filter((n) => n.includes('names no place'))).toEqual([]);
  });
});

describe('a weekday declared a day of something', () => {
  it('reads "declared Monday a public holiday" as the coming Monday', () => {
    // Published on Thursday 13 March 2025: the coming Monday is the 17th, the last one the 10th.
    expect(
      findDates('The government declared Monday a public holiday after the floods.', '2025-03-13').map(dayOf),
    ).toEqual(['2025-03-17']);
  });

  it('still reads "declared on Monday" as the last Monday', () => {
    expect(findDates('The government declared on Monday that schools would close.', '2025-03-13').map(dayOf)).toEqual([
      '2025-03-10',
    ]);
  });
});

describe('a border crossing no index holds', () => {
  it('takes "drove to the X border crossing" as a place', () => {
    const text =
      'KABUL, March 12, 2025 – This morning the Afghan trade minister drove to the Zarkand border crossing to open a new customs hall.';
    expect(unknownNotes(extract(text, '2025-03-12')).some((n) => n.startsWith('unknown place: Zarkand'))).toBe(true);
  });
});

describe('a lede that opens with its own date after the dateline', () => {
  it('reads "KABUL, March 12, 2025 – On Monday …" as the dateline\'s day and the lede\'s Monday, not one range', () => {
    const dates = findDates('KABUL, March 12, 2025 – On Monday the minister drove to Jalalabad.', '2025-03-12');
    expect(dates.map((d) => [d.text, dayOf(d)])).toEqual([
      ['March 12, 2025', '2025-03-12'],
      ['On Monday', '2025-03-10'],
    ]);
  });

  it('still reads a range written with a spaced dash between two months', () => {
    const dates = findDates('The talks ran from March 2024 – June 2024 in Doha.', '2025-03-12');
    expect(dates.map((d) => d.kind)).toEqual(['range']);
  });
});

describe('the unit a place no index holds is said to lie in', () => {
  it('puts "X, a village of 2,500 people in the Y district" at X, not also at the district', () => {
    const text =
      'ISLAMABAD, Pakistan, March 12, 2025 (Wire) – A landslide struck Karandeh, a village of 2,500 people in the Zorvani district, late on Monday, officials said.';
    const notes = unknownNotes(extract(text, '2025-03-12'));
    expect(notes.some((n) => n.startsWith('unknown place: Karandeh'))).toBe(true);
    expect(notes.some((n) => n.startsWith('unknown place: Zorvani'))).toBe(false);
  });

  it('keeps two places of a list, each with its own unit word', () => {
    const text =
      'ISLAMABAD, Pakistan, March 12, 2025 (Wire) – Floods cut roads in Karandeh and in the Zorvani district on Monday, officials said.';
    const notes = unknownNotes(extract(text, '2025-03-12'));
    expect(notes.some((n) => n.startsWith('unknown place: Zorvani'))).toBe(true);
  });
});

describe('a plan for the coming month told with "will"', () => {
  it('drafts "will visit Quetta on Friday" on the coming Friday', () => {
    const text =
      'The provincial chief minister will visit Quetta on Friday to meet the families of the dead, his spokesman said.';
    // Published on Wednesday 12 March 2025: the coming Friday is the 14th.
    expect(pairs(extract(text, '2025-03-12'))).toContain('2025-03-14 Quetta:to');
  });

  it('drafts a plan told with "is expected to", and one up to a month ahead, but none further', () => {
    const expected = 'The envoy is expected to travel to Quetta on Friday for talks, officials said.';
    expect(pairs(extract(expected, '2025-03-12')).map((p) => p.split(':')[0])).toContain('2025-03-14 Quetta');
    const later = 'The provincial chief minister will visit Quetta on 30 March to open a hospital.';
    expect(pairs(extract(later, '2025-03-12'))).toContain('2025-03-30 Quetta:to');
    const farther = 'The provincial chief minister will visit Quetta on 30 April to open a hospital.';
    expect(extract(farther, '2025-03-12')).toEqual([]);
  });

  it('drafts no plan whose only place is the one the text falls back on', () => {
    const text = 'The sit-in will continue until a meeting with provincial officials on Friday, the elders said.';
    expect(extract(text, '2025-03-12')).toEqual([]);
  });
});
