/**
 * The scale benchmark (issue #17): the BUILT app in headless Chromium imports generated CSVs of
 * 100,000 and 1,000,000 rows through the Import dialog (rows per second, time until the map has
 * drawn, JS heap after a garbage collection), then takes 60 one-day steps with the slider's arrow
 * key: step p50 and p95, beside the same 60 steps on the built-in dataset in the same run. The
 * baseline is today's linear selection (`selectEvents`) over all events, timed in Node beside the
 * day index that replaced it, on the same synthetic events.
 *
 * `BENCH_SCALE_SIZES=100000` runs one size only. The CSVs are made here, in a temporary folder.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import { chromium, type Browser, type Page } from 'playwright-core';
import { BROWSER_ARGS, findBrowser, HOW_TO_GET_A_BROWSER } from '../../tests/support/find-browser.ts';
import { generatedCsv } from '../../tests/support/generated-csv.ts';
import { syntheticDataset } from '../../tests/support/synthetic-dataset.ts';
import { createEventIndex, selectEvents, type TimeWindow } from '../../src/core/dataset/select-events.ts';
import { createDayIndex, createDaySet } from '../../src/core/dataset/day-index.ts';
import { DaySelection } from '../../src/core/dataset/day-selection.ts';
import { DEFAULT_WINDOW } from '../../src/core/view/url-state.ts';

const SIZES = (process.env.BENCH_SCALE_SIZES ?? '100000,1000000').split(',').map(Number);
const STEPS = 60;
/** Issue #17's targets. */
const STEP_FACTOR_TARGET = 2;
const HEAP_TARGET_MB = 600;
/** A 1,000,000-row import may take minutes on a 2-core machine. */
const IMPORT_TIMEOUT_MS = 15 * 60_000;
const MB = 1024 * 1024;
/** The app's default window is cumulative; a 30-day window is the other common view. */
const THIRTY_DAYS: TimeWindow = { mode: 'window', days: 30 };

interface Run {
  label: string;
  rows: number;
  importMs?: number;
  mapMs?: number;
  heapMb: number;
  /** ArrayBuffer backing stores (typed arrays, MapLibre's buffers), which the heap figure leaves out. */
  buffersMb?: number;
  steps: { times: number[]; app: number[] };
  error?: string;
}

const quantile = (xs: number[], q: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * q))] ?? NaN;
};
const ms = (x: number) => `${x.toFixed(1)} ms`;

async function serve(outDir: string): Promise<{ server: PreviewServer; origin: string }> {
  const server = await preview({ logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port: 0 } });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  return { server, origin: `http://127.0.0.1:${address.port}` };
}

/**
 * The JS heap after a garbage collection (the target's measure), and beside it the memory of
 * ArrayBuffers, which V8 keeps outside its heap: typed arrays cost the user memory too, so the
 * figure is printed, though the target is the heap's.
 */
async function memory(page: Page): Promise<{ heapMb: number; buffersMb?: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
  await cdp.detach();
  return {
    heapMb: usage.usedSize / MB,
    ...(usage.backingStorageSize === undefined ? {} : { buffersMb: usage.backingStorageSize / MB }),
  };
}

/**
 * 60 one-day steps with the slider's arrow key, each timed until the next frame has been drawn
 * (`times`), and until the app's own work (state, selection, list, effects) is done (`app`).
 */
async function steps(page: Page): Promise<{ times: number[]; app: number[] }> {
  await page.getByRole('slider', { name: 'Time' }).focus();
  // Start early in the data, so every step lands on a day with events.
  await page.keyboard.press('Home');
  // A string, not a function: tsx's transpiler would add helpers the page does not have.
  return page.evaluate(`(async () => {
    const slider = document.activeElement;
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    await frame();
    const times = [];
    const app = [];
    for (let i = 0; i < ${STEPS}; i++) {
      const t0 = performance.now();
      slider.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
      // Svelte flushes its effects in a microtask: by now the app's own work is done.
      await Promise.resolve();
      await Promise.resolve();
      app.push(performance.now() - t0);
      await frame();
      times.push(performance.now() - t0);
    }
    return { times, app };
  })()`);
}

async function runBuiltIn(browser: Browser, origin: string): Promise<Run> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await page.goto(`${origin}/`);
  await page.waitForSelector('[data-map-ready="true"]', { timeout: 120_000 });
  const run = { label: 'built-in', rows: 0, ...(await memory(page)), steps: await steps(page) };
  await page.context().close();
  return run;
}

async function runImport(browser: Browser, origin: string, dir: string, rows: number): Promise<Run> {
  const path = join(dir, `events-${rows}.csv`);
  writeFileSync(path, generatedCsv(rows));
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  const label = `${rows.toLocaleString('en-GB')} rows`;
  try {
    await page.goto(`${origin}/`);
    await page.waitForSelector('[data-map-ready="true"]', { timeout: 120_000 });
    await page.getByRole('button', { name: 'Import' }).click();
    const t0 = Date.now();
    await page.locator('dialog.import input[type=file]').setInputFiles(path);
    await page.locator('.notices', { hasText: `from events-${rows}.csv` }).waitFor({ timeout: IMPORT_TIMEOUT_MS });
    const importMs = Date.now() - t0;
    await page.waitForSelector('[data-map-ready="true"]', { timeout: IMPORT_TIMEOUT_MS });
    const mapMs = Date.now() - t0;
    return { label, rows, importMs, mapMs, ...(await memory(page)), steps: await steps(page) };
  } catch (err) {
    const heap = await memory(page)
      .then((m) => m.heapMb)
      .catch(() => NaN);
    return {
      label,
      rows,
      heapMb: heap,
      steps: { times: [], app: [] },
      error: err instanceof Error ? err.message.split('\n')[0] : String(err),
    };
  } finally {
    await page
      .context()
      .close()
      .catch(() => undefined);
    rmSync(path, { force: true });
  }
}

/** Today's linear selection against the day index, in Node, over the same days and window. */
function baseline(rows: number): string[] {
  const dataset = syntheticDataset(rows);
  const index = createEventIndex(dataset.events);
  const set = createDaySet(createDayIndex(index.entries), null);
  const events = index.entries.map((e) => e.event);
  const first = index.entries[0]?.first ?? 0;
  const time = (windows: TimeWindow, f: (t: number) => unknown) => {
    const times: number[] = [];
    for (let i = 0; i < STEPS; i++) {
      const t0 = performance.now();
      f(first + 30 + i);
      times.push(performance.now() - t0);
    }
    return `p50 ${ms(quantile(times, 0.5))}, p95 ${ms(quantile(times, 0.95))} (${windows.mode})`;
  };
  const lines = [`  selection only, in Node, ${rows.toLocaleString('en-GB')} events:`];
  for (const window of [DEFAULT_WINDOW, THIRTY_DAYS]) {
    lines.push(
      `    linear selectEvents (today's baseline): ${time(window, (t) => selectEvents(index, { time: t, window }))}`,
    );
    lines.push(
      `    day index (binary search)            : ${time(window, (t) => new DaySelection(set, events, t, window).mostSpecific())}`,
    );
  }
  return lines;
}

export async function benchScale(): Promise<string[]> {
  const lines: string[] = [];
  for (const rows of SIZES) lines.push(...baseline(rows));
  const executablePath = findBrowser();
  if (!executablePath) return [...lines, `scale: browser part skipped. ${HOW_TO_GET_A_BROWSER}`];
  const outDir = '.bench/scale';
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const { server, origin } = await serve(outDir);
  const dir = mkdtempSync(join(tmpdir(), 'time-atlas-scale-'));
  // A renderer holding a million events needs more than V8's default old space.
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [...BROWSER_ARGS, '--js-flags=--max-old-space-size=4096'],
  });
  try {
    const builtIn = await runBuiltIn(browser, origin);
    const runs = [builtIn];
    for (const rows of SIZES) runs.push(await runImport(browser, origin, dir, rows));
    const base50 = quantile(builtIn.steps.times, 0.5);
    const baseApp50 = quantile(builtIn.steps.app, 0.5);
    lines.push('  the built app in headless Chromium (SwiftShader WebGL):');
    for (const run of runs) {
      if (run.error) {
        lines.push(`    ${run.label}: FAILED (${run.error}); heap ${run.heapMb.toFixed(0)} MB`);
        continue;
      }
      const p50 = quantile(run.steps.times, 0.5);
      const p95 = quantile(run.steps.times, 0.95);
      const app50 = quantile(run.steps.app, 0.5);
      const app95 = quantile(run.steps.app, 0.95);
      const parts = [
        `step to next frame p50 ${ms(p50)}, p95 ${ms(p95)}`,
        `app's own work p50 ${ms(app50)}, p95 ${ms(app95)}`,
        `heap ${run.heapMb.toFixed(0)} MB` +
          (run.buffersMb === undefined ? '' : ` (+ ${run.buffersMb.toFixed(0)} MB of array buffers outside it)`),
      ];
      if (run.importMs !== undefined && run.mapMs !== undefined) {
        parts.unshift(
          `import ${(run.importMs / 1000).toFixed(1)} s (${Math.round(run.rows / (run.importMs / 1000)).toLocaleString('en-GB')} rows/s)`,
          `map drawn ${(run.mapMs / 1000).toFixed(1)} s`,
        );
        parts.push(`${(p50 / base50).toFixed(2)}× the built-in step (app's work ${(app50 / baseApp50).toFixed(2)}×)`);
      }
      lines.push(`    ${run.label}: ${parts.join(', ')}`);
    }
    const million = runs.find((r) => r.rows === 1_000_000);
    if (million) {
      const ok =
        !million.error &&
        quantile(million.steps.times, 0.5) <= STEP_FACTOR_TARGET * base50 &&
        quantile(million.steps.app, 0.5) <= STEP_FACTOR_TARGET * Math.max(baseApp50, 1);
      const heapOk = !million.error && million.heapMb <= HEAP_TARGET_MB;
      lines.push(
        `  target: a step at 1,000,000 within ${STEP_FACTOR_TARGET}× the built-in (to the frame, and the app's work, floor 1 ms): ${ok ? 'met' : 'NOT met'}`,
      );
      lines.push(`  target: JS heap at 1,000,000 at most ${HEAP_TARGET_MB} MB: ${heapOk ? 'met' : 'NOT met'}`);
    }
  } finally {
    await browser.close();
    server.httpServer.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return lines;
}
