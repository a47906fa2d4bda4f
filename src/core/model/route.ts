/**
 * Great-circle routes for trips and calls: the shortest path over the globe, which is what a call
 * from Islamabad to Washington "travels", drawn as a curve rather than a misleading straight line.
 */
import { greatCircle } from '@turf/turf';
import type { Position } from 'geojson';

/** Vertices per route: smooth at world scale, small enough to draw hundreds. */
export const ROUTE_POINTS = 64;

/**
 * The great circle from `from` to `to` as one list of positions. turf splits a route at the
 * antimeridian but leaves a gap there; the parts are joined so that an RFC 7946 writer splits the
 * line once, exactly at ±180, and a map draws it unbroken.
 */
export function greatCircleRoute(from: Position, to: Position, points = ROUTE_POINTS): Position[] {
  const line = greatCircle(from, to, { npoints: points });
  return line.geometry.type === 'LineString' ? line.geometry.coordinates : line.geometry.coordinates.flat();
}
