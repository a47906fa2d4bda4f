import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../../src/core/time/day.ts';
import { exportLayers, type LayerName } from '../../../src/core/export/layers.ts';
import { exportFileName, scopeOfView, type ExportFormat, type ExportScope } from '../../../src/core/export/request.ts';
import { exportSelection } from '../../../src/core/export/selection.ts';
import type { Dataset } from '../../../src/core/dataset/schema.ts';
import { createEventIndex, selectEvents, type TimeWindow } from '../../../src/core/dataset/select-events.ts';
import { validateParts } from '../../../src/core/dataset/validate-dataset.ts';

function shippedDataset(): Dataset {
  const read = (name: string) => JSON.parse(readFileSync(new URL(`../../../geodata/${name}`, import.meta.url), 'utf8'));
  const result = validateParts({
    sources: read('sources.json'),
    places: read('places.geojson'),
    events: read('events.json'),
  });
  if (!result.ok) throw new Error('the shipped dataset is invalid');
  return result.dataset;
}

const ALL: ExportScope = { kind: 'all' };
const day = (text: string) => {
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  return dayFromYmd(y, m, d);
};

describe('exportFileName', () => {
  it.each<[string, LayerName, ExportFormat, ExportScope, string]>([
    ['us-pakistan-2011', 'events', 'geojson', ALL, 'us-pakistan-2011_events_all.geojson'],
    [
      'us-pakistan-2011',
      'events',
      'geojson',
      { kind: 'shown', from: day('2011-01-27'), to: day('2011-03-17'), eventIds: [] },
      'us-pakistan-2011_events_2011-01-27_2011-03-17.geojson',
    ],
    ['my data/../x', 'routes', 'kml', ALL, 'my-data-x_routes_all.kml'],
    ['', 'events', 'csv', ALL, 'dataset_events_all.csv'],
    ['us-pakistan-2011', 'events', 'jsonfg', ALL, 'us-pakistan-2011_events_all.fg.json'],
    ['us-pakistan-2011', 'places', 'lpf', ALL, 'us-pakistan-2011_places_all.lpf.json'],
  ])('%s %s %s → %s', (id, layer, format, scope, expected) => {
    expect(exportFileName(id, layer, format, scope)).toBe(expected);
  });
});

describe('scopeOfView: "what is shown" is what the map shows', () => {
  const dataset = shippedDataset();
  const index = createEventIndex(dataset.events);
  const first = day('2011-01-01');
  const last = day('2011-08-31');
  const windowArb = fc.oneof(
    fc.constant<TimeWindow>({ mode: 'cumulative' }),
    fc.integer({ min: 1, max: 90 }).map<TimeWindow>((days) => ({ mode: 'window', days })),
  );

  it('exports the visible events, whatever the time (also between days) and window', () => {
    fc.assert(
      fc.property(fc.double({ min: first, max: last, noNaN: true }), windowArb, (time, window) => {
        const visible = selectEvents(index, { time, window }).visible;
        const scope = scopeOfView({ visible, time, window });
        const [events] = exportSelection(dataset, { format: 'geojson', layers: ['events'], scope });
        const ids = (JSON.parse(events?.text ?? '') as { features: { id: string }[] }).features.map((f) => f.id);
        expect(new Set(ids)).toEqual(new Set(visible.map((e) => e.id)));
      }),
      { numRuns: 120 },
    );
  }, 30_000);

  it('derives a time window that alone selects the same events (the rule, not the ids, is right)', () => {
    fc.assert(
      fc.property(fc.double({ min: first, max: last, noNaN: true }), windowArb, (time, window) => {
        const visible = selectEvents(index, { time, window }).visible;
        const { from, to } = scopeOfView({ visible, time, window });
        const byRange = exportLayers(dataset, { from, to }).events.features.map((f) => f.id);
        expect(new Set(byRange)).toEqual(new Set(visible.map((e) => e.id)));
      }),
      { numRuns: 120 },
    );
  }, 30_000);

  it('keeps the filters, sorted, and leaves out empty ones', () => {
    const scope = scopeOfView({
      visible: [],
      time: day('2011-03-17') + 0.5,
      window: { mode: 'window', days: 14 },
      types: new Set(['strike', 'attack'] as const),
      actors: new Set<string>(),
      query: '  datta ',
    });
    expect(scope).toEqual({
      kind: 'shown',
      from: day('2011-03-03'),
      to: day('2011-03-17'),
      eventIds: [],
      types: ['attack', 'strike'],
      query: 'datta',
    });
  });

  it('starts a cumulative window at the earliest visible event', () => {
    const time = day('2011-03-17');
    const visible = selectEvents(index, { time, window: { mode: 'cumulative' } }).visible;
    const scope = scopeOfView({ visible, time, window: { mode: 'cumulative' } });
    expect(scope.from).toBe(day('2003-01-01'));
    expect(scope.to).toBe(time);
  });
});
