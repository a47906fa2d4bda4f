/**
 * Round nineteen, places (r19p): which place of a sentence an event is at, and which place a name
 * is, read as a careful reader reads any news text, each rule with texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { extract, extractWithoutTowns, loaded, pairs, unknownNotes } from '../../support/extract-drafts.ts';
import { isHazardObject } from '../../../src/core/geoparse/hazard-objects.ts';
import { isEntryPlace } from '../../../src/core/geoparse/entry-place.ts';
import { isPersonOrigin, withInstitutionTowns } from '../../../src/core/geoparse/care-towns.ts';
import { givesWay, LEDE_AT_STORY_TOWN, staysBeside } from '../../../src/core/geoparse/fallback-kinds.ts';
import { isLinkEnd } from '../../../src/core/geoparse/route-links.ts';
import { findUnknownPlaces } from '../../../src/core/geoparse/event-places.ts';
import { partOfLongerName } from '../../../src/core/geoparse/longer-names.ts';

// Published Wednesday 15 May 2024.
const published = '2024-05-15';
const wire = (headline: string, body: string) =>
  `${headline}\n\nBy a correspondent — Published 15 May 2024\n\n${body}\n`;
/** "date place" of each located place, its role left off. */
const placed = (text: string) => pairs(extract(text, published)).map((p) => p.replace(/:[\w-]+$/u, ''));
/** The ids the matcher (with the article's town shards) finds in a text. */
const ids = (text: string) =>
  loaded
    .forText(text)
    .matcher.find(text)
    .map((m) => m.placeId);

describe('a town whose name holds a city of the world index is that town', () => {
  it('reads "Santo Domingo Oeste" and "New Kingston" whole', () => {
    const dr = wire(
      'Fire in Santo Domingo Oeste',
      'A fire broke out at a warehouse in Santo Domingo Oeste on Monday, killing two workers, police in Santo Domingo said.',
    );
    expect(ids(dr)).toContain('gn-do-santo-domingo-oeste');
    expect(placed(dr)).toContain('2024-05-13 Santo Domingo Oeste');
    const jm = wire(
      'Fire in New Kingston',
      'A fire gutted a warehouse in New Kingston on Monday, police in Kingston said.',
    );
    expect(ids(jm).slice(0, 2)).toEqual(['gn-jm-new-kingston', 'gn-jm-new-kingston']);
  });

  it('keeps the city where the text names it alone', () => {
    const dr = wire(
      'Fire in the capital',
      'A fire broke out at a warehouse in Santo Domingo on Monday, killing two workers, police said.',
    );
    expect(placed(dr)).toContain('2024-05-13 Santo Domingo');
    expect(ids(dr)).not.toContain('gn-do-santo-domingo-oeste');
  });
});

describe("a division's bare name is its seat, under the seat's other spelling too", () => {
  it('reads "in Barisal" as the town GeoNames spells Barishal', () => {
    const text = wire(
      "Boat owners strike in Bangladesh's south",
      'Launch owners protested in Barisal on Monday against new fuel prices, and ferries stood idle at the river port.',
    );
    expect(ids(text)).toContain('gn-bd-barishal');
    expect(ids(text)).not.toContain('gn-bd-barisal-region');
  });

  it('keeps "Barisal division" the division', () => {
    const text = wire(
      "Boat owners strike in Bangladesh's south",
      'Launch owners protested across Barisal division on Monday against new fuel prices.',
    );
    expect(ids(text)).toContain('gn-bd-barisal-region');
    expect(ids(text)).not.toContain('gn-bd-barishal');
  });
});

describe('the ends of a link a text describes are not where its event was', () => {
  it('reads both ends of "linking X to Y" and "which connects X with Y"', () => {
    const a = 'a mudslide buried the highway linking Osh to Jalal-Abad';
    expect(isLinkEnd(a, { start: a.indexOf('Osh'), end: a.indexOf('Osh') + 3 })).toBe(true);
    expect(isLinkEnd(a, { start: a.indexOf('Jalal'), end: a.length })).toBe(true);
    const b = 'the ferry, which connects the port of Mombasa with Lamu, sank';
    expect(isLinkEnd(b, { start: b.indexOf('Mombasa'), end: b.indexOf('Mombasa') + 7 })).toBe(true);
    const text = wire(
      'Kyrgyz road closed',
      'A mudslide on Tuesday buried a stretch of the highway linking Osh to Jalal-Abad, the transport ministry said.',
    );
    expect(placed(text).filter((p) => /Osh|Jalal/u.test(p))).toEqual([]);
  });

  it('keeps a place the event is near, and "linked to" a cause', () => {
    const a = 'a mudslide buried the highway near Osh';
    expect(isLinkEnd(a, { start: a.indexOf('Osh'), end: a.length })).toBe(false);
    const b = 'cases linked to Lamu were confirmed';
    expect(isLinkEnd(b, { start: b.indexOf('Lamu'), end: b.indexOf('Lamu') + 4 })).toBe(false);
    const text = wire(
      'Kyrgyz road closed',
      'A mudslide on Tuesday buried a stretch of the highway near Osh, officials said.',
    );
    expect(placed(text)).toContain('2024-05-14 Osh');
  });
});

describe('a name going on with "de" or "Las" is a longer name, not its head or tail', () => {
  it('reads "San Martín de Porres" whole, as a place no index holds', () => {
    const text = wire(
      'Floods in Peru',
      'Flash floods on Monday swept through houses in San Martín de Porres, police said.',
    );
    expect(ids(text)).not.toContain('gn-pe-san-martin');
    expect(placed(text)).toContain('2024-05-13 San Martín de Porres');
    expect(partOfLongerName('near Santa Rosa Las Lomas, at', { start: 5, end: 15 })).toBe(true);
    // "… de Chile": a country as the tail of a longer name.
    expect(partOfLongerName('at the Universidad de Chile on', { start: 22, end: 27 }, true)).toBe(true);
  });

  it('keeps the name where it stands alone, and a country before "de"', () => {
    const text = wire(
      'Landslide in Peru',
      'On Tuesday, a landslide buried a road near San Martín, in the Andes of Peru.',
    );
    expect(ids(text)).toContain('gn-pe-san-martin');
    expect(partOfLongerName('near Santa Rosa, at', { start: 5, end: 15 })).toBe(false);
    expect(partOfLongerName('in Mexico de facto rule', { start: 3, end: 9 }, true)).toBe(false);
    expect(partOfLongerName('in Rosario Las Lomas', { start: 3, end: 10 }, true)).toBe(false);
  });
});

describe('what a storm, a quake or a fire struck is where it happened', () => {
  it('puts the event at the place a hazard shook, rattled or broke over', () => {
    const text = wire(
      'Quake in Peru',
      'A magnitude 5.6 tremor shook Pisco at 2:10 a.m. on Tuesday, sending residents who had gone back to bed into the streets.',
    );
    expect(pairs(extract(text, published))).toContain('2024-05-14 Pisco:where');
    const s = 'Early on Monday a violent hailstorm broke over Yanque, flattening crops';
    expect(isHazardObject(s, { start: s.indexOf('Yanque'), end: s.indexOf('Yanque') + 6 })).toBe(true);
  });

  it('reads a name no index holds that a hazard hit', () => {
    const text = wire(
      'Hail in Peru',
      'On Monday, a hailstorm lasting twenty minutes hit Huancarqui, south of Arequipa, flattening bean fields.',
    );
    expect(unknownNotes(extractWithoutTowns(text, published))).toContain('unknown place: Huancarqui, in Arequipa');
  });

  it('does not read an impact verb without a hazard, nor across a clause', () => {
    const a = 'The minister hit Pisco with new taxes';
    expect(isHazardObject(a, { start: a.indexOf('Pisco'), end: a.indexOf('Pisco') + 5 })).toBe(false);
    const b = 'After the storm, which residents said hit Pisco';
    expect(isHazardObject(b, { start: b.indexOf('Pisco'), end: b.indexOf('Pisco') + 5 })).toBe(false);
    const text = wire(
      'Taxes in Peru',
      'On Monday, the new levy hit Huancarqui, south of Arequipa, hard, traders said.',
    );
    expect(unknownNotes(extractWithoutTowns(text, published))).not.toContain('unknown place: Huancarqui, in Arequipa');
  });
});

describe('a patient is where the hospital is, not where they come from', () => {
  const bulletin = (body: string) =>
    `Kenya: anthrax, county health bulletin\n\nPublished 15 May 2024\n\nCases have been confirmed in Kitui and Garissa.\n\n${body}\n`;

  it('puts a case at the town a hospital is named after, and a home only as mentioned', () => {
    const got = pairs(
      extract(
        bulletin(
          'A herder from a village near Mwingi was confirmed positive for anthrax at Kitui Referral Hospital on 13 May.',
        ),
        published,
      ),
    );
    expect(got).toContain('2024-05-13 Kitui:where');
    expect(got.filter((p) => p.includes('Mwingi'))).toEqual([]);
    const died = pairs(
      extract(bulletin('A 30-year-old trader from Mutomo died at Kitui Referral Hospital on Tuesday.'), published),
    );
    expect(died).toEqual(['2024-05-14 Kitui:where']);
  });

  it('reads the town after a named hospital and a comma', () => {
    const got = pairs(
      extract(bulletin('A woman from Kibwezi died at St Joseph Mission Hospital, Kitui, on Tuesday.'), published),
    );
    expect(got).toEqual(['2024-05-14 Kitui:where']);
  });

  it('keeps the home when the event has no other place, and a hospital of a town the text does not name', () => {
    const got = pairs(extract(bulletin('A 30-year-old trader from Mutomo died on Tuesday.'), published));
    expect(got).toEqual(['2024-05-14 Mutomo:where']);
    const text = 'He was treated at Embu Level Hospital.';
    expect(withInstitutionTowns(text, [])).toEqual([]);
    expect(isPersonOrigin('talks were held in Mutomo', { start: 19 })).toBe(false);
  });
});

describe("a dateline's town no index holds is the story's town", () => {
  const story = (dateline: string) =>
    `Blast at chemical plant\n\nBy a correspondent — 15 May 2024\n\n${dateline} — A boiler exploded at a chemical plant in this coastal town on Tuesday, killing four workers, police said.\n`;

  it('puts the lede at "MAHAD, India", written as a reader writes it', () => {
    const drafts = extractWithoutTowns(story('MAHAD, India'), published);
    expect(pairs(drafts)).toEqual(['2024-05-14 Mahad:where']);
    expect(unknownNotes(drafts)).toEqual(['unknown place: Mahad, in India']);
  });

  it('reads no town from a dateline that names a known area, or no country', () => {
    expect(pairs(extractWithoutTowns(story('MAHARASHTRA, India'), published))).not.toContain(
      '2024-05-14 Maharashtra:where',
    );
    expect(unknownNotes(extractWithoutTowns(story('MAHARASHTRA, India'), published))).toEqual([]);
    expect(unknownNotes(extractWithoutTowns(story('MAHAD'), published))).toEqual([]);
  });
});

describe("the dateline's town a lede is put at stays beside a place a joined sentence names", () => {
  const lede = {
    fallback: `${LEDE_AT_STORY_TOWN}: put at Mombasa, where the story was filed`,
    placeId: 'gn-ke-mombasa',
  };
  const country = { fallback: 'the passage names no place for it: put at Kenya, the country …', placeId: 'ne-kenya' };

  it('keeps the lede town beside a place elsewhere', () => {
    expect(staysBeside(lede, [{ unknown: { withinId: 'ne-kenya' } }])).toBe(true);
    expect(givesWay(lede)).toBe(false);
  });

  it('lets a country fallback give way, and the lede town give way to a place inside it', () => {
    expect(staysBeside(country, [{}])).toBe(false);
    expect(staysBeside(lede, [{ unknown: { withinId: 'gn-ke-mombasa' } }])).toBe(false);
  });
});

describe('"The town" opening a sentence tells the town named before, as "the town" does', () => {
  const floods = (second: string) =>
    wire(
      'Floods in Kenya',
      `Flash floods swept through Kitale on Monday, destroying dozens of homes, officials said.\n\n${second}`,
    );

  it('puts "The town was last flooded on …" at Kitale', () => {
    expect(
      placed(floods('The town was last flooded on 3 May 2020, when a river burst its banks and killed four people.')),
    ).toContain('2020-05-03 Kitale');
  });

  it('does not read "The town of …" so', () => {
    expect(
      placed(
        floods(
          'The town of Eldoret was last flooded on 3 May 2020, when a river burst its banks and killed four people.',
        ),
      ),
    ).not.toContain('2020-05-03 Kitale');
  });
});

describe("a name's later part may carry an apostrophe", () => {
  const names = (s: string) => findUnknownPlaces({ start: 0, end: s.length, text: s }, []).map((u) => u.name);

  it('reads "Imi N\'Tanoute" whole', () => {
    expect(names("Residents marched on Friday in Imi N'Tanoute, where tents still stand.")).toEqual(["Imi N'Tanoute"]);
  });

  it('takes no possessive for a part of the name', () => {
    expect(names("Traders closed their shops on Friday in Ait Baha's old market.")).toEqual([]);
  });
});

describe("a live blog's entry headed by a place is there", () => {
  it('reads "22:50 Kisumu: …" as the entry\'s place', () => {
    const s = 'Live: floods in Kenya\n\n22:50 Kisumu: the river overtopped its walls on Tuesday night.';
    expect(isEntryPlace(s, { start: s.indexOf('Kisumu'), end: s.indexOf('Kisumu') + 6 })).toBe(true);
    const t = 'Busia: water entered homes near the market.';
    expect(isEntryPlace(t, { start: 0, end: 5 })).toBe(true);
    const blog =
      'Live: floods in western Kenya\n\nBy our team — Published 15 May 2024\n\nTuesday 14 May\n\n' +
      '22:50 Kisumu: the Nyando river overtopped its banks on Tuesday night, flooding homes along the lake road.\n';
    expect(pairs(extract(blog, published))).toEqual(['2024-05-14 Kisumu:where']);
  });

  it('does not read a dateline in capitals, nor a place inside a sentence before a colon', () => {
    const s = 'KISUMU: The county raised one shutter of the dam on Tuesday.';
    expect(isEntryPlace(s, { start: 0, end: 6 })).toBe(false);
    const t = '22:50 Officials in Kisumu: the river rose.';
    expect(isEntryPlace(t, { start: t.indexOf('Kisumu'), end: t.indexOf('Kisumu') + 6 })).toBe(false);
  });
});

describe('a name the text calls the headquarters or capital of a unit is a place', () => {
  const names = (s: string) => findUnknownPlaces({ start: 0, end: s.length, text: s }, []).map((u) => u.name);

  it('reads "residents of Mutomo, the headquarters of Kitui South"', () => {
    expect(names('Two days later, residents of Mutomo, the headquarters of Kitui South, staged a rally.')).toEqual([
      'Mutomo',
    ]);
  });

  it('does not read a person told by a title', () => {
    expect(names('Two days later, supporters of Mutomo, the head of the council said, staged a rally.')).toEqual([]);
    expect(names('Two days later, supporters of Wanjiru, the capital’s mayor, staged a rally.')).toEqual([]);
  });
});

describe('a name told as "a village of about 2,000 people" is a place', () => {
  const names = (s: string) => findUnknownPlaces({ start: 0, end: s.length, text: s }, []).map((u) => u.name);

  it('reads the settlement told by its size', () => {
    expect(
      names('Residents of Kalacha, a village of about 2,000 people near the border, were cut off on Monday.'),
    ).toEqual(['Kalacha']);
  });

  it('does not read "a village of elders"', () => {
    expect(names('Supporters of Mwangi, a village of elders said, were cut off on Monday.')).toEqual([]);
  });
});
