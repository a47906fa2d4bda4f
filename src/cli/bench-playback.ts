/**
 * The playback benchmark, run in headless Chromium on a Vite dev server over loopback: scrub
 * latency (p50/p95) and playback frames per second at 1k, 10k and 100k synthetic events, for our
 * GPU layer, MapLibre's `global-state` paint, and the naive `setData` baseline, in one run.
 */
import { build, preview } from 'vite';
import { chromium } from 'playwright-core';
import { BROWSER_ARGS, findBrowser, HOW_TO_GET_A_BROWSER } from '../../tests/e2e/find-browser.ts';
import type { BenchResult, Method } from '../map/bench/playback-bench.ts';

const COUNTS = (process.env.BENCH_COUNTS ?? '1000,10000,100000').split(',').map(Number);
const METHODS: Method[] = ['bare', 'gpu', 'global-state', 'setData'];
const SCRUB_STEPS = 25;
const PLAY_MS = 3000;
/** One frame at 60 Hz, in ms. */
const FRAME_MS = 1000 / 60;

const ms = (x: number) => `${x.toFixed(1).padStart(8)} ms`;

export async function benchPlayback(): Promise<string[]> {
  const executablePath = findBrowser();
  if (!executablePath) return [`playback: skipped. ${HOW_TO_GET_A_BROWSER}`];
  // The bench page is built like the app (production code), then served on loopback.
  const outDir = '.bench/playback';
  await build({
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, rollupOptions: { input: 'src/map/bench/playback.html' } },
  });
  console.error('  … bench page built');
  const server = await preview({ logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port: 0 } });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('bench server has no address');
  const browser = await chromium.launch({ executablePath, headless: true, args: BROWSER_ARGS });
  const lines = [
    'Playback: one time step, from the change to the map idle again (headless Chromium, SwiftShader, 1280×800)',
    `${'events'.padStart(8)} ${'method'.padEnd(13)} ${'scrub p50'.padStart(11)} ${'scrub p95'.padStart(11)} ${'play fps'.padStart(9)}  vs setData (p95)`,
  ];
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (e) => lines.push(`page error: ${e.message}`));
    await page.goto(`http://127.0.0.1:${address.port}/src/map/bench/playback.html`);
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
      const bare = results.find((r) => r.method === 'bare')!;
      for (const r of results) {
        const ratio =
          r.method === 'setData' || r.method === 'bare' ? '' : `${(baseline.p95 / r.p95).toFixed(1)}× faster`;
        lines.push(
          `${String(count).padStart(8)} ${r.method.padEnd(13)} ${ms(r.p50)} ${ms(r.p95)} ${r.fps.toFixed(1).padStart(9)}  ${ratio}`,
        );
      }
      const gpu = results.find((r) => r.method === 'gpu')!;
      const overBare = (gpu.p95 - bare.p95) / FRAME_MS;
      // Every method pays the frame itself (tens of ms in software rendering); the work a time
      // step adds on top of that frame is what the approaches differ in.
      const added = (r: BenchResult) => Math.max(0.1, r.p50 - bare.p50);
      lines.push(
        `${''.padStart(8)} target at ${count}: p95 within 2 frames of bare (${overBare.toFixed(2)} frames over): ` +
          `${overBare <= 2 ? 'MET' : 'MISSED'}; total p95 ${(baseline.p95 / gpu.p95).toFixed(1)}× faster than setData; ` +
          `added over the bare frame (p50): gpu ${added(gpu).toFixed(1)} ms, setData ${added(baseline).toFixed(1)} ms, ` +
          `${(added(baseline) / added(gpu)).toFixed(0)}× (target ≥ 20×: ${added(baseline) / added(gpu) >= 20 ? 'MET' : 'MISSED'})`,
      );
    }
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  }
  return lines;
}
