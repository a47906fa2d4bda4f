/**
 * Cuts the offline basemap into vector tiles, once, when the app is built.
 *
 * geodata/basemap/ keeps one GeoJSON file per layer of data. Handing those to MapLibre as GeoJSON
 * makes every visitor's browser parse 1.8 MB and cut it into tiles before the first frame. Cut
 * here instead, the first view fetches and decodes a handful of small tiles, each holding all
 * nine layers (one MVT layer per file, named by its BASEMAP_FILES id).
 *
 * Which tiles exist: zooms 0–4 over the whole world, and zooms 5–8 only
 * over the detail box (the 1:10m data and the neighbours a reader pans to). Elsewhere the map
 * shows the zoom-4 tile, enlarged (see src/core/model/basemap-tile-set.ts and src/map/basemap-tiles.ts).
 *
 * @example
 * ```ts
 * const index = basemapTileIndex(readBasemapLayers('geodata/basemap'));
 * const pbf = index.tile(5, 22, 13); // Pakistan's north-west, all nine layers; undefined if empty
 * ```
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GeoJSONVT, type GeoJSONVTTile } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { FeatureCollection } from 'geojson';
import { BASEMAP_FILES, BASEMAP_TILE_EXTENT, type BasemapLayerId } from '../../src/map/basemap-style.ts';
import { DETAIL_MAX_ZOOM, tileExists } from '../../src/core/model/basemap-tile-set.ts';

export type BasemapLayers = Record<BasemapLayerId, FeatureCollection>;

/** The basemap files in `dir`, by layer id; says which file is missing or not GeoJSON. */
export function readBasemapLayers(dir: string): BasemapLayers {
  const layers = {} as BasemapLayers;
  for (const [id, file] of Object.entries(BASEMAP_FILES) as [BasemapLayerId, string][]) {
    const path = join(dir, file);
    let collection: { type?: unknown; features?: unknown };
    try {
      collection = JSON.parse(readFileSync(path, 'utf8')) as typeof collection;
    } catch (err) {
      throw new Error(`${path} could not be read as JSON (${String(err)}): run npm run build:basemap`, {
        cause: err,
      });
    }
    if (collection.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
      throw new Error(`${path} is not a GeoJSON FeatureCollection: run npm run build:basemap`);
    }
    layers[id] = collection as FeatureCollection;
  }
  return layers;
}

/** Tiles cut on demand from the basemap layers: `tile(z, x, y)` is the PBF, or undefined. */
export function basemapTileIndex(layers: BasemapLayers): {
  tile(z: number, x: number, y: number): Uint8Array | undefined;
} {
  const indexes = (Object.keys(BASEMAP_FILES) as BasemapLayerId[]).map(
    (id) =>
      [
        id,
        new GeoJSONVT(layers[id] as never, {
          maxZoom: DETAIL_MAX_ZOOM,
          extent: BASEMAP_TILE_EXTENT,
          // Simplify by 3 of the tile's 8192 units, a fifth of a screen pixel: invisible.
          tolerance: 3,
          buffer: 64,
        }),
      ] as const,
  );
  return {
    tile(z, x, y) {
      if (!tileExists(z, x, y)) return undefined;
      const parts: Record<string, GeoJSONVTTile> = {};
      for (const [id, index] of indexes) {
        const t = index.getTile(z, x, y);
        if (t && t.features.length > 0) parts[id] = t;
      }
      if (Object.keys(parts).length === 0) return undefined;
      return fromGeojsonVt(parts, { version: 2, extent: BASEMAP_TILE_EXTENT });
    },
  };
}
