/**
 * A layer as OGC JSON-FG 1.0 (Features and Geometries JSON): the GeoJSON layer as it is, plus
 * the members JSON-FG adds: `conformsTo`, a `featureType`, and on every feature `time` (a
 * `date` for a day, an `interval` of first and last day for a month, a year or a range, `".."`
 * for an open end) and `place` (null: our geometries are WGS 84, so `geometry` holds them).
 * A GeoJSON reader that knows nothing of JSON-FG reads the file as the GeoJSON layer.
 */
import type { Feature, Geometry } from 'geojson';
import type { ExportedLayers, LayerName } from './layers.ts';

export const JSONFG_CORE = 'http://www.opengis.net/spec/json-fg-1/1.0/conf/core';

/** An open end of an interval, as JSON-FG writes it. */
export const OPEN_END = '..';

export type JsonFgTime = { date: string } | { interval: [string, string] } | null;

/** The feature type of each layer, in the words a reader of the file sees. */
const FEATURE_TYPES: { readonly [K in LayerName]: string } = {
  places: 'Place',
  events: 'Event',
  regions: 'Region',
  routes: 'Route',
};

/**
 * The `time` member for a span of whole days: one day is a `date`, anything longer an
 * `interval`; a missing side is open.
 *
 * @example jsonFgTime('2011-05-01', '2011-05-31') // { interval: ['2011-05-01', '2011-05-31'] }
 */
export function jsonFgTime(firstDay: string | null, lastDay: string | null): JsonFgTime {
  if (firstDay === null && lastDay === null) return null;
  if (firstDay !== null && firstDay === lastDay) return { date: firstDay };
  return { interval: [firstDay ?? OPEN_END, lastDay ?? OPEN_END] };
}

/**
 * @example
 * writeFileSync('events.fg.json', JSON.stringify(exportJsonFg('events', exportLayers(dataset).events)));
 */
export function exportJsonFg<K extends LayerName>(layerName: K, layer: ExportedLayers[K]): object {
  const { type: _type, features, ...rest } = layer;
  return {
    // "type" first: readers that sniff the start of a file for a FeatureCollection find it.
    type: 'FeatureCollection',
    conformsTo: [JSONFG_CORE],
    featureType: FEATURE_TYPES[layerName],
    ...rest,
    features: (features as Array<Feature<Geometry, object>>).map((feature) => {
      const p = feature.properties as { first_day?: unknown; last_day?: unknown };
      const dated = typeof p.first_day === 'string' && typeof p.last_day === 'string';
      return {
        type: 'Feature',
        ...(feature.id === undefined ? {} : { id: feature.id }),
        time: dated ? jsonFgTime(p.first_day as string, p.last_day as string) : null,
        place: null,
        geometry: feature.geometry,
        properties: feature.properties,
      };
    }),
  };
}
