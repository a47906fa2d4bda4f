/**
 * Cutting events into vector tiles (Mapbox Vector Tile 2.1) for `npm run tile`: each event is one
 * point at its place, carrying what the map and the card need (its first and last epoch day as
 * integers, id, type, title, place, precision). Cut with `@maplibre/geojson-vt`, encoded with
 * `@maplibre/vt-pbf`.
 *
 * The deepest zoom is the first at which no tile holds more than `maxFeaturesPerTile` events
 * (within `minMaxZoom`..`maxMaxZoom`); above it a tile that would hold more keeps an even sample
 * of them (the same events at every zoom, chosen by a hash of the id), so no tile grows past the
 * budget and every day keeps its share. The timeline counts come from all events, not the tiles.
 */
import { GeoJSONVT, type GeoJSONVTTile } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { Feature, FeatureCollection, Point } from 'geojson';

/** The layer name inside every tile; the app's style reads it. */
export const EVENT_LAYER = 'events';
const EXTENT = 4096;
/** Past zoom 14 a tile's 4096 units are under a metre; nothing we draw needs that. */
const MAX_MAX_ZOOM = 14;

/** What one event is in the tiles. */
export interface TiledEventProperties {
  id: string;
  title: string;
  type: string;
  /** First and last epoch day (src/core/time/day.ts), inclusive. */
  first: number;
  last: number;
  /** How the date is known: day, month, year or range. */
  datePrecision: string;
  /** The place's name, and how exact its position is (exact, settlement, district, …). */
  place: string;
  precision: string;
}

export interface TiledEvent extends TiledEventProperties {
  lon: number;
  lat: number;
}

export interface CutOptions {
  /** The most events one tile may carry (a low-zoom tile keeps an even sample). */
  maxFeaturesPerTile: number;
  /** The deepest zoom is at least this, so positions stay exact when the map zooms past it. */
  minMaxZoom: number;
  /** A fixed deepest zoom instead of the one chosen for the data. */
  maxZoom?: number;
}

export const DEFAULT_CUT: CutOptions = { maxFeaturesPerTile: 2_500, minMaxZoom: 8 };

export interface CutTile {
  z: number;
  x: number;
  y: number;
  /** The tile's MVT bytes, uncompressed. */
  data: Uint8Array;
  features: number;
  /** Events of the tile's area left out of it to keep it within the budget. */
  thinned: number;
}

export interface CutResult {
  tiles: CutTile[];
  maxZoom: number;
  /** West, south, east, north of the events. */
  bounds: [number, number, number, number];
}

/**
 * @example
 * const { tiles, maxZoom } = cutEventTiles(events, DEFAULT_CUT);
 */
export function cutEventTiles(events: readonly TiledEvent[], options: CutOptions): CutResult {
  if (events.length === 0) throw new Error('there are no events to cut into tiles');
  const perZoom = tileCountsPerZoom(events);
  const maxZoom = options.maxZoom ?? chooseMaxZoom(perZoom, options);
  const collection: FeatureCollection<Point, TiledEventProperties> = {
    type: 'FeatureCollection',
    features: events.map((e, i): Feature<Point, TiledEventProperties> => {
      const { lon, lat, ...properties } = e;
      return { type: 'Feature', id: i, geometry: { type: 'Point', coordinates: [lon, lat] }, properties };
    }),
  };
  const index = new GeoJSONVT(collection, { maxZoom, indexMaxZoom: Math.min(maxZoom, 5), extent: EXTENT, buffer: 64 });
  const tiles: CutTile[] = [];
  for (let z = 0; z <= maxZoom; z++) {
    for (const key of perZoom[z]!.keys()) {
      const x = key % 2 ** z;
      const y = Math.floor(key / 2 ** z);
      const tile = index.getTile(z, x, y);
      if (!tile || tile.features.length === 0) continue;
      const kept = thin(tile, options.maxFeaturesPerTile);
      const data = fromGeojsonVt({ [EVENT_LAYER]: kept }, { version: 2, extent: EXTENT });
      tiles.push({
        z,
        x,
        y,
        data,
        features: kept.features.length,
        thinned: tile.features.length - kept.features.length,
      });
    }
  }
  return { tiles, maxZoom, bounds: boundsOf(events) };
}

/** For every zoom up to the deepest we allow, the events in each tile (keyed y·2^z + x). */
function tileCountsPerZoom(events: readonly TiledEvent[]): Map<number, number>[] {
  const perZoom = Array.from({ length: MAX_MAX_ZOOM + 1 }, () => new Map<number, number>());
  for (const e of events) {
    const [wx, wy] = worldPosition(e.lon, e.lat);
    for (let z = 0; z <= MAX_MAX_ZOOM; z++) {
      const n = 2 ** z;
      const x = Math.min(n - 1, Math.floor(wx * n));
      const y = Math.min(n - 1, Math.floor(wy * n));
      const counts = perZoom[z]!;
      const key = y * n + x;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return perZoom;
}

function chooseMaxZoom(perZoom: readonly Map<number, number>[], options: CutOptions): number {
  for (let z = options.minMaxZoom; z < MAX_MAX_ZOOM; z++) {
    if (largest(perZoom[z]!) <= options.maxFeaturesPerTile) return z;
  }
  return MAX_MAX_ZOOM;
}

function largest(counts: Map<number, number>): number {
  let most = 0;
  for (const n of counts.values()) most = Math.max(most, n);
  return most;
}

/** Web Mercator position in the unit square tile 0/0/0 covers (y down), latitudes clamped. */
function worldPosition(lon: number, lat: number): [number, number] {
  const sin = Math.sin((Math.max(-85.05112878, Math.min(85.05112878, lat)) * Math.PI) / 180);
  const y = 0.5 - (0.25 * Math.log((1 + sin) / (1 - sin))) / Math.PI;
  return [lon / 360 + 0.5, Math.min(1, Math.max(0, y))];
}

/** The tile with at most `budget` features: those whose id hashes lowest, the same at every zoom. */
function thin(tile: GeoJSONVTTile, budget: number): GeoJSONVTTile {
  if (tile.features.length <= budget) return tile;
  const features: GeoJSONVTTile['features'] = tile.features;
  const ranked = features.map((f) => ({ f, rank: hashOf(String(f.tags?.id ?? f.id)) }));
  ranked.sort((a, b) => a.rank - b.rank);
  return { ...tile, features: ranked.slice(0, budget).map((r) => r.f) } as GeoJSONVTTile;
}

function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

function boundsOf(events: readonly TiledEvent[]): [number, number, number, number] {
  let [west, south, east, north] = [180, 90, -180, -90];
  for (const e of events) {
    west = Math.min(west, e.lon);
    east = Math.max(east, e.lon);
    south = Math.min(south, e.lat);
    north = Math.max(north, e.lat);
  }
  return [west, south, east, north];
}
