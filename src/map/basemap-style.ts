/**
 * The offline basemap: a MapLibre style over vector tiles cut by the app's build from the GeoJSON
 * in geodata/basemap/ (scripts/vite/basemap-tiles.ts; the GeoJSON by scripts/geodata/build-basemap.ts). It is deliberately quiet — muted land, pale water, thin grey lines —
 * because the events are drawn on top of it and must be what the eye finds first.
 *
 * The style has no `glyphs` URL: MapLibre then draws text itself (TinySDF), and `font-faces`
 * pins the label font to the bundled Noto Sans file, so labels look the same on every machine and
 * nothing is fetched from the network.
 *
 * @example
 * ```ts
 * import fontUrl from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
 * import { basemapTilesUrl } from './basemap-tiles.ts';
 * const style = basemapStyle({ theme: 'light', tiles: basemapTilesUrl(), fontUrl });
 * map.addLayer(eventLayer, BASEMAP_LABEL_LAYER_BEFORE); // events above the map, below its labels
 * ```
 */
import { DETAIL_MAX_ZOOM } from '../core/model/basemap-tile-set.ts';
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import { BASEMAP_ARABIC_FONT, BASEMAP_FONT, basemapLayers, LAYER_PREFIX } from './basemap-layers.ts';
import { PALETTES } from './basemap-palettes.ts';

export { BASEMAP_ARABIC_FONT, BASEMAP_FONT, BASEMAP_LABEL_LAYER_BEFORE } from './basemap-layers.ts';

/**
 * The basemap's layers of data, each a file in geodata/basemap/. The map reads them as one vector
 * tile source, cut when the app is built, with one tile layer per file named by its id here
 * (scripts/vite/basemap-tiles.ts).
 */
export const BASEMAP_FILES = {
  countries: 'countries.geojson',
  countryLines: 'country-lines.geojson',
  countryLabels: 'country-labels.geojson',
  pakistanAdminLines: 'pakistan-admin-lines.geojson',
  pakistanAdminLabels: 'pakistan-admin-labels.geojson',
  admin1Labels: 'admin1-labels.geojson',
  rivers: 'rivers.geojson',
  places: 'places.geojson',
  townsGeonames: 'towns-geonames.geojson',
} as const;
export type BasemapLayerId = keyof typeof BASEMAP_FILES;
/**
 * Units across a basemap tile. MapLibre's own; with it a zoom-4 tile enlarged to zoom 8, or a
 * zoom-8 tile to zoom 12, still places every vertex to the screen pixel.
 */
export const BASEMAP_TILE_EXTENT = 8192;

export type BasemapTheme = 'light' | 'dark';

export interface BasemapStyleOptions {
  theme: BasemapTheme;
  /** URL template of the basemap's vector tiles (`…{z}/{x}/{y}…`). */
  tiles: string;
  /** URL of the bundled Noto Sans Regular (Latin) woff2. */
  fontUrl: string;
  /** Label Pakistan's units with today's names or with those of 2011 (NWFP, FATA agencies). */
  labelNames?: 'current' | '2011';
  /** The reader's language: labels use its names (`name_ur`) where the basemap has them. */
  labelLang?: string;
  /** URL of the bundled Noto Naskh Arabic (Arabic script) woff2, for Urdu labels. */
  arabicFontUrl?: string;
}

/** What the bundled @fontsource Arabic file covers: the Arabic blocks and presentation forms. */
const NOTO_NASKH_ARABIC_RANGE = [
  'U+0600-06FF',
  'U+0750-077F',
  'U+08A0-08FF',
  'U+200C-200E',
  'U+FB50-FDFF',
  'U+FE70-FEFC',
];

/**
 * What the bundled @fontsource file covers (its CSS `unicode-range`). Declaring it lets MapLibre
 * draw any other character (a rare diacritic in a GeoNames name) with a local font instead of a
 * blank box.
 */
const NOTO_SANS_LATIN_RANGE = [
  'U+0000-00FF',
  'U+0131',
  'U+0152-0153',
  'U+02BB-02BC',
  'U+02C6',
  'U+02DA',
  'U+02DC',
  'U+0304',
  'U+0308',
  'U+0329',
  'U+2000-206F',
  'U+20AC',
  'U+2122',
  'U+2191',
  'U+2193',
  'U+2212',
  'U+2215',
  'U+FEFF',
  'U+FFFD',
];

/** The one source of the basemap. */
export const BASEMAP_SOURCE = 'basemap';

/** Whether a layer belongs to the basemap (rather than to the app's event layers). */
export function isBasemapLayer(layerId: string): boolean {
  return layerId.startsWith(LAYER_PREFIX);
}

/** Every credit the basemap's data asks for, in MapLibre's attribution control. */
export const BASEMAP_ATTRIBUTION = [
  'Made with Natural Earth',
  '© OpenStreetMap contributors',
  'GeoNames (CC BY 4.0)',
].join(' | ');

function sources(tiles: string): Record<string, SourceSpecification> {
  return {
    [BASEMAP_SOURCE]: {
      type: 'vector',
      tiles: [tiles],
      minzoom: 0,
      maxzoom: DETAIL_MAX_ZOOM,
      attribution: BASEMAP_ATTRIBUTION,
      // Outside the detail box deep tiles are not cut: they fail with 404 (src/map/basemap-tiles.ts),
      // and a sparse source then enlarges the nearest lower tile that exists.
      sparse: true,
    } as SourceSpecification,
  };
}

/** A layer written against one basemap file, turned into one reading that file's tile layer. */
function fromTileSource(layer: LayerSpecification): LayerSpecification {
  if (!('source' in layer)) return layer;
  return { ...layer, source: BASEMAP_SOURCE, 'source-layer': layer.source } as LayerSpecification;
}

/** The basemap as a complete MapLibre style (version 8) for the given theme. */
export function basemapStyle(options: BasemapStyleOptions): StyleSpecification {
  const palette = PALETTES[options.theme];
  return {
    version: 8,
    name: `Time Atlas basemap (${options.theme})`,
    sources: sources(options.tiles),
    'font-faces': {
      [BASEMAP_FONT]: [{ url: options.fontUrl, 'unicode-range': NOTO_SANS_LATIN_RANGE }],
      ...(options.arabicFontUrl === undefined
        ? {}
        : { [BASEMAP_ARABIC_FONT]: [{ url: options.arabicFontUrl, 'unicode-range': NOTO_NASKH_ARABIC_RANGE }] }),
    },
    layers: basemapLayers(palette, options.labelNames ?? 'current', options.labelLang).map(fromTileSource),
  };
}
