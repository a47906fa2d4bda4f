/**
 * The places a geoparse found, as GeoJSON: one point per place with how often it was mentioned.
 * `npm run -s geoparse -- --geojson` and the app's "Map an article" panel write this same
 * FeatureCollection, so a file from either opens the same way in a GIS tool.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { MentionSource, PlaceMention } from './find-places.ts';
import type { PlaceKind } from '../dataset/schema.ts';

/** The mentions found in one text, and what to call that text (a file path, "pasted text"). */
export interface FileMentions {
  file: string;
  mentions: readonly PlaceMention[];
}

export interface FoundPlaceProperties {
  placeId: string;
  name: string;
  kind: PlaceKind;
  source: MentionSource;
  /** Every mention: names and adjectives. */
  mentions: number;
  /** Mentions by name ("Pakistan"). */
  names: number;
  /** Mentions by adjective or demonym ("Pakistani"). */
  adjectives: number;
  /** The texts it was found in, in the order first seen. */
  files: string[];
}

/**
 * One point per place found, most mentioned first (ties by id, so the output is stable).
 *
 * @example
 * mentionsToFeatureCollection([{ file: 'article.txt', mentions: matcher.find(text) }])
 */
export function mentionsToFeatureCollection(
  results: readonly FileMentions[],
): FeatureCollection<Point, FoundPlaceProperties> {
  const byPlace = new Map<string, Feature<Point, FoundPlaceProperties>>();
  for (const { file, mentions } of results) {
    for (const m of mentions) {
      let f = byPlace.get(m.placeId);
      if (!f) {
        f = {
          type: 'Feature',
          id: m.placeId,
          geometry: { type: 'Point', coordinates: [m.lon, m.lat] },
          properties: {
            placeId: m.placeId,
            name: m.name,
            kind: m.kind,
            source: m.source,
            mentions: 0,
            names: 0,
            adjectives: 0,
            files: [],
          },
        };
        byPlace.set(m.placeId, f);
      }
      const p = f.properties;
      p.mentions++;
      if (m.form === 'name') p.names++;
      else p.adjectives++;
      if (!p.files.includes(file)) p.files.push(file);
    }
  }
  const features = [...byPlace.values()].sort(
    (a, b) => b.properties.mentions - a.properties.mentions || String(a.id).localeCompare(String(b.id)),
  );
  return { type: 'FeatureCollection', features };
}
