import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { check } from '@placemarkio/check-geojson';
import { describe, expect, it } from 'vitest';
import { main as geoparseCli } from '../../../src/cli/geoparse.ts';
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

/**
 * The expected FeatureCollection is a file, written once and read over by hand (two texts, four
 * places: Lahore three times, Pakistan only as the adjective "Pakistani", ties in id order). After a
 * deliberate change of the output, `UPDATE_FIXTURES=1 npx vitest run --project unit
 * tests/core/geoparse/mentions-geojson.test.ts` writes it again; review the diff before committing.
 */
const EXPECTED = new URL('../../fixtures/geoparse/out/mentions.geojson', import.meta.url);
const SECOND_TEXT = 'Lahore and Bannu; the Pakistani side, ISLAMABAD.';

describe('mentionsToFeatureCollection', () => {
  const results = [
    { file: 'cli-input.txt', mentions: matcher.find(fixture('cli-input.txt')) },
    { file: 'second.txt', mentions: matcher.find(SECOND_TEXT) },
  ];

  it('gives the reviewed FeatureCollection (tests/fixtures/geoparse/out/mentions.geojson)', () => {
    const actual = mentionsToFeatureCollection(results);
    if (process.env.UPDATE_FIXTURES) {
      mkdirSync(new URL('.', EXPECTED), { recursive: true });
      writeFileSync(EXPECTED, `${JSON.stringify(actual, null, 2)}\n`);
    }
    expect(actual).toEqual(JSON.parse(readFileSync(EXPECTED, 'utf8')));
  });

  it('is what `geoparse --geojson` prints for the same file', () => {
    let out = '';
    const data = ['--gazetteer', 'gazetteer.geojson', '--world', 'world-places.json', 'cli-input.txt'];
    const path = (name: string) => new URL(`../../fixtures/geoparse/${name}`, import.meta.url).pathname;
    const argv = ['--geojson', ...data.map((a) => (a.startsWith('--') ? a : path(a)))];
    const code = geoparseCli(argv, { out: (s) => (out += s), err: () => undefined });
    expect(code).toBe(0);
    const first = mentionsToFeatureCollection([{ file: path('cli-input.txt'), mentions: results[0]?.mentions ?? [] }]);
    expect(JSON.parse(out)).toEqual(first);
    expect(first.features.length).toBeGreaterThan(3);
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
