/**
 * Where the map gets its offline basemap tiles: the build's tile folder (src/build/basemap-plugin.ts),
 * read through a small MapLibre protocol, `time-atlas-basemap://{z}/{x}/{y}`, so that a tile the
 * build did not cut (a deep zoom far from the region) costs no request at all: the protocol answers
 * 404 at once, and the sparse source enlarges the nearest lower tile instead.
 */
import tilesBase from 'virtual:basemap-tiles';
import { addProtocol } from './maplibre.ts';
import { loadTile } from '../core/basemap-tile-set.ts';

const PROTOCOL = 'time-atlas-basemap';
/** The tile URL template for the basemap style. */
export const BASEMAP_TILES_URL = `${PROTOCOL}://{z}/{x}/{y}`;

let registered = false;

/** Lets MapLibre load BASEMAP_TILES_URL; call before creating a map with the offline style. */
export function registerBasemapTiles(): void {
  if (registered) return;
  registered = true;
  addProtocol(PROTOCOL, async (params, abort) => ({
    data: await loadTile(params.url, tilesBase, (url, init) => fetch(url, init), abort.signal),
  }));
}
