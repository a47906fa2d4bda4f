/**
 * The offline basemap as the app ships it: every geodata/basemap file and the label font are
 * copied into the build by Vite and referenced by relative URL, so the map draws from the page's
 * own origin (and folder) with no tile, glyph or font server.
 */
import fontUrl from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import type { StyleSpecification } from './maplibre.ts';
import { BASEMAP_FILES, basemapStyle, type BasemapSourceId, type BasemapTheme } from './basemap-style.ts';

const files = import.meta.glob('../../geodata/basemap/*.geojson', {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>;

function dataUrls(): Record<BasemapSourceId, string> {
  const urls = {} as Record<BasemapSourceId, string>;
  for (const [id, file] of Object.entries(BASEMAP_FILES) as [BasemapSourceId, string][]) {
    const url = files[`../../geodata/basemap/${file}`];
    if (!url) throw new Error(`basemap file geodata/basemap/${file} is missing: run npm run build:basemap`);
    urls[id] = url;
  }
  return urls;
}

export function offlineBasemap(
  theme: BasemapTheme = 'light',
  labelNames: 'current' | '2011' = '2011',
): StyleSpecification {
  return basemapStyle({ theme, data: dataUrls(), fontUrl, labelNames });
}
