import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import type { Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { allTiles } from '../../../scripts/vite/basemap-plugin.ts';
import { readBasemapLayers } from '../../../scripts/vite/basemap-tiles.ts';
import { BASEMAP_FILES, BASEMAP_TILE_EXTENT } from '../../../src/map/basemap-style.ts';
import { DETAIL_MAX_ZOOM, tileExists, tileRange } from '../../../src/core/model/basemap-tile-set.ts';

const BASEMAP_DIR = join(import.meta.dirname, '../../../geodata/basemap');
const DATTA_KHEL = [69.7448, 32.9085] as const;

/** The tile holding a point at zoom z. */
function tileAt(lon: number, lat: number, z: number): [number, number, number] {
  const n = 2 ** z;
  const rad = (lat * Math.PI) / 180;
  return [z, Math.floor(((lon + 180) / 360) * n), Math.floor(((1 - Math.asinh(Math.tan(rad)) / Math.PI) / 2) * n)];
}

describe('the basemap tiles the build writes', () => {
  const tiles = allTiles(BASEMAP_DIR);
  const decode = (key: string) => new VectorTile(new PbfReader(tiles.get(key)!));

  it('are every tile of the set, and nothing else', () => {
    let expected = 0;
    for (let z = 0; z <= DETAIL_MAX_ZOOM; z++) {
      const r = tileRange(z);
      expected += (r.maxX - r.minX + 1) * (r.maxY - r.minY + 1);
    }
    expect(tiles.size).toBe(expected);
    for (const key of tiles.keys()) {
      const [z, x, y] = key.split('/').map(Number) as [number, number, number];
      expect(tileExists(z, x, y), key).toBe(true);
    }
  });

  it('hold every layer of the basemap at the top of the pyramid', () => {
    const world = decode('0/0/0');
    for (const id of ['countries', 'countryLines', 'countryLabels', 'places']) {
      expect(world.layers[id]?.length, id).toBeGreaterThan(0);
      expect(world.layers[id]?.extent).toBe(BASEMAP_TILE_EXTENT);
    }
    const layersSeen = new Set<string>();
    for (const key of tiles.keys())
      if (key.startsWith(`${DETAIL_MAX_ZOOM}/`)) for (const l in decode(key).layers) layersSeen.add(l);
    expect([...layersSeen].sort()).toEqual(Object.keys(BASEMAP_FILES).sort());
  });

  it('put Datta Khel where GeoNames does, to within a few metres, at the deepest zoom', () => {
    const [z, x, y] = tileAt(DATTA_KHEL[0], DATTA_KHEL[1], DETAIL_MAX_ZOOM);
    const towns = decode(`${z}/${x}/${y}`).layers.townsGeonames;
    expect(towns).toBeDefined();
    const features = Array.from({ length: towns!.length }, (_, i) => towns!.feature(i));
    const dattaKhel = features.find((f) => f.properties.name === 'Datta Khel');
    expect(dattaKhel?.properties).toEqual({ name: 'Datta Khel', name_ur: 'دتہ خیل', rank: 11 });
    const [lon, lat] = (dattaKhel!.toGeoJSON(x, y, z).geometry as Point).coordinates as [number, number];
    expect(Math.abs(lon - DATTA_KHEL[0])).toBeLessThan(0.0005);
    expect(Math.abs(lat - DATTA_KHEL[1])).toBeLessThan(0.0005);
  });

  it('are empty, not missing, where there is nothing but sea', () => {
    const [z, x, y] = tileAt(-140, -40, 4); // the South Pacific
    expect(tiles.get(`${z}/${x}/${y}`)).toEqual(new Uint8Array(0));
  });

  it('name the basemap file that is not GeoJSON', () => {
    const dir = mkdtempSync(join(tmpdir(), 'basemap-'));
    for (const file of Object.values(BASEMAP_FILES)) {
      writeFileSync(join(dir, file), JSON.stringify({ type: 'FeatureCollection', features: [] }));
    }
    writeFileSync(join(dir, BASEMAP_FILES.rivers), '{"type":"Feature"}');
    expect(() => readBasemapLayers(dir)).toThrow(/rivers\.geojson is not a GeoJSON FeatureCollection/);
    writeFileSync(join(dir, BASEMAP_FILES.rivers), '{"type":');
    expect(() => readBasemapLayers(dir)).toThrow(/rivers\.geojson could not be read as JSON/);
  });
});
