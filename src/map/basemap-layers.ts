/**
 * The basemap's layers: what each basemap file is drawn as, at which zooms, in the palette's
 * colours. Each layer names the file it draws as its `source`; the style (basemap-style.ts)
 * points it at that file's tile layer.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { Palette } from './basemap-palettes.ts';
import type { BasemapLayerId } from './basemap-style.ts';

/** The one label font; the name is ours, `font-faces` maps it to the bundled file. */
export const BASEMAP_FONT = 'Noto Sans Regular';
/** The font of Arabic-script labels (Urdu names), second in every stack, also a bundled file. */
export const BASEMAP_ARABIC_FONT = 'Noto Naskh Arabic Regular';

/** The label languages the basemap's files carry names for (`name_es`, `name_ur`). */
export const BASEMAP_LABEL_LANGS: readonly string[] = ['es', 'ur'];

export const LAYER_PREFIX = 'basemap-';

/** Id of the first label layer: the app adds its event layers just below it. */
export const BASEMAP_LABEL_LAYER_BEFORE = `${LAYER_PREFIX}river-labels`;

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

function zoomStep(input: ExpressionSpecification, table: readonly (readonly [number, number])[]) {
  const [first, ...rest] = table;
  const stops = rest.flatMap(([zoom, value]) => [zoom, value]);
  return ['step', input, first?.[1] ?? 0, ...stops] as ExpressionSpecification;
}

/** Keeps features whose `rank` is shown at the current (tile) zoom. */
function rankFilter(table: readonly (readonly [number, number])[]): ExpressionSpecification {
  return ['<=', ['get', 'rank'], zoomStep(['zoom'], table)];
}

/**
 * A label's name in the reader's language where the file has one (`name_ur`), else its own
 * name. With 2011 names, a 2011 name in the reader's language comes first, then the 2011 name.
 */
export function labelField(labelNames: 'current' | '2011', lang = 'en'): ExpressionSpecification {
  const local = BASEMAP_LABEL_LANGS.includes(lang) ? [`name_${lang}`, 'name'] : ['name'];
  const keys = labelNames === '2011' ? [...local.map((k) => k.replace('name', 'name_2011')), ...local] : local;
  const [only, ...more] = keys;
  if (more.length === 0) return ['get', only ?? 'name'];
  return ['coalesce', ...keys.map((k) => ['get', k] as ExpressionSpecification)] as ExpressionSpecification;
}

/** Line width growing with zoom: thin at world scale, still hairline-quiet when zoomed in. */
function widthByZoom(atZoom3: number, atZoom9: number): ExpressionSpecification {
  return ['interpolate', ['linear'], ['zoom'], 3, atZoom3, 9, atZoom9];
}

export function basemapLayers(p: Palette, labelNames: 'current' | '2011', lang = 'en'): LayerSpecification[] {
  // Each layer names the basemap file it draws; fromTileSource makes that its tile layer.
  const src = (id: BasemapLayerId) => id;
  const font = [BASEMAP_FONT, BASEMAP_ARABIC_FONT];
  const halo = { 'text-halo-color': p.halo, 'text-halo-width': 1.2, 'text-halo-blur': 0.3 };
  const name = labelField(labelNames, lang);
  /** Names that do not change between 2011 and today (cities, rivers, countries). */
  const plain = labelField('current', lang);
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
      'text-field': plain,
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
        'text-field': plain,
        'text-font': font,
        'text-size': 11,
        'text-letter-spacing': 0.08,
        'symbol-spacing': 250,
        'text-max-angle': 40,
      },
      paint: { 'text-color': p.riverText, ...halo },
    },
    provinceLabels(`${LAYER_PREFIX}province-labels`, src('admin1Labels'), plain),
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
        'text-field': plain,
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
        'text-field': plain,
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
