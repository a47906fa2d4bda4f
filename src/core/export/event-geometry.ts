/**
 * Where an exported event is drawn, from the roles of its places: a trip or a call runs from
 * its origin to its destination; an event at a town and at the district around it is the town.
 * A GIS layer has one geometry per feature, so this picks it the way a reader of the map would.
 */
import type { Geometry } from 'geojson';
import { placeAnchor } from '../dataset/gazetteer.ts';
import { greatCircleRoute } from '../model/route.ts';
import { PRECISIONS, type Place, type PlaceRole, type Precision, type TimeEvent } from '../dataset/schema.ts';

export interface EventLocation {
  geometry: Geometry;
  /** How exactly the geometry is known: for a trip, the coarser of its two ends. */
  precision: Precision;
}

/** Which role locates an event when it has no origin and destination: `where` first, then its target. */
const LOCATING_ROLES: readonly PlaceRole[] = ['where', 'target', 'to', 'from', 'mentioned'];

/** `exact` before `settlement` … `country`; `approximate` last. */
const finer = (a: Place, b: Place) =>
  PRECISIONS.indexOf(a.properties.precision) - PRECISIONS.indexOf(b.properties.precision);

const coarser = (a: Precision, b: Precision): Precision => (PRECISIONS.indexOf(a) >= PRECISIONS.indexOf(b) ? a : b);

/**
 * @example
 * eventLocation(trip, places) // { geometry: { type: 'LineString', … }, precision: 'settlement' }
 */
export function eventLocation(event: TimeEvent, places: ReadonlyMap<string, Place>): EventLocation {
  const placesIn = (role: PlaceRole) =>
    event.places.flatMap((ref) => {
      const place = ref.role === role ? places.get(ref.place) : undefined;
      return place ? [place] : [];
    });
  const froms = placesIn('from');
  const tos = placesIn('to');
  if (froms.length > 0 && tos.length > 0) {
    const [from] = froms;
    const [to] = tos;
    if (from && to && froms.length === 1 && tos.length === 1 && from !== to) {
      // The great circle, as the routes layer and the map draw it.
      return {
        geometry: { type: 'LineString', coordinates: greatCircleRoute(placeAnchor(from), placeAnchor(to)) },
        precision: coarser(from.properties.precision, to.properties.precision),
      };
    }
    const ends = [...froms, ...tos];
    return {
      geometry: { type: 'MultiPoint', coordinates: ends.map((p) => placeAnchor(p)) },
      precision: ends.map((p) => p.properties.precision).reduce(coarser),
    };
  }
  for (const role of LOCATING_ROLES) {
    // The finest place of the role: the town, not the district it lies in.
    const [best] = placesIn(role).sort(finer);
    if (best) return { geometry: best.geometry, precision: best.properties.precision };
  }
  throw new Error(`event ${event.id} has no place in the gazetteer`);
}
