/**
 * Which offline basemap tiles exist (src/build/basemap-tiles.ts cuts them): zooms 0 to
 * WORLD_MAX_ZOOM over the whole world, deeper zooms only over DETAIL_BOX. Shared by the build,
 * which cuts exactly these tiles, and the map, which asks only for these and enlarges the nearest
 * zoom-4 tile anywhere else.
 */

/** Deepest zoom cut for the whole world (1:50m data there; 4 enlarged is crisp to zoom 8). */
export const WORLD_MAX_ZOOM = 4;
/** Deepest zoom cut at all; the map enlarges these tiles beyond it. */
export const DETAIL_MAX_ZOOM = 8;
/**
 * Where deeper tiles are cut: the 1:10m detail box of the basemap (55–82°E, 20–40°N) with a
 * margin, so the first views of the 2011 dataset never fall back on enlarged world tiles.
 * [west, south, east, north] in degrees.
 */
export const DETAIL_BOX: readonly [number, number, number, number] = [50, 15, 87, 45];

const lonToX = (lon: number, z: number) => Math.floor(((lon + 180) / 360) * 2 ** z);
const latToY = (lat: number, z: number) => {
  const rad = (lat * Math.PI) / 180;
  return Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * 2 ** z);
};

/** The x and y range of the tiles cut at zoom z (inclusive). */
export function tileRange(z: number): { minX: number; maxX: number; minY: number; maxY: number } {
  if (z <= WORLD_MAX_ZOOM) return { minX: 0, maxX: 2 ** z - 1, minY: 0, maxY: 2 ** z - 1 };
  const [west, south, east, north] = DETAIL_BOX;
  return { minX: lonToX(west, z), maxX: lonToX(east, z), minY: latToY(north, z), maxY: latToY(south, z) };
}

/** Whether the tile z/x/y is in the set (it may still be empty: the sea holds no features). */
export function tileExists(z: number, x: number, y: number): boolean {
  if (!Number.isInteger(z) || z < 0 || z > DETAIL_MAX_ZOOM) return false;
  const r = tileRange(z);
  return x >= r.minX && x <= r.maxX && y >= r.minY && y <= r.maxY;
}

/** A failed tile load as MapLibre reads it: status 404 means "no tile here", not an error. */
export class TileLoadError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'TileLoadError';
  }
}

/**
 * Loads tile `z/x/y` of a tile URL like `scheme://5/22/13` from the folder `base`. A tile outside
 * the set fails with status 404 at once, with no request: the map then enlarges a lower tile.
 */
export async function loadTile(
  url: string,
  base: string,
  fetchTile: (url: string, init: { signal: AbortSignal }) => Promise<Response>,
  signal: AbortSignal,
): Promise<ArrayBuffer> {
  const match = /^[\w-]+:\/\/(\d+)\/(\d+)\/(\d+)$/.exec(url);
  const [z, x, y] = match ? match.slice(1).map(Number) : [];
  if (z === undefined || x === undefined || y === undefined) throw new TileLoadError(`not a basemap tile: ${url}`, 400);
  if (!tileExists(z, x, y)) throw new TileLoadError(`no basemap tile ${z}/${x}/${y}`, 404);
  const res = await fetchTile(`${base}${z}/${x}/${y}.pbf`, { signal });
  if (!res.ok) throw new TileLoadError(`basemap tile ${z}/${x}/${y}: HTTP ${res.status}`, res.status);
  return res.arrayBuffer();
}
