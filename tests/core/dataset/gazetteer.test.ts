import { readFileSync } from 'node:fs';
import { booleanPointInPolygon, booleanPointOnLine, centroid } from '@turf/turf';
import type { LineString, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { createGazetteerIndex, normaliseName, placeAnchor } from '../../../src/core/dataset/gazetteer.ts';
import { gazetteerSchema } from '../../../src/core/dataset/schema.ts';
import type { Place, PlaceGeometry, PlaceProperties } from '../../../src/core/dataset/schema.ts';

function makePlace(
  props: Partial<PlaceProperties> & Pick<PlaceProperties, 'id' | 'name'>,
  geometry: PlaceGeometry,
): Place {
  return {
    type: 'Feature',
    properties: {
      aliases: [],
      kind: 'town',
      parent: null,
      precision: 'settlement',
      geometrySource: 'test fixture',
      mention: 'named',
      ...props,
    },
    geometry,
  };
}

const pointAt = (lon: number, lat: number): PlaceGeometry => ({ type: 'Point', coordinates: [lon, lat] });
const square: PlaceGeometry = {
  type: 'Polygon',
  coordinates: [
    [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ],
  ],
};
/** A C shape: its centroid falls in the notch, outside the polygon. */
const crescent: PlaceGeometry = {
  type: 'Polygon',
  coordinates: [
    [
      [0, 0],
      [3, 0],
      [3, 1],
      [1, 1],
      [1, 2],
      [3, 2],
      [3, 3],
      [0, 3],
      [0, 0],
    ],
  ],
};
const bentLine: PlaceGeometry = {
  type: 'LineString',
  coordinates: [
    [0, 0],
    [2, 0],
    [2, 2],
  ],
};

const FIXTURE: Place[] = [
  makePlace(
    { id: 'datta-khel', name: 'Datta Khel', aliases: ['Dattakhel', 'Datta Khail'] },
    pointAt(69.74477, 32.90849),
  ),
  makePlace(
    { id: 'fata', name: 'Federally Administered Tribal Areas', aliases: ['FATA', 'Federal Administered Tribal Areas'] },
    square,
  ),
  makePlace({ id: 'washington-dc', name: 'Washington', aliases: ['Washington, D.C.'] }, pointAt(-77.03637, 38.89511)),
  makePlace({ id: 'kabul', name: 'Kabul', aliases: ['Kābul'] }, pointAt(69.17233, 34.52813)),
  makePlace({ id: 'united-states', name: 'United States', aliases: ['US'] }, square),
  makePlace({ id: 'afghan-border', name: 'Pakistan–Afghanistan border', aliases: ['Afghan border'] }, bentLine),
];

describe('normaliseName', () => {
  const cases: Array<{ input: string; expected: string }> = [
    { input: 'Datta Khel', expected: 'datta khel' },
    { input: 'DATTA KHEL', expected: 'datta khel' },
    { input: '  Datta   Khel\t', expected: 'datta khel' },
    { input: 'Kābul', expected: 'kabul' },
    { input: 'Türkiye', expected: 'turkiye' },
    { input: 'Peşawar', expected: 'pesawar' },
    { input: 'Straße', expected: 'strasse' },
    { input: 'Washington, D.C.', expected: 'washington dc' },
    { input: 'Washington DC', expected: 'washington dc' },
    { input: 'U.S.', expected: 'us' },
    { input: 'Pakistan–Afghanistan border', expected: 'pakistan afghanistan border' },
    { input: 'Pakistan-Afghanistan border', expected: 'pakistan afghanistan border' },
    { input: 'Pakistan — Afghanistan border', expected: 'pakistan afghanistan border' },
    { input: 'North-West Frontier Province', expected: 'north west frontier province' },
    { input: "Xi'an", expected: 'xian' },
    { input: 'Xi’an', expected: 'xian' },
    { input: 'The United States', expected: 'united states' },
    { input: 'the  Afghan border', expected: 'afghan border' },
    // Only a leading article is dropped, and only as a whole word.
    { input: 'Theodore Roosevelt Island', expected: 'theodore roosevelt island' },
    { input: 'Bay of the Islands', expected: 'bay of the islands' },
    { input: 'Azad Jammu & Kashmir', expected: 'azad jammu kashmir' },
    { input: '', expected: '' },
    { input: ' . , ', expected: '' },
  ];
  it.each(cases)('$input → "$expected"', ({ input, expected }) => {
    expect(normaliseName(input)).toBe(expected);
  });

  it('is idempotent', () => {
    for (const { input } of cases) expect(normaliseName(normaliseName(input))).toBe(normaliseName(input));
  });
});

describe('createGazetteerIndex', () => {
  const index = createGazetteerIndex(FIXTURE);

  describe('resolvePlace', () => {
    const cases: Array<{ query: string; expected: string | undefined }> = [
      { query: 'Datta Khel', expected: 'datta-khel' },
      { query: 'datta khel', expected: 'datta-khel' },
      { query: 'Dattakhel', expected: 'datta-khel' },
      { query: 'DATTA KHAIL', expected: 'datta-khel' },
      { query: 'FATA', expected: 'fata' },
      { query: 'Federally Administered Tribal Areas', expected: 'fata' },
      { query: 'Federal Administered Tribal Areas', expected: 'fata' },
      { query: 'the Federally-Administered Tribal Areas', expected: 'fata' },
      { query: 'Washington', expected: 'washington-dc' },
      { query: 'Washington, D.C.', expected: 'washington-dc' },
      { query: 'Washington DC', expected: 'washington-dc' },
      { query: 'Kabul', expected: 'kabul' },
      { query: 'Kābul', expected: 'kabul' },
      { query: 'KABUL', expected: 'kabul' },
      { query: 'U.S.', expected: 'united-states' },
      { query: 'the United States', expected: 'united-states' },
      { query: 'Afghan border', expected: 'afghan-border' },
      { query: 'Pakistan-Afghanistan border', expected: 'afghan-border' },
      // Unknown names and near misses resolve to nothing rather than to a guess.
      { query: 'Lahore', expected: undefined },
      { query: 'Datta', expected: undefined },
      { query: 'Datta Khel area', expected: undefined },
      { query: 'Washington State', expected: undefined },
      { query: '', expected: undefined },
      { query: 'datta-khel-x', expected: undefined },
    ];
    it.each(cases)('"$query" → $expected', ({ query, expected }) => {
      expect(index.resolvePlace(query)?.properties.id).toBe(expected);
    });
  });

  it('finds places by exact id only', () => {
    expect(index.byId('datta-khel')?.properties.name).toBe('Datta Khel');
    expect(index.byId('Datta Khel')).toBeUndefined();
    expect(index.byId('lahore')).toBeUndefined();
  });

  it('keeps the places in their order', () => {
    expect(index.places.map((p) => p.properties.id)).toEqual(FIXTURE.map((p) => p.properties.id));
  });

  it('does not change its input', () => {
    const before = JSON.stringify(FIXTURE);
    createGazetteerIndex(FIXTURE).resolvePlace('Kabul');
    expect(JSON.stringify(FIXTURE)).toBe(before);
  });

  const bad: Array<{ why: string; places: Place[]; message: RegExp }> = [
    {
      why: 'a duplicate id',
      places: [makePlace({ id: 'kabul', name: 'Kabul' }, square), makePlace({ id: 'kabul', name: 'Kabol' }, square)],
      message: /duplicate place id "kabul"/,
    },
    {
      why: 'an alias that is another place’s name',
      places: [
        makePlace({ id: 'washington-dc', name: 'Washington' }, square),
        makePlace({ id: 'washington-state', name: 'Washington State', aliases: ['washington'] }, square),
      ],
      message: /normalise to the same name "washington"/,
    },
    {
      why: 'names that differ only in accents',
      places: [makePlace({ id: 'a', name: 'Kabul' }, square), makePlace({ id: 'b', name: 'Kābul' }, square)],
      message: /same name "kabul"/,
    },
    {
      why: 'a name with no letters',
      places: [makePlace({ id: 'a', name: 'A', aliases: ['—'] }, square)],
      message: /no letters/,
    },
  ];
  it.each(bad)('rejects $why', ({ places, message }) => {
    expect(() => createGazetteerIndex(places)).toThrow(message);
  });

  it('accepts a place whose alias normalises to its own name', () => {
    const index2 = createGazetteerIndex([makePlace({ id: 'us', name: 'US', aliases: ['U.S.'] }, square)]);
    expect(index2.resolvePlace('u.s.')?.properties.id).toBe('us');
  });
});

describe('placeAnchor', () => {
  it('is the point itself for a point', () => {
    expect(placeAnchor(makePlace({ id: 'a', name: 'A' }, pointAt(69.74477, 32.90849)))).toEqual([69.74477, 32.90849]);
  });

  it('drops a point’s altitude', () => {
    expect(placeAnchor(makePlace({ id: 'a', name: 'A' }, { type: 'Point', coordinates: [1, 2, 300] }))).toEqual([1, 2]);
  });

  const areas: Array<{ name: string; geometry: PlaceGeometry }> = [
    { name: 'square', geometry: square },
    { name: 'crescent', geometry: crescent },
  ];
  it.each(areas)('lies inside a $name', ({ geometry }) => {
    const anchor = placeAnchor(makePlace({ id: 'a', name: 'A' }, geometry));
    expect(booleanPointInPolygon(anchor, geometry as Polygon)).toBe(true);
  });

  it('lies inside a crescent even though its centroid does not', () => {
    expect(booleanPointInPolygon(centroid(crescent as Polygon), crescent as Polygon)).toBe(false);
    expect(booleanPointInPolygon(placeAnchor(makePlace({ id: 'a', name: 'A' }, crescent)), crescent as Polygon)).toBe(
      true,
    );
  });

  it('lies in the largest part of a multipolygon', () => {
    const small = [
      [
        [100, 0],
        [100.1, 0],
        [100.1, 0.1],
        [100, 0.1],
        [100, 0],
      ],
    ] as [number, number][][];
    const [bigRing = []] = (square as Polygon).coordinates as [number, number][][];
    const multi: PlaceGeometry = { type: 'MultiPolygon', coordinates: [small, [bigRing]] };
    const anchor = placeAnchor(makePlace({ id: 'a', name: 'A' }, multi));
    expect(booleanPointInPolygon(anchor, square as Polygon)).toBe(true);
  });

  it('lies on a bent line', () => {
    const anchor = placeAnchor(makePlace({ id: 'a', name: 'A' }, bentLine));
    expect(booleanPointOnLine(anchor, bentLine as LineString)).toBe(true);
  });
});

describe('the shipped gazetteer resolves the articles’ spellings', () => {
  const shipped = gazetteerSchema.parse(
    JSON.parse(readFileSync(new URL('../../../geodata/places.geojson', import.meta.url), 'utf8')),
  );
  const index = createGazetteerIndex(shipped.features);
  const cases: Array<{ spelling: string; expected: string }> = [
    { spelling: 'Datta Khel', expected: 'datta-khel' },
    { spelling: 'North Waziristan', expected: 'north-waziristan' },
    { spelling: 'South Waziristan', expected: 'south-waziristan' },
    { spelling: 'Waziristan', expected: 'waziristan' },
    { spelling: 'Federal Administered Tribal Areas', expected: 'fata' },
    { spelling: 'FATA', expected: 'fata' },
    { spelling: 'Afghan border', expected: 'afghan-border' },
    { spelling: 'Islamabad', expected: 'islamabad' },
    { spelling: 'Lahore', expected: 'lahore' },
    { spelling: 'Karachi', expected: 'karachi' },
    { spelling: 'Punjab', expected: 'punjab' },
    { spelling: 'Washington', expected: 'washington-dc' },
    { spelling: 'CIA headquarters', expected: 'cia-headquarters' },
    { spelling: 'U.S.', expected: 'united-states' },
    { spelling: 'UNITED STATES', expected: 'united-states' },
    { spelling: 'Pakistan', expected: 'pakistan' },
    { spelling: 'Afghanistan', expected: 'afghanistan' },
    { spelling: 'Kabul', expected: 'kabul' },
    { spelling: 'Mumbai', expected: 'mumbai' },
    { spelling: 'Turkey', expected: 'turkey' },
    { spelling: 'Singapore', expected: 'singapore' },
    { spelling: 'NWFP', expected: 'khyber-pakhtunkhwa' },
    { spelling: 'North West Frontier Province', expected: 'khyber-pakhtunkhwa' },
  ];
  it.each(cases)('"$spelling" → $expected', ({ spelling, expected }) => {
    expect(index.resolvePlace(spelling)?.properties.id).toBe(expected);
  });
});
