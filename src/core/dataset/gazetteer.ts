/**
 * Look-ups over a parsed gazetteer (see `gazetteerSchema`): find a place by id or by any of the
 * spellings an article might use, and pick one representative coordinate for any geometry.
 * Pure: no file access, so the app, the CLIs and the tests share it.
 */
import { area, pointOnFeature, polygon } from '@turf/turf';
import type { Feature, Geometry, Position } from 'geojson';
import type { Place } from './schema.ts';

/** A longitude/latitude pair in degrees (GeoJSON order). */
export type LonLat = [lon: number, lat: number];

export interface GazetteerIndex {
  /** The places in the order they were given. */
  readonly places: readonly Place[];
  byId(id: string): Place | undefined;
  /** The place whose name or alias matches, ignoring case, accents, punctuation and a leading "the". */
  resolvePlace(nameOrAlias: string): Place | undefined;
}

// Dots and apostrophes sit inside a word ("D.C.", "U.S.", "Xi'an"): dropping them keeps the word
// whole, so "Washington, D.C." and "Washington DC" meet. Every other punctuation mark (hyphens,
// en and em dashes, commas, slashes, brackets) separates words, so it becomes a space.
const WORD_INTERNAL = /[.'‘’ʼ`´]/gu;
const WORD_SEPARATOR = /[\p{P}\p{S}\s]+/gu;
const COMBINING_MARK = /\p{M}/gu;
const LEADING_ARTICLE = /^the /u;

/**
 * The form names are compared in: case-folded, without diacritics, with punctuation and runs of
 * whitespace unified and a leading "the" dropped.
 *
 * @example
 * normaliseName('The  Federally-Administered Tribal Areas') // 'federally administered tribal areas'
 * normaliseName('Kābul') // 'kabul'
 * normaliseName('Washington, D.C.') // 'washington dc'
 */
export function normaliseName(s: string): string {
  return (
    s
      // NFKD splits "ā" into "a" + a combining macron, and folds compatibility forms ("ﬁ" → "fi").
      .normalize('NFKD')
      .replace(COMBINING_MARK, '')
      .toLowerCase()
      // German sharp s has no decomposition; its case-folded form is "ss".
      .replace(/ß/gu, 'ss')
      .replace(WORD_INTERNAL, '')
      .replace(WORD_SEPARATOR, ' ')
      .trim()
      .replace(LEADING_ARTICLE, '')
  );
}

/**
 * Indexes places by id and by the normalised form of every name and alias.
 * Throws a plain error when two places share an id or a normalised name: a name that could mean
 * two places cannot be resolved, and silently picking one would misplace events.
 */
export function createGazetteerIndex(places: readonly Place[]): GazetteerIndex {
  const ids = new Map<string, Place>();
  const names = new Map<string, Place>();
  for (const place of places) {
    const { id, name, aliases } = place.properties;
    if (ids.has(id)) throw new Error(`gazetteer: duplicate place id "${id}"`);
    ids.set(id, place);
    for (const spelling of [name, ...aliases]) {
      const key = normaliseName(spelling);
      if (key === '') throw new Error(`gazetteer: place "${id}" has a name with no letters: "${spelling}"`);
      const other = names.get(key);
      if (other !== undefined && other !== place) {
        throw new Error(
          `gazetteer: "${spelling}" (place "${id}") and place "${other.properties.id}" normalise to the same name "${key}"`,
        );
      }
      names.set(key, place);
    }
  }
  return {
    places,
    byId: (id) => ids.get(id),
    resolvePlace: (nameOrAlias) => names.get(normaliseName(nameOrAlias)),
  };
}

/**
 * One coordinate that stands for the place: the point itself, or for an area or a line a point
 * that lies on it (unlike a centroid, which falls outside a crescent-shaped district or a bent
 * border). For a country in several parts the anchor lies in the largest part: the middle of the
 * United States' bounding box (Alaska to Guam) is in no part at all.
 */
export function placeAnchor(place: Place): LonLat {
  const { geometry } = place;
  if (geometry.type === 'Point') {
    const [lon, lat] = geometry.coordinates;
    return [lon, lat];
  }
  // The zod geometry types are structurally GeoJSON; turf wants the `geojson` package's types.
  const shape: Geometry =
    geometry.type === 'MultiPolygon'
      ? { type: 'Polygon', coordinates: largestPart(geometry.coordinates as Position[][][]) }
      : (geometry as Geometry);
  const feature: Feature<Geometry> = { type: 'Feature', properties: {}, geometry: shape };
  const [lon, lat] = pointOnFeature(feature).geometry.coordinates;
  if (lon === undefined || lat === undefined) {
    throw new Error(`gazetteer: no anchor point for place "${place.properties.id}"`);
  }
  return [lon, lat];
}

function largestPart(parts: Position[][][]): Position[][] {
  let best: Position[][] | undefined;
  let bestArea = -1;
  for (const part of parts) {
    const partArea = area(polygon(part));
    if (partArea > bestArea) [best, bestArea] = [part, partArea];
  }
  // The schema guarantees at least one part.
  if (best === undefined) throw new Error('gazetteer: a MultiPolygon with no parts');
  return best;
}
