/**
 * A layer as KML for Google Earth and friends: one Placemark per feature with a readable name
 * and description; every flat property goes to ExtendedData. @placemarkio/tokml (0.3) writes
 * no TimeSpan/TimeStamp, so the dates travel as ExtendedData (`start`, `end`, `first_day`,
 * `last_day`) rather than as hand-spliced XML.
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
  return toKML(collection);
}
