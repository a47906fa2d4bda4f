/**
 * The playback benchmark, run in headless Chromium on a Vite dev server over loopback: scrub
 * latency (p50/p95) and playback frames per second at 1k, 10k and 100k synthetic events, for our
 * GPU layer, MapLibre's `global-state` paint, and the naive `setData` baseline, in one run.
 */
import { build, preview } from 'vite';
import { chromium } from 'playwright-core';
import { BROWSER_ARGS, findBrowser, HOW_TO_GET_A_BROWSER } from '../../tests/support/find-browser.ts';
import type { BenchResult, Method } from '../pages/playback-bench.ts';

const COUNTS = (process.env.BENCH_COUNTS ?? '1000,10000,100000').split(',').map(Number);
const METHODS: Method[] = ['bare', 'gpu', 'global-state', 'setData'];
const SCRUB_STEPS = 40;
const PLAY_MS = 3000;
/** One frame at 60 Hz, in ms. */
const FRAME_MS = 1000 / 60;
/** Issue #5 sets its targets at this many events. */
const TARGET_COUNT = 100_000;
/** Differences of two timings below this are noise (timer resolution, scheduling). */
const ADDED_FLOOR_MS = 1;

const ms = (x: number) => `${x.toFixed(1).padStart(8)} ms`;

export async function benchPlayback(): Promise<string[]> {
  const executablePath = findBrowser();
  if (!executablePath) return [`playback: skipped. ${HOW_TO_GET_A_BROWSER}`];
  // The bench page is built like the app (production code), then served on loopback.
  const outDir = '.bench/playback';
  await build({
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, rollupOptions: { input: 'bench/pages/playback.html' } },
  });
  console.error('  … bench page built');
  const server = await preview({ logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port: 0 } });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('bench server has no address');
  const browser = await chromium.launch({ executablePath, headless: true, args: BROWSER_ARGS });
  const lines = [
    'Playback: one time step, from the change to the map idle again (headless Chromium, SwiftShader, 1280×800).',
    'repaint: the same frame drawn again with nothing changed, right after each step; added: step p50 minus repaint p50.',
    'Frames land on 60 Hz ticks, so any single figure is uncertain by about one frame (17 ms).',
    `${'events'.padStart(8)} ${'method'.padEnd(13)} ${'step p50'.padStart(11)} ${'step p95'.padStart(11)} ${'repaint p50'.padStart(12)} ${'added'.padStart(11)} ${'play fps'.padStart(9)}`,
  ];
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (e) => lines.push(`page error: ${e.message}`));
    await page.goto(`http://127.0.0.1:${address.port}/bench/pages/playback.html`);
    await page.waitForFunction(() => window.benchReady === true, null, { timeout: 120_000 });
    for (const count of COUNTS) {
      const results: BenchResult[] = [];
      for (const method of METHODS) {
        console.error(`  … ${method} with ${count} events`);
        results.push(
          await page.evaluate(([m, n, s, p]) => window.runPlaybackBench(m, n, s, p), [
            method,
            count,
            SCRUB_STEPS,
            PLAY_MS,
          ] as const),
        );
      }
      const baseline = results.find((r) => r.method === 'setData')!;
      // What a time step costs over drawing the same frame again.
      const added = (r: BenchResult) => r.p50 - r.repaintP50;
      const bare = results.find((r) => r.method === 'bare')!;
      const gpu = results.find((r) => r.method === 'gpu')!;
      for (const r of results) {
        lines.push(
          `${String(count).padStart(8)} ${r.method.padEnd(13)} ${ms(r.p50)} ${ms(r.p95)} ${ms(r.repaintP50).padStart(12)} ${ms(added(r))} ${r.fps.toFixed(1).padStart(9)}`,
        );
      }
      // Target 1: a time step costs no more than two frames over redrawing the frame it shows.
      const overRepaint = (gpu.p95 - gpu.repaintP95) / FRAME_MS;
      // For reference, over a map with no events at all (this includes drawing the events,
      // which every method pays: tens of ms for 10k points in software rendering).
      const overEmpty = (gpu.p95 - bare.p95) / FRAME_MS;
      // Target 2: what a time step adds, ours against setData's. Below 1 ms the difference of two
      // timings is noise, so ours counts as at least 1 ms: the ratio is a lower bound.
      const ratio = Math.max(0, added(baseline)) / Math.max(ADDED_FLOOR_MS, added(gpu));
      const verdict = (met: boolean) => (count === TARGET_COUNT ? (met ? ' MET' : ' MISSED') : '');
      lines.push(
        `${''.padStart(8)} ${count === TARGET_COUNT ? 'target' : 'for reference'} at ${count}: ` +
          `step p95 ${overRepaint.toFixed(2)} frames over the repaint p95 (target ≤ 2)${verdict(overRepaint <= 2)}` +
          ` [over an empty map: ${overEmpty.toFixed(2)} frames]; added gpu ${added(gpu).toFixed(1)} ms, ` +
          `setData ${added(baseline).toFixed(1)} ms: ≥ ${Math.floor(ratio)}× less (target ≥ 20×)${verdict(ratio >= 20)}; ` +
          `whole step p95 ${(baseline.p95 / gpu.p95).toFixed(1)}× faster`,
      );
    }
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
  return lines;
}
