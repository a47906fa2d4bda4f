import { readFileSync } from 'node:fs';
import { check } from '@placemarkio/check-geojson';
import { describe, expect, it } from 'vitest';
import { mentionsToFeatureCollection as cliFeatureCollection } from '../../../src/cli/geoparse.ts';
import { createPlaceMatcher, type PlaceMention } from '../../../src/core/geoparse/find-places.ts';
import { mentionsToFeatureCollection } from '../../../src/core/geoparse/mentions-geojson.ts';
import { parseWorldIndex } from '../../../src/core/geoparse/world-index.ts';
import { gazetteerSchema } from '../../../src/core/dataset/schema.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/geoparse/${name}`, import.meta.url), 'utf8');
const matcher = createPlaceMatcher(
  gazetteerSchema.parse(JSON.parse(fixture('gazetteer.geojson'))),
  parseWorldIndex(JSON.parse(fixture('world-places.json'))),
);

const mention = (placeId: string, form: PlaceMention['form'], start = 0): PlaceMention => ({
  start,
  end: start + placeId.length,
  text: placeId,
  placeId,
  name: placeId.toUpperCase(),
  kind: 'city',
  form,
  source: 'curated',
  lon: 70.123456,
  lat: 30.5,
});

describe('mentionsToFeatureCollection', () => {
  it('gives the FeatureCollection of `geoparse --geojson`, byte for byte', () => {
    const results = [
      { file: 'a.txt', mentions: matcher.find(fixture('cli-input.txt')) },
      { file: 'b.txt', mentions: matcher.find('Lahore and Bannu; the Pakistani side, ISLAMABAD.') },
    ];
    expect(results[0]?.mentions.length).toBeGreaterThan(3);
    expect(JSON.stringify(mentionsToFeatureCollection(results))).toBe(JSON.stringify(cliFeatureCollection(results)));
  });

  it('counts names and adjectives per place, most mentioned first, ties by id', () => {
    const fc = mentionsToFeatureCollection([
      { file: 'pasted text', mentions: [mention('b', 'name'), mention('a', 'name'), mention('b', 'adjective', 9)] },
      { file: 'second.txt', mentions: [mention('a', 'name')] },
    ]);
    expect(fc.features.map((f) => [f.id, f.properties])).toEqual([
      [
        'a',
        {
          placeId: 'a',
          name: 'A',
          kind: 'city',
          source: 'curated',
          mentions: 2,
          names: 2,
          adjectives: 0,
          files: ['pasted text', 'second.txt'],
        },
      ],
      [
        'b',
        {
          placeId: 'b',
          name: 'B',
          kind: 'city',
          source: 'curated',
          mentions: 2,
          names: 1,
          adjectives: 1,
          files: ['pasted text'],
        },
      ],
    ]);
    expect(fc.features[0]?.geometry).toEqual({ type: 'Point', coordinates: [70.123456, 30.5] });
  });

  it('is valid GeoJSON, also with nothing found', () => {
    expect(() => check(JSON.stringify(mentionsToFeatureCollection([{ file: 'x', mentions: [] }])))).not.toThrow();
    const found = mentionsToFeatureCollection([{ file: 'x', mentions: matcher.find(fixture('cli-input.txt')) }]);
    expect(() => check(JSON.stringify(found))).not.toThrow();
  });

  it('does not change the mentions it is given', () => {
    const mentions = Object.freeze([Object.freeze(mention('a', 'name'))]);
    expect(() => mentionsToFeatureCollection([{ file: 'x', mentions }])).not.toThrow();
  });
});
