import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { parse } from 'edtf';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, exportCsv } from '../../../src/core/export/csv.ts';
import { exportLayers } from '../../../src/core/export/layers.ts';
import { datasetSchema, type Dataset, type Place, type TimeEvent } from '../../../src/core/dataset/schema.ts';

const dataset: Dataset = datasetSchema.parse(
  JSON.parse(readFileSync(new URL('../../fixtures/export/dataset.json', import.meta.url), 'utf8')),
);

type Row = Record<string, string>;

function rowsOf(csv: string): Row[] {
  const parsed = Papa.parse<Row>(csv, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

function template(): TimeEvent {
  const event = dataset.events.find((e) => e.id === 'meeting-at-langley');
  if (!event) throw new Error('fixture changed');
  return event;
}

/** The fixture plus one event with the given texts, at a test place at (-3.5, -0.25). */
function withEvent(texts: Partial<Pick<TimeEvent, 'title' | 'summary' | 'actors'>>): Dataset {
  const place: Place = {
    type: 'Feature',
    properties: {
      id: 'test-place',
      name: 'Test place',
      aliases: [],
      kind: 'town',
      parent: null,
      precision: 'settlement',
      geometrySource: 'test',
      mention: 'named',
    },
    geometry: { type: 'Point', coordinates: [-3.5, -0.25] },
  };
  const event: TimeEvent = {
    ...template(),
    id: 'test-event',
    places: [{ place: 'test-place', role: 'where' }],
    ...texts,
  };
  return {
    ...dataset,
    places: { ...dataset.places, features: [...dataset.places.features, place] },
    events: [event],
  };
}

function csvFor(data: Dataset): string {
  return exportCsv(exportLayers(data).events);
}

describe('exportCsv', () => {
  const csv = csvFor(dataset);
  const rows = rowsOf(csv);

  it('writes a header of the flat event columns then longitude, latitude, and one row per event', () => {
    expect(csv.split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
    expect(rows.map((r) => r.id)).toEqual(exportLayers(dataset).events.features.map((f) => f.properties.id));
  });

  it('writes an edtf column that edtf.js reads back, with "?" where the date claims disagree', () => {
    expect(CSV_COLUMNS).toContain('edtf');
    const edtf = Object.fromEntries(rows.map((r) => [r.id, r.edtf]));
    expect(edtf['davis-detention']).toBe('2011-01-27/2011-03-16?');
    expect(edtf['protest-call']).toBe('2011-03');
    for (const row of rows) expect(() => parse(row.edtf ?? '')).not.toThrow();
  });

  it('round-trips commas, double quotes and line breaks through papaparse', () => {
    const strike = rows.find((r) => r.id === 'datta-khel-strike');
    const original = dataset.events.find((e) => e.id === 'datta-khel-strike');
    expect(strike?.summary).toBe(original?.summary);
    expect(strike?.summary).toMatch(/"quoted".*\n/s);
    expect(strike?.source_titles).toBe('Fixture article A; Fixture commentary C');
    expect(rows.find((r) => r.id === 'meeting-at-langley')?.source_titles).toBe('Fixture article B, with a comma');
  });

  it('writes point coordinates, and empty cells (not a fake pin) for events known only to an area', () => {
    expect(rows.find((r) => r.id === 'lahore-shooting')).toMatchObject({ longitude: '74.3587', latitude: '31.5204' });
    expect(rows.find((r) => r.id === 'waziristan-strike')).toMatchObject({
      longitude: '',
      latitude: '',
      location_precision: 'district',
    });
  });

  it('writes booleans, nulls and counts plainly', () => {
    expect(rows.find((r) => r.id === 'datta-khel-strike')).toMatchObject({
      killed_min: '26',
      killed_max: '',
      claims_count: '2',
      contested: 'true',
      background: 'false',
    });
  });

  it.each([
    { trigger: '=', title: '=HYPERLINK("http://x.test","click")' },
    { trigger: '+', title: '+1+cmd|calc' },
    { trigger: '-', title: '-2+3' },
    { trigger: '@', title: '@SUM(A1:A9)' },
    { trigger: 'tab', title: '\t=1+1' },
    { trigger: 'carriage return', title: '\r=1+1' },
    { trigger: '= with a line break after it', title: '=1+1\nsecond line' },
    { trigger: 'a text cell that looks like a negative number', title: '-3.5' },
  ])('neutralises a text cell starting with $trigger', ({ title }) => {
    const [row] = rowsOf(csvFor(withEvent({ title, summary: title, actors: [title] })));
    expect(row?.title).toBe(`'${title}`);
    expect(row?.summary).toBe(`'${title}`);
    expect(row?.actors).toBe(`'${title}`);
  });

  it.each(['Plain title', 'A = B', 'Costs +5%', 'mail a@b.test', ' -leading space'])('leaves "%s" alone', (title) => {
    const [row] = rowsOf(csvFor(withEvent({ title })));
    expect(row?.title).toBe(title);
  });

  it('keeps negative numbers in numeric columns as numbers', () => {
    const text = csvFor(withEvent({ title: 'West and south' }));
    const dataLine = text.split('\r\n')[1] ?? '';
    expect(dataLine.endsWith(',-3.5,-0.25')).toBe(true);
    const typed = Papa.parse<Record<string, unknown>>(text, {
      header: true,
      dynamicTyping: true,
      skipEmptyLines: true,
    });
    expect(typed.data[0]?.longitude).toBe(-3.5);
    expect(typed.data[0]?.latitude).toBe(-0.25);
    // Washington is west of Greenwich: a negative longitude that must stay a number too.
    const washington = rowsOf(csvFor(dataset)).find((r) => r.id === 'meeting-at-langley');
    expect(washington?.longitude).toBe('-77.1464');
  });

  it('writes only the header for an empty layer', () => {
    const empty = exportLayers(dataset, { types: new Set(['raid']) }).events;
    expect(exportCsv(empty).trim()).toBe(CSV_COLUMNS.join(','));
  });
});
