/**
 * The map adapter: the app's only handle on MapLibre. The UI calls a handful of verbs
 * (setModel, setTime, select, flyTo, fitTo, setLabelFields, on…, destroy) and never touches the MapLibre object, so the
 * map library can be swapped or faked in unit tests.
 */
import {
  Map as MapLibreMap,
  AttributionControl,
  getRTLTextPluginStatus,
  NavigationControl,
  ScaleControl,
} from './maplibre.ts';
import type { LngLatBoundsLike, StyleSpecification, SymbolLayerSpecification } from './maplibre.ts';
import type { FeatureCollection, Geometry, Point } from 'geojson';
import type { MapModel } from '../core/model/map-model.ts';
import type { TimeWindow } from '../core/dataset/select-events.ts';
import type { CameraState } from '../core/view/url-state.ts';
import { EventLayers } from './event-layers.ts';
import { basemapTransformRequest } from './basemap-tiles.ts';
import { fitCredits } from './compact-credits.ts';
import { createMapCapture, type MapCapture } from './capture.ts';

/** What a label layer draws (its layout's `text-field`). */
export type LabelField = NonNullable<NonNullable<SymbolLayerSpecification['layout']>['text-field']>;

/** Pakistan and Afghanistan with a margin: the first view of the 2011 dataset. */
export const REGION_BOUNDS: [[number, number], [number, number]] = [
  [60.5, 23.5],
  [77.9, 38.6],
];

/** How a dataset's own box is framed: a margin, and no closer than a town's surroundings for one place. */
const DATA_FIT = { padding: 60, maxZoom: 8 };

/** How long an online style may take to load before the app falls back to the offline map. */
export const ONLINE_STYLE_TIMEOUT_MS = 15_000;

/** Zoom when the camera follows an event to a town. */
export const FOLLOW_ZOOM = 6;

export interface AtlasMapOptions {
  container: HTMLElement;
  /** The offline style, or the https URL of an online style the user chose. */
  style: StyleSpecification | string;
  /** Called when an online style cannot be loaded (bad URL, network, not a style). */
  onStyleError?: (message: string) => void;
  /** Id of the first basemap label layer: event layers go below the labels. */
  eventsBeforeId?: string;
  camera?: CameraState;
  /**
   * Where the map first looks when it has no camera: the box around a dataset's events (an
   * imported one). Without it, {@link REGION_BOUNDS}, the 2011 dataset's region.
   */
  bounds?: [[number, number], [number, number]];
  /** No animated camera moves (prefers-reduced-motion, print, screenshots). */
  reducedMotion?: boolean;
  /**
   * For a map inside someone else's page (an embed): one finger scrolls the page and two move
   * the map, so the map is no trap for a reader scrolling past it on a phone.
   */
  cooperativeGestures?: boolean;
  /**
   * Controls on the mirrored side, for a page written right to left: zoom at the top left,
   * the credits at the bottom left, the scale bar at the bottom right.
   */
  mirrored?: boolean;
  /** The controls' own words (tooltips, the two-finger hint) in the reader's language, by MapLibre's ids. */
  locale?: Record<string, string>;
}

export interface AtlasMap {
  /** Resolves once the style and its sources have loaded and the first frame is drawn. */
  readonly ready: Promise<void>;
  setModel(model: MapModel): void;
  /** Draws places' areas with other geometry, by place id (the full gazetteer's, zoomed in). */
  setPlaceGeometry(geometries: ReadonlyMap<string, Geometry>): void;
  setTime(time: number, window: TimeWindow): void;
  setMask(mask: Uint8Array): void;
  select(eventIndex: number): void;
  /** Indexes of the events the map shows now. */
  shownEvents(): number[];
  /** Moves the camera to show a point or an area. */
  show(target: { lon: number; lat: number } | LngLatBoundsLike): void;
  /**
   * Frames an area, `padding` CSS pixels in from each edge (default 40); `maxZoom` keeps one
   * place (or a few close together) from filling the map.
   */
  fitTo(bounds: LngLatBoundsLike, options?: { maxZoom?: number; padding?: number }): void;
  /**
   * Names the labels as in 2011 or today and in the reader's language, on the map there is (no new
   * map, no camera move).
   */
  setLabelFields(fields: ReadonlyMap<string, LabelField>): void;
  /** What a label layer draws now (its `text-field`), or undefined without that layer (browser tests). */
  labelField(layerId: string): LabelField | undefined;
  /** `deferred` until a label in Arabic script is drawn, then `loading` and `loaded` (browser tests). */
  rtlTextPluginStatus(): string;
  /**
   * Moves the map into another element (the map view taking over a map started early) and fits it
   * to its new size; `refit` frames the region again. Resolves when the map has drawn at that size.
   */
  moveTo(parent: HTMLElement, options: { refit: boolean }): Promise<void>;
  camera(): CameraState;
  /** Moves the camera to a saved view (a tour step, a shared link). */
  flyTo(camera: CameraState): void;
  /** Points drawn over the events with a label (places found in a pasted article). */
  setOverlay(points: FeatureCollection<Point, { name: string; count?: number }> | null): void;
  /** The map as drawn now, as a PNG data URL (for print and handouts). */
  snapshot(): Promise<string>;
  /** Frames of the map, drawn completely and at a chosen resolution (pictures, videos). */
  readonly capture: MapCapture;
  /** Text of the labels drawn now (what a reader sees; used by the browser tests). */
  renderedLabels(): string[];
  /** Where a longitude and latitude are on the map, in CSS pixels from its top left (browser tests click there). */
  screenPoint(lon: number, lat: number): { x: number; y: number };
  /** Called with the events under a click or tap, nearest first (possibly none). */
  onPick(listener: (eventIndexes: number[]) => void): () => void;
  onMoveEnd(listener: (camera: CameraState) => void): () => void;
  destroy(): void;
}

export function createAtlasMap(options: AtlasMapOptions): AtlasMap {
  const map = new MapLibreMap({
    container: options.container,
    style: options.style,
    ...(options.camera
      ? { center: [options.camera.lon, options.camera.lat], zoom: options.camera.zoom }
      : { bounds: options.bounds ?? REGION_BOUNDS, ...(options.bounds ? { fitBoundsOptions: DATA_FIT } : {}) }),
    attributionControl: false,
    maxZoom: 12,
    minZoom: 1,
    fadeDuration: options.reducedMotion ? 0 : 300,
    cooperativeGestures: options.cooperativeGestures ?? false,
    transformRequest: basemapTransformRequest,
    ...(options.locale ? { locale: options.locale } : {}),
  });
  const side = options.mirrored
    ? ({ start: 'right', end: 'left' } as const)
    : ({ start: 'left', end: 'right' } as const);
  // The credits behind an ⓘ button, open on a large map and closed on a small one (embeds,
  // phones), where the full line would cover the bottom of the map.
  map.addControl(new AttributionControl({ compact: true }), `bottom-${side.end}`);
  fitCredits(map);
  map.addControl(new ScaleControl({ unit: 'metric' }), `bottom-${side.start}`);
  map.addControl(new NavigationControl({ showCompass: false }), `top-${side.end}`);

  let layers: EventLayers | undefined;
  const pending: ((l: EventLayers) => void)[] = [];
  const withLayers = (action: (l: EventLayers) => void) => (layers ? action(layers) : pending.push(action));

  // An online style that fails never fires 'load': report the first error, or silence after a while.
  if (typeof options.style === 'string') {
    let reported = false;
    const report = (message: string) => {
      if (reported || map.loaded()) return;
      reported = true;
      options.onStyleError?.(message);
    };
    map.on('error', (e) => report(e.error?.message ?? 'unknown error'));
    setTimeout(() => report(`no answer within ${ONLINE_STYLE_TIMEOUT_MS / 1000} s`), ONLINE_STYLE_TIMEOUT_MS);
  }

  // 'style.load' fires as soon as the style is parsed, before its sources have loaded: the event
  // layers are added then, so their data is cut into tiles alongside the basemap's rather than
  // after it ('load' waits for every basemap tile). The first 'idle' after that is the first
  // complete frame.
  const ready = new Promise<void>((resolve) => {
    map.once('style.load', () => {
      const beforeId =
        options.eventsBeforeId && map.getLayer(options.eventsBeforeId) ? options.eventsBeforeId : undefined;
      layers = new EventLayers(map, beforeId);
      for (const action of pending.splice(0)) action(layers);
      map.once('idle', () => resolve());
    });
  });

  const animate = !options.reducedMotion;

  return {
    ready,
    setModel: (model) => withLayers((l) => l.setModel(model)),
    setPlaceGeometry: (geometries) => withLayers((l) => l.setPlaceGeometry(geometries)),
    setTime: (time, window) => withLayers((l) => l.setTime(time, window)),
    setMask: (mask) => withLayers((l) => l.setMask(mask)),
    select: (eventIndex) => withLayers((l) => l.setSelected(eventIndex)),
    shownEvents: () => layers?.shownEvents() ?? [],
    show(target) {
      if ('lon' in target) {
        map.easeTo({ center: [target.lon, target.lat], zoom: Math.max(map.getZoom(), FOLLOW_ZOOM), animate });
      } else {
        map.fitBounds(target, { padding: 60, maxZoom: 8, animate });
      }
    },
    flyTo(camera) {
      map.easeTo({ center: [camera.lon, camera.lat], zoom: camera.zoom, animate });
    },
    setOverlay(points) {
      withLayers(() => setOverlay(map, points));
    },
    capture: createMapCapture(map),
    snapshot() {
      // Without preserveDrawingBuffer the canvas is only readable inside the frame that drew it.
      return new Promise((resolve) => {
        map.once('render', () => resolve(map.getCanvas().toDataURL('image/png')));
        map.triggerRepaint();
      });
    },
    rtlTextPluginStatus: () => getRTLTextPluginStatus(),
    labelField(layerId) {
      return map.getLayer(layerId) ? (map.getLayoutProperty(layerId, 'text-field') as LabelField) : undefined;
    },
    renderedLabels() {
      const symbolLayers = map
        .getStyle()
        .layers.filter((l) => l.type === 'symbol')
        .map((l) => l.id);
      return map
        .queryRenderedFeatures({ layers: symbolLayers })
        .map((f) => String(f.properties?.name ?? f.properties?.name_2011 ?? ''))
        .filter((name) => name !== '');
    },
    screenPoint(lon, lat) {
      const { x, y } = map.project([lon, lat]);
      return { x, y };
    },
    fitTo(bounds, fit = {}) {
      map.fitBounds(bounds, {
        padding: fit.padding ?? 40,
        animate,
        ...(fit.maxZoom === undefined ? {} : { maxZoom: fit.maxZoom }),
      });
    },
    setLabelFields(fields) {
      withLayers(() => {
        for (const [layerId, field] of fields) {
          // An online style has none of the offline basemap's layers: nothing to rename there.
          if (map.getLayer(layerId)) map.setLayoutProperty(layerId, 'text-field', field);
        }
      });
    },
    moveTo(parent, { refit }) {
      parent.append(options.container);
      const drawn = new Promise<void>((resolve) => map.once('idle', () => resolve()));
      map.resize();
      // jumpTo, not fitBounds: its 'moveend' fires now, before anyone listens, so framing the
      // map is not mistaken for the reader moving it (which would put cam= in the address).
      const framed = refit
        ? map.cameraForBounds(options.bounds ?? REGION_BOUNDS, options.bounds ? DATA_FIT : undefined)
        : undefined;
      if (framed) map.jumpTo(framed);
      map.triggerRepaint();
      return drawn;
    },
    camera() {
      const c = map.getCenter();
      return { lon: c.lng, lat: c.lat, zoom: map.getZoom() };
    },
    onPick(listener) {
      const handler = (e: { point: { x: number; y: number } }) => listener(layers ? layers.pick(e.point) : []);
      map.on('click', handler);
      return () => map.off('click', handler);
    },
    onMoveEnd(listener) {
      // A resize (the page laid out again, the map moved into place) fires 'moveend' too, but
      // leaves centre and zoom alone: that is not the camera moving. Compared rather than flagged
      // on 'resize': MapLibre does not always follow a 'resize' with a 'moveend', and a flag left
      // set swallowed the reader's next move.
      let last = this.camera();
      const handler = () => {
        const now = this.camera();
        if (now.lon === last.lon && now.lat === last.lat && now.zoom === last.zoom) return;
        last = now;
        listener(now);
      };
      map.on('moveend', handler);
      return () => map.off('moveend', handler);
    },
    destroy() {
      map.remove();
    },
  };
}

const OVERLAY = 'overlay-places';

function setOverlay(map: MapLibreMap, points: FeatureCollection<Point, { name: string; count?: number }> | null): void {
  const data = points ?? { type: 'FeatureCollection', features: [] };
  const source = map.getSource(OVERLAY) as unknown as { setData(d: unknown): void } | undefined;
  if (source) {
    source.setData(data);
    return;
  }
  // No overlay yet: no source and layers either. Added to the first view, they changed the style
  // while it was loading (another source for the worker, two layers) for nothing drawn.
  if (!points) return;
  map.addSource(OVERLAY, { type: 'geojson', data });
  map.addLayer({
    id: `${OVERLAY}-circle`,
    type: 'circle',
    source: OVERLAY,
    paint: {
      'circle-radius': 7,
      'circle-color': '#ffffff',
      'circle-stroke-color': '#1d2433',
      'circle-stroke-width': 3,
    },
  });
  map.addLayer({
    id: `${OVERLAY}-label`,
    type: 'symbol',
    source: OVERLAY,
    layout: {
      'text-field': ['get', 'name'],
      'text-font': ['Noto Sans Regular'],
      'text-size': 13,
      'text-offset': [0, 1.2],
      'text-anchor': 'top',
    },
    paint: { 'text-color': '#1d2433', 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
  });
}
