/**
 * The map of a tiled dataset (`?data=…/events.pmtiles`, cut by `npm run tile`): the offline
 * basemap with one circle layer over the archive's vector tiles, read through the `pmtiles`
 * protocol (HTTP range requests to wherever the archive is).
 *
 * Time is paint only: the layer's opacity and radius compare each feature's `first` and `last`
 * day with the global state `day`, and a time step is `setGlobalStateProperty('day', …)`. No
 * filter changes and no tile is fetched again. (MapLibre does re-evaluate a data-driven paint
 * property over the tiles it already holds, in its worker, when the state it reads changes: the
 * benchmark `scale-tiled` measures what that costs a step.)
 */
import { Protocol } from 'pmtiles';
import { addProtocol, AttributionControl, Map as MapLibreMap, NavigationControl, ScaleControl } from './maplibre.ts';
import type { ExpressionSpecification, MapGeoJSONFeature, StyleSpecification } from './maplibre.ts';
import { basemapTransformRequest } from './basemap-tiles.ts';
import { fitCredits } from './compact-credits.ts';
import { EVENT_TYPE_STYLES } from '../core/model/event-style.ts';
import { cssColour } from '../core/model/event-style.ts';
import type { TiledEventProperties } from '../core/tiles/cut-event-tiles.ts';

const SOURCE = 'tiled-events';
const LAYER = 'tiled-events';
/** Events that ended before the day stay on the map, faint, as the in-browser path draws them. */
const PAST_OPACITY = 0.25;

let protocolAdded = false;

/** What the card shows of a picked event: the properties `npm run tile` wrote into its feature. */
export type TiledEventHit = TiledEventProperties;

export interface TiledEventsMap {
  /** The first complete frame. */
  readonly ready: Promise<void>;
  setDay(day: number): void;
  /** Called with the events under a click that have begun by the day, the latest first. */
  onPick(listener: (hits: TiledEventHit[]) => void): () => void;
  /** For tests and the benchmark: the ids of the events drawn now (begun by the day), in view. */
  renderedEventIds(): string[];
  /** For tests: where an event is drawn on screen, if it is. */
  screenPointOf(id: string): { x: number; y: number } | undefined;
  destroy(): void;
}

export interface TiledEventsMapOptions {
  container: HTMLElement;
  style: StyleSpecification;
  /** The archive's absolute address. */
  archiveUrl: string;
  /** The layer inside the tiles (counts.json says). */
  sourceLayer: string;
  /** The deepest zoom of the archive: MapLibre overzooms past it. */
  maxZoom: number;
  bounds: [[number, number], [number, number]];
  day: number;
  reducedMotion: boolean;
}

const DAY: ExpressionSpecification = ['global-state', 'day'];
const BEGUN: ExpressionSpecification = ['<=', ['get', 'first'], DAY];
const ONGOING: ExpressionSpecification = ['>=', ['get', 'last'], DAY];

function colourByType(): ExpressionSpecification {
  const pairs = Object.entries(EVENT_TYPE_STYLES).flatMap(([type, s]) => [type, cssColour(s.colour)]);
  // The spec's tuple type cannot say "any number of label, value pairs".
  return ['match', ['get', 'type'], ...pairs, '#555555'] as unknown as ExpressionSpecification;
}

export function createTiledEventsMap(options: TiledEventsMapOptions): TiledEventsMap {
  if (!protocolAdded) {
    addProtocol('pmtiles', new Protocol().tile);
    protocolAdded = true;
  }
  const map = new MapLibreMap({
    container: options.container,
    style: options.style,
    bounds: options.bounds,
    fitBoundsOptions: { padding: 40 },
    attributionControl: false,
    maxZoom: 14,
    minZoom: 1,
    fadeDuration: options.reducedMotion ? 0 : 300,
    transformRequest: basemapTransformRequest,
  });
  map.addControl(new AttributionControl({ compact: true }), 'bottom-right');
  fitCredits(map);
  map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');

  let day = options.day;
  const ready = new Promise<void>((resolve) => {
    map.once('style.load', () => {
      map.setGlobalStateProperty('day', day);
      map.addSource(SOURCE, { type: 'vector', url: `pmtiles://${options.archiveUrl}`, maxzoom: options.maxZoom });
      map.addLayer({
        id: LAYER,
        type: 'circle',
        source: SOURCE,
        'source-layer': options.sourceLayer,
        paint: {
          'circle-color': colourByType(),
          'circle-opacity': ['case', ['!', BEGUN], 0, ONGOING, 0.9, PAST_OPACITY],
          'circle-stroke-opacity': ['case', ['all', BEGUN, ONGOING], 0.9, 0],
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 1,
          'circle-radius': ['case', ['!', BEGUN], 0, ONGOING, 5, 3],
        },
      });
      map.once('idle', () => resolve());
    });
  });

  const begun = (f: MapGeoJSONFeature) => Number(f.properties.first) <= day;
  const hitOf = (f: MapGeoJSONFeature): TiledEventHit => {
    const p = f.properties;
    return {
      id: String(p.id),
      title: String(p.title),
      type: String(p.type),
      first: Number(p.first),
      last: Number(p.last),
      datePrecision: String(p.datePrecision),
      place: String(p.place),
      precision: String(p.precision),
    };
  };
  const drawn = () => (map.getLayer(LAYER) ? map.queryRenderedFeatures({ layers: [LAYER] }).filter(begun) : []);

  return {
    ready,
    setDay(next) {
      day = next;
      if (!map.getLayer(LAYER)) return;
      map.setGlobalStateProperty('day', next);
      // For the benchmark: when the map has drawn this day (its worker re-evaluated the tiles).
      map.once('idle', () => {
        options.container.dataset.drawnDay = String(next);
        options.container.dataset.drawnAt = String(performance.now());
      });
    },
    onPick(listener) {
      const handler = (e: { point: { x: number; y: number } }) => {
        const box: [[number, number], [number, number]] = [
          [e.point.x - 4, e.point.y - 4],
          [e.point.x + 4, e.point.y + 4],
        ];
        const hits = map.getLayer(LAYER) ? map.queryRenderedFeatures(box, { layers: [LAYER] }).filter(begun) : [];
        listener(hits.map(hitOf).sort((a, b) => b.first - a.first));
      };
      map.on('click', handler);
      return () => map.off('click', handler);
    },
    renderedEventIds: () => [...new Set(drawn().map((f) => String(f.properties.id)))],
    screenPointOf(id) {
      const f = drawn().find((g) => String(g.properties.id) === id);
      if (!f || f.geometry.type !== 'Point') return undefined;
      const [lon, lat] = f.geometry.coordinates as [number, number];
      const p = map.project([lon, lat]);
      return { x: p.x, y: p.y };
    },
    destroy: () => map.remove(),
  };
}
