import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportKml } from '../../../src/core/export/kml.ts';
import { exportLayers, LAYER_NAMES } from '../../../src/core/export/layers.ts';
import { datasetSchema, type Dataset } from '../../../src/core/dataset/schema.ts';

const dataset: Dataset = datasetSchema.parse(
  JSON.parse(readFileSync(new URL('../../fixtures/export/dataset.json', import.meta.url), 'utf8')),
);

const HAS_OGRINFO = spawnSync('ogrinfo', ['--version']).status === 0;
if (!HAS_OGRINFO) console.warn('export-kml.test: ogrinfo (GDAL) not found, skipping the GDAL read-back checks');

const tmp = mkdtempSync(join(tmpdir(), 'export-kml-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function placemarks(kml: string): string[] {
  return kml.match(/<Placemark[\s>][\s\S]*?<\/Placemark>/g) ?? [];
}

describe('exportKml', () => {
  const layers = exportLayers(dataset);

  it.each(LAYER_NAMES)('%s: one Placemark per feature, each with a name and a description', (name) => {
    const kml = exportKml(name, layers[name]);
    expect(kml.startsWith('<kml xmlns="http://www.opengis.net/kml/2.2">')).toBe(true);
    const marks = placemarks(kml);
    expect(marks).toHaveLength(layers[name].features.length);
    for (const mark of marks) {
      expect(mark).toMatch(/<name>[^<]+<\/name>/);
      expect(mark).toMatch(/<description>[^<]+<\/description>/);
    }
  });

  it('names an event after its title, describes it by its summary, and keeps its dates as ExtendedData', () => {
    const kml = exportKml('events', layers.events);
    const mark = placemarks(kml).find((m) => m.includes('id="davis-detention"')) ?? '';
    expect(mark).toContain('<name>Contractor held in Pakistan</name>');
    expect(mark).toContain('<description>The contractor stays in custody until his release.</description>');
    expect(mark).toContain('<Data name="start"><value>2011-01-27</value></Data>');
    expect(mark).toContain('<Data name="end"><value>2011-03-16</value></Data>');
    expect(mark).toContain('<Data name="last_day"><value>2011-03-16</value></Data>');
    // The nested record stays in the GeoJSON; null becomes an empty value, not the word "null".
    expect(kml).not.toContain('name="record"');
    expect(kml).not.toContain('<value>null</value>');
  });

  it('labels regions with their event count and routes with their ends', () => {
    expect(exportKml('regions', layers.regions)).toContain('<description>2 events</description>');
    expect(exportKml('routes', layers.routes)).toContain('<name>islamabad → washington-dc</name>');
  });

  it('escapes markup in texts', () => {
    const event = {
      ...(dataset.events[0] as Dataset['events'][number]),
      title: 'Tom & Jerry <b>',
      summary: 'a < b & "c"',
    };
    const kml = exportKml('events', exportLayers({ ...dataset, events: [event] }).events);
    expect(kml).toContain('<name>Tom &#x26; Jerry &#x3C;b></name>');
    expect(kml).not.toContain('<b>');
  });

  it('does not mutate the layer', () => {
    const before = structuredClone(layers.events);
    exportKml('events', layers.events);
    expect(layers.events).toEqual(before);
  });

  it.skipIf(!HAS_OGRINFO).each(LAYER_NAMES)('GDAL reads %s.kml with the expected feature count', (name) => {
    const file = join(tmp, `${name}.kml`);
    writeFileSync(file, exportKml(name, layers[name]));
    const info = spawnSync('ogrinfo', ['-ro', '-so', '-al', file], { encoding: 'utf8' });
    expect(info.status).toBe(0);
    const counts = [...info.stdout.matchAll(/Feature Count: (\d+)/g)].map((m) => Number(m[1]));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(layers[name].features.length);
  });

  it.skipIf(!HAS_OGRINFO)('GDAL reads the escaped name back as written', () => {
    const event = { ...(dataset.events[0] as Dataset['events'][number]), title: 'Tom & Jerry <b>' };
    const file = join(tmp, 'escaped.kml');
    writeFileSync(file, exportKml('events', exportLayers({ ...dataset, events: [event] }).events));
    const info = spawnSync('ogrinfo', ['-ro', '-al', '-q', file], { encoding: 'utf8' });
    expect(info.stdout).toMatch(/Name \(String\) = Tom & Jerry <b>/);
  });
});
