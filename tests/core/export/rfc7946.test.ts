import { readFileSync } from 'node:fs';
import { check } from '@placemarkio/check-geojson';
import fc from 'fast-check';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { COORDINATE_DECIMALS, toRfc7946 } from '../../../src/core/export/rfc7946.ts';

const MESSY = new URL('../../fixtures/export/rfc7946/messy.geojson', import.meta.url);

function collection(...geometries: Geometry[]): FeatureCollection<Geometry> {
  return {
    type: 'FeatureCollection',
    features: geometries.map((geometry, i) => ({ type: 'Feature', id: i, properties: { i }, geometry })),
  };
}

function only(fc: FeatureCollection<Geometry | null>): Geometry | null {
  const feature = fc.features[0];
  if (!feature) throw new Error('no feature');
  return feature.geometry;
}

/** Shoelace, written again here so the test does not trust the module's own. Positive = CCW. */
function area2(ring: Position[]): number {
  let s = 0;
  for (let i = 1; i < ring.length; i++) {
    const [x1, y1] = ring[i - 1] as [number, number];
    const [x2, y2] = ring[i] as [number, number];
    s += (x2 - x1) * (y2 + y1);
  }
  return -s;
}

/**
 * The sign of a rounded ring's area, exactly: positions are whole millionths, so in integers
 * the shoelace sum has no rounding error. A ring of no area (a bow tie whose halves cancel)
 * gives 0, where floating point may give ±1e-12.
 */
function exactAreaSign(ring: Position[]): number {
  const units = (v: number | undefined): bigint => BigInt(Math.round((v as number) * 10 ** COORDINATE_DECIMALS));
  let s = 0n;
  for (let i = 1; i < ring.length; i++) {
    const a = ring[i - 1] as Position;
    const b = ring[i] as Position;
    s += units(a[0]) * units(b[1]) - units(b[0]) * units(a[1]);
  }
  return s > 0n ? 1 : s < 0n ? -1 : 0;
}

function allPositions(g: Geometry): Position[] {
  switch (g.type) {
    case 'Point':
      return [g.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return g.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates.flat();
    case 'MultiPolygon':
      return g.coordinates.flat(2);
    case 'GeometryCollection':
      return g.geometries.flatMap(allPositions);
  }
}

function decimals(n: number): number {
  const text = String(n);
  return text.includes('.') ? (text.split('.')[1] as string).length : 0;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

describe('toRfc7946', () => {
  it.each([
    { name: 'rounds to 6 decimals', input: [12.34567891, -0.0000004], expected: [12.345679, 0] },
    { name: 'writes no -0', input: [-0.0000001, -0.0000002], expected: [0, 0] },
    { name: 'keeps an elevation', input: [1.1234567, 2, 100.00000049], expected: [1.123457, 2, 100] },
    { name: 'keeps longitude-latitude order', input: [-77.036871, 38.907192], expected: [-77.036871, 38.907192] },
  ])('point: $name', ({ input, expected }) => {
    expect(only(toRfc7946(collection({ type: 'Point', coordinates: input })))).toEqual({
      type: 'Point',
      coordinates: expected,
    });
  });

  it.each([
    {
      name: 'drops positions that rounding made equal',
      input: [
        [0, 0],
        [0.0000001, 0.0000001],
        [1, 1],
        [1.0000004, 1],
      ],
      expected: {
        type: 'LineString',
        coordinates: [
          [0, 0],
          [1, 1],
        ],
      },
    },
    {
      name: 'does not split Washington → Islamabad (150° apart)',
      input: [
        [-77.036871, 38.907192],
        [73.0479, 33.6844],
      ],
      expected: {
        type: 'LineString',
        coordinates: [
          [-77.036871, 38.907192],
          [73.0479, 33.6844],
        ],
      },
    },
    {
      name: 'splits eastward over +180 at the interpolated latitude',
      input: [
        [170, 10],
        [-170, 20],
      ],
      expected: {
        type: 'MultiLineString',
        coordinates: [
          [
            [170, 10],
            [180, 15],
          ],
          [
            [-180, 15],
            [-170, 20],
          ],
        ],
      },
    },
    {
      name: 'splits westward over -180',
      input: [
        [-170, 20],
        [170, 10],
      ],
      expected: {
        type: 'MultiLineString',
        coordinates: [
          [
            [-170, 20],
            [-180, 15],
          ],
          [
            [180, 15],
            [170, 10],
          ],
        ],
      },
    },
    {
      name: 'a line of one repeated position stays a two-position line',
      input: [
        [5, 5],
        [5.0000001, 5],
        [5, 5.0000001],
      ],
      expected: {
        type: 'LineString',
        coordinates: [
          [5, 5],
          [5, 5],
        ],
      },
    },
  ])('line: $name', ({ input, expected }) => {
    expect(only(toRfc7946(collection({ type: 'LineString', coordinates: input })))).toEqual(expected);
  });

  it('splits each part of a MultiLineString and keeps uncrossing parts whole', () => {
    const out = only(
      toRfc7946(
        collection({
          type: 'MultiLineString',
          coordinates: [
            [
              [0, 0],
              [1, 1],
            ],
            [
              [179, 0],
              [-179, 2],
            ],
          ],
        }),
      ),
    );
    expect(out).toEqual({
      type: 'MultiLineString',
      coordinates: [
        [
          [0, 0],
          [1, 1],
        ],
        [
          [179, 0],
          [180, 1],
        ],
        [
          [-180, 1],
          [-179, 2],
        ],
      ],
    });
  });

  it('winds exterior rings counter-clockwise and holes clockwise, polygon and multipolygon alike', () => {
    const clockwise = [
      [0, 0],
      [0, 10],
      [10, 10],
      [10, 0],
      [0, 0],
    ];
    const counterClockwiseHole = [
      [2, 2],
      [4, 2],
      [4, 4],
      [2, 4],
      [2, 2],
    ];
    const alreadyRight = [
      [20, 0],
      [30, 0],
      [30, 10],
      [20, 0],
    ];
    const out = toRfc7946(
      collection(
        { type: 'Polygon', coordinates: [clockwise, counterClockwiseHole] },
        { type: 'MultiPolygon', coordinates: [[clockwise, counterClockwiseHole], [alreadyRight]] },
      ),
    );
    const polygons = out.features.flatMap((f) =>
      f.geometry?.type === 'Polygon'
        ? [f.geometry.coordinates]
        : f.geometry?.type === 'MultiPolygon'
          ? f.geometry.coordinates
          : [],
    );
    expect(polygons).toHaveLength(3);
    for (const [exterior, ...holes] of polygons) {
      expect(area2(exterior as Position[])).toBeGreaterThan(0);
      for (const hole of holes) expect(area2(hole)).toBeLessThan(0);
    }
    expect(polygons[2]).toEqual([alreadyRight]);
  });

  it('keeps rings closed and ≥ 4 positions after removing rounding duplicates', () => {
    const ring = [
      [0, 0],
      [0.0000001, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0.0000002, 0.0000001],
    ];
    const out = only(toRfc7946(collection({ type: 'Polygon', coordinates: [ring] })));
    expect(out).toEqual({
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
    });
  });

  it('keeps a ring that rounding would shrink below four positions, closed and unchanged in length', () => {
    const sliver = [
      [0, 0],
      [0.0000001, 0],
      [0, 0.0000001],
      [0, 0],
    ];
    const out = only(toRfc7946(collection({ type: 'Polygon', coordinates: [sliver] })));
    expect(out?.type).toBe('Polygon');
    const rings = (out as { coordinates: Position[][] }).coordinates;
    expect(rings[0]).toHaveLength(4);
    expect(rings[0]?.[0]).toEqual(rings[0]?.[3]);
  });

  it('drops crs everywhere, replaces a stale bbox, keeps foreign members and ids', () => {
    const input = {
      type: 'FeatureCollection',
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } },
      bbox: [0, 0, 1, 1],
      name: 'layer',
      metadata: { licence: 'x' },
      features: [
        {
          type: 'Feature',
          id: 'a',
          crs: { type: 'name' },
          bbox: [9, 9, 9, 9],
          properties: { p: 1 },
          geometry: { type: 'Point', coordinates: [3, 4] },
        },
      ],
    } as unknown as FeatureCollection<Geometry>;
    const out = toRfc7946(input) as unknown as Record<string, unknown> & FeatureCollection<Geometry>;
    expect(out).not.toHaveProperty('crs');
    expect(out).not.toHaveProperty('bbox');
    expect(out.name).toBe('layer');
    expect(out.metadata).toEqual({ licence: 'x' });
    expect(out.features[0]).toEqual({
      type: 'Feature',
      id: 'a',
      properties: { p: 1 },
      geometry: { type: 'Point', coordinates: [3, 4] },
    });
  });

  it.each([
    {
      name: 'plain min/max for data that stays off the antimeridian',
      geometries: [
        { type: 'Point', coordinates: [-77, 38] },
        {
          type: 'LineString',
          coordinates: [
            [73, 33],
            [74, 31],
          ],
        },
      ] as Geometry[],
      collection: [-77, 31, 74, 38],
      features: [
        [-77, 38, -77, 38],
        [73, 31, 74, 33],
      ],
    },
    {
      name: 'west > east for a line split at the antimeridian (§5.2)',
      geometries: [
        {
          type: 'LineString',
          coordinates: [
            [170, 10],
            [-170, 20],
          ],
        },
      ] as Geometry[],
      collection: [170, 10, -170, 20],
      features: [[170, 10, -170, 20]],
    },
    {
      name: 'a line from -170 to 170 the long way (no jump over 180°) keeps a plain box',
      geometries: [
        {
          type: 'LineString',
          coordinates: [
            [-170, 0],
            [0, 5],
            [170, 0],
          ],
        },
      ] as Geometry[],
      collection: [-170, 0, 170, 5],
      features: [[-170, 0, 170, 5]],
    },
    {
      name: 'six values when every position has an elevation',
      geometries: [
        {
          type: 'LineString',
          coordinates: [
            [1, 2, 30],
            [3, 4, 10],
          ],
        },
      ] as Geometry[],
      collection: [1, 2, 10, 3, 4, 30],
      features: [[1, 2, 10, 3, 4, 30]],
    },
  ])('bbox: $name', ({ geometries, collection: expectedCollection, features }) => {
    const out = toRfc7946(collection(...geometries), { bbox: true });
    expect(out.bbox).toEqual(expectedCollection);
    expect(out.features.map((f) => f.bbox)).toEqual(features);
  });

  it('omits bbox for null geometries and gives none unless asked', () => {
    const input: FeatureCollection<Geometry | null> = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: null, geometry: null }],
    };
    const out = toRfc7946(input, { bbox: true });
    expect(out.bbox).toBeUndefined();
    expect(out.features[0]).toEqual({ type: 'Feature', properties: null, geometry: null });
    expect(toRfc7946(collection({ type: 'Point', coordinates: [1, 2] })).bbox).toBeUndefined();
  });

  it('normalises inside a GeometryCollection', () => {
    const out = only(
      toRfc7946(
        collection({
          type: 'GeometryCollection',
          geometries: [
            { type: 'Point', coordinates: [1.00000001, 2] },
            {
              type: 'LineString',
              coordinates: [
                [170, 0],
                [-170, 0],
              ],
            },
          ],
        }),
      ),
    );
    expect(out).toEqual({
      type: 'GeometryCollection',
      geometries: [
        { type: 'Point', coordinates: [1, 2] },
        {
          type: 'MultiLineString',
          coordinates: [
            [
              [170, 0],
              [180, 0],
            ],
            [
              [-180, 0],
              [-170, 0],
            ],
          ],
        },
      ],
    });
  });

  it('throws a plain error for input that is not a FeatureCollection', () => {
    expect(() => toRfc7946({ type: 'Feature' } as unknown as FeatureCollection)).toThrow(/FeatureCollection/);
    expect(() => toRfc7946(null as unknown as FeatureCollection)).toThrow(/FeatureCollection/);
  });

  describe('on the messy fixture (crs, clockwise rings, 9 decimals, antimeridian, stale bbox)', () => {
    const text = readFileSync(MESSY, 'utf8');
    const input = JSON.parse(text) as FeatureCollection<Geometry>;

    it('does not mutate its (deep-frozen) input', () => {
      const frozen = deepFreeze(structuredClone(input));
      const out = toRfc7946(frozen, { bbox: true });
      expect(frozen).toEqual(input);
      expect(out).not.toBe(frozen);
      expect(out.features[0]).not.toBe(frozen.features[0]);
      expect(out.features[0]?.geometry).not.toBe(frozen.features[0]?.geometry);
    });

    it('passes the @placemarkio/check-geojson validator (the input already did: the checks are ours)', () => {
      expect(() => check(text)).not.toThrow();
      expect(() => check(JSON.stringify(toRfc7946(input, { bbox: true })))).not.toThrow();
    });

    it('leaves no coordinate with more than 6 decimals, no crs, right winding, no segment over 180°', () => {
      const out = toRfc7946(input, { bbox: true });
      const json = JSON.stringify(out);
      expect(json).not.toContain('"crs"');
      for (const feature of out.features as Array<Feature<Geometry>>) {
        for (const p of allPositions(feature.geometry))
          for (const v of p) expect(decimals(v)).toBeLessThanOrEqual(COORDINATE_DECIMALS);
        const g = feature.geometry;
        const polygons = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
        for (const [exterior, ...holes] of polygons) {
          expect(area2(exterior as Position[])).toBeGreaterThan(0);
          for (const hole of holes) expect(area2(hole)).toBeLessThan(0);
        }
        const lines = g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : [];
        for (const line of lines) {
          for (let i = 1; i < line.length; i++) {
            expect(Math.abs((line[i]?.[0] as number) - (line[i - 1]?.[0] as number))).toBeLessThanOrEqual(180);
          }
        }
      }
      // The fixture's stale bbox said [0, 0, 1, 1].
      expect(out.bbox).not.toEqual([0, 0, 1, 1]);
    });
  });

  // The winding is checked exactly (exactAreaSign): fast-check once drew a bow tie whose halves
  // cancel (seed 13650129), and the test's own floating-point shoelace called it -1.8e-12.
  it('holds for random rings and lines (property test)', () => {
    const lon = fc.double({ min: -180, max: 180, noNaN: true });
    const lat = fc.double({ min: -85, max: 85, noNaN: true });
    const position = fc.tuple(lon, lat);
    fc.assert(
      fc.property(
        fc.array(position, { minLength: 3, maxLength: 12 }),
        fc.array(position, { minLength: 2, maxLength: 12 }),
        (ringBody, line) => {
          const ring = [...ringBody, ringBody[0] as [number, number]];
          const out = toRfc7946(
            collection({ type: 'Polygon', coordinates: [ring] }, { type: 'LineString', coordinates: line }),
          );
          const polygon = out.features[0]?.geometry as { coordinates: Position[][] };
          const outRing = polygon.coordinates[0] as Position[];
          expect(outRing.length).toBeGreaterThanOrEqual(4);
          expect(outRing[0]).toEqual(outRing[outRing.length - 1]);
          expect(exactAreaSign(outRing)).toBeGreaterThanOrEqual(0);
          const g = out.features[1]?.geometry as Geometry;
          const parts = g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : [];
          for (const part of parts) {
            expect(part.length).toBeGreaterThanOrEqual(2);
            for (let i = 1; i < part.length; i++) {
              expect(Math.abs((part[i]?.[0] as number) - (part[i - 1]?.[0] as number))).toBeLessThanOrEqual(180);
            }
          }
          for (const p of [...outRing, ...parts.flat()])
            for (const v of p) expect(decimals(v)).toBeLessThanOrEqual(COORDINATE_DECIMALS);
        },
      ),
      { numRuns: 200 },
    );
  });
});
