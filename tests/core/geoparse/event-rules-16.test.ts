/**
 * Round fourteen, the places half (issue 18): which place an event gets, read as a careful reader
 * does, each rule with sentences of our own (the place names made up where no index may hold them).
 */
import { describe, expect, it } from 'vitest';
import { extract, extractWithoutTowns, pairs, unknownNotes } from '../../support/extract-drafts.ts';

describe('a place no index holds, told the ways a reader knows it for a place', () => {
  it('reads "close to" a name, and a distance "off" it, as near that place', () => {
    // Published Thursday 9 May 2024.
    const close = 'On 2 May 2024, the canal bank was breached close to Torvali Khas, flooding farms in Punjab.';
    expect(pairs(extractWithoutTowns(close, '2024-05-09'))).toContain('2024-05-02 Torvali Khas:where');
    const off =
      'Floods hit Colombo last month. On Tuesday, a trawler was intercepted about 30 nautical miles off Velmora Island, the southernmost atoll.';
    expect(pairs(extractWithoutTowns(off, '2024-05-09'))).toContain('2024-05-07 Velmora Island:where');
  });

  it('reads a name goods or people were taken "into" as a place', () => {
    const text =
      'On 2 May 2024, a glacial lake burst in Pakistan. Two days later, army helicopters flew tents and flour into Dorvani, upstream of the damage.';
    expect(pairs(extractWithoutTowns(text, '2024-05-09'))).toContain('2024-05-04 Dorvani:where');
  });

  it('reads a name a convoy is to "reach" as a place', () => {
    const text =
      'Cholera spread in Bangladesh last week. A convoy of lorries carrying food was expected to reach Korvana on Friday, from where supplies would be ferried south by boat.';
    expect(pairs(extractWithoutTowns(text, '2024-05-09'))).toContain('2024-05-10 Korvana:where');
  });

  it('does not put a leg told "and … the following week" on the day of the leg before it', () => {
    const text =
      'Cholera spread in Bangladesh last week. The vaccination campaign will extend to Gaibandha on Saturday and is scheduled to reach Dorvapur the following week.';
    const got = pairs(extract(text, '2024-05-09'));
    expect(got).toContain('2024-05-11 Gaibandha:where');
    expect(got.some((p) => p.includes('Dorvapur'))).toBe(false);
  });

  it('reads a bridge, a dam or headworks named after a place as at that place', () => {
    const bridge =
      'On 2 May 2024, the old Karvandi bridge collapsed into the river, cutting the road between Pakistan and China.';
    expect(pairs(extractWithoutTowns(bridge, '2024-05-09'))).toContain('2024-05-02 Karvandi:where');
    const works = 'On 2 May 2024, engineers opened all the gates at the Dhorian headworks as the river rose in Punjab.';
    expect(pairs(extractWithoutTowns(works, '2024-05-09'))).toContain('2024-05-02 Dhorian:where');
    const court =
      "Floods hit Colombo last month. On 2 May 2024, the men were produced before the Velanai magistrate's court, which remanded them in custody.";
    expect(pairs(extractWithoutTowns(court, '2024-05-09'))).toContain('2024-05-02 Velanai:where');
  });

  it('does not read a bridge a march went to as a place of its own', () => {
    const text =
      'On 2 May 2024, thousands of protesters marched in Lima from the city centre to the Santa Rosa bridge.';
    expect(pairs(extractWithoutTowns(text, '2024-05-09'))).toEqual(['2024-05-02 Lima:where']);
  });

  it('reads a name set apart as "the border dry port" or "a village set on" a road as a settlement', () => {
    const port = 'Yesterday, the first trucks left Dorvast, the border dry port, and crossed into China.';
    expect(pairs(extractWithoutTowns(port, '2024-05-09'))).toContain('2024-05-08 Dorvast:where');
    const village =
      'Floods hit Lahore last month. On 2 May 2024, a flood destroyed 40 homes in Kharvan, a village set on the highway.';
    expect(pairs(extractWithoutTowns(village, '2024-05-09'))).toContain('2024-05-02 Kharvan:where');
  });

  it('does not read a man set apart as "a village elder" as a place', () => {
    const text = 'On 2 May 2024, police in Quetta arrested Sardar Kharan, a village elder, at his home.';
    expect(pairs(extractWithoutTowns(text, '2024-05-09'))).toEqual(['2024-05-02 Quetta:where']);
  });
});

describe('a place and the unit it lies in', () => {
  it('reads a name no index holds "in X district" after another as that place\'s unit, not a second place', () => {
    const text =
      'Floods hit Punjab last week. Yesterday, two army columns reached Ranvir Nagar in Dhorkot district and began evacuating residents by boat.';
    const got = pairs(extractWithoutTowns(text, '2024-05-09'));
    expect(got).toContain('2024-05-08 Ranvir Nagar:where');
    expect(got.some((p) => p.includes('Dhorkot'))).toBe(false);
  });
});

describe('places told in a list', () => {
  it('reads every name listed with a place as a place ("at A, B and C")', () => {
    const text = 'On Tuesday, residents at Pallivasal, Thenkara and Moolamkuzhi were moved to relief camps in Kerala.';
    const got = pairs(extractWithoutTowns(text, '2024-05-09'));
    expect(got).toEqual(
      expect.arrayContaining([
        '2024-05-07 Pallivasal:where',
        '2024-05-07 Thenkara:where',
        '2024-05-07 Moolamkuzhi:where',
      ]),
    );
  });

  it('reads a name listed after a known town as a place too', () => {
    const text = 'On Tuesday, police fired tear gas at protesters in Cochabamba and Villa Tunari, in Bolivia.';
    const got = pairs(extractWithoutTowns(text, '2024-05-09'));
    expect(got).toEqual(expect.arrayContaining(['2024-05-07 Cochabamba:where', '2024-05-07 Villa Tunari:where']));
  });

  it('does not read people listed after a place, nor provinces, as towns', () => {
    const people = 'On Tuesday, in Dushanbe, Karimov and Tajik officials signed a memorandum.';
    expect(pairs(extractWithoutTowns(people, '2024-05-09')).some((p) => p.includes('Karimov'))).toBe(false);
    const opening = 'In Kabul, Ahmad and Karim were arrested on Tuesday.';
    expect(pairs(extractWithoutTowns(opening, '2024-05-09')).some((p) => /Ahmad|Karim/u.test(p))).toBe(false);
    const units = 'On Tuesday, rescue teams arrived in Quetta from Kerman and Farzabad provinces.';
    expect(pairs(extractWithoutTowns(units, '2024-05-09')).some((p) => p.includes('Farzabad'))).toBe(false);
  });
});

describe('the place of an event the text puts somewhere else', () => {
  it('reads the road "down to" a town as where the road goes, not the unit of the place the event is at', () => {
    const text =
      'Protests spread across Peru.\n\nTue 7 May, 21:10\nPolice fired tear gas at protesters in Villa Roja, near the bridge at the top of the road down to Lima.\n\n' +
      'Mon 6 May, 10:00\nTransport unions in Cusco began a strike.';
    const drafts = extractWithoutTowns(text, '2024-05-09');
    expect(pairs(drafts)).toContain('2024-05-07 Villa Roja:where');
    expect(unknownNotes(drafts)).toContain('unknown place: Villa Roja, in Peru');
  });

  it('puts a placeless event at the place its own sentence gives an event of that day, before the entry before it', () => {
    const text =
      'Protests spread across Peru.\n\nTue 7 May, 21:10\nTransport unions in Cusco began a strike.\n\n' +
      'Tue 7 May, 16:45\nIn Arequipa, the opposition candidate for mayor has declared victory with most ballots counted, holding a rally at the Plaza de Armas.';
    const got = pairs(extract(text, '2024-05-09'));
    expect(got.filter((p) => p.includes('Cusco'))).toEqual(['2024-05-07 Cusco:where']);
    expect(got.filter((p) => p.includes('Arequipa'))).toHaveLength(2);
  });
});

describe('places that are not where the event was', () => {
  it('reads a name no index holds before "airbase" or "grounds" as the building or the venue, not a town', () => {
    const text =
      'The minister arrived in Lahore on Wednesday. The minister, who was received at Qasim Jahan airbase by his counterpart, held talks at the Foreign Office the same afternoon.';
    const drafts = extractWithoutTowns(text, '2024-05-09');
    expect(unknownNotes(drafts).some((n) => n.includes('Qasim Jahan'))).toBe(false);
    expect(pairs(drafts).every((p) => p.endsWith('Lahore:to') || p.endsWith('Lahore:where'))).toBe(true);
    const grounds =
      'Protests spread in Kenya last week. On 2 May 2024, opposition leaders held a rally at Kamora grounds in Nairobi.';
    expect(pairs(extractWithoutTowns(grounds, '2024-05-09'))).toContain('2024-05-02 Nairobi:where');
    expect(unknownNotes(extractWithoutTowns(grounds, '2024-05-09'))).toEqual([]);
  });

  it('does not put an event at the ends of a way told "from A to B"', () => {
    const text =
      'The minister arrived in Islamabad on Wednesday for two days of talks on the pipeline, as Ashgabat steps up a diplomatic push that has taken it from Kabul to Tehran in recent weeks.';
    const got = pairs(extract(text, '2024-05-09'));
    expect(got).toContain('2024-05-08 Islamabad:where');
    expect(got.some((p) => /Tehran|Kabul/u.test(p))).toBe(false);
  });

  it('reads the place of a speaker set off by an aside ("an official in X, speaking on condition of anonymity, said") as the speaker\'s', () => {
    const text =
      'Shelling hit Kunar province in Afghanistan on Monday. A security official in Quetta, speaking on condition of anonymity because he was not authorised to talk to reporters, said a mortar round struck a mosque in Kunar on Monday, injuring three worshippers.';
    const got = pairs(extract(text, '2024-05-09'));
    expect(got).toContain('2024-05-06 Kunar:where');
    expect(got.some((p) => p.includes('Quetta'))).toBe(false);
  });
});

describe('the ends of a call', () => {
  it('reads "his counterpart from X" in a call as where that side spoke from', () => {
    const text =
      "The two foreign ministers spoke by telephone on Tuesday, Pakistan's minister from his office in Islamabad and his Uzbek counterpart from Tashkent.";
    const got = pairs(extract(text, '2024-05-09'));
    expect(got.some((p) => p.startsWith('2024-05-07 Tashkent:'))).toBe(true);
    expect(got.some((p) => p.startsWith('2024-05-07 Islamabad:'))).toBe(true);
  });
});

describe('a town of the country the text names', () => {
  it("keeps a town written as a place in the text's country, however far from its other places", () => {
    const text =
      'Dockworkers in Colombia have blocked the port of Buenaventura since Monday. ' +
      'On Tuesday, police cleared a roadblock at Dagua, near Cali. ' +
      'On Wednesday, the first rerouted ship docked in Riohacha, according to the port authority there.';
    const got = pairs(extract(text, '2024-05-09'));
    expect(got).toContain('2024-05-08 Riohacha:where');
    expect(
      extract(text, '2024-05-09')
        .flatMap((d) => d.places)
        .find((p) => p.name === 'Riohacha')?.placeId,
    ).toBe('gn-co-riohacha');
  });
});
