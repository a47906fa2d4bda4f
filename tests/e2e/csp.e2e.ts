/**
 * The Content-Security-Policy in index.html, in the built app: the browser itself refuses an
 * injected inline script and any request to another origin, while everything the app does
 * (draw, embed, import, export, print, map an article, an online basemap, a data= link) runs
 * with not one violation. Violations are read from the page's own `securitypolicyviolation`
 * events, in every frame, as well as from the console.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from 'playwright-core';
import { afterEach, describe, expect } from 'vitest';
import { browserTest, openApp, waitForMap, type AppPage } from './harness.ts';
import { pixelStats } from './pixels.ts';

/** A site on another loopback origin that records every request it gets. */
interface OtherSite {
  origin: string;
  served: string[];
  page: string;
  close(): Promise<void>;
}

async function startOtherSite(host = '127.0.0.1'): Promise<OtherSite> {
  const site = { served: [] as string[], page: '' } as OtherSite;
  const server: Server = createServer((req, res) => {
    site.served.push(req.url ?? '');
    if (req.url === '/') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(site.page);
    // CORS allowed, so only the app's policy can stop the app reading the answer.
    else res.writeHead(200, { 'access-control-allow-origin': '*', 'content-type': 'text/plain' }).end('hello');
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  site.origin = `http://${host}:${(server.address() as AddressInfo).port}`;
  site.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return site;
}

/** A stand-in online style: one raster source whose tiles are a single PNG pixel. */
const ONLINE_STYLE = {
  version: 8,
  sources: { t: { type: 'raster', tiles: ['https://tiles.example.test/{z}/{x}/{y}.png'], tileSize: 256 } },
  layers: [{ id: 't', type: 'raster', source: 't' }],
};
const TILE_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const CORS = { 'access-control-allow-origin': '*' };

let app: AppPage | undefined;
let other: OtherSite | undefined;
afterEach(async () => {
  await app?.close();
  await other?.close();
  app = undefined;
  other = undefined;
});

/**
 * Opens `path` (on the app, or a full address) with every frame recording its policy violations
 * from the start; `prepare` runs first, to set up routes.
 */
async function openRecorded(path: string, prepare?: (page: Page) => Promise<unknown>): Promise<AppPage> {
  const opened = await openApp('about:blank');
  await prepare?.(opened.page);
  await opened.page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.cspViolations.push(`${e.effectiveDirective} refused ${e.blockedURI || '(inline)'} at ${e.sourceFile}`),
    );
  });
  await opened.page.goto(new URL(path, opened.baseUrl).href);
  return opened;
}

const violations = (where: Page | Frame) =>
  where.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

/** Console lines the browser writes when it enforces the policy. */
const refusals = (a: AppPage) => a.errors.filter((e) => /Content Security Policy|Refused to/i.test(e));

describe('the Content-Security-Policy refuses', () => {
  browserTest('an inline script injected into the page, and an inline event handler', async () => {
    app = await openRecorded('?t=2011-03-17');
    await waitForMap(app.page);
    const ran = await app.page.evaluate(async () => {
      const w = window as unknown as { injected?: number; handled?: number };
      const script = document.createElement('script');
      script.textContent = 'window.injected = 1';
      document.body.append(script);
      // Markup as an import or an article could carry it, if it ever reached innerHTML.
      const holder = document.createElement('div');
      holder.innerHTML = '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" onerror="window.handled = 1">';
      document.body.append(holder);
      await new Promise((resolve) => setTimeout(resolve, 300));
      return { injected: w.injected, handled: w.handled };
    });
    expect(ran).toEqual({ injected: undefined, handled: undefined });
    const seen = await violations(app.page);
    expect(seen.some((v) => v.startsWith('script-src-elem refused inline'))).toBe(true);
    expect(seen.some((v) => v.startsWith('script-src-attr refused inline'))).toBe(true);
  });

  browserTest('requests to another origin: fetch, image, script, stylesheet', async () => {
    other = await startOtherSite('127.0.0.2');
    app = await openRecorded('?t=2011-03-17');
    await waitForMap(app.page);
    const origin = other.origin;
    const fetched = await app.page.evaluate(async (url) => {
      const outcome = await fetch(`${url}/fetch`).then(
        (r) => `read ${r.status}`,
        (e: unknown) => `refused: ${String(e)}`,
      );
      const img = new Image();
      img.src = `${url}/image.png`;
      const script = document.createElement('script');
      script.src = `${url}/script.js`;
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = `${url}/style.css`;
      document.head.append(script, link);
      await new Promise((resolve) => setTimeout(resolve, 500));
      return outcome;
    }, origin);
    expect(fetched).toMatch(/^refused/);
    const directives = (await violations(app.page)).filter((v) => v.includes(origin)).map((v) => v.split(' ')[0]);
    expect(new Set(directives)).toEqual(new Set(['connect-src', 'img-src', 'script-src-elem', 'style-src-elem']));
    // Refused by the browser before anything was sent. (A worker from another origin is refused
    // with or without a policy, so it proves nothing here.)
    expect(other.served).toEqual([]);
  });
});

describe('under the Content-Security-Policy, with no violation', () => {
  browserTest('the map draws, prints, exports and maps an article', async () => {
    app = await openRecorded('?t=2011-04-13');
    await waitForMap(app.page);
    const stats = await pixelStats(app.page, '.maplibregl-canvas');
    expect(stats.distinctColours).toBeGreaterThan(12);

    // Print: the handout's map is a data: PNG, and it must decode.
    await app.page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void ((window as unknown as { printed: number }).printed += 1);
    });
    await app.page.getByRole('button', { name: 'Print handout' }).click();
    await expect.poll(() => app!.page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    const image = app.page.locator('.handout img.map-image');
    expect(await image.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(100);

    // Export: the worker makes the file, the download is a blob: URL.
    await app.page.getByRole('button', { name: 'Export' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Export layers' });
    await dialog.getByRole('radio', { name: /^GeoJSON/ }).check();
    const download = app.page.waitForEvent('download');
    await dialog.getByRole('button', { name: /^Download/ }).click();
    expect((await download).suggestedFilename()).toMatch(/\.geojson$/);
    await dialog.getByRole('button', { name: /^Close/ }).click();

    // The article panel loads its world index (a lazy chunk) and finds places.
    await app.page.getByRole('button', { name: 'Map an article' }).click();
    const panel = app.page.getByRole('dialog', { name: 'Map an article' });
    await panel.getByLabel(/Paste the text/).fill('Refugees reached Bannu from Miran Shah.');
    await panel.getByRole('button', { name: 'Find places' }).click();
    await expect.poll(() => panel.locator('.article-text mark').count()).toBe(2);

    expect(await violations(app.page)).toEqual([]);
    expect(refusals(app)).toEqual([]);
  });

  browserTest('a CSV imports through the import worker', async () => {
    app = await openRecorded('');
    await waitForMap(app.page);
    await app.page.getByRole('button', { name: 'Import' }).click();
    await app.page.locator('dialog.import input[type=file]').setInputFiles({
      name: 'two.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'date,title,type,place\n2011-01-27,First,shooting,Lahore\n2011-03-17,Second,strike,Datta Khel\n',
      ),
    });
    await expect
      .poll(() => app!.page.locator('.notices').textContent(), { timeout: 20_000 })
      .toContain('Loaded 2 rows from two.csv');
    await waitForMap(app.page);
    expect(await violations(app.page)).toEqual([]);
    expect(refusals(app)).toEqual([]);
  });

  browserTest('the app embedded in a page on another origin', async () => {
    other = await startOtherSite();
    app = await openRecorded('about:blank');
    other.page = `<!doctype html><title>Lesson</title><iframe title="Time Atlas" src="${app.baseUrl}?t=2011-03-17&amp;embed=1" width="800" height="600"></iframe>`;
    await app.page.goto(`${other.origin}/`);
    await app.page.frameLocator('iframe').locator('[data-map-ready="true"]').waitFor({ timeout: 30_000 });
    const frame = app.page.frames().find((f) => f.url().includes('embed=1'));
    if (!frame) throw new Error('the atlas frame is missing');
    expect(await frame.locator('.atlas.embed').count()).toBe(1);
    expect(await violations(frame)).toEqual([]);
    expect(refusals(app)).toEqual([]);
  });

  browserTest('a data= link fetches its https address', async () => {
    // The test answers in place of the internet; the policy is checked before any request.
    app = await openRecorded(`?data=${encodeURIComponent('https://data.example.test/linked.csv')}`, (page) =>
      page.route('https://data.example.test/**', (route) =>
        route.fulfill({
          headers: CORS,
          contentType: 'text/csv',
          body: 'date,title,type,place\n2011-05-02,Linked,raid,Abbottabad\n',
        }),
      ),
    );
    // Another site is contacted only once the reader agrees.
    await app.page.getByRole('button', { name: 'Load the events' }).click();
    await expect
      .poll(() => app!.page.locator('.notices').textContent(), { timeout: 20_000 })
      .toContain('Loaded 1 row from linked.csv');
    await waitForMap(app.page);
    expect(await violations(app.page)).toEqual([]);
    expect(refusals(app)).toEqual([]);
  });

  browserTest('an online basemap chosen in Map settings loads its style and tiles', async () => {
    const tiles: string[] = [];
    app = await openRecorded('?t=2011-03-17', async (page) => {
      await page.route('https://tiles.example.test/style.json', (route) =>
        route.fulfill({ headers: CORS, contentType: 'application/json', body: JSON.stringify(ONLINE_STYLE) }),
      );
      await page.route('https://tiles.example.test/*/*/*.png', (route) => {
        tiles.push(route.request().url());
        return route.fulfill({ headers: CORS, contentType: 'image/png', body: TILE_PNG });
      });
    });
    await waitForMap(app.page);
    await app.page.getByRole('button', { name: 'Map settings' }).click();
    await app.page.getByLabel('Style URL').fill('https://tiles.example.test/style.json');
    await app.page.getByRole('button', { name: 'Use this online style' }).click();
    await expect.poll(() => tiles.length, { timeout: 20_000 }).toBeGreaterThan(0);
    await waitForMap(app.page);
    // The one-colour tiles are drawn: the map is that colour where no event sits.
    await expect
      .poll(async () => (await pixelStats(app!.page, '.maplibregl-canvas')).nonDominantShare)
      .toBeLessThan(0.5);
    expect(await violations(app.page)).toEqual([]);
    expect(refusals(app)).toEqual([]);
  });
});
