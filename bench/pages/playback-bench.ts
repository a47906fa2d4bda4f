/**
 * Browser side of the playback benchmark (`npm run bench`): the same synthetic events drawn
 * three ways on the same map, and the cost of one time step measured for each:
 *
 * - `gpu`: our way, the EventPointsLayer with time as a shader uniform (src/map/event-points-layer.ts);
 * - `global-state`: a circle layer whose opacity reads MapLibre's `global-state` time;
 * - `setData`: the naive baseline, a circle layer re-fed with the visible events on every step.
 *
 * A step's latency runs from the time change to the map's next `idle` (the change is on screen
 * and nothing is pending). After each step the same frame is drawn again with no change: the
 * repaint, the floor any approach pays to show those events. `bare` is a map with no events at all.
 */
import { Map as MapLibreMap } from '../../src/map/maplibre.ts';
import type { GeoJSONSource, StyleSpecification } from '../../src/map/maplibre.ts';
import { EventPointsLayer, type EventPoint } from '../../src/map/event-points-layer.ts';
import { shaderStyles } from '../../src/map/event-style.ts';
import { visibilityForTime, type TimeWindow } from '../../src/core/dataset/select-events.ts';

const YEAR_START = 14975; // 2011-01-01
const YEAR_DAYS = 365;
const WINDOW: TimeWindow = { mode: 'window', days: 30 };
const CIRCLE_RADIUS = 5;
const STYLE: StyleSpecification = {
  version: 8,
  sources: {},
  layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#eef1f4' } }],
};

export type Method = 'bare' | 'gpu' | 'global-state' | 'setData';

export interface BenchResult {
  method: Method;
  count: number;
  /** A time step, from the change to the map idle again. */
  p50: number;
  p95: number;
  /** The same frame drawn again with nothing changed. */
  repaintP50: number;
  repaintP95: number;
  fps: number;
}

/** A seeded generator, so every run and every method sees the same events. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function syntheticEvents(count: number): EventPoint[] {
  const rnd = random(2011);
  return Array.from({ length: count }, () => {
    const first = YEAR_START + Math.floor(rnd() * YEAR_DAYS);
    const length = rnd() < 0.8 ? 0 : Math.floor(rnd() * 30);
    return {
      lon: 61 + rnd() * 16,
      lat: 24 + rnd() * 13,
      first,
      last: first + length,
      styleIndex: Math.floor(rnd() * 15),
    };
  });
}

function toFeatures(points: EventPoint[]) {
  return points.map((p, i) => ({
    type: 'Feature' as const,
    id: i,
    properties: { first: p.first, last: p.last, style: p.styleIndex },
    geometry: { type: 'Point' as const, coordinates: [p.lon, p.lat] },
  }));
}

let map: MapLibreMap | undefined;

async function freshMap(): Promise<MapLibreMap> {
  map?.remove();
  const container = document.getElementById('map')!;
  const m = new MapLibreMap({ container, style: STYLE, center: [69, 30.5], zoom: 4.6, fadeDuration: 0 });
  await new Promise<void>((resolve) => m.once('load', () => resolve()));
  map = m;
  return m;
}

/** The next `idle`: a repaint is requested, so it comes even if the map is idle already. */
function idle(m: MapLibreMap): Promise<void> {
  const done = new Promise<void>((resolve) => m.once('idle', () => resolve()));
  m.triggerRepaint();
  return done;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** Sets up one method and returns its time-step function. */
async function prepare(method: Method, m: MapLibreMap, points: EventPoint[]): Promise<(t: number) => void> {
  const circle = (paint: Record<string, unknown>) =>
    m.addLayer({
      id: 'events',
      type: 'circle',
      source: 'events',
      paint: { 'circle-radius': 5, 'circle-color': '#d55e00', ...paint } as never,
    });
  switch (method) {
    case 'bare':
      return () => m.triggerRepaint();
    case 'gpu': {
      const layer = new EventPointsLayer('events', shaderStyles());
      m.addLayer(layer);
      layer.setPoints(points);
      // The same 10 px symbols as the circle layers below: equal fill work per event.
      layer.setSize(CIRCLE_RADIUS * 2);
      return (t) =>
        layer.setTime({ time: t, windowDays: WINDOW.mode === 'window' ? WINDOW.days : Infinity, fadeDays: 30 });
    }
    case 'global-state': {
      m.addSource('events', { type: 'geojson', data: { type: 'FeatureCollection', features: toFeatures(points) } });
      const time = ['global-state', 'time'];
      const age = ['max', 0, ['-', time, ['+', ['get', 'last'], 1]]];
      circle({
        'circle-opacity': [
          'case',
          ['all', ['<=', ['get', 'first'], time], ['<', age, 30]],
          ['-', 1, ['/', age, 30]],
          0,
        ],
      });
      m.setGlobalStateProperty('time', YEAR_START);
      return (t) => m.setGlobalStateProperty('time', t);
    }
    case 'setData': {
      m.addSource('events', { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
      circle({});
      const features = toFeatures(points);
      const source = m.getSource('events') as GeoJSONSource;
      return (t) =>
        source.setData({
          type: 'FeatureCollection',
          features: features.filter((f) => visibilityForTime(f.properties.first, f.properties.last, t, WINDOW).visible),
        });
    }
  }
}

/**
 * Scrub latency: `steps` jumps to spread-out times, each timed to the next idle frame. After each
 * jump the same frame is drawn again with nothing changed, and timed too: what showing those
 * events costs any method, so the step minus that repaint is what the time change itself added.
 */
async function scrub(
  m: MapLibreMap,
  step: (t: number) => void,
  steps: number,
): Promise<{ step: number; repaint: number }[]> {
  const rnd = random(7);
  const times: { step: number; repaint: number }[] = [];
  for (let i = 0; i < steps; i++) {
    const t = YEAR_START + rnd() * YEAR_DAYS;
    const start = performance.now();
    step(t);
    await idle(m);
    const stepped = performance.now();
    await idle(m);
    times.push({ step: stepped - start, repaint: performance.now() - stepped });
  }
  return times;
}

/** Playback: advance time a day a frame for `ms` and count the frames actually drawn. */
async function playback(m: MapLibreMap, step: (t: number) => void, ms: number): Promise<number> {
  let frames = 0;
  const onRender = () => frames++;
  m.on('render', onRender);
  const start = performance.now();
  let t = YEAR_START;
  await new Promise<void>((resolve) => {
    const tick = () => {
      if (performance.now() - start >= ms) return resolve();
      t += 0.5;
      step(t);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  m.off('render', onRender);
  await idle(m);
  return frames / (ms / 1000);
}

async function run(method: Method, count: number, steps: number, playMs: number): Promise<BenchResult> {
  const m = await freshMap();
  const points = syntheticEvents(count);
  const step = await prepare(method, m, points);
  step(YEAR_START);
  await idle(m);
  await scrub(m, step, 3); // warm up shaders and workers
  const samples = await scrub(m, step, steps);
  const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
  const times = sorted(samples.map((x) => x.step));
  const repaints = sorted(samples.map((x) => x.repaint));
  const fps = await playback(m, step, playMs);
  return {
    method,
    count,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    repaintP50: percentile(repaints, 50),
    repaintP95: percentile(repaints, 95),
    fps,
  };
}

declare global {
  interface Window {
    runPlaybackBench: typeof run;
    benchReady: boolean;
  }
}
window.runPlaybackBench = run;
window.benchReady = true;
