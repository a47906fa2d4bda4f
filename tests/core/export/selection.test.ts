import { readFileSync } from 'node:fs';
import { check } from '@placemarkio/check-geojson';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../../src/core/time/day.ts';
import { exportCsv } from '../../../src/core/export/csv.ts';
import { exportLayers, LAYER_NAMES } from '../../../src/core/export/layers.ts';
import { requestProblem, type ExportRequest, type ExportScope } from '../../../src/core/export/request.ts';
import { exportSelection } from '../../../src/core/export/selection.ts';
import { datasetSchema, type Dataset } from '../../../src/core/dataset/schema.ts';

const fixture: Dataset = datasetSchema.parse(
  JSON.parse(readFileSync(new URL('../../fixtures/export/dataset.json', import.meta.url), 'utf8')),
);

const ALL: ExportScope = { kind: 'all' };
const day = (text: string) => {
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  return dayFromYmd(y, m, d);
};

describe('exportSelection', () => {
  it('writes the same GeoJSON as the CLI for everything', () => {
    const files = exportSelection(fixture, { format: 'geojson', layers: LAYER_NAMES, scope: ALL });
    const layers = exportLayers(fixture);
    expect(files.map((f) => f.layer)).toEqual(LAYER_NAMES);
    for (const file of files) {
      expect(file.text).toBe(`${JSON.stringify(layers[file.layer])}\n`);
      expect(file.mediaType).toBe('application/geo+json');
      expect(file.features).toBe(layers[file.layer].features.length);
    }
  });

  it.each(LAYER_NAMES)('the %s layer of a "shown" export passes @placemarkio/check-geojson', (layer) => {
    const scope: ExportScope = {
      kind: 'shown',
      from: day('2011-03-01'),
      to: day('2011-04-13'),
      eventIds: ['datta-khel-strike', 'meeting-at-langley', 'waziristan-strike'],
    };
    const [file] = exportSelection(fixture, { format: 'geojson', layers: [layer], scope });
    expect(() => check(file?.text ?? '')).not.toThrow();
  });

  it('exports exactly the shown events, and says how they were chosen', () => {
    const scope: ExportScope = {
      kind: 'shown',
      from: day('2011-03-01'),
      to: day('2011-04-13'),
      eventIds: ['waziristan-strike', 'datta-khel-strike'],
      types: ['strike'],
      actors: ['CIA'],
      query: 'strike',
    };
    const [events, regions] = exportSelection(fixture, { format: 'geojson', layers: ['events', 'regions'], scope });
    const collection = JSON.parse(events?.text ?? '') as {
      features: { id: string }[];
      metadata: { filter: Record<string, unknown> };
    };
    expect(collection.features.map((f) => f.id)).toEqual(['datta-khel-strike', 'waziristan-strike']);
    expect(collection.metadata.filter).toEqual({
      from: '2011-03-01',
      to: '2011-04-13',
      types: ['strike'],
      actors: ['CIA'],
      query: 'strike',
      events: 'shown on the map',
    });
    // Regions counted from the shown events only.
    const regionCounts = (JSON.parse(regions?.text ?? '') as { features: { properties: { event_count: number } }[] })
      .features;
    expect(regionCounts.every((f) => f.properties.event_count <= 2)).toBe(true);
  });

  it('names files after the dataset, the layer and the time window', () => {
    const scope: ExportScope = { kind: 'shown', from: day('2011-01-27'), to: day('2011-03-17'), eventIds: [] };
    const names = exportSelection(fixture, { format: 'kml', layers: ['places', 'routes'], scope }).map((f) => f.name);
    expect(names).toEqual([
      'fixture-2011_places_2011-01-27_2011-03-17.kml',
      'fixture-2011_routes_2011-01-27_2011-03-17.kml',
    ]);
  });

  it('writes CSV as the CLI does, with the filtered rows', () => {
    const scope: ExportScope = {
      kind: 'shown',
      from: day('2011-01-01'),
      to: day('2011-12-31'),
      eventIds: ['lahore-shooting'],
    };
    const [file] = exportSelection(fixture, { format: 'csv', layers: ['events'], scope });
    const rows = Papa.parse<Record<string, string>>(file?.text ?? '', { header: true }).data;
    expect(rows.map((r) => r.id)).toEqual(['lahore-shooting']);
    expect(file?.mediaType).toBe('text/csv;charset=utf-8');
    const [all] = exportSelection(fixture, { format: 'csv', layers: ['events'], scope: ALL });
    expect(all?.text).toBe(exportCsv(exportLayers(fixture).events));
  });

  it('writes a KML document per layer', () => {
    const [file] = exportSelection(fixture, { format: 'kml', layers: ['events'], scope: ALL });
    expect(file?.text).toMatch(/^<kml xmlns="http:\/\/www\.opengis\.net\/kml\/2\.2">/);
    expect(file?.text.match(/<Placemark[ >]/g)).toHaveLength(fixture.events.length);
  });

  it('writes JSON-FG and Linked Places files with their media types and .json names', () => {
    const [fg] = exportSelection(fixture, { format: 'jsonfg', layers: ['events'], scope: ALL });
    expect(fg?.name).toMatch(/_events_all\.fg\.json$/);
    expect(fg?.mediaType).toBe('application/vnd.ogc.fg+json');
    expect(JSON.parse(fg?.text ?? '{}').conformsTo).toEqual(['http://www.opengis.net/spec/json-fg-1/1.0/conf/core']);
    const lpf = exportSelection(fixture, { format: 'lpf', layers: ['places', 'events'], scope: ALL });
    expect(lpf.map((f) => f.name.replace(/^.*_(\w+)_all/, '$1'))).toEqual(['places.lpf.json', 'events.lpf.json']);
    expect(lpf.map((f) => f.features)).toEqual([fixture.places.features.length, fixture.events.length]);
  });

  it.each<[string, ExportRequest, RegExp]>([
    ['no layer', { format: 'geojson', layers: [], scope: ALL }, /at least one layer/],
    [
      'a CSV of places',
      { format: 'csv', layers: ['events', 'places'], scope: ALL },
      /CSV holds only the events layer, not places/,
    ],
    [
      'an unknown format',
      { format: 'shp' as 'csv', layers: ['events'], scope: ALL },
      /unknown format "shp": choose one of geojson, csv, kml, jsonfg, lpf/,
    ],
    [
      'Linked Places routes',
      { format: 'lpf', layers: ['events', 'routes'], scope: ALL },
      /LPF holds only the places, events layer, not routes/,
    ],
    [
      'a window that ends before it starts',
      { format: 'geojson', layers: ['events'], scope: { kind: 'shown', from: 15050, to: 15000, eventIds: [] } },
      /starts \(2011-03-17\) after it ends \(2011-01-26\)/,
    ],
  ])('refuses %s with a plain reason', (_name, request, message) => {
    expect(requestProblem(request)).toMatch(message);
    expect(() => exportSelection(fixture, request)).toThrow(message);
  });

  it('refuses a shown event the dataset does not have, naming it', () => {
    const scope: ExportScope = { kind: 'shown', from: 0, to: 20000, eventIds: ['datta-khel-strike', 'no-such-event'] };
    expect(() => exportSelection(fixture, { format: 'geojson', layers: ['events'], scope })).toThrow(
      'the dataset has no event "no-such-event"',
    );
  });

  it('refuses rather than drops shown events outside the stated window', () => {
    const scope: ExportScope = {
      kind: 'shown',
      from: day('2011-04-01'),
      to: day('2011-04-30'),
      eventIds: ['lahore-shooting'],
    };
    expect(() => exportSelection(fixture, { format: 'geojson', layers: ['events'], scope })).toThrow(
      /1 of the shown events fall outside 2011-04-01–2011-04-30/,
    );
  });

  it('does not change the dataset', () => {
    const before = JSON.stringify(fixture);
    exportSelection(fixture, {
      format: 'geojson',
      layers: LAYER_NAMES,
      scope: { kind: 'shown', from: 0, to: 20000, eventIds: ['datta-khel-strike'], actors: ['CIA'] },
    });
    expect(JSON.stringify(fixture)).toBe(before);
  });
});
