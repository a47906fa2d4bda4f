/**
 * The eleventh round of the extractor's rules, each with a text of our own words it must read
 * right. Every expectation names the rule it checks.
 */
import { describe, expect, it } from 'vitest';
import { extract, extractWithoutTowns, pairs, unknownNotes } from '../../support/extract-drafts.ts';

describe('a live blog split by day headers ("FRIDAY 14 MARCH")', () => {
  // Published on Saturday 15 March 2025; the entries run newest first.
  const blog = [
    'SATURDAY 15 MARCH',
    '',
    '10:00 — A day after the flood began, police arrested six looters in Sukkur.',
    '',
    'FRIDAY 14 MARCH',
    '',
    '21:00 — Later that evening, soldiers opened a relief camp in Rohri.',
    '',
    '16:30 — A flash flood swept through Larkana shortly after 3pm, the police said.',
  ].join('\n');

  it('dates an entry that tells no date of its own by the header it sits under', () => {
    expect(pairs(extract(blog, '2025-03-15'))).toContain('2025-03-14 Larkana:where');
  });

  it('reads "later that evening" as the evening of the entry\'s day', () => {
    expect(pairs(extract(blog, '2025-03-15'))).toContain('2025-03-14 Rohri:where');
  });

  it('counts "a day after the flood began" from an event told further down, which came earlier', () => {
    const located = pairs(extract(blog, '2025-03-15'));
    expect(located).toContain('2025-03-15 Sukkur:where');
    expect(located).not.toContain('2025-03-16 Sukkur:where');
  });

  it('reads "this morning" in an older entry as that day\'s morning', () => {
    const text = [
      'SATURDAY 15 MARCH',
      '',
      '09:00 — Rain eased overnight.',
      '',
      'FRIDAY 14 MARCH',
      '',
      '11:00 — This morning the chief minister visited Larkana.',
    ].join('\n');
    const located = pairs(extract(text, '2025-03-15'));
    expect(located).toContain('2025-03-14 Larkana:to');
    expect(located).not.toContain('2025-03-15 Larkana:to');
  });

  it('leaves a text with a single date line as it was: one line is a byline, not a log', () => {
    const text = 'FRIDAY 14 MARCH\n\nA flash flood swept through Larkana, the police said.';
    expect(pairs(extract(text, '2025-03-15'))).toEqual([]);
  });
});

describe('"shortly after 3pm": a clock time is a time of the day, no event to count from', () => {
  it("keeps the place after the time as the event's own", () => {
    const text = 'On Friday a fire broke out shortly after 3pm at a warehouse in Sukkur, the police said.';
    expect(pairs(extract(text, '2025-03-15'))).toContain('2025-03-14 Sukkur:where');
  });
});

describe('a bearing or a distance told beside a place (", on the coast south of …", ", 60 km west of …")', () => {
  it('locates the place named before it, not the event', () => {
    const text = 'On Friday gunmen attacked a police post in Gwadar, on the coast west of Pasni, the police said.';
    const located = pairs(extract(text, '2025-03-15'));
    expect(located).toContain('2025-03-14 Gwadar:where');
    expect(located.some((p) => p.includes('Pasni'))).toBe(false);
  });

  it('reads a distance in words and a "central" before the second place the same way', () => {
    const text =
      'On Friday a bus overturned near Kotri, about twenty kilometres north of central Hyderabad, killing four people.';
    const located = pairs(extract(text, '2025-03-15'));
    expect(located.some((p) => p.includes('Kotri'))).toBe(true);
    expect(located.some((p) => p.includes('Hyderabad'))).toBe(false);
  });

  it('keeps "Dar, from Kabul": a comma before "from" with no distance is no bearing', () => {
    const text = 'On Friday the minister telephoned his counterpart, Ishaq Dar, from Kabul.';
    expect(pairs(extract(text, '2025-03-15')).some((p) => p.includes('Kabul'))).toBe(true);
  });
});

describe('a name no index holds, with a particle between its parts ("Vila de Ribamar", "Deh-e Golzar")', () => {
  it('reads a Romance "de", "da", "del" as part of the name, not its end', () => {
    const text = "On Tuesday a clinic was set on fire in Vila de Ribamar, in Brazil's Maranhão state, police said.";
    const notes = unknownNotes(extractWithoutTowns(text, '2025-03-12'));
    expect(notes.some((n) => n.startsWith('unknown place: Vila de Ribamar,'))).toBe(true);
    expect(notes.some((n) => n.startsWith('unknown place: Vila,'))).toBe(false);
  });

  it('reads a Persian ezafe written "-e " before a space as part of the name', () => {
    const text = "On Tuesday a clinic was set on fire in Deh-e Golzar, in Iran's Kerman province, police said.";
    const notes = unknownNotes(extractWithoutTowns(text, '2025-03-12'));
    expect(notes.some((n) => n.startsWith('unknown place: Deh-e Golzar,'))).toBe(true);
  });
});

describe('"shelling" and "shelled" tell an attack', () => {
  it('counts "two days after the shelling" from the attack told before', () => {
    const text =
      'On Monday mortar rounds hit villages near Kotli, killing six people. Across the line, officials said mortar rounds had struck a school in Nikial. Two days after the shelling, the foreign ministry in Islamabad summoned the Indian envoy.';
    const located = pairs(extract(text, '2025-03-14'));
    expect(located).toContain('2025-03-10 Kotli:where');
    expect(located).toContain('2025-03-12 Islamabad:where');
  });
});

describe('the ends of a call: whose official, and where the call was taken', () => {
  it('reads a possessive country after the call ("telephoned Uganda\'s prime minister") as whose, not an end', () => {
    const text = "On Monday the Kenyan president telephoned Uganda's prime minister, Jane Okello, from Nairobi.";
    const located = pairs(extract(text, '2025-03-12'));
    expect(located).toContain('2025-03-10 Nairobi:from');
    expect(located.some((p) => p.includes('Uganda'))).toBe(false);
  });

  it('takes "who took the call in Kampala", told next, as the other end', () => {
    const text =
      "On Monday the Kenyan president telephoned Uganda's president, Jane Okello, from Nairobi. Okello, who took the call in Kampala, said the talks went well.";
    const located = pairs(extract(text, '2025-03-12'));
    expect(located).toContain('2025-03-10 Nairobi:from');
    expect(located).toContain('2025-03-10 Kampala:to');
  });
});

describe('a plan told with "will" at a town no index holds', () => {
  it('keeps the plan: the town is a place of its own, though drawn at its country', () => {
    // Published on Wednesday 12 March 2025.
    const text =
      'Protests hit Lahan in Nepal on Monday. The chief minister will hold an all-party meeting in Bhaluwahi on Friday, his office said.';
    const drafts = extractWithoutTowns(text, '2025-03-12');
    expect(pairs(drafts)).toContain('2025-03-14 Bhaluwahi:where');
    expect(unknownNotes(drafts).some((n) => n.startsWith('unknown place: Bhaluwahi,'))).toBe(true);
  });
});

describe('a unit told beside a place (", in Pakistan\'s Balochistan province")', () => {
  it('says what holds the place: the event is at the place, not across the unit', () => {
    const text =
      "On Sunday gunmen attacked a market in Turbat, in Pakistan's Balochistan province, killing three people.";
    const located = pairs(extract(text, '2025-03-12'));
    expect(located).toContain('2025-03-09 Turbat:where');
    expect(located.some((p) => p.includes('Balochistan'))).toBe(false);
  });
});

describe('a place told as the seat of an office ("the governor of Khost", "the mayor of Ghazni")', () => {
  it('names whose official acts, not where the act was', () => {
    const located = pairs(extract('The governor of Khost visited Gardez this morning.', '2025-03-12'));
    expect(located).toContain('2025-03-12 Gardez:to');
    expect(located.some((p) => /^\S+ Kh\p{L}st:/u.test(p))).toBe(false);
  });
});

describe('"that same afternoon" after another date in its sentence', () => {
  it('is the day of the date told before it, not of the event before the sentence', () => {
    // Published on Friday 14 March 2025.
    const text =
      'On 6 March 2025, the health office in Larkana had reported 30 suspected cholera cases. Two days later, laboratory tests confirmed cholera, and that same afternoon health workers had found further cases in Sukkur.';
    const located = pairs(extract(text, '2025-03-14'));
    expect(located).toContain('2025-03-08 Sukkur:where');
    expect(located).not.toContain('2025-03-06 Sukkur:where');
  });
});

describe('a date that opens its sentence ("Two days later, …")', () => {
  it('dates the main clause, not a year told in a clause about something else', () => {
    const text =
      'On 6 March 2025, a clinic in Larkana counted 30 measles cases. Two days later, health workers in Sukkur counted 20 more cases, most of them in villages that had missed vaccinations after the floods of 2022.';
    const located = pairs(extract(text, '2025-03-14'));
    expect(located).toContain('2025-03-08 Sukkur:where');
    expect(located.some((p) => p.startsWith('2022'))).toBe(false);
  });
});

describe('a page\'s stamp ("Last updated: Friday 14 March 2025, 09:10")', () => {
  it('dates no event: it says when the page was written', () => {
    const text =
      'Floods in Sindh: the latest\n\nLast updated: Friday 14 March 2025, 09:10 (Karachi time)\n\nRescue teams are searching the flooded villages.';
    expect(pairs(extract(text, '2025-03-14'))).toEqual([]);
  });
});

describe('an undated sentence right after a dated event in its paragraph', () => {
  // Published on Friday 14 March 2025.
  const text =
    'On Monday an earthquake struck near Quetta, killing nine people. A strong aftershock shook the region the next day, damaging a mosque in Ziarat. Two men were killed in Pishin when a wall collapsed on them.';

  it('goes on telling that event, whatever its kind, not an earlier one of its own kind', () => {
    const located = pairs(extract(text, '2025-03-14'));
    expect(located).toContain('2025-03-11 Pishin:where');
    expect(located).not.toContain('2025-03-10 Pishin:where');
  });

  it('leaves a saying told next as a reaction of its own', () => {
    const said =
      'On Monday a drone strike hit a compound near Miranshah, killing six people. The tribes in Bannu declared a boycott of the talks.';
    expect(pairs(extract(said, '2025-03-14')).some((p) => p.includes('Bannu') && p.startsWith('2025-03-10'))).toBe(
      false,
    );
  });
});

describe('an undated saying in a paragraph of its own ("Meanwhile, traders in Sukkur have warned …")', () => {
  it('is told as of now, not on the day of a saying another paragraph dates', () => {
    const text =
      'On Monday the election officer in Larkana announced the result of the vote.\n\nMeanwhile, traders in Sukkur have warned that the road closures are hurting business.';
    expect(pairs(extract(text, '2025-03-14')).some((p) => p.includes('Sukkur'))).toBe(false);
  });
});

describe('"the town" told again after the hurt were taken elsewhere, or after a unit was named', () => {
  it('is not the town the hurt were taken to for care', () => {
    const text =
      'On Monday police fired tear gas at protesters in Sukkur. The police office in Sukkur said seven protesters were injured, two of whom were referred to hospitals in Bhaluwahi. A curfew was imposed on the town in the evening.';
    const located = pairs(extract(text, '2025-03-12'));
    expect(located).toContain('2025-03-10 Sukkur:where');
    expect(located.some((p) => p.includes('Bhaluwahi'))).toBe(false);
  });

  it('is not a name the text calls a district', () => {
    const text =
      'On Monday police fired tear gas at protesters in Sukkur, the headquarters of Bhaluwahi district. The police office in Bhaluwahi said six protesters were injured. A curfew was imposed on the town in the evening.';
    const located = pairs(extract(text, '2025-03-12'));
    expect(located).toContain('2025-03-10 Sukkur:where');
    expect(located.some((p) => p.includes('Bhaluwahi'))).toBe(false);
  });
});

describe('a part of a town no index holds ("the main bazaar of Bhaluwahi", "the streets of …")', () => {
  it('names the town, where the event is, rather than the country', () => {
    const text = 'On Monday, several hundred traders held a rally through the main bazaar of Bhaluwahi, in Nepal.';
    const drafts = extractWithoutTowns(text, '2025-03-12');
    expect(pairs(drafts)).toContain('2025-03-10 Bhaluwahi:where');
    expect(pairs(drafts)).not.toContain('2025-03-10 Nepal:where');
  });
});
