/**
 * The offline basemap as the app ships it: vector tiles cut from geodata/basemap/ when the app is
 * built (scripts/vite/basemap-plugin.ts) and the label fonts, all part of the build and served from
 * the page's own origin (and folder), with no tile, glyph or font server.
 */
import fontUrl from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import arabicFontUrl from '@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2?url';
import type { StyleSpecification } from './maplibre.ts';
import { basemapStyle, type BasemapTheme } from './basemap-style.ts';
import { basemapTilesUrl } from './basemap-tiles.ts';
import type { LabelField } from './atlas-map.ts';

export function offlineBasemap(
  theme: BasemapTheme = 'light',
  labelNames: 'current' | '2011' = '2011',
  labelLang = 'en',
): StyleSpecification {
  return basemapStyle({ theme, tiles: basemapTilesUrl(), fontUrl, arabicFontUrl, labelNames, labelLang });
}

/**
 * The `text-field` of every basemap label layer for the given names (2011 or today's) and reader's
 * language, for `AtlasMap.setLabelFields`: read from the style itself, so it cannot drift from it.
 */
export function basemapLabelFields(labelNames: 'current' | '2011', labelLang = 'en'): ReadonlyMap<string, LabelField> {
  return new Map(
    offlineBasemap('light', labelNames, labelLang).layers.flatMap((l) =>
      l.type === 'symbol' && l.layout?.['text-field'] !== undefined ? [[l.id, l.layout['text-field']] as const] : [],
    ),
  );
}
