/**
 * A Vite plugin that serves the offline basemap as one GeoJSON file.
 *
 * geodata/basemap/ keeps one file per layer, each with its own source and licence and readable in
 * any GIS tool. The map loads them as one source instead: MapLibre then fetches one file and cuts
 * one set of tiles, and the first view's tiles arrive together, so the map draws once rather than
 * once per file as each arrives. Each feature keeps its file's id in a `layer` property, which the
 * style's filters read (src/map/basemap-style.ts).
 *
 * `import basemapUrl from 'virtual:basemap-data'` gives the file's URL: an asset in `dist/` in a
 * build, a path the dev server answers while `npm start` runs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { BASEMAP_FILES, BASEMAP_LAYER_PROPERTY, type BasemapLayerId } from '../map/basemap-style.ts';

export const BASEMAP_MODULE_ID = 'virtual:basemap-data';
const RESOLVED_ID = `\0${BASEMAP_MODULE_ID}`;
const DEV_PATH = '/@time-atlas/basemap.geojson';

/** The basemap files in `dir` as one FeatureCollection, in BASEMAP_FILES order, as JSON text. */
export function mergeBasemap(dir: string): string {
  const features: unknown[] = [];
  for (const [layer, file] of Object.entries(BASEMAP_FILES) as [BasemapLayerId, string][]) {
    const text = readFileSync(join(dir, file), 'utf8');
    const collection = JSON.parse(text) as { type?: string; features?: { properties?: object | null }[] };
    if (collection.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
      throw new Error(`${join(dir, file)} is not a GeoJSON FeatureCollection: run npm run build:basemap`);
    }
    for (const f of collection.features) {
      features.push({ ...f, properties: { [BASEMAP_LAYER_PROPERTY]: layer, ...f.properties } });
    }
  }
  return JSON.stringify({ type: 'FeatureCollection', features });
}

export function basemapPlugin(dir: string): Plugin {
  let serving = false;
  return {
    name: 'time-atlas-basemap',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    resolveId(id) {
      return id === BASEMAP_MODULE_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      for (const file of Object.values(BASEMAP_FILES)) this.addWatchFile(join(dir, file));
      if (serving) return `export default new URL(${JSON.stringify(DEV_PATH)}, location.href).href;`;
      const ref = this.emitFile({ type: 'asset', name: 'basemap.geojson', source: mergeBasemap(dir) });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
    configureServer(server) {
      server.middlewares.use(DEV_PATH, (_req, res) => {
        res.setHeader('Content-Type', 'application/geo+json');
        res.end(mergeBasemap(dir));
      });
    },
  };
}
