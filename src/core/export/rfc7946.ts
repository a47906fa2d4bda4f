/**
 * Normalise a FeatureCollection to what RFC 7946 asks of a GeoJSON file that other tools will
 * read: longitude-latitude positions (kept as they are: the whole app already works in that
 * order), exterior rings counter-clockwise and holes clockwise (§3.1.6), no `crs` member
 * (§4), positions rounded to a sane precision (§11.2), lines split at the antimeridian
 * (§3.1.9) and, on request, a `bbox` that is right even across the antimeridian (§5.2).
 *
 * Pure: never mutates its input. Geometries are new; `properties` objects and foreign members
 * are passed through by reference, as immutable data is (copying them would double the memory of
 * a 100k-event export for nothing).
 */
import type {
  BBox,
  Feature,
  FeatureCollection,
  GeoJsonProperties,
  Geometry,
  LineString,
  MultiLineString,
  Position,
} from 'geojson';

/**
 * Six decimals of a degree is about 11 cm at the equator: finer than any place in our data is
 * known, and RFC 7946 §11.2 warns that longer coordinates only add bytes.
 */
export const COORDINATE_DECIMALS = 6;
const SCALE = 10 ** COORDINATE_DECIMALS;

const ANTIMERIDIAN = 180;
const FULL_TURN = 360;
/** A closed ring is at least a triangle plus the repeated first position (§3.1.6). */
const MIN_RING_POSITIONS = 4;

export interface Rfc7946Options {
  /** Add a `bbox` to every feature and to the collection. An incoming `bbox` is never trusted. */
  bbox?: boolean;
}

/**
 * @example
 * toRfc7946({ type: 'FeatureCollection', features: [line] }, { bbox: true })
 * // Tokyo → San Francisco comes back as a MultiLineString that meets at ±180,
 * // with bbox [139.69, 35.68, -122.42, 48.67] (west > east: it crosses the antimeridian).
 */
export function toRfc7946<P extends GeoJsonProperties>(
  fc: FeatureCollection<Geometry | null, P>,
  options: Rfc7946Options = {},
): FeatureCollection<Geometry | null, P> {
  if (fc === null || typeof fc !== 'object' || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    throw new TypeError('toRfc7946 expects a GeoJSON FeatureCollection');
  }
  const {
    crs: _crs,
    bbox: _staleBbox,
    features,
    ...foreign
  } = fc as FeatureCollection<Geometry | null, P> & {
    crs?: unknown;
  };
  // Extents are only gathered when a bbox is wanted: they are most of the garbage otherwise.
  const extent = options.bbox ? new Extent() : null;
  const normalFeatures = features.map((feature) => {
    const featureExtent = extent ? new Extent() : null;
    const out = normaliseFeature(feature, featureExtent);
    if (extent && featureExtent) extent.add(featureExtent);
    return out;
  });
  const result: FeatureCollection<Geometry | null, P> = {
    ...foreign,
    type: 'FeatureCollection',
    features: normalFeatures,
  };
  const bbox = extent?.toBBox();
  if (bbox) result.bbox = bbox;
  return result;
}

function normaliseFeature<P extends GeoJsonProperties>(
  feature: Feature<Geometry | null, P>,
  extent: Extent | null,
): Feature<Geometry | null, P> {
  const {
    crs: _crs,
    bbox: _staleBbox,
    geometry,
    ...rest
  } = feature as Feature<Geometry | null, P> & {
    crs?: unknown;
  };
  const out: Feature<Geometry | null, P> = {
    ...rest,
    type: 'Feature',
    geometry: geometry === null ? null : normaliseGeometry(geometry, extent),
  };
  const bbox = extent?.toBBox();
  if (bbox) out.bbox = bbox;
  return out;
}

function normaliseGeometry(geometry: Geometry, extent: Extent | null): Geometry {
  switch (geometry.type) {
    case 'Point': {
      const p = roundPosition(geometry.coordinates);
      extent?.addPart([p]);
      return { type: 'Point', coordinates: p };
    }
    case 'MultiPoint': {
      const points = geometry.coordinates.map(roundPosition);
      if (extent) for (const p of points) extent.addPart([p]);
      return { type: 'MultiPoint', coordinates: points };
    }
    case 'LineString':
      return lineGeometry([geometry.coordinates], extent);
    case 'MultiLineString':
      return lineGeometry(geometry.coordinates, extent);
    case 'Polygon':
      return { type: 'Polygon', coordinates: normalisePolygon(geometry.coordinates, extent) };
    case 'MultiPolygon':
      return {
        type: 'MultiPolygon',
        coordinates: geometry.coordinates.map((rings) => normalisePolygon(rings, extent)),
      };
    case 'GeometryCollection':
      return { type: 'GeometryCollection', geometries: geometry.geometries.map((g) => normaliseGeometry(g, extent)) };
    default:
      throw new TypeError(`unknown geometry type ${(geometry as { type: unknown }).type}`);
  }
}

/** A LineString stays one unless the antimeridian splits it; several lines make a MultiLineString. */
function lineGeometry(lines: Position[][], extent: Extent | null): LineString | MultiLineString {
  const parts = lines.flatMap((line) => splitAtAntimeridian(dedupe(line.map(roundPosition))));
  if (extent) for (const part of parts) extent.addPart(part);
  const only = parts[0];
  if (lines.length === 1 && parts.length === 1 && only) return { type: 'LineString', coordinates: only };
  return { type: 'MultiLineString', coordinates: parts };
}

function normalisePolygon(rings: Position[][], extent: Extent | null): Position[][] {
  return rings.map((ring, i) => {
    const rounded = ring.map(roundPosition);
    const deduped = dedupe(rounded);
    // A ring that rounding shrinks below a closed triangle keeps its repeated positions instead:
    // still valid (closed, ≥ 4 positions), and a hair-thin sliver is not worth losing data over.
    const kept = deduped.length >= MIN_RING_POSITIONS ? deduped : rounded;
    const exterior = i === 0;
    if (exterior) extent?.addPart(kept);
    const area = signedArea(kept);
    const wrongWay = exterior ? area < 0 : area > 0;
    return wrongWay ? [...kept].reverse() : kept;
  });
}

/** Twice the signed planar area of a ring: positive when counter-clockwise (shoelace formula). */
export function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const a = ring[i] as Position;
    const b = ring[i + 1] as Position;
    sum += (a[0] as number) * (b[1] as number) - (b[0] as number) * (a[1] as number);
  }
  return sum;
}

function roundCoordinate(value: number): number {
  const r = Math.round(value * SCALE) / SCALE;
  return r === 0 ? 0 : r; // no "-0" in the output
}

function roundPosition(position: Position): Position {
  return position.map(roundCoordinate);
}

function samePosition(a: Position, b: Position): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

/** Drop consecutive repeats (often made by rounding); a closed ring stays closed. */
function dedupe(positions: Position[]): Position[] {
  const out: Position[] = [];
  for (const p of positions) {
    const last = out[out.length - 1];
    if (last === undefined || !samePosition(last, p)) out.push(p);
  }
  return out;
}

/**
 * Two consecutive positions more than 180° of longitude apart are read as the short way round,
 * across the antimeridian (how turf's greatCircle and most generated tracks mean them). Each
 * crossing ends one part at ±180 and starts the next at ∓180 at the interpolated latitude, so
 * no segment of the output crosses it (§3.1.9).
 */
function splitAtAntimeridian(line: Position[]): Position[][] {
  const first = line[0];
  if (first === undefined) return [];
  const parts: Position[][] = [];
  let current: Position[] = [first];
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1] as Position;
    const b = line[i] as Position;
    const lonA = a[0] as number;
    const lonB = b[0] as number;
    if (Math.abs(lonB - lonA) > ANTIMERIDIAN) {
      const eastward = lonA > 0; // from the eastern hemisphere over +180 into −180
      const edge = eastward ? ANTIMERIDIAN : -ANTIMERIDIAN;
      const unwrappedB = eastward ? lonB + FULL_TURN : lonB - FULL_TURN;
      const t = (edge - lonA) / (unwrappedB - lonA);
      const rest = a.slice(1).map((v, k) => roundCoordinate(v + t * ((b[k + 1] ?? v) - v)));
      current.push([edge, ...rest]);
      parts.push(current);
      current = [[-edge, ...rest]];
    }
    current.push(b);
  }
  parts.push(current);
  const lines = parts.map(dedupe).filter((part) => part.length >= 2);
  // A line that was one position repeated stays a (degenerate but valid) two-position line.
  return lines.length > 0 ? lines : [[first, first]];
}

/**
 * Longitude spans and latitude/elevation extremes of a geometry, kept per part so that a
 * bbox can tell a line that meets the antimeridian from both sides from one that spans the globe.
 */
class Extent {
  spans: Array<[number, number]> = [];
  minLat = Infinity;
  maxLat = -Infinity;
  minZ = Infinity;
  maxZ = -Infinity;
  allHaveZ = true;

  addPart(positions: Position[]): void {
    if (positions.length === 0) return;
    let west = Infinity;
    let east = -Infinity;
    for (const p of positions) {
      const [lon, lat, z] = p as [number, number, number?];
      west = Math.min(west, lon);
      east = Math.max(east, lon);
      this.minLat = Math.min(this.minLat, lat);
      this.maxLat = Math.max(this.maxLat, lat);
      if (z === undefined) this.allHaveZ = false;
      else {
        this.minZ = Math.min(this.minZ, z);
        this.maxZ = Math.max(this.maxZ, z);
      }
    }
    this.spans.push([west, east]);
  }

  add(other: Extent): void {
    if (other.spans.length === 0) return;
    this.spans.push(...other.spans);
    this.minLat = Math.min(this.minLat, other.minLat);
    this.maxLat = Math.max(this.maxLat, other.maxLat);
    this.minZ = Math.min(this.minZ, other.minZ);
    this.maxZ = Math.max(this.maxZ, other.maxZ);
    this.allHaveZ &&= other.allHaveZ;
  }

  toBBox(): BBox | undefined {
    if (this.spans.length === 0) return undefined;
    const [west, east] = this.longitudeRange();
    // §5: a bbox has one pair per dimension, so elevations count only when every position has one.
    return this.allHaveZ
      ? [west, this.minLat, this.minZ, east, this.maxLat, this.maxZ]
      : [west, this.minLat, east, this.maxLat];
  }

  /**
   * Plain min/max unless the data reaches the antimeridian from both sides (a split line):
   * then the box is the complement of the widest empty band of longitude, so west > east (§5.2).
   */
  private longitudeRange(): [number, number] {
    const spans = [...this.spans].sort((a, b) => a[0] - b[0]);
    const west = (spans[0] as [number, number])[0];
    const east = Math.max(...spans.map((s) => s[1]));
    const touchesEast = spans.some((s) => s[1] === ANTIMERIDIAN);
    const touchesWest = spans.some((s) => s[0] === -ANTIMERIDIAN);
    if (!(touchesEast && touchesWest)) return [west, east];

    let widestGap = 0;
    let range: [number, number] = [-ANTIMERIDIAN, ANTIMERIDIAN];
    let coveredTo = -ANTIMERIDIAN;
    for (const [spanWest, spanEast] of spans) {
      if (spanWest - coveredTo > widestGap) {
        widestGap = spanWest - coveredTo;
        range = [spanWest, coveredTo];
      }
      coveredTo = Math.max(coveredTo, spanEast);
    }
    return range;
  }
}
