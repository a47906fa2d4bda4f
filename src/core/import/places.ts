/**
 * Where an imported event happened: a place name looked up in the curated gazetteer, then in the
 * geoparser's world index, then (for a name that gives its country, "Tuni, India") in that
 * country's town shard when the caller loaded it; or coordinates, checked for the classic spreadsheet slip of swapped
 * longitude and latitude. A name that matches nothing, or several places, is reported with what
 * to write instead: an import never guesses a location silently.
 */
import { booleanPointInPolygon, circle, distance } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { createGazetteerIndex, normaliseName, placeAnchor, type GazetteerIndex } from '../dataset/gazetteer.ts';
import type { WorldPlace } from '../geoparse/world-index.ts';
import { geometrySchema, type Place, type PlaceGeometry, type Precision } from '../dataset/schema.ts';
import { asciiSlug, isPrintableAscii } from './ascii-slug.ts';
import { formatCount } from '../text/count.ts';
import { shorten } from '../text/problem-text.ts';
import type { Message } from '../text/translate.ts';
import { coded } from './problem.ts';
import { areaName } from './provenance.ts';

export type PlaceLookup =
  { ok: true; place: Place; warning?: string } | { ok: false; expected: string; message: string; code?: Message };

/**
 * How far a point may lie from a named place and still be "at" it, by the place's precision: a
 * town's coordinates may sit a few km off its centre, a country's are anywhere inside it. Beyond
 * this, a point is flagged; if swapping its numbers brings it within, it is flagged as swapped.
 */
export const NEAR_KM: Readonly<Record<Precision, number>> = {
  exact: 25,
  settlement: 50,
  district: 150,
  province: 500,
  country: 1500,
  approximate: 500,
};
/** A point this close to a curated point place is that place (e.g. our own CSV export's coordinates). */
export const SAME_PLACE_KM = 1;
/**
 * Radius of the area drawn for a world-index province or country, which the index knows only
 * as a label point: an area says "somewhere in this country", a pin would claim a spot.
 */
const WORLD_AREA_KM: Partial<Record<Precision, number>> = { province: 100, country: 250 };
const WORLD_AREA_STEPS = 32;
const COORDINATE_DECIMALS = 5; // about 1 m: finer is noise in an id
/** Names listed in an "is it this one or that one?" message. */
const MAX_LISTED_CANDIDATES = 5;

function addTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Distance from a point to a place: 0 inside an area, else to its anchor point. */
function kmToPlace(place: Place, point: readonly [number, number]): number {
  const g = place.geometry;
  if (g.type === 'Polygon' || g.type === 'MultiPolygon') {
    const shape: Feature<Polygon | MultiPolygon> = {
      type: 'Feature',
      properties: {},
      geometry: g as Polygon | MultiPolygon,
    };
    if (booleanPointInPolygon([point[0], point[1]], shape)) return 0;
  }
  return distance([...placeAnchor(place)], [...point], { units: 'kilometers' });
}

const inRange = (lon: number, lat: number) => Math.abs(lon) <= 180 && Math.abs(lat) <= 90;

/** "32.90849° N, 69.74477° E" */
export function coordinateText(lon: number, lat: number): string {
  const r = (n: number) => Number(Math.abs(n).toFixed(COORDINATE_DECIMALS));
  return `${r(lat)}° ${lat < 0 ? 'S' : 'N'}, ${r(lon)}° ${lon < 0 ? 'W' : 'E'}`;
}

/** An id part from any text: "Datta Khel!" → "datta-khel". Empty when the text has no letters or digits. */
export function slugify(text: string, maxLength = 60): string {
  if (isPrintableAscii(text)) return asciiSlug(text, maxLength);
  return normaliseName(text)
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, maxLength)
    .replace(/^-+|-+$/g, '');
}

function pointId(lon: number, lat: number): string {
  const part = (n: number, pos: string, neg: string) =>
    `${Math.abs(n).toFixed(COORDINATE_DECIMALS).replace('.', '-')}${n < 0 ? neg : pos}`;
  return `pt-${part(lat, 'n', 's')}-${part(lon, 'e', 'w')}`;
}

export interface ResolverOptions {
  /** The curated gazetteer the app ships (geodata/places.geojson). */
  gazetteer: readonly Place[];
  /** The geoparser's world index (geodata/world-places.json). */
  world: readonly WorldPlace[];
  /**
   * Towns of the country shards the caller loaded (geodata/world-towns/xx.json): looked up only
   * for a name that gives its country and that the world index lacks.
   */
  towns?: readonly WorldPlace[];
  /**
   * Filled with the country (ISO alpha-2) of every name that gave its country but matched nothing:
   * a caller that has that country's towns can load them and import again.
   */
  townsWanted?: Set<string>;
  /** Named in the `geometrySource` of places the import creates. */
  fileName: string;
}

/**
 * Resolves the places of one import and collects those its events use. Create one per file.
 *
 * @example
 * const places = new PlaceResolver({ gazetteer, world, fileName: 'events.csv' });
 * places.byName('Lahore') // { ok: true, place: <lahore> }
 * places.atPoint(32.9, 69.7, { name: 'Datta Khel', where: 'row 4' }) // { ok: false, message: '… swapped …' }
 */
export class PlaceResolver {
  readonly #index: GazetteerIndex;
  readonly #world = new Map<string, WorldPlace[]>();
  readonly #towns = new Map<string, WorldPlace[]>();
  readonly #townIds = new Set<string>();
  readonly #townsWanted: Set<string> | undefined;
  /** Country code by normalised country name ("pakistan" → "PK"), and the codes themselves. */
  readonly #countries = new Map<string, string>();
  readonly #fileName: string;
  /** Places this import made (world places, coordinates, areas), by id, in creation order. */
  readonly #created = new Map<string, Place>();
  /** Created point ids by coordinates and name, so one spot named one way is one place. */
  readonly #pointKeys = new Map<string, string>();
  readonly #used = new Set<string>();

  constructor({ gazetteer, world, towns = [], townsWanted, fileName }: ResolverOptions) {
    this.#index = createGazetteerIndex(gazetteer);
    this.#fileName = fileName;
    this.#townsWanted = townsWanted;
    for (const t of towns) {
      this.#townIds.add(t.id);
      for (const name of [t.name, ...(t.aliases ?? [])]) addTo(this.#towns, normaliseName(name), t);
    }
    for (const w of world) {
      const key = normaliseName(w.name);
      addTo(this.#world, key, w);
      if (w.kind === 'country' && w.country) {
        this.#countries.set(key, w.country);
        this.#countries.set(w.country.toLowerCase(), w.country);
      }
    }
  }

  /** A place by id: the gazetteer's, or one this import made. */
  byId(id: string): Place | undefined {
    return this.#index.byId(id) ?? this.#created.get(id);
  }

  /**
   * A place by name or alias: the gazetteer first, then the world index. "Hyderabad, PK" or
   * "Hyderabad, Pakistan" picks one of several world places; "Lahore, Pakistan" checks that the
   * curated Lahore lies in Pakistan.
   */
  byName(name: string): PlaceLookup {
    const trimmed = name.trim();
    const curated = this.#index.resolvePlace(trimmed) ?? this.#index.byId(trimmed);
    if (curated) return { ok: true, place: curated };
    const world = this.#worldMatches(trimmed);
    if (world.length === 1 && world[0]) return { ok: true, place: this.#fromWorld(world[0]) };
    if (world.length > 1) return ambiguous(trimmed, world);

    const comma = trimmed.lastIndexOf(',');
    if (comma > 0) {
      const base = trimmed.slice(0, comma).trim();
      const qualifier = trimmed.slice(comma + 1).trim();
      const curatedBase = this.#index.resolvePlace(base);
      const curatedArea = this.#index.resolvePlace(qualifier);
      if (curatedBase && curatedArea && this.#isWithin(curatedBase, curatedArea.properties.id)) {
        return { ok: true, place: curatedBase };
      }
      const code = this.#countries.get(normaliseName(qualifier)) ?? this.#countries.get(qualifier.toLowerCase());
      const inWorld = code ? this.#worldMatches(base).filter((w) => w.country === code) : [];
      // A town of the shards only where the world index has none: adding shards never makes a
      // name that resolved before ambiguous.
      const inCountry =
        inWorld.length > 0 || !code
          ? inWorld
          : (this.#towns.get(normaliseName(base)) ?? []).filter((t) => t.country === code);
      if (inCountry.length === 1 && inCountry[0]) return { ok: true, place: this.#fromWorld(inCountry[0]) };
      if (inCountry.length > 1) return ambiguous(trimmed, inCountry);
      if (code) this.#townsWanted?.add(code);
    }
    return {
      ok: false,
      expected: 'a place in the gazetteer or the world index',
      ...coded({ key: 'problem.placeUnknown', params: { name: shorten(trimmed) } }),
    };
  }

  /**
   * A place at coordinates, with the swapped-coordinates checks. `name`, when the file gives one,
   * labels the point and is checked against the coordinates.
   */
  atPoint(lon: number, lat: number, { name, where }: { name?: string; where: string }): PlaceLookup {
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) {
      return { ok: false, expected: 'two numbers', message: 'Longitude and latitude must both be numbers.' };
    }
    if (!inRange(lon, lat)) {
      if (inRange(lat, lon)) {
        return {
          ok: false,
          expected: 'longitude −180…180 and latitude −90…90',
          ...coded({ key: 'problem.swappedRange', params: { lon: String(lon), lat: String(lat) } }),
        };
      }
      return {
        ok: false,
        expected: 'longitude −180…180 and latitude −90…90',
        ...coded({ key: 'problem.outsideGlobe', params: { lon: String(lon), lat: String(lat) } }),
      };
    }
    const label = name?.trim() || undefined;
    const named = label ? this.byName(label) : undefined;
    let warning: string | undefined;
    let parent: string | null = null;
    if (named?.ok) {
      const place = named.place;
      const near = NEAR_KM[place.properties.precision];
      const given = kmToPlace(place, [lon, lat]);
      const swapped = inRange(lat, lon) ? kmToPlace(place, [lat, lon]) : Infinity;
      if (given > near && swapped <= near) {
        return {
          ok: false,
          expected: `coordinates near ${place.properties.name}`,
          message:
            `The coordinates are ${km(given)} from ${place.properties.name}, but swapped (longitude ${lat}, ` +
            `latitude ${lon}) they are ${km(swapped)} from it: longitude and latitude look swapped. ` +
            `Swap the two columns or values and import again.`,
        };
      }
      if (given <= SAME_PLACE_KM && place.geometry.type === 'Point') return { ok: true, place };
      if (given > near) {
        warning =
          `The coordinates are ${km(given)} from ${place.properties.name}, which the name "${shorten(label ?? '')}" ` +
          `matches: the event is placed at the coordinates. Check them.`;
      } else parent = place.properties.id;
    }
    return { ok: true, place: this.#point(lon, lat, label, parent, where), ...(warning ? { warning } : {}) };
  }

  /** A place for a GeoJSON feature's own line or area. */
  fromGeometry(geometry: unknown, { name, where }: { name?: string; where: string }): PlaceLookup {
    // A point goes to atPoint before the schema, which would only say "too big" for a swapped one.
    const point = geometry as { type?: unknown; coordinates?: unknown };
    if (point?.type === 'Point' && Array.isArray(point.coordinates) && point.coordinates.length >= 2) {
      const [lon, lat] = point.coordinates as unknown[];
      if (typeof lon === 'number' && typeof lat === 'number') return this.atPoint(lon, lat, { name, where });
      return {
        ok: false,
        expected: 'a Point with two numbers: [longitude, latitude]',
        message: 'The coordinates of the point are not numbers.',
      };
    }
    const parsed = geometrySchema.safeParse(geometry);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return {
        ok: false,
        expected: 'a GeoJSON Point, LineString, MultiLineString, Polygon or MultiPolygon',
        message: `The geometry is not usable${issue ? ` (${issue.path.join('.') || 'geometry'}: ${issue.message})` : ''}.`,
      };
    }
    const g = parsed.data;
    if (g.type === 'Point') return this.atPoint(g.coordinates[0], g.coordinates[1], { name, where });
    const id = this.#uniqueId(`area-${slugify(name ?? '') || slugify(where) || 'feature'}`);
    const unnamed = name?.trim() ? undefined : areaName(where);
    const place = this.#make(id, name?.trim() || (unnamed?.name ?? where), {
      ...(unnamed ? { translations: unnamed.translations } : {}),
      kind: g.type === 'LineString' || g.type === 'MultiLineString' ? 'border' : 'region',
      precision: 'approximate',
      geometry: g,
      geometrySource: `The geometry of ${where} in ${this.#fileName}`,
    });
    return { ok: true, place };
  }

  /**
   * Adopts a place the file describes itself (an event of our own GeoJSON export whose place is
   * not in this gazetteer): the feature's geometry under the exported id and name.
   */
  adopt(id: string, name: string, precision: Precision, geometry: PlaceGeometry, where: string): Place {
    return (
      this.byId(id) ??
      this.#make(id, name, {
        kind: precision === 'country' ? 'country' : precision === 'province' ? 'province' : 'region',
        precision,
        geometry,
        geometrySource: `The geometry of ${where} in ${this.#fileName}`,
      })
    );
  }

  /** Marks a place as used by a loaded event (with its parents). */
  use(id: string): void {
    let here: string | null | undefined = id;
    while (here && !this.#used.has(here)) {
      this.#used.add(here);
      here = this.byId(here)?.properties.parent;
    }
  }

  /**
   * The places the loaded events use, gazetteer order first, then those this import made. A made
   * place whose name another place already has gets its coordinates added, because a name must
   * point to one place.
   */
  usedPlaces(): Place[] {
    const curated = this.#index.places.filter((p) => this.#used.has(p.properties.id));
    const taken = new Set(curated.flatMap((p) => [p.properties.name, ...p.properties.aliases].map(normaliseName)));
    const made: Place[] = [];
    for (const place of this.#created.values()) {
      if (!this.#used.has(place.properties.id)) continue;
      let name = place.properties.name;
      if (taken.has(normaliseName(name))) {
        const [lon, lat] = placeAnchor(place);
        name = `${name} (${coordinateText(lon, lat)})`;
        for (let n = 2; taken.has(normaliseName(name)); n++) name = `${place.properties.name} (${n})`;
      }
      taken.add(normaliseName(name));
      made.push(name === place.properties.name ? place : { ...place, properties: { ...place.properties, name } });
    }
    return [...curated, ...made];
  }

  #worldMatches(name: string): WorldPlace[] {
    return this.#world.get(normaliseName(name)) ?? [];
  }

  #isWithin(place: Place, ancestor: string): boolean {
    let here: string | null | undefined = place.properties.parent;
    for (let guard = 0; here && guard < 50; guard++) {
      if (here === ancestor) return true;
      here = this.byId(here)?.properties.parent;
    }
    return false;
  }

  #fromWorld(w: WorldPlace): Place {
    const existing = this.#created.get(w.id);
    if (existing) return existing;
    const precision: Precision = w.kind === 'country' ? 'country' : w.kind === 'province' ? 'province' : 'settlement';
    const radius = WORLD_AREA_KM[precision];
    const geometry: PlaceGeometry =
      radius === undefined
        ? { type: 'Point', coordinates: [w.lon, w.lat] }
        : (circle([w.lon, w.lat], radius, { steps: WORLD_AREA_STEPS, units: 'kilometers' }).geometry as PlaceGeometry);
    const origin = w.id.startsWith('ne-') ? 'Natural Earth (public domain)' : 'GeoNames (CC BY 4.0)';
    const via = this.#townIds.has(w.id)
      ? `the town shard geodata/world-towns/${w.country.toLowerCase()}.json`
      : 'the world index (geodata/world-places.json)';
    return this.#make(w.id, w.name, {
      kind: w.kind,
      precision,
      geometry,
      geometrySource:
        radius === undefined
          ? `${origin} via ${via}`
          : `A ${radius} km circle around the label point of ${origin} via the world index: it stands for the whole ${precision}`,
    });
  }

  #point(lon: number, lat: number, label: string | undefined, parent: string | null, where: string): Place {
    const base = pointId(lon, lat);
    const key = `${base}\u0000${label ? normaliseName(label) : ''}`;
    const known = this.#pointKeys.get(key);
    if (known) return this.#created.get(known) as Place;
    const id = this.#uniqueId(base);
    this.#pointKeys.set(key, id);
    const name = label && normaliseName(label) !== '' ? label : coordinateText(lon, lat);
    return this.#make(id, name, {
      kind: 'site',
      precision: 'exact',
      parent,
      geometry: { type: 'Point', coordinates: [lon, lat] },
      geometrySource: `Coordinates given in ${where} of ${this.#fileName}`,
    });
  }

  #uniqueId(base: string): string {
    let id = base;
    for (let n = 2; this.byId(id); n++) id = `${base}-${n}`;
    return id;
  }

  #make(
    id: string,
    name: string,
    p: {
      kind: Place['properties']['kind'];
      precision: Precision;
      geometry: PlaceGeometry;
      geometrySource: string;
      parent?: string | null;
      translations?: Place['properties']['translations'];
    },
  ): Place {
    const place: Place = {
      type: 'Feature',
      properties: {
        id,
        name: name.slice(0, 200),
        aliases: [],
        kind: p.kind,
        parent: p.parent ?? null,
        precision: p.precision,
        geometrySource: p.geometrySource.slice(0, 500),
        mention: 'named',
        ...(p.translations ? { translations: p.translations } : {}),
      },
      geometry: p.geometry,
    };
    this.#created.set(id, place);
    return place;
  }
}

function ambiguous(name: string, candidates: WorldPlace[]): PlaceLookup {
  const listed = candidates
    .slice(0, MAX_LISTED_CANDIDATES)
    .map((w) => `${w.name}, ${w.country || '?'} (${w.kind})`)
    .join('; ');
  const more = Math.max(0, candidates.length - MAX_LISTED_CANDIDATES);
  const example = `${candidates[0]?.name}, ${candidates[0]?.country || 'XX'}`;
  const params = { name: shorten(name), count: String(candidates.length), listed, more, example };
  return { ok: false, expected: 'a name that matches one place', ...coded({ key: 'problem.placeAmbiguous', params }) };
}

const km = (n: number) => (n < 1 ? 'less than 1 km' : `${n < 10 ? n.toFixed(1) : formatCount(Math.round(n))} km`);
