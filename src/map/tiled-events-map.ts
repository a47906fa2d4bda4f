/**
 * The map of a tiled dataset (`?data=…/events.pmtiles`, cut by `npm run tile`): the offline
 * basemap with the archive's events over it, read through the `pmtiles` protocol (HTTP range
 * requests to wherever the archive is).
 *
 * A time step is a shader uniform and a repaint, nothing else. MapLibre still loads and unloads
 * the archive's tiles as the view moves (a vector source with one layer that draws nothing), and
 * the events of the tiles it holds are drawn by the GPU points layer the in-browser path uses
 * (src/map/event-points-layer.ts), rebuilt only when the set of loaded tiles changes. Not a
 * `global-state` in the circle layer's paint: a data-driven paint property that reads the global
 * state makes MapLibre reload every tile of the source when it changes (Style#_updatePaintProperty
 * → _updateLayer → "reload"), which cost each step two tile reloads in the worker and two or
 * three full map frames (issue #17, measured with software WebGL).
 */
import { Protocol } from 'pmtiles';
import { addProtocol, AttributionControl, Map as MapLibreMap, NavigationControl, ScaleControl } from './maplibre.ts';
import type { MapSourceDataEvent, StyleSpecification } from './maplibre.ts';
import { basemapTransformRequest } from './basemap-tiles.ts';
import { fitCredits } from './compact-credits.ts';
import { shaderStyles } from './event-style.ts';
import { EventPointsLayer } from './event-points-layer.ts';
import { PICK_RADIUS } from './event-layers.ts';
import { pickTileEvents, sameEvents, tileEventPoints, type TileEventPoint } from './tile-event-points.ts';
import { CUMULATIVE_FADE_DAYS } from '../core/dataset/select-events.ts';
import type { TiledEventProperties } from '../core/tiles/cut-event-tiles.ts';

const SOURCE = 'tiled-events';
/** The layer that makes MapLibre load the source's tiles for the view: its filter keeps nothing. */
const LOADER_LAYER = 'tiled-events-loader';
const POINTS_LAYER = 'tiled-event-points';
/** The colour of an event whose type the app has no style for, as the in-browser layers' fallback. */
const OTHER_TYPE_COLOUR: [number, number, number] = [85, 85, 85];
/** Tiles arrive one by one: their events are read at most this often while they load. */
const READ_TILES_MS = 100;

let protocolAdded = false;

/** What the card shows of a picked event: the properties `npm run tile` wrote into its feature. */
export type TiledEventHit = TiledEventProperties;

export interface TiledEventsMap {
  /** The first complete frame, with the events of the first tiles drawn. */
  readonly ready: Promise<void>;
  setDay(day: number): void;
  /** Called with the events under a click that have begun by the day, the latest first. */
  onPick(listener: (hits: TiledEventHit[]) => void): () => void;
  /** For tests and the benchmark: the ids of the events drawn now (begun by the day), in view. */
  renderedEventIds(): string[];
  /** For tests: where an event is drawn on screen, if it is. */
  screenPointOf(id: string): { x: number; y: number } | undefined;
  /** For tests: how many times a tile of the archive has been loaded or reloaded so far. */
  tileLoads(): number;
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

const hitOf = ({ id, title, type, first, last, datePrecision, place, precision }: TileEventPoint): TiledEventHit => ({
  id,
  title,
  type,
  first,
  last,
  datePrecision,
  place,
  precision,
});

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

  const layer = new EventPointsLayer(POINTS_LAYER, [...shaderStyles(), { colour: OTHER_TYPE_COLOUR, shape: 0 }]);
  let day = options.day;
  let points: TileEventPoint[] = [];
  let loads = 0;
  /** The tiles held changed since their events were last read. */
  let tilesChanged = false;
  let readTimer: ReturnType<typeof setTimeout> | undefined;
  /** Whether the events of any tile have been read yet (the first frame waits for them). */
  let read = false;
  const setTime = () => layer.setTime({ time: day, windowDays: Infinity, fadeDays: CUMULATIVE_FADE_DAYS });
  setTime();

  const readTiles = () => {
    clearTimeout(readTimer);
    readTimer = undefined;
    tilesChanged = false;
    read = true;
    const next = tileEventPoints(map.querySourceFeatures(SOURCE, { sourceLayer: options.sourceLayer }));
    if (sameEvents(points, next)) return;
    points = next;
    layer.setPoints(points);
  };
  const tilesMayHaveChanged = () => {
    tilesChanged = true;
    readTimer ??= setTimeout(readTiles, READ_TILES_MS);
  };

  const ready = new Promise<void>((resolve) => {
    map.once('style.load', () => {
      map.addSource(SOURCE, { type: 'vector', url: `pmtiles://${options.archiveUrl}`, maxzoom: options.maxZoom });
      map.addLayer({
        id: LOADER_LAYER,
        type: 'circle',
        source: SOURCE,
        'source-layer': options.sourceLayer,
        filter: false,
      });
      map.addLayer(layer);
      map.on('sourcedata', (e: MapSourceDataEvent) => {
        if (e.sourceId !== SOURCE || !e.tile) return;
        loads += 1;
        tilesMayHaveChanged();
      });
      // Moving the view also drops tiles, which fires nothing of its own.
      map.on('moveend', tilesMayHaveChanged);
      map.on('idle', () => {
        if (tilesChanged) {
          readTiles();
          // The points just set are drawn in the next frame, which ends in another idle.
          map.triggerRepaint();
        } else if (read) resolve();
      });
    });
  });

  const begunInView = () => {
    const { clientWidth: width, clientHeight: height } = map.getContainer();
    return points.flatMap((p) => {
      if (p.first > day) return [];
      const s = map.project([p.lon, p.lat]);
      return s.x >= 0 && s.y >= 0 && s.x <= width && s.y <= height ? [{ p, s }] : [];
    });
  };

  return {
    ready,
    setDay(next) {
      day = next;
      setTime();
      // For the benchmark: when the map has drawn this day.
      map.once('idle', () => {
        options.container.dataset.drawnDay = String(next);
        options.container.dataset.drawnAt = String(performance.now());
      });
    },
    onPick(listener) {
      const handler = (e: { point: { x: number; y: number } }) => {
        const at = { x: e.point.x, y: e.point.y };
        const projection = {
          project: (lonLat: [number, number]) => map.project(lonLat),
          unproject: (point: [number, number]) => map.unproject(point),
        };
        listener(pickTileEvents(points, day, at, PICK_RADIUS, projection).map(hitOf));
      };
      map.on('click', handler);
      return () => map.off('click', handler);
    },
    renderedEventIds: () => begunInView().map(({ p }) => p.id),
    screenPointOf(id) {
      const hit = begunInView().find(({ p }) => p.id === id);
      return hit ? { x: hit.s.x, y: hit.s.y } : undefined;
    },
    tileLoads: () => loads,
    destroy: () => {
      clearTimeout(readTimer);
      map.remove();
    },
  };
}
