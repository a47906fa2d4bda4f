import { readFileSync } from 'node:fs';
import { check } from '@placemarkio/check-geojson';
import type { Feature, Geometry, LineString, MultiLineString, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../../src/core/time/day.ts';
import { parseEdtf } from '../../../src/core/time/parse-edtf.ts';
import {
  ATTRIBUTION,
  DEFAULT_LICENCE,
  exportLayers,
  FLAT_EVENT_COLUMNS,
  LAYER_NAMES,
  type EventProperties,
} from '../../../src/core/export/layers.ts';
import { datasetSchema, eventSchema, type Dataset, type EventType } from '../../../src/core/dataset/schema.ts';
import { validateDataset } from '../../../src/core/dataset/validate-dataset.ts';

function loadFixture(name: string): Dataset {
  const url = new URL(`../../fixtures/export/${name}.json`, import.meta.url);
  return datasetSchema.parse(JSON.parse(readFileSync(url, 'utf8')));
}

const dataset = loadFixture('dataset');
const pacific = loadFixture('antimeridian');

function eventById(layer: { features: Array<Feature<Geometry, EventProperties>> }, id: string) {
  const feature = layer.features.find((f) => f.properties.id === id);
  if (!feature) throw new Error(`no event ${id}`);
  return feature;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** Signed area written again here (positive = counter-clockwise), not taken from the module. */
function area2(ring: Position[]): number {
  let s = 0;
  for (let i = 1; i < ring.length; i++) {
    const [x1, y1] = ring[i - 1] as [number, number];
    const [x2, y2] = ring[i] as [number, number];
    s += (x2 - x1) * (y2 + y1);
  }
  return -s;
}

describe('exportLayers', () => {
  const layers = exportLayers(dataset);

  it.each([
    ['dataset', dataset],
    ['antimeridian', pacific],
  ])('works from a fixture (%s) that passes the whole-dataset validator', (_name, fixture) => {
    expect(validateDataset(fixture)).toMatchObject({ ok: true });
  });

  it.each(LAYER_NAMES)('the %s layer passes @placemarkio/check-geojson and has no crs', (name) => {
    const text = JSON.stringify(layers[name]);
    expect(() => check(text)).not.toThrow();
    expect(text).not.toContain('"crs"');
  });

  it('counts: every place, every event, the areas events touch, one route per from/to pair', () => {
    expect(layers.places.features).toHaveLength(dataset.places.features.length);
    expect(layers.events.features).toHaveLength(dataset.events.length);
    expect(layers.regions.features.map((f) => [f.properties.id, f.properties.event_count])).toEqual([
      ['pakistan', 1],
      ['north-waziristan', 2],
    ]);
    expect(layers.routes.features).toHaveLength(1);
  });

  it('names each layer after the dataset and carries licence, attribution and the source articles', () => {
    for (const name of LAYER_NAMES) {
      const layer = layers[name];
      expect(layer.name).toBe(`fixture-2011-${name}`);
      expect(layer.metadata.licence).toBe(DEFAULT_LICENCE);
      expect(layer.metadata.attribution.startsWith(ATTRIBUTION)).toBe(true);
      for (const source of dataset.sources) expect(layer.metadata.attribution).toContain(source.title);
      expect(layer.metadata.sources.map((s) => s.id)).toEqual(['ap', 'abc', 'rsis']);
    }
    expect(exportLayers(pacific).events.metadata.licence).toBe('CC0 test data');
  });

  it('writes an undated source as published: null, with no date in the attribution', () => {
    const sources = dataset.sources.map((s) =>
      s.id === 'ap' ? { id: 'ap', outlet: 'AP', title: 'Undated story' } : s,
    );
    const { metadata } = exportLayers({ ...dataset, sources }).events;
    expect(metadata.sources[0]).toEqual({
      id: 'ap',
      outlet: 'AP',
      title: 'Undated story',
      author: null,
      published: null,
      url: null,
    });
    expect(metadata.attribution).toContain('AP, "Undated story"');
    expect(metadata.attribution).not.toMatch(/Undated story" \(/);
  });

  it('flattens places: aliases joined, camelCase to snake_case, null parent kept', () => {
    const nw = layers.places.features.find((f) => f.properties.id === 'north-waziristan');
    expect(nw?.properties).toEqual({
      id: 'north-waziristan',
      name: 'North Waziristan',
      aliases: 'N. Waziristan; Shumali Waziristan',
      kind: 'district',
      parent: 'pakistan',
      precision: 'district',
      mention: 'named',
      geometry_source: 'hand-drawn fixture with a hole',
      note: expect.stringContaining('on purpose') as unknown as string,
    });
    expect(layers.places.features.find((f) => f.properties.id === 'washington-dc')?.properties.parent).toBeNull();
  });

  it.each([
    {
      id: 'datta-khel-strike',
      expected: {
        killed_min: 26,
        killed_max: null,
        claims_count: 2,
        contested: true,
        location_precision: 'settlement',
      },
      geometry: 'Point',
    },
    {
      id: 'lahore-shooting',
      expected: { killed_min: 2, killed_max: 2, contested: false, source_ids: 'abc; ap', actors: 'Raymond Davis' },
      geometry: 'Point',
    },
    {
      id: 'davis-detention',
      expected: {
        start: '2011-01-27',
        end: '2011-03-16',
        date_precision: 'range',
        first_day: '2011-01-27',
        last_day: '2011-03-16',
        contested: true,
      },
      geometry: 'Point',
    },
    {
      id: 'waziristan-strike',
      // "13 April" against "April": the app's rule (claims.ts) compares dates as given.
      expected: {
        contested: true,
        location_precision: 'district',
        killed_min: null,
        place_ids: 'north-waziristan; afghan-border',
      },
      geometry: 'Polygon',
    },
    {
      id: 'protest-call',
      expected: {
        start: '2011-03',
        end: null,
        first_day: '2011-03-01',
        last_day: '2011-03-31',
        place_names: 'Islamabad; Washington, D.C.',
        implied: true,
        background: false,
        edtf: '2011-03',
      },
      geometry: 'LineString',
    },
    {
      id: 'earlier-policy',
      expected: { first_day: '2008-01-01', last_day: '2008-12-31', background: true, location_precision: 'country' },
      geometry: 'Polygon',
    },
    {
      id: 'meeting-at-langley',
      expected: {
        actors: 'CIA; ISI',
        location_precision: 'exact',
        source_titles: 'Fixture article B, with a comma',
        claims_count: 0,
      },
      geometry: 'Point',
    },
  ])('event $id: flat typed properties and a $geometry at its place', ({ id, expected, geometry }) => {
    const feature = eventById(layers.events, id);
    expect(feature.properties).toMatchObject(expected);
    expect(feature.geometry.type).toBe(geometry);
    expect(feature.id).toBe(id);
    for (const column of FLAT_EVENT_COLUMNS) expect(feature.properties).toHaveProperty(column);
  });

  it('places an event at its "where" place, and a call from its origin to its destination', () => {
    expect(eventById(layers.events, 'datta-khel-strike').geometry).toEqual({
      type: 'Point',
      coordinates: [69.952145, 32.879024],
    });
    const call = eventById(layers.events, 'protest-call');
    const line = call.geometry as LineString;
    expect(line.type).toBe('LineString');
    expect(line.coordinates[0]).toEqual([73.0479, 33.6844]);
    expect(line.coordinates.at(-1)).toEqual([-77.036871, 38.907192]);
    expect(call.properties.location_precision).toBe('settlement');
  });

  it('places an event at a town and at its district at the town, whatever their order', () => {
    const base = dataset.events.find((e) => e.id === 'datta-khel-strike') as Dataset['events'][number];
    const both: Dataset = {
      ...dataset,
      events: [
        {
          ...base,
          places: [
            { place: 'north-waziristan', role: 'where' },
            { place: 'datta-khel', role: 'where' },
          ],
        },
      ],
    };
    const [feature] = exportLayers(both).events.features;
    expect(feature?.geometry).toEqual({ type: 'Point', coordinates: [69.952145, 32.879024] });
    expect(feature?.properties.location_precision).toBe('settlement');
  });

  it('writes EDTF for every event: a day, a month, a year, a range, and "?" where date claims disagree', () => {
    const edtf = Object.fromEntries(layers.events.features.map((f) => [f.properties.id, f.properties.edtf]));
    expect(edtf).toEqual({
      'earlier-policy': '2008',
      'lahore-shooting': '2011-01-27',
      // The sources give the release as 16 and 14 March: the end is doubtful, the start is not.
      'davis-detention': '2011-01-27/2011-03-16?',
      'protest-call': '2011-03',
      'datta-khel-strike': '2011-03-17',
      'meeting-at-langley': '2011-04-11',
      // One source says the 13th, another only April.
      'waziristan-strike': '2011-04-13?',
    });
    for (const f of layers.events.features) {
      const parsed = parseEdtf(f.properties.edtf);
      expect(parsed.ok && parsed.start.date).toBe(f.properties.start);
      expect(parsed.ok && (parsed.end?.date ?? null)).toBe(f.properties.end);
    }
  });

  it('lists events in time order', () => {
    const firstDays = layers.events.features.map((f) => f.properties.first_day);
    expect(firstDays).toEqual([...firstDays].sort());
  });

  it('winds the exported polygons (fixture rings are the wrong way round) and rounds to 6 decimals', () => {
    const nw = layers.regions.features.find((f) => f.properties.id === 'north-waziristan');
    const [exterior, hole] = (nw?.geometry as Polygon).coordinates as [Position[], Position[]];
    expect(area2(exterior)).toBeGreaterThan(0);
    expect(area2(hole)).toBeLessThan(0);
    // The fixture has 69.5123456789 and a near-duplicate corner that rounding merges.
    expect(exterior).toContainEqual([69.512346, 33.3]);
    expect(exterior).toHaveLength(5);
    const numbers = JSON.stringify(layers.places.features.map((f) => f.geometry)).match(/-?\d+\.\d+/g) ?? [];
    expect(numbers.length).toBeGreaterThan(0);
    for (const n of numbers) expect(n.split('.')[1]?.length).toBeLessThanOrEqual(6);
  });

  it('draws the Islamabad → Washington call as a great circle that stays one LineString', () => {
    const route = layers.routes.features[0];
    expect(route?.properties).toEqual({
      event: 'protest-call',
      type: 'phone-call',
      from: 'islamabad',
      to: 'washington-dc',
      start: '2011-03',
      end: null,
      first_day: '2011-03-01',
      last_day: '2011-03-31',
      edtf: '2011-03',
    });
    const line = route?.geometry as LineString;
    expect(line.type).toBe('LineString');
    expect(line.coordinates[0]).toEqual([73.0479, 33.6844]);
    expect(line.coordinates.at(-1)).toEqual([-77.036871, 38.907192]);
    // A great circle from Pakistan to the US passes far north of both ends.
    expect(Math.max(...line.coordinates.map((p) => p[1] as number))).toBeGreaterThan(60);
  });

  it('splits a Tokyo → San Francisco route exactly at the antimeridian, with a bbox crossing it', () => {
    const { routes } = exportLayers(pacific, { bbox: true });
    const line = routes.features[0]?.geometry as MultiLineString;
    expect(line.type).toBe('MultiLineString');
    expect(line.coordinates).toHaveLength(2);
    const [west, east] = line.coordinates as [Position[], Position[]];
    expect(west[0]).toEqual([139.6917, 35.6895]);
    expect(west.at(-1)?.[0]).toBe(180);
    expect(east[0]?.[0]).toBe(-180);
    expect(east[0]?.[1]).toBe(west.at(-1)?.[1]);
    expect(east.at(-1)).toEqual([-122.4194, 37.7749]);
    const bbox = routes.bbox as number[];
    expect(bbox[0]).toBe(139.6917);
    expect(bbox[2]).toBe(-122.4194);
    expect(() => check(JSON.stringify(routes))).not.toThrow();
  });

  const day = (y: number, m: number, d: number) => dayFromYmd(y, m, d);
  it.each([
    {
      name: 'March 2011',
      options: { from: day(2011, 3, 1), to: day(2011, 3, 31) },
      ids: ['davis-detention', 'protest-call', 'datta-khel-strike'],
    },
    { name: 'from 12 April', options: { from: day(2011, 4, 12) }, ids: ['waziristan-strike'] },
    { name: 'up to 2010', options: { to: day(2010, 12, 31) }, ids: ['earlier-policy'] },
    {
      name: 'strikes only',
      options: { types: new Set<EventType>(['strike']) },
      ids: ['datta-khel-strike', 'waziristan-strike'],
    },
    { name: 'nothing', options: { types: new Set<EventType>(['raid']) }, ids: [] },
  ])('filters: $name', ({ options, ids }) => {
    const out = exportLayers(dataset, options);
    expect(out.events.features.map((f) => f.properties.id)).toEqual(ids);
    // Regions and routes follow the selection; places are the whole gazetteer.
    const selected = dataset.events.filter((e) => ids.includes(e.id));
    const areas = new Set(['pakistan', 'north-waziristan']);
    const touched = new Set(selected.flatMap((e) => e.places.map((p) => p.place)).filter((p) => areas.has(p)));
    expect(new Set(out.regions.features.map((f) => f.properties.id))).toEqual(touched);
    expect(out.routes.features).toHaveLength(ids.includes('protest-call') ? 1 : 0);
    expect(out.places.features).toHaveLength(dataset.places.features.length);
    for (const name of LAYER_NAMES) expect(() => check(JSON.stringify(out[name]))).not.toThrow();
  });

  it('refuses a "from" after "to", and an event whose place is missing', () => {
    expect(() => exportLayers(dataset, { from: day(2011, 5, 1), to: day(2011, 4, 1) })).toThrow(/after/);
    const broken: Dataset = {
      ...dataset,
      events: [{ ...(dataset.events[0] as Dataset['events'][number]), places: [{ place: 'atlantis', role: 'where' }] }],
    };
    expect(() => exportLayers(broken)).toThrow(/atlantis/);
  });

  it('round-trips: the record fields of a re-read events file give back the same events', () => {
    const reread = JSON.parse(JSON.stringify(layers.events)) as {
      features: Array<{ properties: { record: unknown } }>;
    };
    const events = reread.features.map((f) => eventSchema.parse(f.properties.record));
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect(events.sort(byId)).toEqual([...dataset.events].sort(byId));
  });

  it('drops the nested record with nested: false, keeping every flat column', () => {
    const flat = exportLayers(dataset, { nested: false }).events;
    for (const f of flat.features) {
      expect(f.properties).not.toHaveProperty('record');
      expect(Object.keys(f.properties)).toEqual([...FLAT_EVENT_COLUMNS]);
      for (const value of Object.values(f.properties))
        expect(['string', 'number', 'boolean', 'object']).toContain(typeof value);
      for (const value of Object.values(f.properties)) if (typeof value === 'object') expect(value).toBeNull();
    }
  });

  it('does not mutate the dataset (deep-frozen here, so a write would throw)', () => {
    const before = structuredClone(dataset);
    const frozen = deepFreeze(structuredClone(dataset));
    const out = exportLayers(frozen, { bbox: true });
    expect(frozen).toEqual(before);
    expect(eventById(out.events, 'datta-khel-strike').properties.record).toEqual(
      before.events.find((e) => e.id === 'datta-khel-strike'),
    );
  });
});
