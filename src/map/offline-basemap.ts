/**
 * The offline basemap as the app ships it: vector tiles cut from geodata/basemap/ when the app is
 * built (scripts/vite/basemap-plugin.ts) and the label font, both part of the build and served from
 * the page's own origin (and folder), with no tile, glyph or font server.
 */
import fontUrl from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import type { StyleSpecification } from './maplibre.ts';
import { basemapStyle, type BasemapTheme } from './basemap-style.ts';
import { basemapTilesUrl } from './basemap-tiles.ts';
import type { LabelField } from './atlas-map.ts';

export function offlineBasemap(
  theme: BasemapTheme = 'light',
  labelNames: 'current' | '2011' = '2011',
): StyleSpecification {
  return basemapStyle({ theme, tiles: basemapTilesUrl(), fontUrl, labelNames });
}

/**
 * The `text-field` of each basemap label layer that names Pakistan's units differently in 2011
 * and today, for `AtlasMap.setLabelFields`: read from the style itself, so it cannot drift from it.
 */
export function basemapLabelFields(labelNames: 'current' | '2011'): ReadonlyMap<string, LabelField> {
  const fieldsOf = (names: 'current' | '2011') =>
    new Map(
      offlineBasemap('light', names).layers.flatMap((l) =>
        l.type === 'symbol' && l.layout?.['text-field'] !== undefined ? [[l.id, l.layout['text-field']] as const] : [],
      ),
    );
  const wanted = fieldsOf(labelNames);
  const other = fieldsOf(labelNames === '2011' ? 'current' : '2011');
  return new Map([...wanted].filter(([id, field]) => JSON.stringify(field) !== JSON.stringify(other.get(id))));
}
