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
