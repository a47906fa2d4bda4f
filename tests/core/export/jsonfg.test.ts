import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2019 } from 'ajv/dist/2019.js';
import addFormats from 'ajv-formats';
import { afterAll, describe, expect, it } from 'vitest';
import { exportJsonFg, jsonFgTime, JSONFG_CORE } from '../../../src/core/export/jsonfg.ts';
import { exportLayers, LAYER_NAMES } from '../../../src/core/export/layers.ts';
import { datasetSchema, type Dataset } from '../../../src/core/dataset/schema.ts';

const fixture = (path: string) => JSON.parse(readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8'));
const dataset: Dataset = datasetSchema.parse(fixture('export/dataset.json'));
const layers = exportLayers(dataset);

// The OGC's published collection schema (tests/fixtures/schemas/README.md says which and why).
const ajv = new Ajv2019({ allErrors: true, strict: false });
addFormats.default(ajv);
const validate = ajv.compile(fixture('schemas/jsonfg-featurecollection.min.json'));

const HAS_OGRINFO = spawnSync('ogrinfo', ['--version']).status === 0;
const tmp = mkdtempSync(join(tmpdir(), 'export-jsonfg-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

type FgFeature = { id: string; time: unknown; place: unknown; properties: Record<string, unknown> };

describe('jsonFgTime', () => {
  it.each([
    { first: '2011-03-17', last: '2011-03-17', expected: { date: '2011-03-17' } },
    { first: '2011-05-01', last: '2011-05-31', expected: { interval: ['2011-05-01', '2011-05-31'] } },
    { first: '2011-05-16', last: null, expected: { interval: ['2011-05-16', '..'] } },
    { first: null, last: '2011-05-31', expected: { interval: ['..', '2011-05-31'] } },
    { first: null, last: null, expected: null },
  ])('$first – $last', ({ first, last, expected }) => {
    expect(jsonFgTime(first, last)).toEqual(expected);
  });
});

describe('exportJsonFg', () => {
  it.each(LAYER_NAMES)('%s validates against the published JSON-FG schema', (name) => {
    const doc = JSON.parse(JSON.stringify(exportJsonFg(name, layers[name])));
    const ok = validate(doc);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(doc.conformsTo).toEqual([JSONFG_CORE]);
    expect(doc.type).toBe('FeatureCollection');
  });

  it('the schema check can fail: a month written as a month is not a JSON-FG date', () => {
    const doc = JSON.parse(JSON.stringify(exportJsonFg('events', layers.events)));
    doc.features[0].time = { date: '2011-05' };
    expect(validate(doc)).toBe(false);
  });

  it('gives a day a date, and a month, a year or a range an interval of its days', () => {
    const doc = exportJsonFg('events', layers.events) as { features: FgFeature[] };
    const time = Object.fromEntries(doc.features.map((f) => [f.id, f.time]));
    expect(time['datta-khel-strike']).toEqual({ date: '2011-03-17' });
    expect(time['protest-call']).toEqual({ interval: ['2011-03-01', '2011-03-31'] });
    expect(time['earlier-policy']).toEqual({ interval: ['2008-01-01', '2008-12-31'] });
    expect(time['davis-detention']).toEqual({ interval: ['2011-01-27', '2011-03-16'] });
    // The GeoJSON properties travel unchanged, EDTF and record included.
    const call = doc.features.find((f) => f.id === 'protest-call');
    expect(call?.properties.edtf).toBe('2011-03');
    expect(call?.place).toBeNull();
    const places = exportJsonFg('places', layers.places) as { features: FgFeature[] };
    expect(places.features.every((f) => f.time === null)).toBe(true);
  });

  it.skipIf(!HAS_OGRINFO).each(LAYER_NAMES)('GDAL reads %s.fg.json with its GeoJSON driver', (name) => {
    const file = join(tmp, `${name}.fg.json`);
    writeFileSync(file, JSON.stringify(exportJsonFg(name, layers[name])));
    const info = spawnSync('ogrinfo', ['-ro', '-so', '-al', file], { encoding: 'utf8' });
    expect(info.status).toBe(0);
    expect(info.stdout).toMatch(/using driver `GeoJSON'/);
    expect(info.stdout).toContain(`Feature Count: ${layers[name].features.length}`);
  });
});
