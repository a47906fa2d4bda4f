/**
 * The box around everything a dataset draws (its points, areas and routes): where a map opened
 * on an imported dataset first looks, so a file of events in Colombia does not open on Pakistan.
 */
import { bbox } from '@turf/turf';
import type { MapModel } from './map-model.ts';

/** `[[west, south], [east, north]]`, as MapLibre's bounds. */
export type Bounds = [[number, number], [number, number]];

/** The box around the model's points, areas and routes; `undefined` when it draws nothing. */
export function modelBounds(model: MapModel): Bounds | undefined {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  const { lon, lat, size } = model.points;
  for (let i = 0; i < size; i++) {
    west = Math.min(west, lon[i]!);
    east = Math.max(east, lon[i]!);
    south = Math.min(south, lat[i]!);
    north = Math.max(north, lat[i]!);
  }
  for (const shape of [...model.areas, ...model.routes]) {
    const [w, s, e, n] = bbox(shape);
    west = Math.min(west, w);
    south = Math.min(south, s);
    east = Math.max(east, e);
    north = Math.max(north, n);
  }
  return west <= east
    ? [
        [west, south],
        [east, north],
      ]
    : undefined;
}
