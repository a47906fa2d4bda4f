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
  points: MapPoint[];
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
  const model: MapModel = { events: entries.map((e) => e.event), points: [], areas: [], routes: [] };
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
        model.points.push({ eventIndex, placeId, lon, lat, type: event.type, first, last });
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
  return model;
}

/**
 * Where the camera should look to show an event: its point, or the box around its areas and
 * routes. `undefined` when the event has nothing on the map.
 */
export function eventFocus(
  model: MapModel,
  eventIndex: number,
): { lon: number; lat: number } | [[number, number], [number, number]] | undefined {
  const points = model.points.filter((p) => p.eventIndex === eventIndex);
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
  const mine = new Set(model.points.filter((p) => p.eventIndex === eventIndex).map((p) => p.placeId));
  return [...mine].flatMap((placeId) => {
    const others = [
      ...new Set(
        model.points.filter((p) => p.placeId === placeId && p.eventIndex !== eventIndex).map((p) => p.eventIndex),
      ),
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
