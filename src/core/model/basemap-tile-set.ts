/**
 * Which offline basemap tiles exist (scripts/vite/basemap-tiles.ts cuts them): zooms 0 to
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

/**
 * Where to fetch a tile URL the map asks for: unchanged when it is not one of the basemap's tiles
 * (under `base`, ending `z/x/y.pbf`) or is a tile of the set; `missing` for a basemap tile the
 * build did not cut, which then fails at once with status 404 and no request.
 */
export function basemapTileRequest(
  url: string,
  base: string,
  missing: (z: number, x: number, y: number) => string,
): string {
  if (!url.startsWith(base)) return url;
  const match = /^(\d+)\/(\d+)\/(\d+)\.pbf$/.exec(url.slice(base.length));
  if (!match) return url;
  const [z, x, y] = match.slice(1).map(Number) as [number, number, number];
  return tileExists(z, x, y) ? url : missing(z, x, y);
}
