/**
 * Where the map gets its offline basemap tiles: the build's tile folder (scripts/vite/basemap-plugin.ts),
 * fetched by MapLibre's workers straight from the page's origin. A tile the build did not cut (a
 * deep zoom far from the region) is never requested: `transformRequest` sends it to a small
 * protocol that answers 404 at once, and the sparse source then enlarges the nearest lower tile.
 */
import tilesBase from 'virtual:basemap-tiles';
import { addProtocol, type RequestTransformFunction } from './maplibre.ts';
import { basemapTileRequest } from '../core/model/basemap-tile-set.ts';

const MISSING = 'time-atlas-missing-tile';

/** Absolute URL of the tile folder (the dev server gives a path). */
const base = () => new URL(tilesBase, location.href).href;

/** The tile URL template for the basemap style. */
export function basemapTilesUrl(): string {
  registerMissingTiles();
  return `${base()}{z}/{x}/{y}.pbf`;
}

/** For the map's `transformRequest`: basemap tiles outside the set go nowhere. */
export const basemapTransformRequest: RequestTransformFunction = (url) => ({
  url: basemapTileRequest(url, base(), (z, x, y) => `${MISSING}://${z}/${x}/${y}`),
});

let registered = false;

function registerMissingTiles(): void {
  if (registered) return;
  registered = true;
  // Status 404 tells MapLibre "no tile here" (not an error); a sparse source then looks higher up.
  addProtocol(MISSING, (params) =>
    Promise.reject(Object.assign(new Error(`no basemap tile at ${params.url}`), { status: 404 })),
  );
}
