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
