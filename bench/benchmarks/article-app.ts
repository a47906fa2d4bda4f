/**
 * "Map an article" as a user meets it (issue 18): the BUILT app in headless Chromium, an article
 * pasted, "Find places" clicked, its publication date given, "Draft the timeline" clicked, each
 * step timed until its answer is on screen (the places listed, the drafts listed). The articles
 * are the newest labelled fixture texts (tests/fixtures/extract-events/unseen-12, -13: long
 * reports and live blogs of 3–4 KB), then one long text made of every fixture text (about 250 KB,
 * a half of the panel's limit), which shows what the page does with hundreds of drafts.
 *
 * The baseline, in the same run: the same texts through the same core functions in Node
 * (`findPlaces`' matcher, `extractEvents` with the town shards), where no page, worker, fetch or
 * DOM is in the way. The gap between the two is what the app adds.
 *
 *   npx tsx bench/benchmarks/article-app.ts
 */
import { readFileSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, preview, type PreviewServer } from 'vite';
import { chromium, type Page } from 'playwright-core';
import { BROWSER_ARGS, findBrowser, HOW_TO_GET_A_BROWSER } from '../../tests/support/find-browser.ts';
import { extractEvents } from '../../src/core/geoparse/extract-events.ts';
import { loadPlaceContext } from '../../src/cli/extract-events.ts';
import { parseEventLabels } from '../../src/cli/evaluate-events.ts';

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/extract-events');
const SETS = ['unseen-12', 'unseen-13'];
const LONG_CHARS = 250_000;
const MB = 1024 * 1024;
const STEP_TIMEOUT_MS = 120_000;
/**
 * Each step ends when its answer is in the page (polled at this interval), not when a frame
 * shows it: this machine draws WebGL in software, and the map's frames, slowed by whatever else
 * the two cores run, would be most of every figure (a user's GPU draws one in milliseconds).
 */
const POLL_MS = 5;

interface Article {
  name: string;
  text: string;
  published: string;
}

export function articles(): { short: Article[]; long: Article } {
  const short: Article[] = [];
  const all: string[] = [];
  for (const set of readdirSync(FIXTURES, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    const labels = join(FIXTURES, set.name === 'texts' ? 'labels.tsv' : `${set.name}-labels.tsv`);
    const published = new Map(parseEventLabels(readFileSync(labels, 'utf8')).map((l) => [l.file, l.published]));
    for (const file of readdirSync(join(FIXTURES, set.name)).sort()) {
      const date = published.get(file);
      if (!file.endsWith('.txt') || !date) continue;
      const text = readFileSync(join(FIXTURES, set.name, file), 'utf8');
      all.push(text);
      if (SETS.includes(set.name)) short.push({ name: `${set.name}/${file}`, text, published: date });
    }
  }
  let long = '';
  for (const t of all) if (long.length + t.length + 2 <= LONG_CHARS) long += `${t}\n\n`;
  return { short, long: { name: 'every fixture text', text: long, published: '2025-06-01' } };
}

export async function serve(outDir: string): Promise<{ server: PreviewServer; origin: string }> {
  const server = await preview({ logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port: 0 } });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('no address');
  return { server, origin: `http://127.0.0.1:${address.port}` };
}

/** One article through the panel: the two steps' times, and how many drafts the page lists. */
export async function mapArticle(page: Page, a: Article): Promise<{ findMs: number; draftMs: number; drafts: number }> {
  const panel = page.getByRole('dialog', { name: 'Map an article' });
  const edit = panel.getByRole('button', { name: 'Edit the text' });
  if (await edit.isVisible()) await edit.click();
  await panel.getByLabel(/Paste the text/).fill(a.text);
  let t0 = performance.now();
  await panel.getByRole('button', { name: 'Find places' }).click();
  await page.waitForFunction(() => document.querySelector('dialog.article p.summary') !== null, undefined, {
    timeout: STEP_TIMEOUT_MS,
    polling: POLL_MS,
  });
  const findMs = performance.now() - t0;
  await panel.getByLabel('Published').fill(a.published);
  t0 = performance.now();
  await panel.getByRole('button', { name: 'Draft the timeline' }).click();
  await page.waitForFunction(
    () => {
      const step = document.querySelector('dialog.article .timeline-step');
      return (
        !!step &&
        !step.textContent?.includes('Drafting…') &&
        /draft|no events/iu.test(step.textContent ?? '') &&
        (step.querySelector('ol.drafts') !== null || step.querySelector('p.hint') !== null)
      );
    },
    undefined,
    { timeout: STEP_TIMEOUT_MS, polling: POLL_MS },
  );
  const draftMs = performance.now() - t0;
  const drafts = await panel.locator('li.draft').count();
  return { findMs, draftMs, drafts };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? NaN;

export async function benchArticleApp(): Promise<string[]> {
  const executablePath = findBrowser();
  if (!executablePath) return [`article-app: skipped, ${HOW_TO_GET_A_BROWSER}`];
  const { short, long } = articles();
  const out: string[] = [];

  // The baseline: the core functions in Node, warmed up first as the page's second article is.
  const loaded = loadPlaceContext();
  const node = (a: Article) => {
    const t0 = performance.now();
    loaded.matcher.find(a.text);
    const t1 = performance.now();
    extractEvents(a.text, { source: 'bench', published: a.published, ...loaded.forText(a.text) });
    return { findMs: t1 - t0, draftMs: performance.now() - t1 };
  };
  for (const a of short) node(a);
  const nodeShort = short.map(node);
  node(long);
  const nodeLong = node(long);

  const outDir = '.bench/article-app';
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const { server, origin } = await serve(outDir);
  const browser = await chromium.launch({ executablePath, args: [...BROWSER_ARGS] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${origin}/`);
    await page.getByRole('button', { name: 'Map an article' }).click();
    const runs: { a: Article; findMs: number; draftMs: number; drafts: number }[] = [];
    for (const a of short) runs.push({ a, ...(await mapArticle(page, a)) });
    const longRun = await mapArticle(page, long);
    const [first, ...rest] = runs;
    const bytes = (a: Article) => Buffer.byteLength(a.text);
    const shortMb = rest.reduce((s, r) => s + bytes(r.a), 0) / MB;
    const f = (x: number) => `${x.toFixed(0)} ms`;
    out.push(
      `article-app: "Map an article" in the built app (Chromium, 1280×800), load ${(loadavg()[0] ?? NaN).toFixed(1)}:`,
      `  first article (${first?.a.name}, ${((first ? bytes(first.a) : 0) / 1024).toFixed(1)} KB), tools and towns loaded on first use:`,
      `    find places ${f(first?.findMs ?? NaN)}, draft ${f(first?.draftMs ?? NaN)} (${first?.drafts} drafts)`,
      `  next ${rest.length} articles (${(shortMb * 1024).toFixed(0)} KB), median per article:`,
      `    app  find places ${f(median(rest.map((r) => r.findMs)))}, draft ${f(median(rest.map((r) => r.draftMs)))}`,
      `    Node find places ${f(median(nodeShort.slice(1).map((r) => r.findMs)))}, draft ${f(median(nodeShort.slice(1).map((r) => r.draftMs)))} (baseline: the core alone)`,
      `  one long text (${long.name}, ${(bytes(long) / 1024).toFixed(0)} KB, ${longRun.drafts} drafts listed):`,
      `    app  find places ${f(longRun.findMs)}, draft ${f(longRun.draftMs)}: ${(bytes(long) / MB / (longRun.draftMs / 1000)).toFixed(2)} MB/s drafting`,
      `    Node find places ${f(nodeLong.findMs)}, draft ${f(nodeLong.draftMs)}: ${(bytes(long) / MB / (nodeLong.draftMs / 1000)).toFixed(2)} MB/s drafting`,
    );
  } finally {
    await browser.close();
    await new Promise<void>((r) => server.httpServer.close(() => r()));
  }
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log((await benchArticleApp()).join('\n'));
}
