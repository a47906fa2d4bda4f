/**
 * The offline basemap as the app ships it: vector tiles cut from geodata/basemap/ when the app is
 * built (scripts/vite/basemap-plugin.ts) and the label font, both part of the build and served from
 * the page's own origin (and folder), with no tile, glyph or font server.
 */
import fontUrl from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import type { StyleSpecification } from './maplibre.ts';
import { basemapStyle, type BasemapTheme } from './basemap-style.ts';
import { basemapTilesUrl } from './basemap-tiles.ts';

export function offlineBasemap(
  theme: BasemapTheme = 'light',
  labelNames: 'current' | '2011' = '2011',
): StyleSpecification {
  return basemapStyle({ theme, tiles: basemapTilesUrl(), fontUrl, labelNames });
}
