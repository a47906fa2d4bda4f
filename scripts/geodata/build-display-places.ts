/**
 * Builds `geodata/places-display.geojson`, the copy of the gazetteer the map's first view loads:
 * every place of `geodata/places.geojson` with the same properties, its areas and lines simplified
 * for the zooms the map opens at, and coordinates rounded to what the screen shows there. The full
 * gazetteer stays the source of truth, and what exports, the geoparser and a map zoomed in past
 * DISPLAY_MAX_ZOOM read.
 *
 * Usage: npx tsx scripts/geodata/build-display-places.ts   (npm run build:display-places)
 *
 * Reads only the repository's own places.geojson, so it runs without ../shared; run it again
 * after every rebuild of the gazetteer (a test fails when the two disagree). Deterministic: the
 * same gazetteer gives a byte-identical file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rewind } from '@turf/turf';
import type { FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import { planarRingArea, presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { gazetteerSchema, type Place, type PlaceGeometry } from '../../src/core/dataset/schema.ts';
import { DISPLAY_MAX_ZOOM } from '../../src/core/model/display-places.ts';
import { REPO_ROOT } from './lib/args.ts';

const INPUT = join(REPO_ROOT, 'geodata/places.geojson');
const OUTPUT = join(REPO_ROOT, 'geodata/places-display.geojson');

/** MapLibre's world is 512 CSS pixels wide at zoom 0: one pixel at DISPLAY_MAX_ZOOM, in degrees of longitude. */
const PIXEL_DEGREES = 360 / (512 * 2 ** DISPLAY_MAX_ZOOM);
/**
 * Visvalingam: a vertex goes when the triangle it makes with its neighbours is smaller than half
 * a square pixel at DISPLAY_MAX_ZOOM (planar, in square degrees). Simplified in one topology, so
 * shared edges stay shared (North and South Waziristan, Pakistan and the Afghan border line).
 */
const MIN_TRIANGLE_WEIGHT = PIXEL_DEGREES ** 2 / 2;
/** An island or hole smaller than 2 × 2 pixels at DISPLAY_MAX_ZOOM goes (a place's largest part always stays). */
const MIN_RING_AREA = (2 * PIXEL_DEGREES) ** 2;
/** 0.001° is a tenth of a pixel at DISPLAY_MAX_ZOOM. Points keep the gazetteer's precision. */
const COORDINATE_DECIMALS = 3;
const SCALE = 10 ** COORDINATE_DECIMALS;
const MIN_RING_POSITIONS = 4;

/** Planar area in square degrees, either winding. */
const ringArea = (ring: Position[]) => Math.abs(planarRingArea(ring as [number, number][]));

function roundLine(line: Position[]): Position[] {
  const out: Position[] = [];
  for (const [lon = NaN, lat = NaN] of line) {
    const p = [Math.round(lon * SCALE) / SCALE, Math.round(lat * SCALE) / SCALE];
    const last = out[out.length - 1];
    if (last === undefined || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

/** Rounded rings; tiny holes go, and the polygon goes (null) when its exterior is tiny or vanished. */
function displayPolygon(rings: Position[][]): Position[][] | null {
  const [exterior, ...holes] = rings.map(roundLine);
  if (exterior === undefined || exterior.length < MIN_RING_POSITIONS) return null;
  const kept = holes.filter((h) => h.length >= MIN_RING_POSITIONS && ringArea(h) >= MIN_RING_AREA);
  return [exterior, ...kept];
}

function displayGeometry(id: string, simplified: Geometry, original: PlaceGeometry): PlaceGeometry {
  switch (simplified.type) {
    case 'LineString':
    case 'MultiLineString': {
      const lines = (simplified.type === 'LineString' ? [simplified.coordinates] : simplified.coordinates)
        .map(roundLine)
        .filter((l) => l.length >= 2);
      const [line] = lines;
      if (line === undefined) throw new Error(`${id}: its line vanished when simplified`);
      return (
        original.type === 'LineString' && lines.length === 1
          ? { type: 'LineString', coordinates: line }
          : { type: 'MultiLineString', coordinates: lines }
      ) as PlaceGeometry;
    }
    case 'Polygon':
    case 'MultiPolygon': {
      const parts = (simplified.type === 'Polygon' ? [simplified.coordinates] : simplified.coordinates)
        .map(displayPolygon)
        .filter((p): p is Position[][] => p !== null);
      const areaOf = (p: Position[][]) => ringArea(p[0]!);
      const largest = parts.reduce<Position[][] | undefined>((a, p) => (!a || areaOf(p) > areaOf(a) ? p : a), undefined);
      if (largest === undefined) throw new Error(`${id}: its polygon vanished when simplified`);
      const kept = parts.filter((p) => p === largest || areaOf(p) >= MIN_RING_AREA);
      const shaped: Polygon | MultiPolygon =
        original.type === 'Polygon' && kept.length === 1
          ? { type: 'Polygon', coordinates: largest }
          : { type: 'MultiPolygon', coordinates: kept };
      // reverse: false winds exteriors counter-clockwise and holes clockwise (RFC 7946 §3.1.6).
      return rewind(shaped, { reverse: false }) as PlaceGeometry;
    }
    default:
      throw new Error(`${id}: unexpected geometry type ${simplified.type}`);
  }
}

function buildDisplayPlaces(places: Place[], rawProperties: unknown[]): string {
  const shaped = places.filter((p) => p.geometry.type !== 'Point');
  const collection = {
    type: 'FeatureCollection',
    features: shaped.map((p) => ({ type: 'Feature', id: p.properties.id, properties: {}, geometry: p.geometry })),
  } as FeatureCollection;
  // No quantization: the gazetteer's shared edges have identical coordinates, which is what
  // topojson-server needs to find them.
  const topo = topology({ places: collection }) as unknown as Topology<{ places: GeometryCollection }>;
  const simplified = simplify(presimplify(topo), MIN_TRIANGLE_WEIGHT);
  const byId = new Map(
    simplified.objects.places.geometries.map((g) => {
      const f = feature(simplified, g);
      if (f.type !== 'Feature') throw new Error(`${String(g.id)}: expected one feature`);
      return [String(g.id), f.geometry];
    }),
  );
  const lines = places.map((place, i) => {
    const { id } = place.properties;
    const simplifiedGeometry = byId.get(id);
    const geometry = simplifiedGeometry ? displayGeometry(id, simplifiedGeometry, place.geometry) : place.geometry;
    // The gazetteer's properties as written there (same keys, same order), so the two files diff alike.
    return JSON.stringify({ type: 'Feature', properties: rawProperties[i], geometry });
  });
  const text = `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
  gazetteerSchema.parse(JSON.parse(text));
  return text;
}

function main(): void {
  const raw = JSON.parse(readFileSync(INPUT, 'utf8')) as { features: { properties: unknown }[] };
  const places = gazetteerSchema.parse(raw).features;
  const text = buildDisplayPlaces(
    places,
    raw.features.map((f) => f.properties),
  );
  writeFileSync(OUTPUT, text);
  const before = readFileSync(INPUT).length;
  console.log(
    `wrote ${OUTPUT}: ${places.length} places, ${Buffer.byteLength(text)} bytes (the gazetteer: ${before} bytes)`,
  );
}

main();
