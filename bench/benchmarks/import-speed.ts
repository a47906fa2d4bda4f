/**
 * The import worker's own work, in Node (issue #17): `importFile`, the function
 * src/core/import/import.worker.ts runs, over the scale benchmark's generated CSV, timed whole and
 * in its two halves (papaparse alone, then everything after it), in rows per second. The browser's
 * figure (`npm run bench -- scale`) adds reading the file, the copy to the main thread and loading
 * the dataset there; this one is the part the worker spends per row.
 *
 *   npm run bench -- import-speed                 (100,000 and 1,000,000 rows)
 *   BENCH_IMPORT_SIZES=200000 npx tsx bench/benchmarks/import-speed.ts
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx bench/benchmarks/import-speed.ts 200000
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import Papa from 'papaparse';
import { generatedCsv } from '../../tests/support/generated-csv.ts';
import { importContext } from '../../tests/support/import-context.ts';
import { importFile } from '../../src/core/import/file.ts';

const SIZES = (process.argv[2] ?? process.env.BENCH_IMPORT_SIZES ?? '100000,1000000').split(',').map(Number);

const rate = (rows: number, ms: number) => `${Math.round((rows / ms) * 1000).toLocaleString('en-GB')} rows/s`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function run(rows: number): string[] {
  const bytes = new TextEncoder().encode(generatedCsv(rows));
  const text = new TextDecoder().decode(bytes);
  const p0 = performance.now();
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false });
  const parseMs = performance.now() - p0;
  if (parsed.data.length < rows) throw new Error(`papaparse read ${parsed.data.length} rows of ${rows}`);

  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const result = importFile({ name: `events-${rows}.csv`, bytes }, importContext);
  const importMs = performance.now() - t0;
  // CPU time beside the wall clock: on a shared machine the wall clock also counts other work.
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  if (!result.ok) throw new Error(`the generated CSV should load: ${result.message}`);
  if (result.dataset.events.length !== rows) {
    throw new Error(`loaded ${result.dataset.events.length} of ${rows} rows`);
  }
  const label = `${rows.toLocaleString('en-GB')} rows`.padEnd(16);
  return [
    `${label} importFile ${seconds(importMs).padStart(7)}  ${rate(rows, importMs).padStart(15)}` +
      `   (CPU ${seconds(cpuMs)}; papaparse alone ${seconds(parseMs)}, the rest ${seconds(importMs - parseMs)}: ${rate(rows, importMs - parseMs)})`,
  ];
}

export function benchImportSpeed(): Promise<string[]> {
  const lines = [`importFile on the scale benchmark's generated CSV, in Node (${SIZES.join(', ')} rows)`];
  for (const rows of SIZES) lines.push(...run(rows));
  return Promise.resolve(lines);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  for (const line of await benchImportSpeed()) console.log(line);
}
