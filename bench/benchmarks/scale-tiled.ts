/**
 * `npm run bench -- scale-tiled`: the tiled path at 1,000,000 events. Cuts them with `npm run
 * tile` (time and archive size), opens the BUILT app on `?data=tiles/events.pmtiles` (served by
 * Vite's preview server, which answers HTTP range requests) in headless Chromium, and takes 60
 * one-day steps with the keyboard on the time slider, beside the same 60 steps on the built-in
 * dataset in the same run. Step: from the key press to the second animation frame after it (the
 * frame that shows the new day); for the tiled map also until MapLibre is idle again (nothing
 * left to load or draw). Also: time to first draw, JS heap, and the archive requests made during
 * the steps (target: none).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, preview } from 'vite';
import { chromium, type Page } from 'playwright-core';
import { BROWSER_ARGS, findBrowser, HOW_TO_GET_A_BROWSER } from '../../tests/support/find-browser.ts';
import { tiledDataset } from '../../tests/support/tiled-dataset.ts';
import { formatBytes, formatCount } from '../../src/core/text/count.ts';

const EVENTS = Number(process.env.BENCH_TILED_EVENTS ?? 1_000_000);
const STEPS = 60;
/** Issue #17's target: a step at 1,000,000 events within 2× of the built-in dataset's. */
const TARGET_FACTOR = 2;
const WORK = '.bench/scale-tiled';

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
};
const ms = (x: number) => `${x.toFixed(1)} ms`;

/** In the page: the time of every key press, so a step is measured from it. */
function recordKeys(): void {
  const w = window as unknown as { keyAt: number[] };
  w.keyAt = [];
  window.addEventListener('keydown', (e) => w.keyAt.push(e.timeStamp), { capture: true });
}

const nextFrame = (page: Page) =>
  page.evaluate(
    () => new Promise<number>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now())))),
  );
const heapMb = async (page: Page) => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize / 2 ** 20;
};

/** 60 steps with ArrowRight on the focused slider: frame times, and (tiled) idle times. */
async function steps(page: Page, slider: string, tiled: boolean): Promise<{ frame: number[]; drawn: number[] }> {
  await page.locator(slider).focus();
  const frame: number[] = [];
  const drawn: number[] = [];
  for (let i = 0; i < STEPS; i++) {
    const before = await page.evaluate(() => (window as unknown as { keyAt: number[] }).keyAt.length);
    await page.keyboard.press('ArrowRight');
    const shown = await nextFrame(page);
    const pressed = await page.evaluate((n) => (window as unknown as { keyAt: number[] }).keyAt[n]!, before);
    frame.push(shown - pressed);
    if (tiled) {
      const day = await page.locator(slider).inputValue();
      const handle = await page.waitForFunction(
        (d) => {
          const el = document.querySelector<HTMLElement>('[data-testid="tiled-map"]');
          return el?.dataset.drawnDay === d ? Number(el.dataset.drawnAt) : false;
        },
        day,
        { timeout: 60_000 },
      );
      drawn.push(Number(await handle.jsonValue()) - pressed);
    }
  }
  return { frame, drawn };
}

export async function benchScaleTiled(): Promise<string[]> {
  const executablePath = findBrowser();
  if (!executablePath) return [`scale-tiled: skipped. ${HOW_TO_GET_A_BROWSER}`];
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  const input = join(WORK, 'events.json');
  const tilesDir = join(WORK, 'tiles');
  console.error(`  … generating ${formatCount(EVENTS)} events`);
  writeFileSync(input, JSON.stringify(tiledDataset(EVENTS)));
  console.error('  … npm run tile');
  const started = performance.now();
  const cut = spawnSync('npx', ['tsx', 'src/cli/tile.ts', input, '--out', tilesDir], {
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=12000' },
  });
  const cutSeconds = (performance.now() - started) / 1000;
  if (cut.status !== 0) return [`scale-tiled: npm run tile failed: ${cut.stderr.slice(0, 2000)}`];
  const archiveBytes = statSync(join(tilesDir, 'events.pmtiles')).size;
  rmSync(input);

  const outDir = resolve(WORK, 'dist');
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  cpSync(tilesDir, join(outDir, 'tiles'), { recursive: true });
  const server = await preview({ logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port: 0 } });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('bench server has no address');
  const base = `http://127.0.0.1:${address.port}/`;
  const browser = await chromium.launch({ executablePath, headless: true, args: BROWSER_ARGS });
  try {
    const open = async (query: string, ready: string) => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.addInitScript(recordKeys);
      const t0 = Date.now();
      await page.goto(`${base}${query}`);
      await page.waitForSelector(ready, { timeout: 120_000 });
      return { page, requests, firstDrawMs: Date.now() - t0 };
    };

    console.error('  … built-in dataset');
    const builtIn = await open('', '[data-map-ready="true"]');
    const builtInSteps = await steps(builtIn.page, '[role="slider"][aria-label="Time"]', false);
    const builtInHeap = await heapMb(builtIn.page);
    await builtIn.page.close();

    console.error('  … tiled dataset');
    const tiled = await open('?data=tiles/events.pmtiles', '[data-testid="tiled-map"][data-ready="true"]');
    // Start early in the data, where each step adds events to the map.
    await tiled.page.locator('input[type="range"]').evaluate((el) => {
      const input = el as HTMLInputElement;
      input.value = input.min;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await tiled.page.waitForTimeout(2000);
    const fetchedBefore = tiled.requests.filter((u) => u.includes('events.pmtiles')).length;
    const tiledSteps = await steps(tiled.page, 'input[type="range"]', true);
    const fetchedDuring = tiled.requests.filter((u) => u.includes('events.pmtiles')).length - fetchedBefore;
    const tiledHeap = await heapMb(tiled.page);
    await tiled.page.close();

    const p50 = (xs: number[]) => quantile(xs, 0.5);
    const p95 = (xs: number[]) => quantile(xs, 0.95);
    const factor = p50(tiledSteps.frame) / p50(builtInSteps.frame);
    const factorDrawn = p50(tiledSteps.drawn) / p50(builtInSteps.frame);
    return [
      `Tiled path, ${formatCount(EVENTS)} events (headless Chromium, SwiftShader, 1280×800, ${STEPS} one-day steps).`,
      `cut: npm run tile ${cutSeconds.toFixed(1)} s, archive ${formatBytes(archiveBytes)}; ${cut.stdout.trim()}`,
      `built-in dataset: first draw ${builtIn.firstDrawMs} ms, step p50 ${ms(p50(builtInSteps.frame))}, p95 ${ms(p95(builtInSteps.frame))}, heap ${builtInHeap.toFixed(0)} MB`,
      `tiled:            first draw ${tiled.firstDrawMs} ms, step p50 ${ms(p50(tiledSteps.frame))}, p95 ${ms(p95(tiledSteps.frame))}, heap ${tiledHeap.toFixed(0)} MB`,
      `tiled, until the map is idle again: p50 ${ms(p50(tiledSteps.drawn))}, p95 ${ms(p95(tiledSteps.drawn))}`,
      `archive requests during the ${STEPS} steps: ${fetchedDuring} (target 0) ${fetchedDuring === 0 ? 'MET' : 'MISSED'}`,
      `step within ${TARGET_FACTOR}× of the built-in dataset: ${factor.toFixed(2)}× ${factor <= TARGET_FACTOR ? 'MET' : 'MISSED'}` +
        ` (until idle: ${factorDrawn.toFixed(2)}× ${factorDrawn <= TARGET_FACTOR ? 'MET' : 'MISSED'})`,
    ];
  } finally {
    await browser.close();
    await new Promise<void>((r) => server.httpServer.close(() => r()));
  }
}
