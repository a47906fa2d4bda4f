import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check } from '@placemarkio/check-geojson';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { mergeBasemap } from '../../src/build/basemap-plugin.ts';
import { BASEMAP_FILES, BASEMAP_LAYER_PROPERTY, type BasemapLayerId } from '../../src/map/basemap-style.ts';

const BASEMAP_DIR = join(import.meta.dirname, '../../geodata/basemap');
const read = (file: string) => JSON.parse(readFileSync(join(BASEMAP_DIR, file), 'utf8')) as FeatureCollection;

describe('mergeBasemap', () => {
  const merged = check(mergeBasemap(BASEMAP_DIR)) as FeatureCollection;

  it('is one valid FeatureCollection holding every feature of every file, in file order', () => {
    const expected = (Object.entries(BASEMAP_FILES) as [BasemapLayerId, string][]).flatMap(([layer, file]) =>
      read(file).features.map((f) => ({ layer, name: f.properties?.name, geometry: f.geometry })),
    );
    expect(merged.features).toHaveLength(expected.length);
    merged.features.forEach((f, i) => {
      const want = expected[i]!;
      expect(f.properties?.[BASEMAP_LAYER_PROPERTY]).toBe(want.layer);
      expect(f.properties?.name).toBe(want.name);
      expect(f.geometry).toEqual(want.geometry);
    });
  });

  it('keeps every property of a feature beside its layer', () => {
    const town = merged.features.find((f) => f.properties?.name === 'Datta Khel');
    expect(town?.properties).toEqual({ [BASEMAP_LAYER_PROPERTY]: 'townsGeonames', name: 'Datta Khel', rank: 11 });
  });

  it('names the file that is not GeoJSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'basemap-'));
    for (const file of Object.values(BASEMAP_FILES)) {
      writeFileSync(join(dir, file), JSON.stringify({ type: 'FeatureCollection', features: [] }));
    }
    writeFileSync(join(dir, BASEMAP_FILES.rivers), '{"type":"Feature"}');
    expect(() => mergeBasemap(dir)).toThrow(/rivers\.geojson is not a GeoJSON FeatureCollection/);
  });
});
