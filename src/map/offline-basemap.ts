/**
 * The offline basemap as the app ships it: the geodata/basemap files, merged into one GeoJSON
 * file by the build (src/build/basemap-plugin.ts), and the label font are part of the build and
 * referenced by URL, so the map draws from the page's own origin (and folder) with no tile, glyph
 * or font server.
 */
import fontUrl from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import basemapUrl from 'virtual:basemap-data';
import type { StyleSpecification } from './maplibre.ts';
import { basemapStyle, type BasemapTheme } from './basemap-style.ts';

export function offlineBasemap(
  theme: BasemapTheme = 'light',
  labelNames: 'current' | '2011' = '2011',
): StyleSpecification {
  return basemapStyle({ theme, data: basemapUrl, fontUrl, labelNames });
}
