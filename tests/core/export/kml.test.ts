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

  it('gives a day a TimeStamp and a month, a year or a range a TimeSpan over its days', () => {
    const kml = exportKml('events', layers.events);
    const mark = (id: string) => placemarks(kml).find((m) => m.includes(`id="${id}"`)) ?? '';
    expect(mark('datta-khel-strike')).toContain('<TimeStamp><when>2011-03-17</when></TimeStamp>');
    // 2011-03 stays the whole month, not 1 March.
    expect(mark('protest-call')).toContain('<TimeSpan><begin>2011-03-01</begin><end>2011-03-31</end></TimeSpan>');
    expect(mark('earlier-policy')).toContain('<TimeSpan><begin>2008-01-01</begin><end>2008-12-31</end></TimeSpan>');
    expect(mark('davis-detention')).toContain('<TimeSpan><begin>2011-01-27</begin><end>2011-03-16</end></TimeSpan>');
    for (const m of placemarks(kml)) expect(m).toMatch(/<TimeStamp>|<TimeSpan>/);
  });

  it('styles events and routes by type, coloured as the map draws them, in the KML 2.2 element order', () => {
    const kml = exportKml('events', layers.events);
    // Strikes are Okabe–Ito vermillion, rgb(213 94 0): aabbggrr ff005ed5.
    expect(kml).toMatch(/<Style id="type-strike"><IconStyle><color>ff005ed5<\/color>/);
    for (const feature of layers.events.features) {
      const m = placemarks(kml).find((p) => p.includes(`id="${feature.properties.id}"`)) ?? '';
      expect(m).toContain(`<styleUrl>#type-${feature.properties.type}</styleUrl>`);
      // name, description, TimePrimitive, styleUrl, ExtendedData, geometry (OGC 07-147r2 §9.11).
      const order = ['<name>', '<description>', '<Time', '<styleUrl>', '<ExtendedData>'].map((tag) => m.indexOf(tag));
      expect(order.every((at) => at >= 0)).toBe(true);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
    }
    const routes = exportKml('routes', layers.routes);
    expect(routes).toContain('<styleUrl>#type-phone-call</styleUrl>');
    expect(routes).toContain('<TimeSpan><begin>2011-03-01</begin><end>2011-03-31</end></TimeSpan>');
    expect(placemarks(routes)[0]).toContain('<LineString>');
    // Places have no time of their own.
    expect(exportKml('places', layers.places)).not.toMatch(/<TimeSpan>|<TimeStamp>|<styleUrl>/);
  });

  it.skipIf(!HAS_OGRINFO)('GDAL (LIBKML) reads a begin or a timestamp for every event and route', () => {
    for (const name of ['events', 'routes'] as const) {
      const file = join(tmp, `timed-${name}.kml`);
      writeFileSync(file, exportKml(name, layers[name]));
      const info = spawnSync('ogrinfo', ['-ro', '-al', file], { encoding: 'utf8' });
      expect(info.status).toBe(0);
      expect(info.stdout).toContain('INFO: Open of');
      expect(info.stdout).toMatch(/using driver `LIBKML'/);
      const features = info.stdout.split(/^OGRFeature\(/m).slice(1);
      expect(features).toHaveLength(layers[name].features.length);
      for (const feature of features) {
        expect(feature).toMatch(/^\s+(?:begin|timestamp) \(DateTime\) = \d{4}\/\d{2}\/\d{2}/m);
      }
    }
    const info = spawnSync('ogrinfo', ['-ro', '-al', join(tmp, 'timed-events.kml')], { encoding: 'utf8' });
    const month = info.stdout.split(/^OGRFeature\(/m).find((f) => f.includes('Islamabad calls Washington')) ?? '';
    expect(month).toMatch(/begin \(DateTime\) = 2011\/03\/01/);
    expect(month).toMatch(/end \(DateTime\) = 2011\/03\/31/);
  });
});
