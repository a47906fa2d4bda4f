/**
 * Benchmark of the GeoJSON export: 100k synthetic events through `exportLayers` and
 * `JSON.stringify`, timed beside a plain `JSON.stringify` of the same features in the same run,
 * so the number says what building, flattening and normalising cost on top of serialising,
 * whatever the machine. `src/cli/bench.ts` prints the lines; run alone with
 * `npx tsx src/cli/bench-export.ts`.
 */
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { formatDay, dayFromYmd } from '../core/day.ts';
import { exportLayers, LAYER_NAMES } from '../core/export-layers.ts';
import { EVENT_TYPES, type Dataset, type Place, type TimeEvent } from '../core/schema.ts';

/** Large enough that per-call overhead vanishes; the real dataset has a few dozen events. */
export const BENCH_EVENTS = 100_000;
/** Timed runs after one warm-up; the median resists a stray GC pause. */
export const BENCH_RUNS = 5;
/** Every n-th synthetic event is a call with a from and a to place, so routes are exercised. */
const ROUTE_EVERY = 10;
/** Every n-th synthetic event has two disagreeing casualty claims. */
const CLAIMS_EVERY = 3;
const DAYS_IN_SPREAD = 365;
const BYTES_PER_MB = 1_000_000;

function point(id: string, name: string, lon: number, lat: number): Place {
  return {
    type: 'Feature',
    properties: {
      id,
      name,
      aliases: [],
      kind: 'city',
      parent: null,
      precision: 'settlement',
      geometrySource: 'synthetic',
      mention: 'named',
    },
    geometry: { type: 'Point', coordinates: [lon, lat] },
  };
}

/** A dataset shaped like the real one (points, a district polygon, calls, claims), only bigger. */
export function syntheticDataset(count = BENCH_EVENTS): Dataset {
  const district: Place = {
    type: 'Feature',
    properties: {
      id: 'district',
      name: 'District',
      aliases: ['Area'],
      kind: 'district',
      parent: null,
      precision: 'district',
      geometrySource: 'synthetic',
      mention: 'named',
    },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [69.5, 32.6],
          [70.4, 32.6],
          [70.4, 33.3],
          [69.5, 33.3],
          [69.5, 32.6],
        ],
      ],
    },
  };
  const places = [
    point('capital', 'Capital', 73.0479, 33.6844),
    point('faraway', 'Faraway', -77.036871, 38.907192),
    district,
  ];
  const firstDay = dayFromYmd(2011, 1, 1);
  const events: TimeEvent[] = [];
  for (let i = 0; i < count; i++) {
    const call = i % ROUTE_EVERY === 0;
    const claimed = i % CLAIMS_EVERY === 0;
    events.push({
      id: `event-${i}`,
      title: `Synthetic event number ${i}`,
      summary: `A synthetic summary for event ${i}, with a comma and "quotes" to escape.`,
      start: formatDay(firstDay + (i % DAYS_IN_SPREAD)),
      datePrecision: 'day',
      dateNote: 'synthetic',
      type: call ? 'phone-call' : (EVENT_TYPES[i % EVENT_TYPES.length] ?? 'report'),
      places: call
        ? [
            { place: 'capital', role: 'from' },
            { place: 'faraway', role: 'to' },
          ]
        : [{ place: i % 2 === 0 ? 'capital' : 'district', role: 'where' }],
      actors: ['Actor A', 'Actor B'],
      sources: ['source-a', 'source-b'],
      claims: claimed
        ? [
            {
              source: 'source-a',
              aspect: 'casualties',
              statement: 'Ten died.',
              killed: { min: 10, max: 10, who: 'people' },
            },
            {
              source: 'source-b',
              aspect: 'casualties',
              statement: 'At least eight died.',
              killed: { min: 8, max: null, who: 'people' },
            },
          ]
        : [],
      background: false,
      implied: false,
    });
  }
  return {
    id: 'synthetic',
    title: 'Synthetic benchmark dataset',
    sources: [
      { id: 'source-a', outlet: 'Outlet A', title: 'Article A', published: '2011-12-31' },
      { id: 'source-b', outlet: 'Outlet B', title: 'Article B', published: '2011-12-31' },
    ],
    places: { type: 'FeatureCollection', features: places },
    events,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function timed(run: () => number): { ms: number; bytes: number } {
  run(); // warm-up: JIT and lazy module state out of the measurement
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < BENCH_RUNS; i++) {
    const start = performance.now();
    bytes = run();
    times.push(performance.now() - start);
  }
  return { ms: median(times), bytes };
}

function line(label: string, { ms, bytes }: { ms: number; bytes: number }): string {
  const mb = bytes / BYTES_PER_MB;
  return `${label.padEnd(44)} ${ms.toFixed(0).padStart(6)} ms  ${mb.toFixed(1).padStart(6)} MB  ${(mb / (ms / 1000)).toFixed(1).padStart(6)} MB/s`;
}

/** Lines to print: the export, the plain stringify baseline, and their ratio. */
export async function benchExport(): Promise<string[]> {
  const dataset = syntheticDataset();
  const exportToText = () => {
    const layers = exportLayers(dataset);
    return LAYER_NAMES.reduce((n, name) => n + Buffer.byteLength(JSON.stringify(layers[name])), 0);
  };
  const built = exportLayers(dataset);
  const stringifyOnly = () =>
    LAYER_NAMES.reduce((n, name) => n + Buffer.byteLength(JSON.stringify(built[name].features)), 0);

  const exported = timed(exportToText);
  const baseline = timed(stringifyOnly);
  return [
    `export: ${BENCH_EVENTS.toLocaleString('en')} synthetic events to four GeoJSON layers (median of ${BENCH_RUNS} runs)`,
    line('  exportLayers + JSON.stringify', exported),
    line('  JSON.stringify of the same features', baseline),
    `  export costs ${(exported.ms / baseline.ms).toFixed(1)}× a plain stringify`,
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  for (const text of await benchExport()) console.log(text);
}
