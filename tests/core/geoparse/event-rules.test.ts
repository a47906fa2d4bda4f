/**
 * The fourth round of the extractor's rules (issue 18): each rule with a text it must read right,
 * in our own words. Every expectation names the rule it checks.
 */
import { describe, expect, it } from 'vitest';
import type { EventDraft } from '../../../src/core/geoparse/extract-events.ts';
import { spanBounds } from '../../../src/core/geoparse/resolve-dates.ts';
import { extract, loaded, pairs } from '../../support/extract-drafts.ts';
import { splitClauses } from '../../../src/core/geoparse/event-parts.ts';

const roleOf = (drafts: readonly EventDraft[], name: string) =>
  drafts.flatMap((d) => d.places.filter((p) => p.name === name).map((p) => p.role));

describe('dates told from another event', () => {
  it('links "within hours of the verdict" to the court that ruled, by the verb the noun names', () => {
    const text =
      'The court in Dhaka ruled on Thursday that the owner was not guilty. Within hours of the verdict, workers walked out of factories in Khulna.';
    expect(pairs(extract(text, '2024-02-18'))).toEqual(['2024-02-15 Dhaka:where', '2024-02-15 Khulna:where']);
  });

  it('links "on the eve of the ruling" to the day before it', () => {
    const text =
      'The court in Dhaka ruled on Thursday that the owner was not guilty. On the eve of the ruling, police detained 30 activists in Khulna.';
    expect(pairs(extract(text, '2024-02-18'))).toContain('2024-02-14 Khulna:where');
  });

  it('links "two days after the signing" to the clause that signed', () => {
    const text =
      'The ministers signed a railway agreement in Tashkent on Monday. Two days after the signing, he held talks in Dushanbe.';
    expect(pairs(extract(text, '2025-10-17'))).toContain('2025-10-15 Dushanbe:where');
  });

  it('takes a clause verb when the only trigger is in the anchor ("on the night of the fire")', () => {
    const text = 'The High Court in Dhaka ruled on Thursday that the exits were locked on the night of the fire.';
    expect(pairs(extract(text, '2024-02-18'))).toEqual(['2024-02-15 Dhaka:where']);
  });

  it('counts "the following morning" from the story’s time, not a flashback told in the pluperfect', () => {
    const text = [
      'A bus crashed near Chilas early on Tuesday.',
      'The coach had left Rawalpindi on Monday evening with 47 people on board.',
      'Survivors said the driver was tired.',
      'Rescue teams worked through the morning.',
      'The following morning, a helicopter flew eleven of them to Gilgit.',
    ].join(' ');
    expect(pairs(extract(text, '2024-06-12'))).toContain('2024-06-12 Gilgit:to');
  });

  it('lets a flashback go on in the very next sentence ("had struck on Thursday … the next day")', () => {
    const text =
      'The ministry summoned the envoy in Kabul on Saturday. Shells had struck villages in Kunar on Thursday. Hundreds of protesters gathered in Jalalabad the next day.';
    expect(pairs(extract(text, '2013-06-09'))).toContain('2013-06-07 Jalālābād:where');
  });
});

describe('clauses and what they tell', () => {
  it('splits ", and the following day …" into a second event with its own place', () => {
    const text =
      'Doctors in Multan joined the walkout on Wednesday, and the following day outpatient clinics in Faisalabad came to a standstill.';
    expect(pairs(extract(text, '2023-03-04'))).toEqual(['2023-03-01 Multan:where', '2023-03-02 Faisalabad:to']);
  });

  it('does not give an ", after a court acquitted …" clause the main clause’s date', () => {
    const text = 'Workers marched in Khulna on Saturday, after a court acquitted the owner of the factory.';
    expect(extract(text, '2024-02-18').map((d) => d.type)).not.toContain('release');
  });

  it('reads no event in a participle used as an adjective, nor in what a modal puts ahead', () => {
    const text =
      'Students held a sit-in in Lahore this morning and said they would boycott classes until the detained doctors were cleared.';
    expect(extract(text, '2023-03-04').map((d) => d.type)).toEqual(['protest']);
    // "will join the strike on Monday" is a plan for the coming week, drafted since the eighth round
    // (event-rules-8.test.ts); "would" is a plan only as reported speech (planned-events.test.ts).
    expect(extract('Doctors in Rawalpindi would join the strike on Monday.', '2023-03-04')).toEqual([]);
  });

  it('drops plans: a draft dated after publication', () => {
    expect(extract('The minister is due to visit Beijing next month.', '2025-10-17')).toEqual([]);
  });

  it('reads a date in an attribution as the day of the saying, not of the event', () => {
    const text = 'The minister returned from a tour of Lahore, officials said on Friday.';
    expect(extract(text, '2025-10-17').filter((d) => d.span?.first !== undefined)).toEqual([]);
  });

  it('reads no event in a verb whose object is "no …", nor in a refusal', () => {
    expect(extract('The government in Lahore showed no sign on Saturday of giving in.', '2023-03-04')).toEqual([]);
    expect(extract('Doctors in Lahore refused on Saturday to see patients.', '2023-03-04')).toEqual([]);
  });

  it('does not take "By the next day" for a byline', () => {
    const text =
      'Drivers blocked the highway at Gwadar on Monday.\n\nBy the next day, queues of lorries stretched for kilometres outside Turbat.';
    expect(pairs(extract(text, '2021-11-20'))).toContain('2021-11-16 Turbat:where');
  });

  it('finds a dateline after a headline: its city is where the story was filed, no event’s', () => {
    const text = 'Bus crash kills 19\n\nGILGIT, Pakistan, June 12, 2024 (Wire) – A bus crashed near Chilas on Tuesday.';
    const drafts = extract(text, '2024-06-12');
    expect(pairs(drafts)).toEqual(['2024-06-11 Chilas:where']);
    expect(roleOf(drafts, 'Gilgit')).toEqual([]);
  });
});

describe('more of the fourth round', () => {
  it('adds no headline place to an event: a headline sums the story up', () => {
    const text =
      'Cyclone leaves thousands homeless on Sindh coast\n\nA cyclone struck near Keti Bandar late on Thursday.';
    const drafts = extract(text, '2023-05-20');
    expect(roleOf(drafts, 'Sindh')).toEqual([]);
  });

  it('reads "in protest against" as a reason, not a second event', () => {
    const text = 'Lawyers in Multan boycotted courts on Monday in protest against an arrest in Bahawalpur.';
    expect(pairs(extract(text, '2022-03-09'))).toEqual(['2022-03-07 Multan:where']);
  });

  it('dates "hours later" and "the morning after the storm" from their events', () => {
    const later = 'A cyclone struck Keti Bandar late on Thursday. Hours later, floodwater reached Badin.';
    expect(pairs(extract(later, '2023-05-20'))).toContain('2023-05-18 Badin:to');
    const after = 'A storm hit Thatta on Thursday. On the morning after the storm, soldiers reached Badin.';
    // The storm is an accident by its noun; the morning after it is the next day.
    expect(pairs(extract(after, '2023-05-20'))).toContain('2023-05-19 Badin:to');
  });

  it('keeps "in the evening" on publication’s day when no event comes before it', () => {
    expect(pairs(extract('Protesters gathered in Lahore in the evening.', '2023-05-20'))).toEqual([
      '2023-05-20 Lahore:where',
    ]);
  });
});

describe('relative clauses, gerunds and named buildings', () => {
  it('gives a "that took him to …" clause neither the sentence’s date nor its places', () => {
    const text =
      'The president left Pakistan on Wednesday after a three-day visit that took him to Lahore and Karachi.';
    const drafts = extract(text, '2024-04-25');
    expect(roleOf(drafts, 'Lahore')).not.toContain('to');
    expect(roleOf(drafts, 'Karachi')).not.toContain('to');
  });

  it('reads "before travelling on to Karachi in the evening" as a trip of its own', () => {
    const text =
      'On Tuesday he flew to Lahore, where he laid a wreath, before travelling on to Karachi in the evening.';
    expect(pairs(extract(text, '2024-04-25'))).toEqual(['2024-04-23 Lahore:to', '2024-04-23 Karachi:to']);
  });

  it('reads a name before "airbase" as a building, and the event is at its town', () => {
    const text =
      'He landed at Nur Khan airbase in Rawalpindi on Monday morning and held talks with the prime minister.';
    const drafts = extract(text, '2024-04-25');
    expect(drafts.flatMap((d) => d.notes).filter((n) => n.startsWith('unknown place'))).toEqual([]);
    expect(roleOf(drafts, 'Rawalpindi')).toContain('where');
  });
});

describe('reported speech, ports and coordinated clauses', () => {
  it('reads "said on July 8 that …" as the day of the saying: no event of the that-clause on it', () => {
    const text = 'Exporters in Narayanganj said on July 8 that they had lost orders worth millions.';
    expect(extract(text, '2022-07-14')).toEqual([]);
  });

  it('reads an unknown name before "port" as the town, a named building only with its town after it', () => {
    const text = 'Lorry drivers in Dhaka joined a strike. Dock workers at Mongla port returned to work on Wednesday.';
    const notes = extract(text, '2022-07-14').flatMap((d) => d.notes);
    expect(notes).toContain('unknown place: Mongla, in Bangladesh');
  });

  it('splits ", and the agreement was signed …" into a clause of its own', () => {
    const text =
      'The government called the leaders to Dhaka for talks on Monday, and the agreement was signed the next day.';
    expect(splitClauses({ start: 0, end: text.length, text }).map((c) => c.text)).toEqual([
      'The government called the leaders to Dhaka for talks on Monday',
      'and the agreement was signed the next day.',
    ]);
  });
});

describe('bylines and routes', () => {
  it('reads a line opening "By Saturday, sit-ins had spread …" as a sentence, not a byline', () => {
    const text =
      'Farmers protested in Khanpur on Thursday.\n\nBy Saturday, sit-ins had spread to Bahawalpur, and on Sunday farmers in the southern city of Multan burned effigies.';
    expect(pairs(extract(text, '2023-03-30'))).toContain('2023-03-26 Multan:where');
  });

  it('keeps a byline’s date out of the story: "By Staff Reporter | 9 June 2013"', () => {
    const text = 'Headline\n\nBy Staff Reporter | 9 June 2013\n\nProtesters gathered in Lahore on Friday.';
    expect(pairs(extract(text, '2013-06-09'))).toEqual(['2013-06-07 Lahore:where']);
  });

  it('reads where a road or a line goes as no place of the event', () => {
    const text = 'Farmers blocked the railway line to Karachi in the town of Khanpur on Thursday.';
    const drafts = extract(text, '2023-03-30');
    expect(roleOf(drafts, 'Karachi')).toEqual(['mentioned']);
    expect(roleOf(drafts, 'Khanpur')).toEqual(['where']);
  });
});

describe('the geoparser, for the extractor', () => {
  it('reads a Persian ezafe written -i- as the index’s -e-: "Mazar-i-Sharif" is Mazār-e Sharīf', () => {
    const found = loaded.matcher.find('A convoy left Mazar-i-Sharif and Pul-i-Khumri on Sunday.');
    expect(found.map((m) => m.placeId)).toEqual(['gn-af-mazar-e-sharif', 'gn-af-pul-e-khumri']);
  });
});

describe('places', () => {
  it('puts an event at a building’s town, never at the building as an unknown place', () => {
    const drafts = extract('Doctors at Nishtar Hospital in Multan joined the walkout on Wednesday.', '2023-03-04');
    expect(pairs(drafts)).toEqual(['2023-03-01 Multan:where']);
    expect(drafts[0]?.notes.some((n) => n.startsWith('unknown place'))).toBe(false);
  });

  it('finds an unknown village with the town the text puts it by, and no river as a town', () => {
    const text = 'On Wednesday last week, a jeep fell into the Indus near Shatial, a village west of Chilas.';
    const [jeep] = extract(text, '2024-06-12');
    expect(jeep?.span && spanBounds(jeep.span).start).toBe('2024-06-05');
    expect(jeep?.notes).toContain('unknown place: Shatial, in Chilas');
    expect(jeep?.notes.some((n) => n.includes('Indus'))).toBe(false);
  });

  it('finds an unknown town named by a compass direction from it ("north of Balakot")', () => {
    const text = 'An earthquake struck the mountains north of Balakot in Pakistan on Wednesday night.';
    expect(extract(text, '2025-10-12')[0]?.notes).toContain('unknown place: Balakot, in Pakistan');
  });

  it('reads an unknown district around a known town as no place inside that town', () => {
    const text = 'On Tuesday the army evacuated villages around Jati, a town near the sea in Sujawal district.';
    const drafts = extract(text, '2024-08-06');
    expect(pairs(drafts)).toEqual(['2024-08-06 Jati:where']);
  });

  it('puts an event at a named site with no town ("blocked Jail Road") in the town of the event before', () => {
    const text =
      'Nurses in Lahore called off their protest yesterday. The nurses had blocked Jail Road outside the Services Hospital, starting on Monday.';
    expect(pairs(extract(text, '2022-06-09'))).toEqual(['2022-06-08 Lahore:where', '2022-06-06 Lahore:where']);
  });

  it('puts a traveller’s next event with no place where the trip went, not at the country', () => {
    const text =
      'The Chinese premier arrived in Islamabad on Thursday for a visit to Pakistan. He held talks with the prime minister on Friday morning.';
    expect(pairs(extract(text, '2024-11-10'))).toEqual(['2024-11-07 Islamabad:to', '2024-11-08 Islamabad:where']);
  });

  it('keeps the smallest unit: a country holding the event’s city is only mentioned', () => {
    const drafts = extract(
      'The prime minister arrived in Mumbai on Monday at the start of a visit to India.',
      '2019-01-25',
    );
    expect(roleOf(drafts, 'India')).toEqual(['mentioned']);
    expect(roleOf(drafts, 'Mumbai')).toEqual(['to']);
  });

  it('reads "a town in Dadu district" as the district, which holds the town', () => {
    const text = 'Boats reached villages around Johi, a town in Dadu district, on Tuesday.';
    const drafts = extract(text, '2022-09-08');
    expect(roleOf(drafts, 'Dadu')).toEqual(['mentioned']);
    expect(roleOf(drafts, 'Johi')).toEqual(['to']);
  });

  it('does not let a city hold another town near it', () => {
    const text = 'On Tuesday, teachers in Mardan and Charsadda locked the gates of their schools.';
    expect(pairs(extract(text, '2024-04-12'))).toEqual(['2024-04-09 Mardan:where', '2024-04-09 Charsadda:where']);
  });

  it('puts "there", "the city’s" and "late at night" at the place of the event before', () => {
    const there =
      'The minister touched down in Tashkent on Sunday evening. The next morning the two men signed an agreement there.';
    expect(pairs(extract(there, '2025-10-17'))).toContain('2025-10-13 Tashkent:where');
    const city =
      'The prime minister arrived in Mumbai on Monday. He spent the following day meeting business leaders at the city’s stock exchange.';
    expect(pairs(extract(city, '2019-01-25'))).toContain('2019-01-22 Mumbai:where');
    const night =
      'On Friday, police fired tear gas at doctors in Lahore. Fourteen doctors were detained late at night.';
    expect(pairs(extract(night, '2023-03-04'))).toEqual(['2023-03-03 Lahore:where', '2023-03-03 Lahore:where']);
  });

  it('reads where someone or something comes from as no place of the event', () => {
    const charity = extract('A charity based in Lahore opened a clinic in Dadu on Monday.', '2022-09-08');
    expect(roleOf(charity, 'Lahore')).toEqual(['mentioned']);
    const plane = extract('A plane carrying medical kits from Dubai landed in Kabul this morning.', '2025-05-13');
    expect(pairs(plane)).toEqual(['2025-05-13 Kabul:to']);
  });

  it('puts "the town" at the place named earlier in the same sentence before the event it follows', () => {
    const text =
      'The strike began on Friday in Quetta. A day later, traders in Turbat joined the strike, and police in the town arrested six men.';
    const arrest = extract(text, '2024-08-03').find((d) => d.type === 'detention');
    expect(arrest?.places.filter((p) => p.role !== 'mentioned').map((p) => p.name)).toEqual(['Turbat']);
  });

  it('reads where a person grew up as no place of an event, and gives a tour of several countries no main country', () => {
    const grew = extract('The minister, who grew up in Lahore, took office in Islamabad in 2022.', '2023-11-28');
    expect(roleOf(grew, 'Lahore')).toEqual(['mentioned']);
    const tour = [
      'The minister flew to Riyadh on Saturday.',
      'On Monday he travelled to Abu Dhabi, and he arrived in Doha on Wednesday.',
      'Talks on Tuesday ended without a deal.',
    ].join(' ');
    const talks = extract(tour, '2023-11-29').find((d) => d.type === 'diplomatic-meeting');
    expect(talks).toBeDefined();
    expect(talks?.places.filter((p) => p.kind === 'country')).toEqual([]);
  });

  it('reads a departure as a trip’s start and a motion verb’s object as where the event got to', () => {
    const train = extract('A train left Karachi on Wednesday and reached Hyderabad the same evening.', '2022-09-08');
    expect(roleOf(train, 'Karachi')).toEqual(['from']);
    const walkout = extract(
      'The following day, the walkout reached Kohat. It began in Peshawar on Monday.',
      '2024-04-12',
    );
    expect(roleOf(walkout, 'Kohat')).not.toContain('mentioned');
  });
});
