/**
 * Turn a dataset into four GeoJSON layers a GIS user can open as they are: the gazetteer
 * (`places`), one feature per event at its location (`events`), the areas events happened in
 * (`regions`) and great-circle lines for trips and calls (`routes`). Every layer is an
 * RFC 7946 FeatureCollection with flat, typed properties, so QGIS, GDAL and spreadsheets read
 * it without flattening; the events layer also carries the full nested event in `record`.
 */
import type { Feature, FeatureCollection, GeoJsonProperties, Geometry } from 'geojson';
import { isContested } from '../dataset/claims.ts';
import { formatDay } from '../time/day.ts';
import { eventSpan, type EpochSpan } from '../time/event-times.ts';
import { placeAnchor } from '../dataset/gazetteer.ts';
import { greatCircleRoute } from '../model/route.ts';
import { eventEdtf } from '../time/edtf.ts';
import { eventLocation } from './event-geometry.ts';
import type {
  Dataset,
  DatePrecision,
  EventType,
  Place,
  PlaceKind,
  Precision,
  Source,
  TimeEvent,
} from '../dataset/schema.ts';
import { toRfc7946 } from './rfc7946.ts';

export const LAYER_NAMES = ['places', 'events', 'regions', 'routes'] as const;
export type LayerName = (typeof LAYER_NAMES)[number];

/** Credit owed by every file we write (Natural Earth asks for none but gets it; ODbL and CC BY require it). */
export const ATTRIBUTION = 'Made with Natural Earth · © OpenStreetMap contributors (ODbL) · GeoNames (CC BY 4.0)';

/** Used when the dataset states no licence of its own: describes, does not grant. */
export const DEFAULT_LICENCE =
  'Geometry: Natural Earth (public domain), OpenStreetMap contributors (ODbL 1.0), GeoNames (CC BY 4.0). ' +
  'Event texts are our paraphrases of the cited articles, which keep their own copyright.';

/** Multi-valued fields are joined with this in flat properties (CSV, KML, shapefile-minded tools). */
export const LIST_SEPARATOR = '; ';

export interface ExportOptions {
  /** First epoch day to include: events that end before it are left out. */
  from?: number;
  /** Last epoch day to include: events that start after it are left out. */
  to?: number;
  /** Only these event types (all when absent). */
  types?: Set<EventType>;
  /** Keep the full nested event in `record` (default true); `false` gives flat properties only. */
  nested?: boolean;
  /** Add RFC 7946 bounding boxes to features and layers. */
  bbox?: boolean;
}

export interface PlaceProperties {
  id: string;
  name: string;
  aliases: string;
  kind: PlaceKind;
  parent: string | null;
  precision: Precision;
  mention: 'named' | 'implied';
  geometry_source: string;
  note: string | null;
}

/** The flat, typed columns of an exported event, in the order CSV writes them. */
export interface FlatEventProperties {
  id: string;
  title: string;
  summary: string;
  type: EventType;
  start: string;
  end: string | null;
  date_precision: DatePrecision;
  first_day: string;
  last_day: string;
  /** The date as EDTF: `2011-03-17`, `2011-05`, `2011-05-16/2011-08-02`, `?` where sources disagree. */
  edtf: string;
  place_ids: string;
  place_names: string;
  location_precision: Precision;
  actors: string;
  source_ids: string;
  source_titles: string;
  background: boolean;
  implied: boolean;
  /** Lowest casualty figure any claim gives; null when no claim gives one. */
  killed_min: number | null;
  /** Highest casualty figure; null when none is given or a claim is open-ended ("at least N"). */
  killed_max: number | null;
  claims_count: number;
  /**
   * Sources disagree on some aspect (figures, dates, accounts): the same rule as the app's list
   * and map (`isContested` in claims.ts), so an export never contradicts what the app shows.
   */
  contested: boolean;
}

export const FLAT_EVENT_COLUMNS = [
  'id',
  'title',
  'summary',
  'type',
  'start',
  'end',
  'date_precision',
  'first_day',
  'last_day',
  'edtf',
  'place_ids',
  'place_names',
  'location_precision',
  'actors',
  'source_ids',
  'source_titles',
  'background',
  'implied',
  'killed_min',
  'killed_max',
  'claims_count',
  'contested',
] as const satisfies ReadonlyArray<keyof FlatEventProperties>;

export interface EventProperties extends FlatEventProperties {
  /** The whole event as the dataset holds it (absent with `nested: false`). */
  record?: TimeEvent;
}

export interface RegionProperties extends PlaceProperties {
  event_count: number;
}

export interface RouteProperties {
  event: string;
  type: EventType;
  from: string;
  to: string;
  /** The event's dates, as in the events layer, so a route plays in time too. */
  start: string;
  end: string | null;
  first_day: string;
  last_day: string;
  edtf: string;
}

export interface ExportMetadata {
  dataset: { id: string; title: string };
  licence: string;
  attribution: string;
  sources: Array<{
    id: string;
    outlet: string;
    title: string;
    author: string | null;
    /** `null` for a source nobody dated (an imported one the file gave no date). */
    published: string | null;
    url: string | null;
  }>;
  filter: { from: string | null; to: string | null; types: EventType[] | null };
}

/** A layer: a FeatureCollection with the foreign members `name` and `metadata` (RFC 7946 §6.1). */
export type Layer<P> = FeatureCollection<Geometry, P> & { name: string; metadata: ExportMetadata };

export interface ExportedLayers {
  places: Layer<PlaceProperties>;
  events: Layer<EventProperties>;
  regions: Layer<RegionProperties>;
  routes: Layer<RouteProperties>;
}

/**
 * @example
 * const { events } = exportLayers(dataset, { from: dayFromYmd(2011, 3, 1), types: new Set(['strike']) });
 * writeFileSync('events.geojson', JSON.stringify(events));
 */
export function exportLayers(dataset: Dataset, options: ExportOptions = {}): ExportedLayers {
  if (options.from !== undefined && options.to !== undefined && options.from > options.to) {
    throw new RangeError(`"from" (${formatDay(options.from)}) is after "to" (${formatDay(options.to)})`);
  }
  const placesById = new Map(dataset.places.features.map((p) => [p.properties.id, p]));
  const sourcesById = new Map(dataset.sources.map((s) => [s.id, s]));
  const selected = eventsInRange(dataset.events, options);
  for (const { event } of selected) checkReferences(event, placesById, sourcesById);

  const metadata = exportMetadata(dataset, options);
  const layer = <P extends GeoJsonProperties>(name: LayerName, features: Array<Feature<Geometry, P>>): Layer<P> => {
    const normal = toRfc7946({ type: 'FeatureCollection', features }, { bbox: options.bbox ?? false });
    return {
      type: 'FeatureCollection',
      name: `${dataset.id}-${name}`,
      metadata,
      ...(normal.bbox ? { bbox: normal.bbox } : {}),
      // toRfc7946 keeps every geometry that came in, and none of ours is null.
      features: normal.features as Array<Feature<Geometry, P>>,
    };
  };

  return {
    places: layer(
      'places',
      dataset.places.features.map((place) => placeFeature(place, placeProperties(place))),
    ),
    events: layer(
      'events',
      selected.map((s) => eventFeature(s, placesById, sourcesById, options.nested ?? true)),
    ),
    regions: layer('regions', regionFeatures(dataset.places.features, selected)),
    routes: layer(
      'routes',
      selected.flatMap((s) => routeFeatures(s, placesById)),
    ),
  };
}

// ---------------------------------------------------------------- selection

interface SelectedEvent {
  event: TimeEvent;
  span: EpochSpan;
  firstDay: string;
  lastDay: string;
}

function eventsInRange(events: TimeEvent[], { from, to, types }: ExportOptions): SelectedEvent[] {
  const selected: SelectedEvent[] = [];
  // Many events share a day, and Date-based formatting is a tenth of a 100k-event export.
  const dayText = new Map<number, string>();
  const text = (day: number): string => {
    let t = dayText.get(day);
    if (t === undefined) dayText.set(day, (t = formatDay(day)));
    return t;
  };
  for (const event of events) {
    if (types && !types.has(event.type)) continue;
    const span = eventSpan(event);
    if (from !== undefined && span.last < from) continue;
    if (to !== undefined && span.first > to) continue;
    selected.push({ event, span, firstDay: text(span.first), lastDay: text(span.last) });
  }
  // Chronological, so a CSV or attribute table reads as a timeline; ties keep dataset order.
  return selected.sort((a, b) => a.span.first - b.span.first || a.span.last - b.span.last);
}

function checkReferences(event: TimeEvent, places: Map<string, Place>, sources: Map<string, Source>): void {
  for (const { place } of event.places) {
    if (!places.has(place)) throw new Error(`event ${event.id}: place "${place}" is not in the gazetteer`);
  }
  for (const id of [...event.sources, ...event.claims.map((c) => c.source)]) {
    if (!sources.has(id)) throw new Error(`event ${event.id}: source "${id}" is not in the dataset`);
  }
}

// ---------------------------------------------------------------- places and regions

/** A place's row in the places layer (and in the Linked Places export). */
export function placeProperties(place: Place): PlaceProperties {
  const p = place.properties;
  return {
    id: p.id,
    name: p.name,
    aliases: p.aliases.join(LIST_SEPARATOR),
    kind: p.kind,
    parent: p.parent,
    precision: p.precision,
    mention: p.mention,
    geometry_source: p.geometrySource,
    note: p.note ?? null,
  };
}

function placeFeature<P>(place: Place, properties: P): Feature<Geometry, P> {
  return { type: 'Feature', id: place.properties.id, properties, geometry: place.geometry };
}

function isArea(place: Place): boolean {
  return place.geometry.type === 'Polygon' || place.geometry.type === 'MultiPolygon';
}

function regionFeatures(places: Place[], selected: SelectedEvent[]): Array<Feature<Geometry, RegionProperties>> {
  const counts = new Map<string, number>();
  for (const { event } of selected) {
    for (const id of new Set(event.places.map((p) => p.place))) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return places
    .filter((place) => isArea(place) && counts.has(place.properties.id))
    .map((place) =>
      placeFeature(place, { ...placeProperties(place), event_count: counts.get(place.properties.id) ?? 0 }),
    );
}

// ---------------------------------------------------------------- events

function eventFeature(
  { event, firstDay, lastDay }: SelectedEvent,
  places: Map<string, Place>,
  sources: Map<string, Source>,
  nested: boolean,
): Feature<Geometry, EventProperties> {
  const location = eventLocation(event, places);
  const casualties = event.claims.flatMap((c) => (c.killed ? [c.killed] : []));
  const flat: FlatEventProperties = {
    id: event.id,
    title: event.title,
    summary: event.summary,
    type: event.type,
    start: event.start,
    end: event.end ?? null,
    date_precision: event.datePrecision,
    first_day: firstDay,
    last_day: lastDay,
    edtf: eventEdtf(event),
    place_ids: event.places.map((p) => p.place).join(LIST_SEPARATOR),
    place_names: event.places.map((p) => places.get(p.place)?.properties.name ?? p.place).join(LIST_SEPARATOR),
    location_precision: location.precision,
    actors: event.actors.join(LIST_SEPARATOR),
    source_ids: event.sources.join(LIST_SEPARATOR),
    source_titles: event.sources.map((id) => sources.get(id)?.title ?? id).join(LIST_SEPARATOR),
    background: event.background,
    implied: event.implied,
    killed_min: casualties.length > 0 ? Math.min(...casualties.map((k) => k.min)) : null,
    killed_max:
      casualties.length > 0 && casualties.every((k) => k.max !== null)
        ? Math.max(...casualties.map((k) => k.max as number))
        : null,
    claims_count: event.claims.length,
    contested: isContested(event.claims),
  };
  // The dataset's own event object, not a copy: domain data is never edited, and a 100k-event
  // export would otherwise spend a third of its time cloning (bench/benchmarks/export.ts).
  const properties: EventProperties = nested ? { ...flat, record: event } : flat;
  // A place's own geometry: a district stays a polygon, so an imprecise location is no fake pin.
  return { type: 'Feature', id: event.id, properties, geometry: location.geometry };
}

// ---------------------------------------------------------------- routes

function routeFeatures(
  { event, firstDay, lastDay }: SelectedEvent,
  places: Map<string, Place>,
): Array<Feature<Geometry, RouteProperties>> {
  const froms = event.places.filter((p) => p.role === 'from');
  const tos = event.places.filter((p) => p.role === 'to');
  return froms.flatMap((from) =>
    tos.flatMap((to) => {
      const a = places.get(from.place);
      const b = places.get(to.place);
      if (!a || !b || from.place === to.place) return [];
      // One unbroken line; toRfc7946 splits it exactly at ±180 if it crosses the antimeridian.
      const geometry: Geometry = { type: 'LineString', coordinates: greatCircleRoute(placeAnchor(a), placeAnchor(b)) };
      return [
        {
          type: 'Feature',
          id: `${event.id}--${from.place}--${to.place}`,
          properties: {
            event: event.id,
            type: event.type,
            from: from.place,
            to: to.place,
            start: event.start,
            end: event.end ?? null,
            first_day: firstDay,
            last_day: lastDay,
            edtf: eventEdtf(event),
          },
          geometry,
        },
      ];
    }),
  );
}

// ---------------------------------------------------------------- metadata

function exportMetadata(dataset: Dataset, { from, to, types }: ExportOptions): ExportMetadata {
  const sources = dataset.sources.map((s) => ({
    id: s.id,
    outlet: s.outlet,
    title: s.title,
    author: s.author ?? null,
    published: s.published ?? null,
    url: s.url ?? null,
  }));
  const articles = sources
    .map((s) => `${s.outlet}, "${s.title}"${s.published ? ` (${s.published})` : ''}`)
    .join(LIST_SEPARATOR);
  return {
    dataset: { id: dataset.id, title: dataset.title },
    licence: dataset.licence ?? DEFAULT_LICENCE,
    attribution: `${ATTRIBUTION} · Sources: ${articles}`,
    sources,
    filter: {
      from: from === undefined ? null : formatDay(from),
      to: to === undefined ? null : formatDay(to),
      types: types ? [...types].sort() : null,
    },
  };
}
