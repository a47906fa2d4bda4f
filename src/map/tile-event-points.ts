/**
 * The events of the tiles MapLibre holds now, as one list of points: what the GPU layer draws
 * (src/map/event-points-layer.ts, time as a uniform) and what a click picks from. Built from the
 * tiles' features when the set of loaded tiles changes, never on a time step.
 *
 * An event can come in several tiles at once: a tile carries the events in its buffer beyond its
 * edge, and while a zoom loads MapLibre keeps the parent tile beside the children it has (the
 * parent's sample is a subset of the children's events, see src/core/tiles/cut-event-tiles.ts).
 * Each event is kept once, by its id, so it is drawn and picked once.
 */
import type { TiledEventProperties } from '../core/tiles/cut-event-tiles.ts';
import { EVENT_TYPES, type EventType } from '../core/dataset/schema.ts';

/** One event of the loaded tiles: the feature's properties and where it stands. */
export interface TileEventPoint extends TiledEventProperties {
  lon: number;
  lat: number;
  /** Index into the points layer's style table (a type the app does not know: the last entry). */
  styleIndex: number;
}

/** The part of a tile feature read here (MapLibre's `querySourceFeatures` gives more). */
export interface TileFeature {
  properties: Record<string, unknown>;
  geometry: { type: string; coordinates?: unknown };
}

/** The style index of a type the app has no style for: one past the known types. */
export const OTHER_TYPE_STYLE = EVENT_TYPES.length;

const styleIndexOfType = (type: string): number => {
  const i = EVENT_TYPES.indexOf(type as EventType);
  return i >= 0 ? i : OTHER_TYPE_STYLE;
};

/** One point per event id, in the order the features came; features that are not points are skipped. */
export function tileEventPoints(features: Iterable<TileFeature>): TileEventPoint[] {
  const seen = new Set<string>();
  const points: TileEventPoint[] = [];
  for (const f of features) {
    const p = f.properties;
    const id = String(p.id);
    if (seen.has(id)) continue;
    // MapLibre computes a feature's geometry when it is first read: only once per event here.
    const g = f.geometry;
    if (g.type !== 'Point' || !Array.isArray(g.coordinates)) continue;
    const [lon, lat] = g.coordinates as [number, number];
    seen.add(id);
    const type = String(p.type);
    points.push({
      id,
      title: String(p.title),
      type,
      first: Number(p.first),
      last: Number(p.last),
      datePrecision: String(p.datePrecision),
      place: String(p.place),
      precision: String(p.precision),
      lon,
      lat,
      styleIndex: styleIndexOfType(type),
    });
  }
  return points;
}

/** Whether two lists hold the same events (then the GPU buffer need not be rebuilt). */
export function sameEvents(a: readonly TileEventPoint[], b: readonly TileEventPoint[]): boolean {
  if (a.length !== b.length) return false;
  const ids = new Set(a.map((p) => p.id));
  return b.every((p) => ids.has(p.id));
}

/** What picking needs of the map: screen and geographic positions. */
export interface PickProjection {
  project(lonLat: [number, number]): { x: number; y: number };
  unproject(point: [number, number]): { lng: number; lat: number };
}

/**
 * The events drawn within `radius` CSS pixels of a screen point that have begun by `day`, the
 * latest first. Only points inside the geographic box under the pick circle are projected.
 */
export function pickTileEvents(
  points: readonly TileEventPoint[],
  day: number,
  at: { x: number; y: number },
  radius: number,
  map: PickProjection,
): TileEventPoint[] {
  const corners = [
    map.unproject([at.x - radius, at.y - radius]),
    map.unproject([at.x + radius, at.y - radius]),
    map.unproject([at.x - radius, at.y + radius]),
    map.unproject([at.x + radius, at.y + radius]),
  ];
  const west = Math.min(...corners.map((c) => c.lng));
  const east = Math.max(...corners.map((c) => c.lng));
  const south = Math.min(...corners.map((c) => c.lat));
  const north = Math.max(...corners.map((c) => c.lat));
  const hits = points.filter((p) => {
    if (p.first > day || p.lon < west || p.lon > east || p.lat < south || p.lat > north) return false;
    const s = map.project([p.lon, p.lat]);
    return Math.hypot(s.x - at.x, s.y - at.y) <= radius;
  });
  return hits.sort((a, b) => b.first - a.first);
}
