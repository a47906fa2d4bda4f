/**
 * What pictures, videos and tour steps take from the map (its camera, its credits) and frames: the map drawn completely (every tile loaded, every
 * fade and camera move done), at a chosen resolution, read in the same frame that drew it.
 *
 * Why read inside the 'idle' handler: without `preserveDrawingBuffer` (which slows every frame of
 * the live map) a WebGL canvas is only readable in the task that drew it. MapLibre fires 'idle'
 * synchronously at the end of the render that finished everything, so the handler sees the
 * completed frame. Waiting for 'idle' before each video frame is what makes a slow laptop give the
 * same video as a fast one.
 */
import type { Map as MapLibreMap } from './maplibre.ts';

/** A frame that has not finished drawing by then is reported, not recorded half-drawn. */
export const IDLE_TIMEOUT_MS = 20_000;

export interface MapCapture {
  /** The map's size on screen in CSS pixels. */
  size(): { width: number; height: number };
  /**
   * Draw the map at `ratio` device pixels per CSS pixel until {@link MapCapture.restore}, e.g. 3
   * for a print-quality still of a 1000-pixel-wide map. MapLibre caps the canvas at 4096 pixels a
   * side; the canvas handed to `drawWhenIdle` has the size actually drawn.
   */
  setScale(ratio: number): void;
  /** The map's credits as one line of text, as its ⓘ shows them (every copy must carry them). */
  credits(): string;
  /** Where the camera is now (a tour step keeps it). */
  camera(): { lon: number; lat: number; zoom: number };
  /** Back to the screen's own resolution. */
  restore(): void;
  /**
   * Waits until the map has drawn everything, then calls `draw` with its canvas, in that frame.
   * Rejects when the map is still busy after {@link IDLE_TIMEOUT_MS} or `signal` aborts.
   */
  drawWhenIdle<T>(draw: (canvas: HTMLCanvasElement) => T, signal?: AbortSignal): Promise<T>;
}

/** The part of the MapLibre map this uses, so unit tests can hand in a fake. */
export type CaptureMap = Pick<
  MapLibreMap,
  | 'getCanvas'
  | 'getContainer'
  | 'getCenter'
  | 'getZoom'
  | 'getPixelRatio'
  | 'setPixelRatio'
  | 'once'
  | 'off'
  | 'triggerRepaint'
>;

export function createMapCapture(map: CaptureMap): MapCapture {
  let saved: number | undefined;
  return {
    size() {
      const c = map.getContainer();
      return { width: c.clientWidth, height: c.clientHeight };
    },
    setScale(ratio) {
      if (!Number.isFinite(ratio) || ratio <= 0) throw new RangeError(`a map scale must be above 0, got ${ratio}`);
      saved ??= map.getPixelRatio();
      map.setPixelRatio(ratio);
    },
    camera() {
      const c = map.getCenter();
      return { lon: c.lng, lat: c.lat, zoom: map.getZoom() };
    },
    credits() {
      const inner = map.getContainer().querySelector('.maplibregl-ctrl-attrib-inner');
      return (inner?.textContent ?? '').replace(/\s+/g, ' ').trim();
    },
    restore() {
      if (saved === undefined) return;
      map.setPixelRatio(saved);
      saved = undefined;
    },
    drawWhenIdle(draw, signal) {
      return new Promise((resolve, reject) => {
        if (signal?.aborted) {
          reject(signal.reason);
          return;
        }
        const onIdle = () => {
          finish();
          try {
            resolve(draw(map.getCanvas()));
          } catch (e) {
            reject(e);
          }
        };
        const onAbort = () => {
          finish();
          reject(signal?.reason);
        };
        const timer = setTimeout(() => {
          finish();
          reject(new Error(`the map did not finish drawing within ${IDLE_TIMEOUT_MS / 1000} s`));
        }, IDLE_TIMEOUT_MS);
        const finish = () => {
          clearTimeout(timer);
          map.off('idle', onIdle);
          signal?.removeEventListener('abort', onAbort);
        };
        signal?.addEventListener('abort', onAbort);
        map.once('idle', onIdle);
        // A map with nothing left to do draws no frame and fires no 'idle': ask for one.
        map.triggerRepaint();
      });
    },
  };
}
