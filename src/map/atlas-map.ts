/**
 * The map adapter: the app's only handle on MapLibre. The UI calls a handful of verbs
 * (create, fitTo, on, destroy, …) and never touches the MapLibre object itself, so the map
 * library can be swapped or faked in unit tests.
 */
import { Map as MapLibreMap, AttributionControl, NavigationControl, ScaleControl } from './maplibre.ts';
import type { StyleSpecification, LngLatBoundsLike } from './maplibre.ts';

/** Pakistan and Afghanistan with a margin: the first view of the 2011 dataset. */
export const REGION_BOUNDS: [[number, number], [number, number]] = [
  [60.5, 23.5],
  [77.9, 38.6],
];

export interface AtlasMapOptions {
  container: HTMLElement;
  style: StyleSpecification;
  bounds?: LngLatBoundsLike;
  /** Keeps the style small on a screenshot or print: no animated transitions. */
  reducedMotion?: boolean;
}

export interface AtlasMap {
  /** Resolves once the style and its sources have loaded and the first frame is drawn. */
  readonly ready: Promise<void>;
  fitTo(bounds: LngLatBoundsLike): void;
  destroy(): void;
  /** The underlying map, for the modules in src/map only. */
  readonly map: MapLibreMap;
}

export function createAtlasMap(options: AtlasMapOptions): AtlasMap {
  const map = new MapLibreMap({
    container: options.container,
    style: options.style,
    bounds: options.bounds ?? REGION_BOUNDS,
    attributionControl: false,
    // Tiles and styles come only from the page's origin unless the user opts in to an online style.
    maxZoom: 12,
    minZoom: 1,
    fadeDuration: options.reducedMotion ? 0 : 300,
  });
  map.addControl(new AttributionControl({ compact: true }), 'bottom-right');
  map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');

  // 'load' fires when the style is parsed; the first 'idle' after it is the first complete frame.
  const ready = new Promise<void>((resolve) => {
    map.once('load', () => map.once('idle', () => resolve()));
  });

  return {
    ready,
    map,
    fitTo(bounds) {
      map.fitBounds(bounds, { padding: 40, animate: !options.reducedMotion });
    },
    destroy() {
      map.remove();
    },
  };
}
