/**
 * "Map an article" as a user meets it (issue 18): the BUILT app in headless Chromium, an article
 * pasted, "Find places" clicked, its publication date given, "Draft the timeline" clicked, each
 * step timed until its answer is in the page (the places listed, the drafts listed). The articles
 * are the newest labelled fixture texts (tests/fixtures/extract-events/unseen-12, -13: long
 * reports and live blogs of 3–4 KB), then one long text made of the fixture texts (up to 250,000 characters,
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
 * Each step is timed in the page, from the button's click to its answer in the page (polled at
 * this interval), not to a frame that shows it: this machine draws WebGL in software, and the
 * map's frames, slowed by whatever else the two cores run, would be most of every figure (a
 * user's GPU draws one in milliseconds).
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
  // Timed in the page: Playwright's own clicks wait for the button to hold still over two drawn
  // frames, which on this machine would time the map's software frames, not the app's work.
  // tsx names the functions below with a helper of its own, which the page must have too.
  await page.evaluate('globalThis.__name ??= (f) => f');
  return page.evaluate(
    async ({ text, published, poll, timeout }) => {
      const dialog = document.querySelector('dialog.article');
      if (!dialog) throw new Error('the "Map an article" panel is not open');
      const button = (label: string) =>
        [...dialog.querySelectorAll('button')].find((b) => b.textContent?.trim() === label) ?? null;
      const until = (test: () => boolean) =>
        new Promise<number>((done, fail) => {
          const t0 = performance.now();
          const check = () => {
            if (test()) done(performance.now());
            else if (performance.now() - t0 > timeout) fail(new Error('timed out'));
            else setTimeout(check, poll);
          };
          check();
        });
      const type = (input: HTMLInputElement | HTMLTextAreaElement, value: string) => {
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      };
      button('Edit the text')?.click();
      await until(() => dialog.querySelector('textarea') !== null);
      type(dialog.querySelector('textarea') as HTMLTextAreaElement, text);
      await new Promise((r) => setTimeout(r, 0));
      const findStart = performance.now();
      button('Find places')?.click();
      const findEnd = await until(() => dialog.querySelector('p.summary') !== null);
      const step = () => dialog.querySelector('.timeline-step');
      await until(() => step()?.querySelector('.published input') != null);
      type(step()?.querySelector('.published input') as HTMLInputElement, published);
      await new Promise((r) => setTimeout(r, 0));
      const draftStart = performance.now();
      const draftButton = button('Draft the timeline');
      if (!draftButton) throw new Error('no "Draft the timeline" button');
      draftButton.click();
      const drafted = await until(() => {
        const s = step();
        if (!s || button('Drafting…')) return false;
        return (
          s.querySelector('ol.drafts') !== null ||
          [...s.querySelectorAll('p.hint')].some((p) => p.textContent?.startsWith('No dated event'))
        );
      });
      return {
        findMs: findEnd - findStart,
        draftMs: drafted - draftStart,
        drafts: dialog.querySelectorAll('li.draft').length,
      };
    },
    { text: a.text, published: a.published, poll: POLL_MS, timeout: STEP_TIMEOUT_MS },
  );
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
