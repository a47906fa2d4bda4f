/**
 * Benchmark of the GeoJSON export: 100k synthetic events through `exportLayers` and
 * `JSON.stringify`, timed beside a plain `JSON.stringify` of the same features in the same run,
 * so the number says what building, flattening and normalising cost on top of serialising,
 * whatever the machine. `bench/run.ts` prints the lines; run alone with
 * `npx tsx bench/benchmarks/export.ts`.
 */
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { exportLayers, LAYER_NAMES } from '../../src/core/export/layers.ts';
import { syntheticDataset } from '../../tests/support/synthetic-dataset.ts';

/** Large enough that per-call overhead vanishes; the real dataset has a few dozen events. */
export const BENCH_EVENTS = 100_000;
/** Timed runs after one warm-up; the median resists a stray GC pause. */
export const BENCH_RUNS = 5;
const BYTES_PER_MB = 1_000_000;

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
  const dataset = syntheticDataset(BENCH_EVENTS);
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
