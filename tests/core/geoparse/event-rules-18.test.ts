/**
 * Round fifteen, which place (issue 18): readings of where an event is that a careful reader
 * applies to any article, each rule with sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { isOriginMention } from '../../../src/core/geoparse/origin-countries.ts';
import type { PlaceMention } from '../../../src/core/geoparse/match-context.ts';
import { extract, pairs } from '../../support/extract-drafts.ts';

// Published Sunday 20 October 2024: "on Tuesday" is 15 October.
const published = '2024-10-20';
/** "Syria" at `start` of a text, as the first pass gives a country (only its kind and span matter here). */
const syriaAt = (start: number): PlaceMention => ({
  start,
  end: start + 5,
  text: 'Syria',
  placeId: 'ne-syria',
  name: 'Syria',
  kind: 'country',
  form: 'name',
  source: 'natural-earth',
  lon: 38,
  lat: 35,
});

describe('the countries whose towns are looked for are the ones the story happens in', () => {
  it('asks the shards of countries named as where people come from only after the others', () => {
    const text =
      'A charity ship picked up 90 migrants from Tunisia, Morocco, Syria and Yemen off Libya on Tuesday. ' +
      'Libya has refused to take them back. A sick child was flown to Valletta, Malta. ' +
      'Italian officials sent it to Trapani, and on Wednesday the ship docked in Trapani.';
    const origin = 'Two were believed to be from Syria.';
    expect(isOriginMention(origin, syriaAt(origin.indexOf('Syria')))).toBe(true);
    const scene = 'Two were arrested in Syria.';
    expect(isOriginMention(scene, syriaAt(scene.indexOf('Syria')))).toBe(false);
    const drafts = extract(text, published);
    expect(pairs(drafts)).toContain('2024-10-16 Trapani:where');
    // Italy's town, not an unknown place of that name.
    expect(drafts.flatMap((d) => d.places).find((p) => p.name === 'Trapani')?.placeId).toBe('gn-it-trapani');
  });
});

describe('a shared name far from the story is another place of that name', () => {
  const placesOf = (text: string) =>
    extract(text, published).flatMap((d) => d.places.filter((p) => p.name === 'Baikunthpur'));

  it("leaves a namesake town hundreds of km from the story's region unknown, in the unit the text gives", () => {
    const got = placesOf(
      'Floods cut the road near Baikunthpur in Gopalganj district, Bihar, on Tuesday. Relief camps opened in Siwan and Patna.',
    );
    expect(got.map((p) => [p.placeId, p.unknown?.withinName])).toEqual([[null, 'Gopalganj']]);
  });

  it('keeps the namesake that lies in the region of the story', () => {
    const got = placesOf(
      'Floods cut the road near Baikunthpur in Madhya Pradesh on Tuesday. Relief camps opened in Rewa and Satna.',
    );
    expect(got.map((p) => p.placeId)).toEqual(['gn-in-baikunthpur-35']);
  });
});

describe("a city far from the story gives way to its namesake town in the story's region", () => {
  const srinagarOf = (text: string) =>
    extract(text, published)
      .flatMap((d) => d.places)
      .find((p) => p.name === 'Srinagar')?.placeId;

  it('takes the Srinagar of Garhwal in a story about Rishikesh and Joshimath', () => {
    expect(
      srinagarOf(
        'Heavy rain closed the road between Rishikesh and Joshimath on Tuesday, Uttarakhand officials said. ' +
          'On Wednesday the river rose above the danger mark at Srinagar.',
      ),
    ).toBe('gn-in-srinagar-39');
  });

  it("keeps Kashmir's Srinagar in a story about Kashmir", () => {
    expect(
      srinagarOf(
        'Shops shut in Anantnag and Baramulla on Tuesday. On Wednesday police fired tear gas at protesters in Srinagar.',
      ),
    ).toBe('gn-in-srinagar');
  });
});

describe('places no index holds, where a reader sees a place', () => {
  // Zelmora and Vashkund are made-up names: no index holds them, so only the reading finds them.
  it('takes what a quake, a storm or a blast hit for the ground it hit', () => {
    const got = pairs(
      extract(
        'An earthquake struck western Nepal on Monday. A strong aftershock shook Zelmora on Tuesday, ' +
          'and a weaker tremor rattled Vashkund that evening.',
        published,
      ),
    );
    expect(got).toEqual(expect.arrayContaining(['2024-10-15 Zelmora:where', '2024-10-15 Vashkund:where']));
  });

  it('takes the places a visit goes to, each of a pair', () => {
    const got = pairs(
      extract(
        'Floods cut roads across Sylhet division on Monday. A team from Dhaka will visit Zelmora and Vashkund on Friday.',
        published,
      ),
    );
    expect(got).toEqual(expect.arrayContaining(['2024-10-25 Zelmora:where', '2024-10-25 Vashkund:where']));
    // A person visited where he lies is no place.
    const person = 'Sharif flew to Beijing on Monday. On Tuesday he visited Hussain in hospital.';
    expect(pairs(extract(person, published)).filter((p) => p.includes('Hussain'))).toEqual([]);
  });

  it("takes a unit's facility for the unit it is called after, not a building of the story's town", () => {
    const text = 'Cholera spread in Khulna division last week. On Tuesday, a child died of dehydration at the ';
    expect(pairs(extract(`${text}Zelmora Upazila Health Complex.`, published))).toContain('2024-10-15 Zelmora:where');
    // A hospital of its own name is a building somewhere in the story's town.
    expect(pairs(extract(`${text}Zelmora Hospital.`, published))).toContain('2024-10-15 Khulna:where');
  });

  it('takes a pass that is shut or reached for a place, but not one goods go through', () => {
    expect(pairs(extract('Heavy snow in Khyber Pakhtunkhwa closed the Zelmora Pass on Tuesday.', published))).toEqual([
      '2024-10-15 Zelmora Pass:where',
    ]);
    // A pass a place lies below, or that goods come through, is a landmark or the way, not the event's place.
    const below =
      'Traders in Gilgit-Baltistan went on strike on Tuesday at Zelmora, the dry port below the Vashkund Pass.';
    expect(pairs(extract(below, published))).toEqual(['2024-10-15 Zelmora:where']);
    const through = 'On Tuesday, forty trucks from China came through the Vashkund Pass to Gilgit.';
    expect(pairs(extract(through, published))).toEqual(['2024-10-15 Gilgit:to']);
  });
});

describe('a name the text has shown to be a place is that place when written again', () => {
  it('takes a short town named again where no preposition of place stands before it for the same town', () => {
    const drafts = extract(
      'Gunmen shot a driver from Gao near Ansongo, Mali, on Tuesday. ' +
        'On Wednesday his truck was found burned on the outskirts of Gao.',
      published,
    );
    const gaos = drafts.flatMap((d) => d.places).filter((p) => p.name === 'Gao');
    expect(gaos.map((p) => p.placeId)).toEqual(['gn-ml-gao', 'gn-ml-gao']);
  });
});

describe('a curated place far from the story gives way to a namesake of the world index inside it', () => {
  const panjabOf = (text: string) =>
    extract(text, published)
      .flatMap((d) => d.places)
      .find((p) => p.placeId === 'punjab' || p.placeId === 'gn-af-panjab')?.placeId;

  it("takes Afghanistan's Panjab in a story about Bamyan", () => {
    expect(
      panjabOf(
        'An aftershock shook Nayak in Bamyan province on Tuesday. ' +
          'On Wednesday a second tremor damaged houses in neighbouring Panjab district.',
      ),
    ).toBe('gn-af-panjab');
  });

  it("keeps Pakistan's Punjab in a story about Lahore and Multan", () => {
    expect(panjabOf('Floods hit Lahore and Multan on Tuesday. On Wednesday the army was deployed in Panjab.')).toBe(
      'punjab',
    );
  });
});

describe('a town and the province of its name: the text says which', () => {
  const idsOf = (text: string) =>
    extract(text, published)
      .flatMap((d) => d.places)
      .filter((p) => p.placeId?.startsWith('gn-af-bamyan'))
      .map((p) => p.placeId);

  it('takes "NAME city" and a dateline for the town', () => {
    expect(idsOf('BAMYAN, Afghanistan (Wire) — Floods swept through villages on Tuesday.')).toEqual(['gn-af-bamyan']);
    expect(idsOf('Floods hit Bamyan province on Tuesday. On Wednesday, trucks of flour reached Bamyan city.')).toEqual([
      'gn-af-bamyan-region',
      'gn-af-bamyan',
    ]);
  });

  it('keeps the province for the bare name', () => {
    expect(idsOf('Floods hit Bamyan on Tuesday.')).toEqual(['gn-af-bamyan-region']);
  });
});

describe("a town of a country the text names nowhere else, far from the story's region, is another place", () => {
  const placeOf = (text: string, name: string) =>
    extract(text, published)
      .flatMap((d) => d.places)
      .find((p) => p.name === name);
  const story = 'Baghdad protested after Turkish drones struck villages near Erbil and Soran on Tuesday. On Wednesday ';

  // Iraq's city, since round 19: a governorate's bare name is its seat, which Iraq's shard spells "Basrah".
  it("takes Basra in a story about Iraq for Iraq's city, not Pakistan's village Basra", () => {
    expect(placeOf(`${story}protesters blocked roads in Basra.`, 'Basra')?.placeId).toBe('gn-iq-basrah');
  });

  // Chitral, not Basra: since the world index holds Iraq's governorates, Basra is Iraq's there.
  it("leaves Pakistan's town Chitral out of a story about Iraq, the name an unknown place of Iraq", () => {
    const chitral = placeOf(`${story}protesters blocked roads in Chitral.`, 'Chitral');
    expect(chitral?.placeId).toBeNull();
    expect(chitral?.unknown?.withinName).toBe('Iraq');
  });

  it('keeps the town when the text names its country', () => {
    expect(placeOf(`${story}protesters in Pakistan blocked roads in Chitral.`, 'Chitral')?.placeId).toBe(
      'gn-pk-chitral',
    );
  });
});

describe('a name joined by a Hindi genitive is one name', () => {
  it('takes no first word of "Har ki Pauri" for a place of its own', () => {
    const got = pairs(
      extract(
        'Officials in Uttarakhand said the Ganga at Har ki Pauri in Haridwar crossed the warning mark on Tuesday.',
        published,
      ),
    );
    expect(got).toEqual(['2024-10-15 Haridwar:where']);
  });
});
