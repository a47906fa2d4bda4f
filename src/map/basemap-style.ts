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
import type { ExpressionSpecification, LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';

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
}

/** The one label font; the name is ours, `font-faces` maps it to the bundled file. */
export const BASEMAP_FONT = 'Noto Sans Regular';
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

const LAYER_PREFIX = 'basemap-';
/** The one source of the basemap. */
export const BASEMAP_SOURCE = 'basemap';

/** Id of the first label layer: the app adds its event layers just below it. */
export const BASEMAP_LABEL_LAYER_BEFORE = `${LAYER_PREFIX}river-labels`;

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

/** Countries drawn a shade lighter: the default dataset is about these two. */
const FOCUS_COUNTRIES = ['Pakistan', 'Afghanistan'];

/**
 * Highest place rank shown from each zoom on ([zoom, rank] pairs; rank 0 = world cities,
 * 10 = villages, 11 = GeoNames towns). Zoom thresholds are integers because GeoJSON tiles are
 * cut at integer zooms and the filter is evaluated per tile.
 */
const PLACE_RANK_BY_ZOOM: readonly (readonly [number, number])[] = [
  [0, 0],
  [2, 1],
  [3, 2],
  [4, 3],
  [5, 4],
  [6, 6],
  [7, 8],
  [8, 10],
];
/** Country label ranks run 1 (largest) to 5 (smallest). */
const COUNTRY_RANK_BY_ZOOM: readonly (readonly [number, number])[] = [
  [0, 1],
  [2, 2],
  [3, 3],
  [4, 4],
  [5, 5],
];
/**
 * Where a place name may go around its dot, in order of preference: right, left, above, below,
 * then the diagonals. More choices let more names fit beside bigger labels (Kabul sits next to
 * the AFGHANISTAN label at zoom 3).
 */
const PLACE_LABEL_ANCHORS: (
  'left' | 'right' | 'top' | 'bottom' | 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right'
)[] = ['left', 'right', 'bottom', 'top', 'bottom-left', 'bottom-right', 'top-left', 'top-right'];
const PROVINCE_LABEL_MIN_ZOOM = 5;
const DISTRICT_LINE_MIN_ZOOM = 6;
const DISTRICT_LABEL_MIN_ZOOM = 7;
const RIVER_LABEL_MIN_ZOOM = 6;
const TOWN_MIN_ZOOM = 8;
/** Past this zoom a country name is larger than the view and only gets in the way. */
const COUNTRY_LABEL_MAX_ZOOM = 8;

interface Palette {
  sea: string;
  land: string;
  focusLand: string;
  countryBorder: string;
  provinceLine: string;
  districtLine: string;
  fataLine: string;
  river: string;
  riverText: string;
  placeText: string;
  placeDot: string;
  countryText: string;
  provinceText: string;
  districtText: string;
  halo: string;
}

/** Light prints well: dark text on near-white land, no large saturated areas to waste toner. */
const PALETTES: Record<BasemapTheme, Palette> = {
  light: {
    sea: '#dde6ec',
    land: '#efede8',
    focusLand: '#f9f8f5',
    countryBorder: '#9c9c9c',
    provinceLine: '#aeaaa3',
    districtLine: '#dcd8d1',
    fataLine: '#a88f78',
    river: '#a9c3d6',
    riverText: '#6d8ca3',
    placeText: '#333333',
    placeDot: '#5c5c5c',
    countryText: '#6e6e6e',
    provinceText: '#98948c',
    districtText: '#a29e96',
    halo: '#ffffff',
  },
  dark: {
    sea: '#111a23',
    land: '#2b2e33',
    focusLand: '#33373d',
    countryBorder: '#6d737a',
    provinceLine: '#555a61',
    districtLine: '#383c42',
    fataLine: '#8c765f',
    river: '#34506a',
    riverText: '#7593ad',
    placeText: '#dcdfe2',
    placeDot: '#b9bdc1',
    countryText: '#a0a6ac',
    provinceText: '#7d848b',
    districtText: '#6f767d',
    halo: '#15181b',
  },
};

function zoomStep(input: ExpressionSpecification, table: readonly (readonly [number, number])[]) {
  const [first, ...rest] = table;
  const stops = rest.flatMap(([zoom, value]) => [zoom, value]);
  return ['step', input, first?.[1] ?? 0, ...stops] as ExpressionSpecification;
}

/** Keeps features whose `rank` is shown at the current (tile) zoom. */
function rankFilter(table: readonly (readonly [number, number])[]): ExpressionSpecification {
  return ['<=', ['get', 'rank'], zoomStep(['zoom'], table)];
}

function labelField(labelNames: 'current' | '2011'): ExpressionSpecification {
  return labelNames === '2011' ? ['coalesce', ['get', 'name_2011'], ['get', 'name']] : ['get', 'name'];
}

/** Line width growing with zoom: thin at world scale, still hairline-quiet when zoomed in. */
function widthByZoom(atZoom3: number, atZoom9: number): ExpressionSpecification {
  return ['interpolate', ['linear'], ['zoom'], 3, atZoom3, 9, atZoom9];
}

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

function layers(p: Palette, labelNames: 'current' | '2011'): LayerSpecification[] {
  // Each layer names the basemap file it draws; fromTileSource makes that its tile layer.
  const src = (id: BasemapLayerId) => id;
  const font = [BASEMAP_FONT];
  const halo = { 'text-halo-color': p.halo, 'text-halo-width': 1.2, 'text-halo-blur': 0.3 };
  const name = labelField(labelNames);
  /** Province and state names: small capitals, spaced, in the quietest label colour but one. */
  const provinceLabels = (
    id: string,
    source: string,
    field: ExpressionSpecification,
    filter?: ExpressionSpecification,
  ): LayerSpecification => ({
    id,
    type: 'symbol',
    source,
    minzoom: PROVINCE_LABEL_MIN_ZOOM,
    ...(filter ? { filter } : {}),
    layout: {
      'text-field': field,
      'text-font': font,
      'text-size': 11,
      'text-transform': 'uppercase',
      'text-letter-spacing': 0.12,
      'text-max-width': 8,
      'text-padding': 6,
    },
    paint: { 'text-color': p.provinceText, ...halo },
  });
  const placeLabels = (id: string, filter: ExpressionSpecification): LayerSpecification => ({
    id,
    type: 'symbol',
    source: src('places'),
    filter: ['all', rankFilter(PLACE_RANK_BY_ZOOM), filter],
    layout: {
      'text-field': ['get', 'name'],
      'text-font': font,
      // Bigger names for bigger places; within a rank MapLibre keeps feature order, which the
      // build script sorts by population, so the larger city wins a tie.
      'text-size': ['step', ['get', 'rank'], 14, 3, 13, 5, 12, 8, 11],
      'symbol-sort-key': ['get', 'rank'],
      'text-variable-anchor': PLACE_LABEL_ANCHORS,
      'text-radial-offset': 0.5,
      'text-justify': 'auto',
      'text-allow-overlap': false,
      'text-padding': 2,
    },
    paint: { 'text-color': p.placeText, ...halo },
  });

  return [
    { id: `${LAYER_PREFIX}sea`, type: 'background', paint: { 'background-color': p.sea } },
    {
      id: `${LAYER_PREFIX}land`,
      type: 'fill',
      source: src('countries'),
      paint: { 'fill-color': p.land, 'fill-antialias': true, 'fill-outline-color': p.land },
    },
    {
      id: `${LAYER_PREFIX}focus-countries`,
      type: 'fill',
      source: src('countries'),
      filter: ['in', ['get', 'name'], ['literal', FOCUS_COUNTRIES]],
      paint: { 'fill-color': p.focusLand, 'fill-outline-color': p.focusLand },
    },
    {
      id: `${LAYER_PREFIX}district-lines`,
      type: 'line',
      source: src('pakistanAdminLines'),
      minzoom: DISTRICT_LINE_MIN_ZOOM,
      filter: ['==', ['get', 'kind'], 'district'],
      layout: { 'line-join': 'round' },
      paint: {
        'line-color': p.districtLine,
        'line-width': widthByZoom(0.4, 0.9),
        // Fade in rather than pop in: at zoom 6 the district mesh is dense.
        'line-opacity': [
          'interpolate',
          ['linear'],
          ['zoom'],
          DISTRICT_LINE_MIN_ZOOM,
          0.4,
          DISTRICT_LINE_MIN_ZOOM + 1,
          1,
        ],
      },
    },
    // Natural Earth scalerank: lower is a bigger river. Two layers with widths that vary by zoom
    // only, rather than one whose width reads scalerank: a width read from the data would need
    // its own line shader program, compiled before the first frame.
    ...(
      [
        ['rivers', ['<', ['get', 'scalerank'], 5], 0.9, 2.2],
        ['minor-rivers', ['>=', ['get', 'scalerank'], 5], 0.5, 1.4],
      ] satisfies [string, ExpressionSpecification, number, number][]
    ).map(([id, filter, atZoom3, atZoom9]): LayerSpecification => ({
      id: `${LAYER_PREFIX}${id}`,
      type: 'line',
      source: src('rivers'),
      filter,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: { 'line-color': p.river, 'line-width': widthByZoom(atZoom3, atZoom9) },
    })),
    {
      id: `${LAYER_PREFIX}province-lines`,
      type: 'line',
      source: src('pakistanAdminLines'),
      filter: ['==', ['get', 'kind'], 'province'],
      layout: { 'line-join': 'round' },
      paint: { 'line-color': p.provinceLine, 'line-width': widthByZoom(0.5, 1.4) },
    },
    {
      // 2011's tribal areas: dashed, as a zone of a different status rather than a border.
      id: `${LAYER_PREFIX}fata-outline`,
      type: 'line',
      source: src('pakistanAdminLines'),
      minzoom: PROVINCE_LABEL_MIN_ZOOM - 1,
      filter: ['==', ['get', 'kind'], 'fata'],
      layout: { 'line-join': 'round' },
      paint: { 'line-color': p.fataLine, 'line-width': widthByZoom(0.8, 1.6), 'line-dasharray': [3, 2] },
    },
    {
      id: `${LAYER_PREFIX}country-borders`,
      type: 'line',
      source: src('countryLines'),
      layout: { 'line-join': 'round' },
      paint: { 'line-color': p.countryBorder, 'line-width': widthByZoom(0.6, 1.6) },
    },
    {
      id: `${LAYER_PREFIX}place-dots`,
      type: 'circle',
      source: src('places'),
      filter: rankFilter(PLACE_RANK_BY_ZOOM),
      paint: {
        'circle-color': p.placeDot,
        'circle-radius': ['match', ['get', 'capital'], 'country', 3.2, 'province', 2.6, 2.2],
        'circle-stroke-color': p.halo,
        'circle-stroke-width': 0.8,
      },
    },
    {
      id: `${LAYER_PREFIX}town-dots`,
      type: 'circle',
      source: src('townsGeonames'),
      minzoom: TOWN_MIN_ZOOM,
      paint: {
        'circle-color': p.placeDot,
        'circle-radius': 1.8,
        'circle-stroke-color': p.halo,
        'circle-stroke-width': 0.6,
      },
    },

    // Labels from here up (BASEMAP_LABEL_LAYER_BEFORE). The layer drawn last is placed first, so
    // the order below is also the order in which labels give way: capitals beat country names
    // (which step aside when they can), country names beat other cities, cities beat GeoNames
    // towns, towns beat districts, districts beat provinces (a province name matters less once its districts are named), and
    // everything beats river names.
    {
      id: BASEMAP_LABEL_LAYER_BEFORE,
      type: 'symbol',
      source: src('rivers'),
      minzoom: RIVER_LABEL_MIN_ZOOM,
      filter: ['!=', ['get', 'name'], ''],
      layout: {
        'symbol-placement': 'line',
        'text-field': ['get', 'name'],
        'text-font': font,
        'text-size': 11,
        'text-letter-spacing': 0.08,
        'symbol-spacing': 250,
        'text-max-angle': 40,
      },
      paint: { 'text-color': p.riverText, ...halo },
    },
    provinceLabels(`${LAYER_PREFIX}province-labels`, src('admin1Labels'), ['get', 'name']),
    provinceLabels(`${LAYER_PREFIX}pakistan-province-labels`, src('pakistanAdminLabels'), name, [
      '==',
      ['get', 'level'],
      'province',
    ]),
    {
      id: `${LAYER_PREFIX}district-labels`,
      type: 'symbol',
      source: src('pakistanAdminLabels'),
      minzoom: DISTRICT_LABEL_MIN_ZOOM,
      filter: ['==', ['get', 'level'], 'district'],
      layout: {
        'text-field': name,
        'text-font': font,
        'text-size': 11,
        'text-max-width': 7,
        'text-padding': 4,
      },
      paint: { 'text-color': p.districtText, ...halo },
    },
    {
      id: `${LAYER_PREFIX}town-labels`,
      type: 'symbol',
      source: src('townsGeonames'),
      minzoom: TOWN_MIN_ZOOM,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': font,
        'text-size': 11,
        'text-variable-anchor': PLACE_LABEL_ANCHORS,
        'text-radial-offset': 0.5,
        'text-padding': 2,
      },
      paint: { 'text-color': p.placeText, ...halo },
    },
    placeLabels(`${LAYER_PREFIX}place-labels`, ['!=', ['get', 'capital'], 'country']),
    {
      id: `${LAYER_PREFIX}country-labels`,
      type: 'symbol',
      source: src('countryLabels'),
      maxzoom: COUNTRY_LABEL_MAX_ZOOM,
      filter: rankFilter(COUNTRY_RANK_BY_ZOOM),
      layout: {
        'text-field': ['get', 'name'],
        'text-font': font,
        'text-size': [
          'interpolate',
          ['linear'],
          ['zoom'],
          2,
          ['step', ['get', 'rank'], 12, 3, 11, 4, 10],
          6,
          ['step', ['get', 'rank'], 16, 3, 14, 4, 13],
        ],
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.15,
        'text-max-width': 7,
        'symbol-sort-key': ['get', 'rank'],
        // A capital is often near its country's middle: the name steps aside rather than vanish.
        'text-variable-anchor': ['center', 'top', 'bottom'],
        'text-radial-offset': 0.8,
        'text-allow-overlap': false,
      },
      paint: { 'text-color': p.countryText, ...halo },
    },
    placeLabels(`${LAYER_PREFIX}capital-labels`, ['==', ['get', 'capital'], 'country']),
  ];
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
    },
    layers: layers(palette, options.labelNames ?? 'current').map(fromTileSource),
  };
}
