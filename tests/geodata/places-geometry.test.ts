/**
 * Checks the shipped gazetteer, geodata/places.geojson, as data: it parses, its hierarchy holds
 * geometrically (a town lies in its district, a district in its region, …), and its geometry is
 * well formed for RFC 7946 readers. Rebuild it with `npx tsx scripts/geodata/build-gazetteer.ts`.
 */
import { readFileSync, statSync } from 'node:fs';
import {
  area,
  booleanClockwise,
  booleanIntersects,
  booleanPointInPolygon,
  featureCollection,
  intersect,
  point,
} from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { createGazetteerIndex } from '../../src/core/dataset/gazetteer.ts';
import { gazetteerSchema, placeSchema } from '../../src/core/dataset/schema.ts';
import type { Place } from '../../src/core/dataset/schema.ts';

const FILE = new URL('../../geodata/places.geojson', import.meta.url);
const gazetteer = gazetteerSchema.parse(JSON.parse(readFileSync(FILE, 'utf8')));
const index = createGazetteerIndex(gazetteer.features);

/** The place ids other modules rely on (the gazetteer contract). */
const CONTRACT_IDS = [
  'pakistan',
  'afghanistan',
  'united-states',
  'india',
  'turkey',
  'singapore',
  'punjab',
  'khyber-pakhtunkhwa',
  'fata',
  'waziristan',
  'north-waziristan',
  'south-waziristan',
  'afghan-border',
  'islamabad',
  'lahore',
  'karachi',
  'datta-khel',
  'abbottabad',
  'kabul',
  'mumbai',
  'washington-dc',
  'cia-headquarters',
];

/**
 * Natural Earth's Pakistan and the OpenStreetMap districts are drawn independently, so their
 * edges differ by a few hundred metres: an area counts as inside another when this share of it is.
 */
const MIN_CONTAINED_SHARE = 0.99;
/** Two areas that should not overlap may still share this much along a common, differently drawn edge. */
const MAX_STRAY_SHARE = 0.01;
/** The file is loaded whole by the app; keep it small. */
const MAX_FILE_BYTES = 400_000;
const COORDINATE_DECIMALS = 5;
/** Datta Khel lies some 20 km from the border: well within a third of a degree. */
const NEAR_DATTA_KHEL_DEGREES = 0.33;

type Area = Feature<Polygon | MultiPolygon>;

function place(id: string): Place {
  const found = index.byId(id);
  if (found === undefined) throw new Error(`no place "${id}" in the gazetteer`);
  return found;
}

function isArea(p: Place): boolean {
  return p.geometry.type === 'Polygon' || p.geometry.type === 'MultiPolygon';
}

function asArea(p: Place): Area {
  if (!isArea(p)) throw new Error(`place "${p.properties.id}" is not an area`);
  return { type: 'Feature', properties: {}, geometry: p.geometry as Polygon | MultiPolygon };
}

function pointOf(p: Place): Position {
  if (p.geometry.type !== 'Point') throw new Error(`place "${p.properties.id}" is not a point`);
  return p.geometry.coordinates;
}

/** Share of `inner`'s area that lies inside `outer`. */
function containedShare(inner: Area, outer: Area): number {
  const overlap = intersect(featureCollection([inner, outer]));
  return overlap === null ? 0 : area(overlap) / area(inner);
}

function ancestors(p: Place): string[] {
  const chain: string[] = [];
  let parent = p.properties.parent;
  while (parent !== null) {
    if (chain.includes(parent)) throw new Error(`parent cycle at "${parent}"`);
    chain.push(parent);
    parent = place(parent).properties.parent;
  }
  return chain;
}

function polygonsOf(p: Place): Position[][][] {
  if (p.geometry.type === 'Polygon') return [p.geometry.coordinates];
  if (p.geometry.type === 'MultiPolygon') return p.geometry.coordinates;
  return [];
}

function allPositions(p: Place): Position[] {
  const g = p.geometry;
  switch (g.type) {
    case 'Point':
      return [g.coordinates];
    case 'LineString':
      return g.coordinates;
    case 'MultiLineString':
      return g.coordinates.flat();
    case 'Polygon':
      return g.coordinates.flat();
    case 'MultiPolygon':
      return g.coordinates.flat(2);
  }
}

const places = gazetteer.features;
const byName = places.map((p) => [p.properties.id, p] as const);

describe('geodata/places.geojson', () => {
  it('is small enough to load whole', () => {
    expect(statSync(FILE).size).toBeLessThanOrEqual(MAX_FILE_BYTES);
  });

  it.each(CONTRACT_IDS)('has the contract place %s', (id) => {
    expect(index.byId(id)?.properties.id).toBe(id);
  });

  it.each(byName)('%s passes placeSchema', (_id, p) => {
    expect(placeSchema.safeParse(p).success).toBe(true);
  });

  it.each(byName)('%s has a parent chain that resolves', (_id, p) => {
    for (const id of ancestors(p)) expect(index.byId(id)).toBeDefined();
  });

  it('puts Datta Khel under North Waziristan, Waziristan, FATA and Pakistan', () => {
    expect(ancestors(place('datta-khel'))).toEqual(['north-waziristan', 'waziristan', 'fata', 'pakistan']);
  });

  it('marks Abbottabad and CIA headquarters as implied, Datta Khel as named', () => {
    expect(place('abbottabad').properties.mention).toBe('implied');
    expect(place('cia-headquarters').properties.mention).toBe('implied');
    expect(place('datta-khel').properties.mention).toBe('named');
  });

  describe('points lie where they should', () => {
    const cases: Array<{ point: string; inside: string; expected: boolean }> = [
      { point: 'datta-khel', inside: 'north-waziristan', expected: true },
      { point: 'datta-khel', inside: 'waziristan', expected: true },
      { point: 'datta-khel', inside: 'fata', expected: true },
      { point: 'datta-khel', inside: 'pakistan', expected: true },
      { point: 'datta-khel', inside: 'south-waziristan', expected: false },
      { point: 'datta-khel', inside: 'afghanistan', expected: false },
      { point: 'datta-khel', inside: 'khyber-pakhtunkhwa', expected: false },
      { point: 'miran-shah', inside: 'north-waziristan', expected: true },
      { point: 'wana', inside: 'south-waziristan', expected: true },
      { point: 'lahore', inside: 'punjab', expected: true },
      { point: 'lahore', inside: 'khyber-pakhtunkhwa', expected: false },
      { point: 'rawalpindi', inside: 'punjab', expected: true },
      { point: 'abbottabad', inside: 'khyber-pakhtunkhwa', expected: true },
      { point: 'abbottabad', inside: 'fata', expected: false },
      { point: 'peshawar', inside: 'khyber-pakhtunkhwa', expected: true },
      { point: 'islamabad', inside: 'pakistan', expected: true },
      { point: 'islamabad', inside: 'punjab', expected: false },
      { point: 'karachi', inside: 'pakistan', expected: true },
      { point: 'kabul', inside: 'afghanistan', expected: true },
      { point: 'kabul', inside: 'pakistan', expected: false },
      { point: 'mumbai', inside: 'india', expected: true },
      { point: 'washington-dc', inside: 'united-states', expected: true },
      { point: 'cia-headquarters', inside: 'united-states', expected: true },
      { point: 'ankara', inside: 'turkey', expected: true },
    ];
    it.each(cases)('$point inside $inside: $expected', ({ point: p, inside, expected }) => {
      expect(booleanPointInPolygon(pointOf(place(p)), asArea(place(inside)))).toBe(expected);
    });
  });

  describe('areas lie where they should', () => {
    const cases: Array<{ inner: string; outer: string; contained: boolean }> = [
      { inner: 'north-waziristan', outer: 'waziristan', contained: true },
      { inner: 'south-waziristan', outer: 'waziristan', contained: true },
      { inner: 'waziristan', outer: 'fata', contained: true },
      { inner: 'fata', outer: 'pakistan', contained: true },
      { inner: 'punjab', outer: 'pakistan', contained: true },
      { inner: 'khyber-pakhtunkhwa', outer: 'pakistan', contained: true },
      // KP is the 2011 province: the tribal districts must have been taken out of it.
      { inner: 'fata', outer: 'khyber-pakhtunkhwa', contained: false },
      { inner: 'north-waziristan', outer: 'south-waziristan', contained: false },
      { inner: 'punjab', outer: 'khyber-pakhtunkhwa', contained: false },
    ];
    it.each(cases)('$inner in $outer: $contained', ({ inner, outer, contained }) => {
      const share = containedShare(asArea(place(inner)), asArea(place(outer)));
      if (contained) expect(share).toBeGreaterThanOrEqual(MIN_CONTAINED_SHARE);
      else expect(share).toBeLessThanOrEqual(MAX_STRAY_SHARE);
    });
  });

  describe('every place lies in its parent area', () => {
    const withAreaParent = places.filter((p) => p.properties.parent !== null && isArea(place(p.properties.parent)));
    it.each(withAreaParent.filter((p) => p.geometry.type === 'Point').map((p) => [p.properties.id, p] as const))(
      'point %s',
      (_id, p) => {
        expect(booleanPointInPolygon(pointOf(p), asArea(place(p.properties.parent ?? '')))).toBe(true);
      },
    );
    it.each(withAreaParent.filter(isArea).map((p) => [p.properties.id, p] as const))('area %s', (_id, p) => {
      const share = containedShare(asArea(p), asArea(place(p.properties.parent ?? '')));
      expect(share).toBeGreaterThanOrEqual(MIN_CONTAINED_SHARE);
    });
  });

  describe('geometry is well formed', () => {
    const areas = places.filter(isArea).map((p) => [p.properties.id, p] as const);

    it.each(areas)('%s winds exteriors counter-clockwise and holes clockwise, in closed rings', (_id, p) => {
      for (const [exterior, ...holes] of polygonsOf(p)) {
        expect(exterior).toBeDefined();
        for (const [i, ring] of [exterior ?? [], ...holes].entries()) {
          expect(ring.at(0)).toEqual(ring.at(-1));
          expect(booleanClockwise(ring)).toBe(i > 0);
        }
      }
    });

    it.each(byName)(`%s has coordinates rounded to ${COORDINATE_DECIMALS} decimals`, (_id, p) => {
      const scale = 10 ** COORDINATE_DECIMALS;
      const unrounded = allPositions(p).filter((pos) => pos.some((c) => Math.round(c * scale) / scale !== c));
      expect(unrounded).toEqual([]);
    });
  });

  describe('the Afghan border', () => {
    const border = place('afghan-border');
    const vertices = allPositions(border);
    const pakistan = asArea(place('pakistan'));
    const afghanistan = asArea(place('afghanistan'));

    it('is a line', () => {
      expect(['LineString', 'MultiLineString']).toContain(border.geometry.type);
    });

    it.each([
      ['pakistan', pakistan],
      ['afghanistan', afghanistan],
    ] as const)('touches %s: every vertex is on its edge, none inside it', (_name, country) => {
      expect(booleanIntersects(border, country)).toBe(true);
      const offEdge = vertices.filter(
        (v) => !booleanPointInPolygon(point(v), country) || booleanPointInPolygon(point(v), country, { ignoreBoundary: true }),
      );
      expect(offEdge).toEqual([]);
    });

    it('passes near Datta Khel, which AP puts on the Pakistani side of it', () => {
      const [dLon = NaN, dLat = NaN] = pointOf(place('datta-khel'));
      const nearest = Math.min(...vertices.map(([lon = NaN, lat = NaN]) => Math.hypot(lon - dLon, lat - dLat)));
      expect(nearest).toBeLessThan(NEAR_DATTA_KHEL_DEGREES);
    });
  });
});
