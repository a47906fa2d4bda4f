/**
 * A layer as KML for Google Earth and friends: one Placemark per feature with a readable name
 * and description; every flat property goes to ExtendedData. Events and routes also carry a
 * `<TimeStamp>` (a day) or `<TimeSpan>` (a month, a year, a range), so Google Earth's time
 * slider plays them, and the style of their type as the map draws it (kml-time.ts: tokml 0.3
 * writes neither).
 */
import { toKML } from '@placemarkio/tokml';
import { countOf } from '../text/count.ts';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type {
  EventProperties,
  ExportedLayers,
  LayerName,
  PlaceProperties,
  RegionProperties,
  RouteProperties,
} from './layers.ts';
import { addTimeAndStyle, type KmlExtras } from './kml-time.ts';

interface Label {
  name: string;
  description: string;
}

const LABELS: { [K in LayerName]: (p: LayerProperties<K>) => Label } = {
  places: (p: PlaceProperties) => ({ name: p.name, description: `${p.kind}, located to ${p.precision} precision` }),
  events: (p: EventProperties) => ({ name: p.title, description: p.summary }),
  regions: (p: RegionProperties) => ({
    name: p.name,
    description: countOf(p.event_count, 'event'),
  }),
  routes: (p: RouteProperties) => ({ name: `${p.from} → ${p.to}`, description: `${p.type} ${p.event}, ${p.start}` }),
};

type LayerProperties<K extends LayerName> = ExportedLayers[K]['features'][number]['properties'];

/**
 * @example
 * writeFileSync('events.kml', exportKml('events', exportLayers(dataset).events));
 */
export function exportKml<K extends LayerName>(layerName: K, layer: ExportedLayers[K]): string {
  const label = LABELS[layerName] as (p: LayerProperties<K>) => Label;
  const features = (layer.features as Array<Feature<Geometry, LayerProperties<K>>>).map(
    (feature): Feature<Geometry> => {
      const { name, description } = label(feature.properties);
      // The nested record is for JSON-aware tools; in KML it would be one unreadable string.
      const extended = Object.fromEntries(
        Object.entries(feature.properties)
          .filter(([key]) => key !== 'record' && key !== 'name')
          .map(([key, value]) => [key, value ?? '']),
      );
      return {
        type: 'Feature',
        ...(feature.id === undefined ? {} : { id: feature.id }),
        properties: { name, description, ...extended },
        geometry: feature.geometry,
      };
    },
  );
  const collection: FeatureCollection<Geometry> = { type: 'FeatureCollection', features };
  const extras = layer.features.map((feature) => kmlExtras(feature.properties as unknown as Record<string, unknown>));
  return addTimeAndStyle(toKML(collection), extras);
}

/** The time and type of an event or a route; places and regions have neither. */
function kmlExtras(p: Record<string, unknown>): KmlExtras {
  const dated = typeof p.first_day === 'string' && typeof p.last_day === 'string';
  const type = typeof p.type === 'string' ? (p.type as KmlExtras['type']) : undefined;
  const precision = typeof p.date_precision === 'string' ? p.date_precision : p.end === null ? 'day' : 'range';
  return {
    ...(dated
      ? {
          time: {
            firstDay: p.first_day as string,
            lastDay: p.last_day as string,
            precision: precision as NonNullable<KmlExtras['time']>['precision'],
          },
        }
      : {}),
    ...(type ? { type } : {}),
  };
}
