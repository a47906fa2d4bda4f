/**
 * The first-view benchmark: what the app's first view downloads (JS, CSS, data, fonts; raw and
 * gzip) and how long until the map has drawn completely, beside a bare MapLibre page with one
 * circle layer, built and served the same way, in the same run.
 */
import { gzipSync } from 'node:zlib';
import { build, preview, type PreviewServer } from 'vite';
import { chromium, type Browser } from 'playwright-core';
import {
  BROWSER_ARGS,
  findBrowser,
  HOW_TO_GET_A_BROWSER,
  SOFTWARE_WEBGL_ARGS,
} from '../../tests/support/find-browser.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/**
 * `BENCH_GPU=1` lets Chromium draw WebGL on the machine's GPU instead of SwiftShader (software),
 * for a machine that has one. The figures line names the WebGL renderer actually used, so a run
 * that fell back to software says so. (Not yet run on a GPU: these sessions have had none.)
 */
const USE_GPU = process.env.BENCH_GPU === '1';
const KB = 1024;
/** Issue #4's budget for basemap data and fonts, gzip. */
const BASEMAP_BUDGET_KB = 600;
/** Issue #4's target: the first full render within this factor of the bare page. */
const RENDER_FACTOR_TARGET = 1.5;
/** Issue #17's target: the app's first full render within this factor of the events-only page. */
const EVENTS_FACTOR_TARGET = 1.25;

type Kind = 'js' | 'css' | 'data' | 'font' | 'other';

interface Download {
  url: string;
  kind: Kind;
  raw: number;
  gzip: number;
}

interface PageRun {
  downloads: Download[];
  readyMs: number;
  /**
   * CPU time the page's renderer process (main thread and workers, not the GPU process) spent
   * until then: unlike the wall-clock figure, it barely moves when other work shares the machine.
   */
  cpuMs: number;
  /** What draws WebGL in this browser, e.g. "ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device ...))". */
  webglRenderer: string;
}

function kindOf(url: string): Kind {
  const path = new URL(url).pathname;
  if (/\.(m?js)$/.test(path)) return 'js';
  if (path.endsWith('.css')) return 'css';
  if (/\.((geo)?json|pbf)$/.test(path)) return 'data';
  if (/\.(woff2?|ttf|otf)$/.test(path)) return 'font';
  return 'other';
}

async function serve(outDir: string): Promise<{ server: PreviewServer; origin: string }> {
  const server = await preview({ logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port: 0 } });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  return { server, origin: `http://127.0.0.1:${address.port}` };
}

async function measure(browser: Browser, url: string): Promise<PageRun> {
  // A fresh context per run: an empty cache, as on a first visit.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const pending: Promise<Download | undefined>[] = [];
  page.on('response', (res) => {
    pending.push(
      res
        .body()
        .then((body) => ({ url: res.url(), kind: kindOf(res.url()), raw: body.length, gzip: gzipSync(body).length }))
        .catch(() => undefined),
    );
  });
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('time-atlas:map-ready').length > 0, null, {
    timeout: 60_000,
  });
  const readyMs = await page.evaluate(() => performance.getEntriesByName('time-atlas:map-ready')[0]!.startTime);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const cpuMs = (metrics.find((m) => m.name === 'ProcessTime')?.value ?? NaN) * 1000;
  const webglRenderer = await page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl2');
    const info = gl?.getExtension('WEBGL_debug_renderer_info');
    return gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : 'unknown';
  });
  const downloads = (await Promise.all(pending)).filter((d): d is Download => d !== undefined);
  await context.close();
  return { downloads, readyMs, cpuMs, webglRenderer };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
/** The middle half of the runs, lowest to highest quarter: how far one run's figure can wander. */
const quartiles = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.floor((sorted.length - 1) * q)] ?? NaN;
  return `${at(0.25).toFixed(0)}–${at(0.75).toFixed(0)}`;
};
const kb = (bytes: number) => `${(bytes / KB).toFixed(1).padStart(8)} KB`;

function sizeLines(label: string, downloads: Download[]): string[] {
  const kinds: Kind[] = ['js', 'css', 'data', 'font', 'other'];
  const lines = [`${label}: what the first view downloads`];
  for (const kind of kinds) {
    const of = downloads.filter((d) => d.kind === kind);
    const raw = of.reduce((s, d) => s + d.raw, 0);
    const gzip = of.reduce((s, d) => s + d.gzip, 0);
    lines.push(`  ${kind.padEnd(6)} ${String(of.length).padStart(3)} files ${kb(raw)} raw ${kb(gzip)} gzip`);
  }
  const raw = downloads.reduce((s, d) => s + d.raw, 0);
  const gzip = downloads.reduce((s, d) => s + d.gzip, 0);
  lines.push(`  ${'total'.padEnd(6)} ${String(downloads.length).padStart(3)} files ${kb(raw)} raw ${kb(gzip)} gzip`);
  return lines;
}

/** The pages measured, each built on its own from one HTML entry and opened at `path`. */
const PAGES = {
  app: { input: 'index.html', path: '/?t=2011-03-17' },
  bare: { input: 'bench/pages/bare.html', path: '/bench/pages/bare.html' },
  basemap: { input: 'bench/pages/basemap.html', path: '/bench/pages/basemap.html' },
  events: { input: 'bench/pages/events.html', path: '/bench/pages/events.html' },
} as const;
type PageName = keyof typeof PAGES;
const PAGE_NAMES = Object.keys(PAGES) as PageName[];

export async function benchFirstView(): Promise<string[]> {
  const executablePath = findBrowser();
  if (!executablePath) return [`first view: skipped. ${HOW_TO_GET_A_BROWSER}`];
  const servers = new Map<PageName, { server: PreviewServer; origin: string }>();
  for (const name of PAGE_NAMES) {
    const outDir = `.bench/${name}`;
    await build({
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true, rollupOptions: { input: PAGES[name].input } },
    });
    servers.set(name, await serve(outDir));
  }
  const args = USE_GPU ? BROWSER_ARGS.filter((a) => !SOFTWARE_WEBGL_ARGS.includes(a)) : BROWSER_ARGS;
  const browser = await chromium.launch({ executablePath, headless: true, args });
  try {
    const runs = new Map<PageName, PageRun[]>(PAGE_NAMES.map((name) => [name, []]));
    // Interleaved, so a busy moment on the machine hits all pages alike.
    for (let i = 0; i < RUNS; i++) {
      for (const name of PAGE_NAMES) {
        runs.get(name)!.push(await measure(browser, `${servers.get(name)!.origin}${PAGES[name].path}`));
      }
    }
    const ready = (name: PageName) => median(runs.get(name)!.map((r) => r.readyMs));
    const spread = (name: PageName) => quartiles(runs.get(name)!.map((r) => r.readyMs));
    const appRun = runs.get('app')![0]!;
    const basemap = appRun.downloads.filter(
      (d) => d.kind === 'font' || (d.kind === 'data' && !/places|events|sources/.test(new URL(d.url).pathname)),
    );
    const basemapGzip = basemap.reduce((s, d) => s + d.gzip, 0) / KB;
    const bareReady = ready('bare');
    const factor = ready('app') / bareReady;
    const eventsFactor = ready('app') / ready('events');
    // Each app load beside the events page's load of the same round: the machine's busy moments
    // (other work on a shared 2-core machine) hit both alike, so this wanders less than the medians.
    const pairedFactor = median(runs.get('app')!.map((r, i) => r.readyMs / runs.get('events')![i]!.readyMs));
    const cpu = (name: PageName) => median(runs.get(name)!.map((r) => r.cpuMs));
    const beside = (name: PageName) => `${ready(name).toFixed(0)} ms (${(ready(name) / bareReady).toFixed(2)}×)`;
    return [
      ...sizeLines('Time Atlas', appRun.downloads),
      ...sizeLines('Bare MapLibre page', runs.get('bare')![0]!.downloads),
      `Basemap data and fonts: ${basemapGzip.toFixed(1)} KB gzip (budget ${BASEMAP_BUDGET_KB} KB): ${
        basemapGzip <= BASEMAP_BUDGET_KB ? 'MET' : 'MISSED'
      }`,
      `First full render, median of ${RUNS} cold loads (headless Chromium, 1280×800, WebGL by ${appRun.webglRenderer}): ` +
        `Time Atlas ${ready('app').toFixed(0)} ms, bare page ${bareReady.toFixed(0)} ms, ` +
        `${factor.toFixed(2)}× (target ≤ ${RENDER_FACTOR_TARGET}×): ${factor <= RENDER_FACTOR_TARGET ? 'MET' : 'MISSED'}`,
      `  the same MapLibre page with the offline basemap alone: ${beside('basemap')}`,
      `  the same with the 2011 events on it, no page around the map: ${beside('events')}`,
      `Time Atlas beside the events page (what the page around the map adds): ${eventsFactor.toFixed(2)}× ` +
        `(median of the rounds' own ratios ${pairedFactor.toFixed(2)}×; target ≤ ${EVENTS_FACTOR_TARGET}×): ` +
        `${eventsFactor <= EVENTS_FACTOR_TARGET ? 'MET' : 'MISSED'}`,
      `  renderer CPU until then (main thread and workers, not the GPU process): Time Atlas ${cpu('app').toFixed(0)} ms, ` +
        `events page ${cpu('events').toFixed(0)} ms (${(cpu('app') / cpu('events')).toFixed(2)}×), basemap alone ${cpu('basemap').toFixed(0)} ms, ` +
        `bare page ${cpu('bare').toFixed(0)} ms`,
      `  middle half of the runs: Time Atlas ${spread('app')} ms, bare page ${spread('bare')} ms, ` +
        `basemap alone ${spread('basemap')} ms, with the events ${spread('events')} ms`,
    ];
  } finally {
    await browser.close();
    for (const { server } of servers.values()) await new Promise<void>((r) => server.httpServer.close(() => r()));
  }
}
