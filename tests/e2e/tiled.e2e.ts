/**
 * The tiled path in a real Chromium: 100,000 generated events cut into a PMTiles archive by
 * `npm run tile`'s own code, served with HTTP range requests from the page's origin, opened
 * with `?data=…/events.pmtiles`. Stepping the day changes what the map draws without fetching a
 * tile or reloading one (MapLibre reloads every tile of a source whose paint reads a changed
 * `global-state`; the map counts its tile loads), and a click on an event opens its card from the
 * tile feature. Zoomed in, the map draws the events of the deeper tiles it loads.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { main as tile } from '../../src/cli/tile.ts';
import { formatDay } from '../../src/core/time/day.ts';
import { dayText } from '../../src/ui/format.ts';
import { tiledDataset, tiledEventDay, TILED_FIRST_DAY } from '../support/tiled-dataset.ts';
import { browserTest, openApp, type AppPage } from './harness.ts';

const EVENTS = 100_000;
const dir = mkdtempSync(join(tmpdir(), 'tiled-e2e-'));
const files = new Map<string, Buffer>();

beforeAll(() => {
  const input = join(dir, 'events.json');
  writeFileSync(input, JSON.stringify(tiledDataset(EVENTS)));
  const code = tile([input, '--out', dir], { out: () => {}, err: (s) => console.error(s) });
  if (code !== 0) throw new Error(`npm run tile failed with ${code}`);
  for (const name of ['events.pmtiles', 'counts.json']) files.set(name, readFileSync(join(dir, name)));
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let app: AppPage | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** Serves the archive and counts as a static host does: whole files, or the byte range asked for. */
async function serve(route: Route): Promise<void> {
  const name = new URL(route.request().url()).pathname.split('/').pop() ?? '';
  const body = files.get(name);
  if (!body) return route.fulfill({ status: 404, body: 'not found' });
  const range = /^bytes=(\d+)-(\d+)$/.exec(route.request().headers().range ?? '');
  if (!range) return route.fulfill({ status: 200, body, headers: { 'content-type': 'application/octet-stream' } });
  const start = Number(range[1]);
  const end = Math.min(Number(range[2]), body.byteLength - 1);
  return route.fulfill({
    status: 206,
    body: body.subarray(start, end + 1),
    headers: {
      'content-range': `bytes ${start}-${end}/${body.byteLength}`,
      'accept-ranges': 'bytes',
      'content-type': 'application/octet-stream',
    },
  });
}

/** Opens the app on the archive cut for these tests, served by {@link serve}, once the map is ready. */
async function openTiled(query = ''): Promise<AppPage> {
  const opened = await openApp('about:blank');
  try {
    await opened.page.route('**/e2e-tiles/**', serve);
    await opened.page.goto(new URL(`?data=e2e-tiles/events.pmtiles${query}`, opened.baseUrl).href);
    await opened.page.waitForSelector('[data-testid="tiled-map"][data-ready="true"]', { timeout: 30_000 });
    return opened;
  } catch (err) {
    await opened.close();
    throw err;
  }
}

const drawnIds = (page: Page) =>
  page
    .getByTestId('tiled-map')
    .evaluate((el) => (el as unknown as { renderedEventIds(): string[] }).renderedEventIds());
const tileLoads = (page: Page) =>
  page.getByTestId('tiled-map').evaluate((el) => (el as unknown as { tileLoads(): number }).tileLoads());
const dayOfId = (id: string) => tiledEventDay(Number(id.slice(1)));

async function setDay(page: Page, day: number): Promise<void> {
  await page.locator('input[type="range"]').evaluate((el, d) => {
    (el as HTMLInputElement).value = String(d);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, day);
  await expect.poll(() => page.getByTestId('tiled-day').getAttribute('datetime')).toBe(formatDay(day));
  expect(await page.getByTestId('tiled-day').textContent()).toBe(dayText(day, 'en'));
}

/** The ids drawn once the map has settled on `day`: every one begun by then. */
async function settledIds(page: Page, day: number): Promise<string[]> {
  let ids: string[] = [];
  await expect
    .poll(async () => {
      ids = await drawnIds(page);
      return ids.length > 0 && ids.every((id) => dayOfId(id) <= day);
    })
    .toBe(true);
  return ids;
}

describe('a tiled dataset (events.pmtiles)', () => {
  browserTest(
    'plays by the day with no tile fetched, and a click opens the card',
    async () => {
      app = await openTiled();
      const { page } = app;
      await expect
        .poll(() => page.getByTestId('tiled-day').getAttribute('datetime'))
        .toBe(formatDay(TILED_FIRST_DAY + 729));

      const early = TILED_FIRST_DAY + 40;
      await setDay(page, early);
      const before = await settledIds(page, early);
      // The map itself, above the timeline panel: its pixels must change with the day too.
      const mapPixels = () => page.screenshot({ clip: { x: 0, y: 0, width: 1280, height: 600 } });
      const earlyPixels = await mapPixels();
      const archiveRequests = () => app!.requests.filter((u) => u.includes('events.pmtiles')).length;
      const fetched = archiveRequests();
      expect(fetched).toBeGreaterThan(1);
      const loaded = await tileLoads(page);
      expect(loaded).toBeGreaterThan(0);

      const later = early + 60;
      await setDay(page, later);
      const after = await settledIds(page, later);
      expect(after.length).toBeGreaterThan(before.length);
      expect(after.some((id) => dayOfId(id) > early)).toBe(true);
      expect((await mapPixels()).equals(earlyPixels)).toBe(false);
      for (let i = 1; i <= 10; i++) await page.getByRole('button', { name: 'Next day' }).click();
      await settledIds(page, later + 10);
      expect(archiveRequests()).toBe(fetched);
      // Not one tile loaded again: the eleven steps changed a uniform and repainted.
      expect(await tileLoads(page)).toBe(loaded);

      // A click on a drawn event opens its card, read from the tile feature.
      const id = after[0]!;
      const point = await page
        .getByTestId('tiled-map')
        .evaluate(
          (el, i) => (el as unknown as { screenPointOf(id: string): { x: number; y: number } }).screenPointOf(i),
          id,
        );
      await page.mouse.click(point.x, point.y);
      const card = page.getByTestId('tiled-card');
      await expect.poll(() => card.locator('h2').textContent()).toMatch(/^Event \d+$/);
      const shown = `e${(await card.locator('h2').textContent())!.slice('Event '.length)}`;
      expect(dayOfId(shown)).toBeLessThanOrEqual(later + 10);
      expect(await card.locator('time').getAttribute('datetime')).toBe(formatDay(dayOfId(shown)));
      expect(await card.textContent()).toContain(dayText(dayOfId(shown), 'en'));

      expect(app.errors).toEqual([]);
      expect(app.requests.filter((u) => !u.startsWith(app!.baseUrl) && u !== 'about:blank')).toEqual([]);
    },
    90_000,
  );

  browserTest(
    'zoomed in, draws the events of the deeper tiles (a low-zoom tile holds a sample)',
    async () => {
      app = await openTiled();
      const { page } = app;
      const last = TILED_FIRST_DAY + 729;
      const sample = new Set(await settledIds(page, last));
      const loaded = await tileLoads(page);
      for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
      // The new tiles' events are read once they load: some were in no tile drawn before.
      await expect
        .poll(async () => (await drawnIds(page)).some((id) => !sample.has(id)), { timeout: 20_000 })
        .toBe(true);
      expect(await tileLoads(page)).toBeGreaterThan(loaded);
      expect(app.errors).toEqual([]);
    },
    90_000,
  );

  browserTest(
    'speaks the language of the link, Urdu right to left',
    async () => {
      app = await openTiled('&lang=ur');
      const { page } = app;
      const root = page.locator('.tiled');
      expect(await root.getAttribute('lang')).toBe('ur');
      expect(await root.getAttribute('dir')).toBe('rtl');
      const day = TILED_FIRST_DAY + 729;
      await expect.poll(() => page.getByTestId('tiled-day').textContent()).toBe(dayText(day, 'ur'));
      expect(await page.getByRole('button', { name: 'اگلا دن' }).count()).toBe(1);
      expect(await page.getByRole('button', { name: 'چلائیں' }).count()).toBe(1);
      expect(await page.locator('.when').textContent()).toContain('میں سے');
      expect(app.errors).toEqual([]);
    },
    90_000,
  );
});
