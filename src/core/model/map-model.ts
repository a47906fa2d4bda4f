/**
 * What the map draws for each event, decided once when a dataset loads: a point where the place
 * is a town or a building, the area itself where the place is a district, province or country
 * (an event "somewhere in FATA" lights up FATA rather than pinning a false spot), and a
 * great-circle route for a trip or a call.
 */
import { bbox } from '@turf/turf';
import type { Feature, Geometry, Position } from 'geojson';
import type { EpochSpan } from '../time/event-times.ts';
import type { GazetteerIndex } from '../dataset/gazetteer.ts';
import { placeAnchor } from '../dataset/gazetteer.ts';
import { greatCircleRoute } from './route.ts';
import type { EventType, Place, TimeEvent } from '../dataset/schema.ts';
import type { IndexedEvent } from '../dataset/select-events.ts';

/** Precisions at which a place is drawn as a point. Anything coarser is drawn as its area. */
const POINT_PRECISIONS = new Set(['exact', 'settlement']);

export interface MapPoint extends EpochSpan {
  /** Index of the event in the model's `events`. */
  eventIndex: number;
  placeId: string;
  lon: number;
  lat: number;
  type: EventType;
}

/**
 * The points, one column per field, by point index: at a million events an object per point
 * (and a boxed number for each coordinate) was 60 MB of heap; columns are a fifth of that.
 * Points come in event order, so `eventIndex` is ascending. Read one as an object with
 * {@link pointAt}.
 */
export interface MapPoints {
  readonly size: number;
  readonly eventIndex: Uint32Array;
  /** The place's id (the gazetteer's string, shared by every point at the place). */
  readonly placeId: readonly string[];
  readonly lon: Float64Array;
  readonly lat: Float64Array;
  /** First and last epoch day of the point's event. */
  readonly first: Int32Array;
  readonly last: Int32Array;
}

export interface MapFeatureProperties extends EpochSpan {
  eventIndex: number;
  eventId: string;
  type: EventType;
  placeId?: string;
  /** For areas: how coarse the location is (district, province, country, approximate). */
  precision?: string;
}

export interface MapModel {
  /** The events in time order; every `eventIndex` points in here. */
  events: TimeEvent[];
  points: MapPoints;
  /** Areas and lines (districts, regions, countries, a border) standing for imprecise locations. */
  areas: Feature<Geometry, MapFeatureProperties>[];
  routes: Feature<Geometry, MapFeatureProperties>[];
}

/** Roles whose place is where the event happened (as opposed to the ends of a route). */
const LOCATION_ROLES = new Set(['where', 'target']);

export function isPointPlace(place: Place): boolean {
  return place.geometry.type === 'Point' && POINT_PRECISIONS.has(place.properties.precision);
}

/**
 * Builds the map model from indexed events (in index order) and the gazetteer.
 * Places that do not resolve are skipped here: the dataset validator reports them.
 */
export function buildMapModel(entries: readonly IndexedEvent[], gazetteer: GazetteerIndex): MapModel {
  const points = new PointColumns();
  const model: Omit<MapModel, 'points'> = { events: entries.map((e) => e.event), areas: [], routes: [] };
  entries.forEach(({ event, first, last }, eventIndex) => {
    const base = { eventIndex, eventId: event.id, type: event.type, first, last };
    const located = event.places.filter((p) => LOCATION_ROLES.has(p.role));
    // A call or a trip is shown by its route and its two ends, besides any "where".
    const endpoints = event.places.filter((p) => p.role === 'from' || p.role === 'to');
    const placeIds = new Set([...located, ...endpoints].map((p) => p.place));
    for (const placeId of placeIds) {
      const place = gazetteer.byId(placeId);
      if (!place) continue;
      if (isPointPlace(place)) {
        const [lon, lat] = placeAnchor(place);
        points.push(eventIndex, placeId, lon, lat, first, last);
      } else {
        model.areas.push({
          type: 'Feature',
          id: model.areas.length,
          properties: { ...base, placeId, precision: place.properties.precision },
          geometry: place.geometry as Geometry,
        });
      }
    }
    for (const from of event.places.filter((p) => p.role === 'from')) {
      for (const to of event.places.filter((p) => p.role === 'to')) {
        const a = gazetteer.byId(from.place);
        const b = gazetteer.byId(to.place);
        if (!a || !b || a === b) continue;
        const coordinates: Position[] = greatCircleRoute(placeAnchor(a), placeAnchor(b));
        model.routes.push({
          type: 'Feature',
          id: model.routes.length,
          properties: base,
          geometry: { type: 'LineString', coordinates },
        });
      }
    }
  });
  return { ...model, points: points.done() };
}

/** Grows the point columns while the model is built. */
class PointColumns {
  #eventIndex: number[] = [];
  #placeId: string[] = [];
  #lon: number[] = [];
  #lat: number[] = [];
  #first: number[] = [];
  #last: number[] = [];
  push(eventIndex: number, placeId: string, lon: number, lat: number, first: number, last: number): void {
    this.#eventIndex.push(eventIndex);
    this.#placeId.push(placeId);
    this.#lon.push(lon);
    this.#lat.push(lat);
    this.#first.push(first);
    this.#last.push(last);
  }
  done(): MapPoints {
    return {
      size: this.#placeId.length,
      eventIndex: Uint32Array.from(this.#eventIndex),
      placeId: this.#placeId,
      lon: Float64Array.from(this.#lon),
      lat: Float64Array.from(this.#lat),
      first: Int32Array.from(this.#first),
      last: Int32Array.from(this.#last),
    };
  }
}

/** Columns from point objects, in event order (tests, small hand-made models). */
export function pointColumns(points: readonly Omit<MapPoint, 'type'>[]): MapPoints {
  const columns = new PointColumns();
  for (const p of points) columns.push(p.eventIndex, p.placeId, p.lon, p.lat, p.first, p.last);
  return columns.done();
}

/** Point `i` of a model as one object (with its event's type). */
export function pointAt(model: Pick<MapModel, 'points' | 'events'>, i: number): MapPoint {
  const { points } = model;
  const eventIndex = points.eventIndex[i] as number;
  return {
    eventIndex,
    placeId: points.placeId[i] as string,
    lon: points.lon[i] as number,
    lat: points.lat[i] as number,
    type: (model.events[eventIndex] as TimeEvent).type,
    first: points.first[i] as number,
    last: points.last[i] as number,
  };
}

/** All points of a model as objects (tests, small datasets). */
export function pointList(model: Pick<MapModel, 'points' | 'events'>): MapPoint[] {
  return Array.from({ length: model.points.size }, (_, i) => pointAt(model, i));
}

/** The range [from, to) of the points of one event (points come in event order). */
export function pointsOf(points: MapPoints, eventIndex: number): { from: number; to: number } {
  const bound = (x: number) => {
    let low = 0;
    let high = points.size;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((points.eventIndex[mid] as number) < x) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  return { from: bound(eventIndex), to: bound(eventIndex + 1) };
}

/**
 * Where the camera should look to show an event: its point, or the box around its areas and
 * routes. `undefined` when the event has nothing on the map.
 */
export function eventFocus(
  model: MapModel,
  eventIndex: number,
): { lon: number; lat: number } | [[number, number], [number, number]] | undefined {
  const { from, to } = pointsOf(model.points, eventIndex);
  const points = Array.from({ length: to - from }, (_, k) => pointAt(model, from + k));
  const shapes = [...model.areas, ...model.routes].filter((f) => f.properties.eventIndex === eventIndex);
  if (points.length === 1 && shapes.length === 0) return { lon: points[0]!.lon, lat: points[0]!.lat };
  const features: Feature[] = [
    ...shapes,
    ...points.map((p): Feature => ({
      type: 'Feature',
      properties: {},
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
    })),
  ];
  if (features.length === 0) return undefined;
  const [west, south, east, north] = bbox({ type: 'FeatureCollection', features });
  return [
    [west, south],
    [east, north],
  ];
}

/**
 * Other events drawn at one of this event's points (the same town), in time order, by place: on
 * the map their symbols sit on top of each other, so the card names them.
 */
export function eventsAtSamePoints(model: MapModel, eventIndex: number): { placeId: string; eventIndexes: number[] }[] {
  const all = pointList(model);
  const mine = new Set(all.filter((p) => p.eventIndex === eventIndex).map((p) => p.placeId));
  return [...mine].flatMap((placeId) => {
    const others = [
      ...new Set(all.filter((p) => p.placeId === placeId && p.eventIndex !== eventIndex).map((p) => p.eventIndex)),
    ].sort((a, b) => a - b);
    return others.length > 0 ? [{ placeId, eventIndexes: others }] : [];
  });
}

/** One place drawn as an area, with the events that stand on it. */
export interface AreaPlace {
  /** The place's id (or `#<area index>` for an area with none). */
  key: string;
  precision: string | undefined;
  geometry: Geometry;
  /** Indexes into the model's `areas`, in the model's (time) order. */
  members: number[];
}

/**
 * The model's areas grouped by place: the map draws each place once, however many events stand
 * on it. Nine events "somewhere in Pakistan" are one outline, not nine copies of a 1,400-vertex
 * polygon to cut into tiles and paint over each other; for a dataset of thousands of events in
 * a few dozen districts, this is the difference between a few dozen polygons and thousands.
 */
export function areaPlaces(areas: MapModel['areas']): AreaPlace[] {
  const byKey = new Map<string, AreaPlace>();
  areas.forEach((area, index) => {
    const key = area.properties.placeId ?? `#${index}`;
    const place = byKey.get(key);
    if (place) place.members.push(index);
    else byKey.set(key, { key, precision: area.properties.precision, geometry: area.geometry, members: [index] });
  });
  return [...byKey.values()];
}

/**
 * Which of a place's events it shows, given each member's opacity now (0 when hidden): the most
 * visible, and of equals the latest. `undefined` when none is visible.
 */
export function leadingMember(members: readonly number[], opacityOf: (member: number) => number): number | undefined {
  let best: number | undefined;
  let bestOpacity = 0;
  for (const member of members) {
    const opacity = opacityOf(member);
    if (opacity > 0 && opacity >= bestOpacity) {
      best = member;
      bestOpacity = opacity;
    }
  }
  return best;
}
