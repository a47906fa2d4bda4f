/**
 * Embedding as a teacher does it: copy the snippet from the Share dialog, paste it into a lesson
 * page on another site (here a second loopback origin), and the students see the same moment and
 * event, in a frame that fits its content, with nothing loaded from anywhere but the app.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect } from 'vitest';
import type { FrameLocator, Page } from 'playwright-core';
import { browserTest, openApp, waitForMap, type AppPage } from './harness.ts';

const HOST_SCRIPT = readFileSync(new URL('../../public/embed/host.js', import.meta.url), 'utf8');
const SHARED_VIEW = '?t=2011-03-17&event=datta-khel-strike';
const DATTA_KHEL_DAY = '15050'; // 2011-03-17
/** host.js's default bounds. */
const HOST_MAX_HEIGHT = 2400;
/** A narrow lesson column: the one-column layout, whose height is its content. */
const COLUMN_WIDTH = 360;

/** A lesson page server on its own port: another origin than the app's. */
interface LessonSite {
  origin: string;
  /** Paths the site was asked for. */
  served: string[];
  setPage(html: string): void;
  close(): Promise<void>;
}

async function startLessonSite(): Promise<LessonSite> {
  let page = '';
  const served: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    served.push(url.pathname);
    if (url.pathname === '/host.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(HOST_SCRIPT);
    } else if (url.pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    } else if (url.pathname === '/poster') {
      // A frame of the lesson site itself that claims a height, as a hostile or buggy embed could.
      const height = url.searchParams.get('h') ?? '0';
      res
        .writeHead(200, { 'content-type': 'text/html' })
        .end(`<script>parent.postMessage({ type: 'time-atlas:height', height: ${Number(height)} }, '*')</script>`);
    } else {
      res.writeHead(204).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    served,
    setPage: (html) => (page = html),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A lesson page around the snippet; it also records the height messages it receives. */
function lessonPage(snippet: string, extra = ''): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Lesson 4: the 2011 crisis</title></head>
<body style="margin:0 auto;max-width:${COLUMN_WIDTH}px;font-family:serif">
<h1>Lesson 4</h1>
<script>
  window.received = [];
  addEventListener('message', (e) => window.received.push({ origin: e.origin, data: e.data }));
</script>
${snippet}
${extra}
<div style="height:3000px">Questions follow.</div>
</body></html>`;
}

let app: AppPage | undefined;
let site: LessonSite | undefined;
afterEach(async () => {
  await app?.close();
  await site?.close();
  app = undefined;
  site = undefined;
});

/** Copy the embed snippet from the Share dialog, with the "grow to fit" script. */
async function copySnippet(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await page.getByLabel(/Let the frame grow/).check();
  return page.locator('#share-embed').inputValue();
}

const atlasFrame = (page: Page): FrameLocator => page.frameLocator('iframe[title^="Time Atlas"]');

async function frameHeight(page: Page): Promise<number> {
  return page.locator('iframe[title^="Time Atlas"]').evaluate((f) => f.getBoundingClientRect().height);
}

describe('embedding in a lesson page', () => {
  browserTest('the Share dialog gives a link and a complete iframe snippet for this view', async () => {
    app = await openApp(SHARED_VIEW);
    await app.page.getByRole('button', { name: 'Share', exact: true }).click();
    const link = await app.page.locator('#share-link').inputValue();
    expect(new URL(link).search).toBe(SHARED_VIEW);
    const snippet = await app.page.locator('#share-embed').inputValue();
    expect(snippet).toMatch(/^<iframe src="[^"]+\?t=2011-03-17&amp;event=datta-khel-strike&amp;embed=1"/);
    expect(snippet).toMatch(/ title="Time Atlas: The US–Pakistan crisis of 2011, 17 March 2011"/);
    expect(snippet).toContain(' loading="lazy"');
    expect(snippet).toMatch(/ style="[^"]*aspect-ratio:4\/3[^"]*"/);
    expect(snippet).toContain(' allow="fullscreen"');
    expect(snippet).not.toContain('<script');
    await app.page.getByLabel(/Let the frame grow/).check();
    expect(await app.page.locator('#share-embed').inputValue()).toContain('<script src="host.js" defer></script>');
    expect(app.errors).toEqual([]);
  });

  browserTest('a page on another origin embeds the shared view; the frame reports its height and fits', async () => {
    app = await openApp(SHARED_VIEW);
    const snippet = await copySnippet(app.page);
    site = await startLessonSite();
    // The teacher's copy of host.js sits beside the lesson page.
    site.setPage(lessonPage(snippet));
    app.errors.length = 0;
    app.requests.length = 0;
    const appOrigin = new URL(app.baseUrl).origin;

    await app.page.goto(`${site.origin}/`);
    const frame = atlasFrame(app.page);
    await frame.locator('[data-map-ready="true"]').waitFor({ timeout: 30_000 });

    // The height message arrives from the app's origin, namespaced, with a number.
    await expect
      .poll(() => app!.page.evaluate(() => (window as unknown as { received: unknown[] }).received.length))
      .toBeGreaterThan(0);
    const received = await app.page.evaluate(
      () => (window as unknown as { received: { origin: string; data: { type: string; height: number } }[] }).received,
    );
    for (const message of received) {
      expect(message.origin).toBe(appOrigin);
      expect(message.data.type).toBe('time-atlas:height');
      expect(Number.isFinite(message.data.height)).toBe(true);
    }

    // host.js sizes the frame to the last height (clamped), replacing the reserved 480 px.
    await expect
      .poll(async () => {
        const all = await app!.page.evaluate(
          () => (window as unknown as { received: { data: { height: number } }[] }).received,
        );
        const last = all.at(-1)?.data.height ?? 0;
        return Math.abs((await frameHeight(app!.page)) - Math.min(HOST_MAX_HEIGHT, last));
      })
      .toBeLessThanOrEqual(1);
    // The frame fits its content: the time slider is inside it, and the map has its preferred size.
    const frameBox = await app.page.locator('iframe[title^="Time Atlas"]').boundingBox();
    const slider = await frame.getByRole('slider', { name: 'Time' }).boundingBox();
    if (!frameBox || !slider) throw new Error('no frame or slider');
    expect(slider.y + slider.height).toBeLessThanOrEqual(frameBox.y + frameBox.height);
    const mapHeight = await frame.locator('.map-area').evaluate((e) => e.getBoundingClientRect().height);
    expect(mapHeight).toBeGreaterThanOrEqual(0.62 * COLUMN_WIDTH - 1);

    // The embedded view is the shared one, in the compact layout, with a way out to the full view.
    expect(await frame.locator('.atlas.embed').count()).toBe(1);
    expect(await frame.getByRole('slider', { name: 'Time' }).getAttribute('aria-valuenow')).toBe(DATTA_KHEL_DAY);
    await expect.poll(() => frame.locator('article.card h2').textContent()).toMatch(/Datta Khel/);
    const fullView = frame.getByRole('link', { name: /Open full view/ });
    expect(await fullView.getAttribute('target')).toBe('_blank');
    expect(await fullView.getAttribute('rel')).toContain('noopener');
    expect(new URL((await fullView.getAttribute('href')) ?? '').search).toBe(SHARED_VIEW);
    // Tools that make no sense in a lesson frame are gone.
    expect(await frame.getByRole('button', { name: 'Print handout' }).isVisible()).toBe(false);

    // No errors anywhere, nothing from outside the two origins, and the frame only from the app's.
    expect(app.errors).toEqual([]);
    const outside = app.requests.filter(
      (url) => !/^(data|blob):/.test(url) && ![appOrigin, site!.origin].includes(new URL(url).origin),
    );
    expect(outside).toEqual([]);
    expect(site.served.filter((p) => p !== '/' && p !== '/host.js' && p !== '/favicon.ico')).toEqual([]);
    expect(app.requests.some((url) => url.startsWith(`${appOrigin}/assets/`))).toBe(true);
    expect(await app.page.context().cookies()).toEqual([]);
  });

  browserTest('the frame takes no commands: a message from the host page changes nothing', async () => {
    app = await openApp(SHARED_VIEW);
    const snippet = await copySnippet(app.page);
    site = await startLessonSite();
    site.setPage(lessonPage(snippet));
    await app.page.goto(`${site.origin}/`);
    const frame = atlasFrame(app.page);
    await frame.locator('[data-map-ready="true"]').waitFor({ timeout: 30_000 });
    await app.page.evaluate(() => {
      const target = document.querySelector('iframe')?.contentWindow;
      for (const type of ['time-atlas:seek', 'time-atlas:height', 'seek']) target?.postMessage({ type, t: 0 }, '*');
    });
    await app.page.waitForTimeout(300);
    expect(await frame.getByRole('slider', { name: 'Time' }).getAttribute('aria-valuenow')).toBe(DATTA_KHEL_DAY);
    expect(app.errors).toEqual([]);
  });

  browserTest('host.js resizes only the frame that sent the message, clamps it, and ignores the rest', async () => {
    app = await openApp('');
    site = await startLessonSite();
    const frames = `
      <iframe id="a" src="/poster?h=100000" data-max-height="700"></iframe>
      <iframe id="b" src="/poster?h=321"></iframe>
      <iframe id="c" src="about:blank" style="height:150px"></iframe>
      <script src="/host.js"></script>`;
    site.setPage(lessonPage('', frames));
    await app.page.goto(`${site.origin}/`);
    const height = (id: string) => app!.page.locator(`#${id}`).evaluate((f) => f.clientHeight);
    await expect.poll(() => height('a')).toBe(700);
    await expect.poll(() => height('b')).toBe(321);
    // Not from a frame, not ours, not a number: all ignored.
    await app.page.evaluate(() => {
      window.postMessage({ type: 'time-atlas:height', height: 999 }, '*');
      // about:blank shares this page's origin, but its address belongs to no site: ignored.
      const c = document.querySelector<HTMLIFrameElement>('#c')!.contentWindow as unknown as {
        eval(code: string): void;
      };
      c.eval(`parent.postMessage({ type: 'time-atlas:height', height: 999 }, '*')`);
      const b = document.querySelector<HTMLIFrameElement>('#b')!.contentWindow!;
      b.postMessage('noise', '*');
    });
    await app.page.evaluate(() => {
      const b = document.querySelector<HTMLIFrameElement>('#b')!;
      const script = b.contentDocument!.createElement('script');
      script.textContent = `parent.postMessage({ type: 'time-atlas:height', height: 'tall' }, '*');
        parent.postMessage({ type: 'other:height', height: 500 }, '*');
        parent.postMessage({ type: 'time-atlas:height', height: 10 }, '*');`;
      b.contentDocument!.body.append(script);
    });
    // 10 px is clamped up to the 240 px minimum; the string and the other type changed nothing.
    await expect.poll(() => height('b')).toBe(240);
    expect(await height('c')).toBe(150);
    expect(await height('a')).toBe(700);
  });

  browserTest('the mouse wheel over the embedded map scrolls the lesson page, not the map', async () => {
    app = await openApp(SHARED_VIEW);
    // In this narrow column the atlas page (map, list of events, card) is taller than host.js's
    // default 2400 px cap, and a frame that scrolls inside would take the wheel itself: let it grow
    // to its whole height, so that only the map's handling of the wheel is under test.
    const snippet = (await copySnippet(app.page)).replace('<iframe ', '<iframe data-max-height="20000" ');
    expect(snippet).toContain('data-max-height="20000"');
    site = await startLessonSite();
    site.setPage(lessonPage(snippet));
    await app.page.goto(`${site.origin}/`);
    const frame = atlasFrame(app.page);
    await frame.locator('[data-map-ready="true"]').waitFor({ timeout: 30_000 });
    const box = await app.page.locator('iframe').boundingBox();
    const map = await frame.locator('.maplibregl-canvas').boundingBox();
    if (!box || !map) throw new Error('no frame or map');
    const frameUrl = () =>
      app!.page
        .frames()
        .find((f) => f.url().includes('embed=1'))
        ?.url() ?? '';
    const before = frameUrl();
    await app.page.mouse.move(map.x + map.width / 2, map.y + map.height / 2);
    await app.page.mouse.wheel(0, 300);
    await expect.poll(() => app!.page.evaluate(() => scrollY)).toBeGreaterThan(100);
    await app.page.waitForTimeout(500);
    // The map did not zoom, so its camera (written to the frame's address) did not change.
    expect(new URL(frameUrl()).searchParams.get('cam')).toBe(new URL(before).searchParams.get('cam'));
    await expect.poll(() => frame.getByText(/Use (Ctrl|⌘) \+ scroll to zoom the map/).isVisible()).toBe(true);
  });
});

describe('touch on an embedded map', () => {
  /** A one-finger drag across the middle of the map, as real touch events. */
  async function swipe(page: Page): Promise<void> {
    const box = await page.locator('.maplibregl-canvas').boundingBox();
    if (!box) throw new Error('no map');
    const cdp = await page.context().newCDPSession(page);
    const at = (dy: number) => [{ x: box.x + box.width / 2, y: box.y + box.height / 2 + dy }];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
    for (let dy = 15; dy <= 150; dy += 15) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(dy) });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await page.waitForTimeout(500);
  }
  const cam = (page: Page) => new URL(page.url()).searchParams.get('cam');

  browserTest('one finger moves the map in the full view', async () => {
    app = await openApp('?t=2011-03-17', { width: 390, height: 800, hasTouch: true });
    await waitForMap(app.page);
    expect(cam(app.page)).toBeNull();
    await swipe(app.page);
    await expect.poll(() => cam(app!.page)).not.toBeNull();
  });

  browserTest('one finger leaves an embedded map alone and says two fingers move it', async () => {
    app = await openApp('?t=2011-03-17&embed=1', { width: 390, height: 800, hasTouch: true });
    await waitForMap(app.page);
    await swipe(app.page);
    expect(cam(app.page)).toBeNull();
    await expect.poll(() => app!.page.getByText(/two fingers to move the map/i).isVisible()).toBe(true);
    expect(app.errors).toEqual([]);
  });
});
