/**
 * A Vite plugin that serves the offline basemap to the map as vector tiles, cut from
 * geodata/basemap/ by scripts/vite/basemap-tiles.ts.
 *
 * `import tilesBase from 'virtual:basemap-tiles'` gives the URL of the folder holding the tiles
 * (`{z}/{x}/{y}.pbf` below it):
 * - `vite build` writes every tile of the set into `dist/basemap/<hash>/`, an empty file for a tile
 *   with no data (open sea), so every tile the map asks for exists; the hash changes with the data;
 * - `npm start` (the dev server) cuts each tile when the map asks for it.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { BASEMAP_FILES } from '../../src/map/basemap-style.ts';
import { DETAIL_MAX_ZOOM, tileExists, tileRange } from '../../src/core/model/basemap-tile-set.ts';
import { basemapTileIndex, readBasemapLayers } from './basemap-tiles.ts';

export const BASEMAP_TILES_MODULE_ID = 'virtual:basemap-tiles';
const RESOLVED_ID = `\0${BASEMAP_TILES_MODULE_ID}`;
const DEV_PATH = '/@time-atlas/basemap/';

/** Every tile of the set, keyed `z/x/y`: the PBF, or an empty array where there is no data. */
export function allTiles(dir: string): Map<string, Uint8Array> {
  const index = basemapTileIndex(readBasemapLayers(dir));
  const tiles = new Map<string, Uint8Array>();
  for (let z = 0; z <= DETAIL_MAX_ZOOM; z++) {
    const range = tileRange(z);
    for (let x = range.minX; x <= range.maxX; x++) {
      for (let y = range.minY; y <= range.maxY; y++)
        tiles.set(`${z}/${x}/${y}`, index.tile(z, x, y) ?? new Uint8Array(0));
    }
  }
  return tiles;
}

export function basemapPlugin(dir: string): Plugin {
  let serving = false;
  let devIndex: ReturnType<typeof basemapTileIndex> | undefined;
  return {
    name: 'time-atlas-basemap',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    resolveId(id) {
      return id === BASEMAP_TILES_MODULE_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      for (const file of Object.values(BASEMAP_FILES)) this.addWatchFile(join(dir, file));
      if (serving) return `export default ${JSON.stringify(DEV_PATH)};`;
      const tiles = allTiles(dir);
      const hash = createHash('sha256');
      for (const [key, pbf] of tiles) hash.update(key).update(pbf);
      const folder = `basemap/${hash.digest('hex').slice(0, 10)}`;
      let first: string | undefined;
      for (const [key, pbf] of tiles) {
        const ref = this.emitFile({ type: 'asset', fileName: `${folder}/${key}.pbf`, source: pbf });
        if (key === '0/0/0') first = ref;
      }
      if (!first) throw new Error('the basemap has no world tile 0/0/0');
      // The folder's URL, from where the build put tile 0/0/0 (two levels below it).
      return `export default new URL('../../', import.meta.ROLLUP_FILE_URL_${first}).href;`;
    },
    configureServer(server) {
      server.middlewares.use(DEV_PATH, (req, res) => {
        const match = /^\/(\d+)\/(\d+)\/(\d+)\.pbf$/.exec(req.url ?? '');
        const [z, x, y] = match ? match.slice(1).map(Number) : [];
        if (z === undefined || x === undefined || y === undefined || !tileExists(z, x, y)) {
          res.statusCode = 404;
          res.end('no such basemap tile');
          return;
        }
        devIndex ??= basemapTileIndex(readBasemapLayers(dir));
        res.setHeader('Content-Type', 'application/x-protobuf');
        res.end(devIndex.tile(z, x, y) ?? new Uint8Array(0));
      });
      // A rebuilt basemap (npm run build:basemap) is cut again on the next request.
      server.watcher.on('change', (path) => {
        if (path.startsWith(dir)) devIndex = undefined;
      });
    },
  };
}
