import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { check } from '@placemarkio/check-geojson';
import { featureFilter, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
// The style spec's own types (maplibre-gl re-exports these; tests may not import maplibre-gl).
import type { FilterSpecification, LayerSpecification, StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection, Geometry, Point, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import {
  BASEMAP_ATTRIBUTION,
  BASEMAP_FILES,
  BASEMAP_ARABIC_FONT,
  BASEMAP_FONT,
  BASEMAP_SOURCE,
  BASEMAP_LABEL_LAYER_BEFORE,
  basemapStyle,
  isBasemapLayer,
  type BasemapLayerId,
  type BasemapStyleOptions,
} from '../../src/map/basemap-style.ts';
import { DETAIL_MAX_ZOOM } from '../../src/core/model/basemap-tile-set.ts';

const BASEMAP_DIR = join(import.meta.dirname, '../../geodata/basemap');
/** The budget the basemap was built to (issue 4): all files together, gzipped. */
const MAX_TOTAL_GZIP_BYTES = 450 * 1024;
/** The build rounds to 4 decimals; more would mean the rounding step was skipped. */
const MAX_DECIMALS = 4;

const FONT_URL = './assets/noto-sans-latin-400-normal-abc123.woff2';
const TILES = 'time-atlas-basemap://{z}/{x}/{y}';

const VARIANTS: BasemapStyleOptions[] = [
  { theme: 'light', tiles: TILES, fontUrl: FONT_URL },
  { theme: 'dark', tiles: TILES, fontUrl: FONT_URL },
  { theme: 'light', tiles: TILES, fontUrl: FONT_URL, labelNames: '2011' },
  { theme: 'dark', tiles: TILES, fontUrl: FONT_URL, labelNames: '2011' },
];

function layerById(style: StyleSpecification, id: string): LayerSpecification {
  const layer = style.layers.find((l) => l.id === id);
  if (!layer) throw new Error(`no layer ${id}`);
  return layer;
}

function readCollection(file: string): FeatureCollection<Geometry, Record<string, unknown>> {
  return JSON.parse(readFileSync(join(BASEMAP_DIR, file), 'utf8')) as FeatureCollection<
    Geometry,
    Record<string, unknown>
  >;
}

/** Names of the features of a basemap file that a layer's filter keeps at a zoom. */
function shownAt(filter: FilterSpecification | undefined, layer: BasemapLayerId, zoom: number): Set<string> {
  const compiled = featureFilter(filter, 'filter');
  const shown = readCollection(BASEMAP_FILES[layer]).features.filter((f) =>
    compiled.filter({ zoom }, { type: 1, properties: f.properties } as never),
  );
  return new Set(shown.map((f) => String(f.properties.name)));
}

describe('basemapStyle', () => {
  it.each(VARIANTS)('passes the MapLibre style validator ($theme, $labelNames)', (options) => {
    expect(validateStyleMin(basemapStyle(options))).toEqual([]);
  });

  it('would be caught by the validator if it were broken (the check can fail)', () => {
    const style = basemapStyle(VARIANTS[0]!);
    const broken = { ...style, layers: [{ ...style.layers[1]!, type: 'no-such-type' }] } as never;
    expect(validateStyleMin(broken).length).toBeGreaterThan(0);
  });

  it.each(VARIANTS)('fetches nothing from the network ($theme, $labelNames)', (options) => {
    const style = basemapStyle(options);
    expect(style).not.toHaveProperty('glyphs');
    expect(style).not.toHaveProperty('sprite');
    expect(JSON.stringify(style)).not.toMatch(/(https?:)?\/\/[a-z0-9]/i);
  });

  it('reads the basemap from the vector tiles passed in, enlarging lower tiles where none was cut', () => {
    const style = basemapStyle(VARIANTS[0]!);
    expect(Object.keys(style.sources)).toEqual([BASEMAP_SOURCE]);
    expect(style.sources[BASEMAP_SOURCE]).toMatchObject({
      type: 'vector',
      tiles: [TILES],
      maxzoom: DETAIL_MAX_ZOOM,
      sparse: true,
    });
  });

  it('has every layer draw one basemap file, and every file drawn by some layer', () => {
    const style = basemapStyle(VARIANTS[0]!);
    const files = new Set<string>();
    for (const layer of style.layers) {
      if (!('source' in layer)) continue;
      expect(layer.source, layer.id).toBe(BASEMAP_SOURCE);
      const tileLayer = (layer as { 'source-layer'?: string })['source-layer'];
      expect(Object.keys(BASEMAP_FILES), layer.id).toContain(tileLayer);
      files.add(tileLayer!);
    }
    expect([...files].sort()).toEqual(Object.keys(BASEMAP_FILES).sort());
  });

  it('credits every licence of its data', () => {
    const style = basemapStyle(VARIANTS[0]!);
    const attribution = (style.sources[BASEMAP_SOURCE] as { attribution?: string }).attribution;
    expect(attribution).toBe(BASEMAP_ATTRIBUTION);
    for (const credit of ['Made with Natural Earth', '© OpenStreetMap contributors', 'GeoNames (CC BY 4.0)']) {
      expect(attribution).toContain(credit);
    }
  });

  it('draws every label with the bundled fonts: Latin first, then Arabic script when given', () => {
    const style = basemapStyle(VARIANTS[0]!);
    expect(style['font-faces']).toEqual({
      [BASEMAP_FONT]: [expect.objectContaining({ url: FONT_URL })],
    });
    const symbols = style.layers.filter((l) => l.type === 'symbol');
    expect(symbols.length).toBeGreaterThan(0);
    for (const layer of symbols) {
      expect(layer.layout?.['text-font'], layer.id).toEqual([BASEMAP_FONT, BASEMAP_ARABIC_FONT]);
    }
    const withArabic = basemapStyle({ ...VARIANTS[0]!, arabicFontUrl: 'naskh.woff2' });
    expect(withArabic['font-faces']?.[BASEMAP_ARABIC_FONT]).toEqual([
      expect.objectContaining({ url: 'naskh.woff2', 'unicode-range': expect.arrayContaining(['U+0600-06FF']) }),
    ]);
  });

  it("labels places in the reader's language where the basemap has a name for it, else by name", () => {
    const fieldOf = (labelLang: string, labelNames: 'current' | '2011', id: string) =>
      basemapStyle({ ...VARIANTS[0]!, labelLang, labelNames }).layers.find((l) => l.id === id)?.layout as
        Record<string, unknown> | undefined;
    expect(fieldOf('ur', 'current', 'basemap-place-labels')?.['text-field']).toEqual([
      'coalesce',
      ['get', 'name_ur'],
      ['get', 'name'],
    ]);
    expect(fieldOf('es', '2011', 'basemap-district-labels')?.['text-field']).toEqual([
      'coalesce',
      ['get', 'name_2011_es'],
      ['get', 'name_2011'],
      ['get', 'name_es'],
      ['get', 'name'],
    ]);
    expect(fieldOf('en', 'current', 'basemap-country-labels')?.['text-field']).toEqual(['get', 'name']);
    // A language the basemap has no names for reads `name`, not a field that is never there.
    expect(fieldOf('fr', 'current', 'basemap-country-labels')?.['text-field']).toEqual(['get', 'name']);
  });

  it('puts every label layer from BASEMAP_LABEL_LAYER_BEFORE up, and nothing else', () => {
    const style = basemapStyle(VARIANTS[0]!);
    const ids = style.layers.map((l) => l.id);
    const first = ids.indexOf(BASEMAP_LABEL_LAYER_BEFORE);
    expect(first).toBeGreaterThan(0);
    expect(style.layers.slice(0, first).every((l) => l.type !== 'symbol')).toBe(true);
    expect(style.layers.slice(first).every((l) => l.type === 'symbol')).toBe(true);
  });

  it('names its layers so the app can tell them from its own', () => {
    const style = basemapStyle(VARIANTS[0]!);
    for (const layer of style.layers) expect(isBasemapLayer(layer.id), layer.id).toBe(true);
    expect(isBasemapLayer('events-points')).toBe(false);
  });

  it('has distinct light and dark themes', () => {
    const color = (options: BasemapStyleOptions) =>
      (layerById(basemapStyle(options), 'basemap-sea') as { paint: Record<string, unknown> }).paint['background-color'];
    expect(color(VARIANTS[0]!)).not.toEqual(color(VARIANTS[1]!));
  });

  it.each([
    ['current', undefined, 'Khyber Pakhtunkhwa', 'North Waziristan'],
    ['2011', '2011', 'North-West Frontier Province', 'North Waziristan Agency'],
  ] as const)('labels Pakistan with %s names', (_, labelNames, province, district) => {
    const style = basemapStyle({ ...VARIANTS[0]!, ...(labelNames ? { labelNames } : {}) });
    const features = readCollection(BASEMAP_FILES.pakistanAdminLabels).features;
    for (const [layerId, expected] of [
      ['basemap-pakistan-province-labels', province],
      ['basemap-district-labels', district],
    ] as const) {
      const layer = layerById(style, layerId) as { layout: { 'text-field': unknown } };
      const field = layer.layout['text-field'];
      // Evaluate the text-field expression the way MapLibre would, with the style spec's own
      // expression engine, via a filter that compares it with the expected name.
      const compiled = featureFilter(['==', field, expected] as FilterSpecification, 'filter');
      const labelled = features.filter((f) =>
        compiled.filter({ zoom: 8 }, { type: 1, properties: f.properties } as never),
      );
      expect(labelled, `${layerId} → ${expected}`).toHaveLength(1);
    }
  });

  it('shows big places at small zooms and small places only when zoomed in', () => {
    const style = basemapStyle(VARIANTS[0]!);
    const filterOf = (id: string) => (layerById(style, id) as { filter?: FilterSpecification }).filter;
    const filter = filterOf('basemap-place-labels');
    const capitals = filterOf('basemap-capital-labels');
    const at3 = new Set([...shownAt(filter, 'places', 3), ...shownAt(capitals, 'places', 3)]);
    const at7 = shownAt(filter, 'places', 7);
    for (const city of ['Kabul', 'Islamabad', 'Karachi', 'Lahore']) expect(at3, city).toContain(city);
    for (const town of ['Bannu', 'Parachinar', 'Abbottabad']) {
      expect(at3, town).not.toContain(town);
      expect(at7, town).toContain(town);
    }
    expect(shownAt(capitals, 'places', 3)).not.toContain('Lahore');
  });
});

describe('geodata/basemap files', () => {
  const files = Object.values(BASEMAP_FILES);

  it('are exactly the files the style knows (plus the README)', () => {
    const present = readdirSync(BASEMAP_DIR).filter((f) => f !== 'README.md');
    expect(present.sort()).toEqual([...files].sort());
  });

  it.each(files)('%s is a valid GeoJSON FeatureCollection with coordinates in range', (file) => {
    const text = readFileSync(join(BASEMAP_DIR, file), 'utf8');
    const geojson = check(text);
    expect(geojson.type).toBe('FeatureCollection');
    const collection = geojson as FeatureCollection;
    expect(collection.features.length).toBeGreaterThan(0);

    const positions: Position[] = [];
    const walk = (value: unknown): void => {
      if (Array.isArray(value) && typeof value[0] === 'number') positions.push(value as Position);
      else if (Array.isArray(value)) value.forEach(walk);
    };
    for (const f of collection.features) {
      expect(f.geometry, file).not.toBeNull();
      if (f.geometry && 'coordinates' in f.geometry) walk(f.geometry.coordinates);
    }
    expect(positions.length).toBeGreaterThan(0);
    const decimals = (n: number) => (String(n).split('.')[1] ?? '').length;
    // One expect over the list of bad positions: an expect per position is slow on 100k points.
    const bad = positions.filter(
      ([lon = NaN, lat = NaN, ...rest]) =>
        rest.length > 0 ||
        !(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90) ||
        Math.max(decimals(lon), decimals(lat)) > MAX_DECIMALS,
    );
    expect(bad.slice(0, 5)).toEqual([]);
  });

  it.each([
    BASEMAP_FILES.countryLabels,
    BASEMAP_FILES.pakistanAdminLabels,
    BASEMAP_FILES.admin1Labels,
    BASEMAP_FILES.places,
    BASEMAP_FILES.townsGeonames,
  ])('%s holds named points', (file) => {
    for (const f of readCollection(file).features) {
      expect(f.geometry.type).toBe('Point');
      expect(typeof f.properties.name === 'string' && f.properties.name.length > 0, JSON.stringify(f)).toBe(true);
    }
  });

  it('has the towns of the 2011 strikes where GeoNames puts them', () => {
    const towns = readCollection(BASEMAP_FILES.townsGeonames).features;
    const dattaKhel = towns.find((f) => f.properties.name === 'Datta Khel');
    expect((dattaKhel?.geometry as Point | undefined)?.coordinates).toEqual([69.7448, 32.9085]);
    expect(towns.some((f) => f.properties.name === 'Miran Shah')).toBe(true);
  });

  it('fits the size budget', () => {
    const total = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(BASEMAP_DIR, f))).length, 0);
    expect(total).toBeLessThanOrEqual(MAX_TOTAL_GZIP_BYTES);
  });
});
