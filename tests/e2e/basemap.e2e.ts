/**
 * The offline basemap as a person meets it: labels drawn locally (no glyph server), a real map
 * at every zoom over Datta Khel, a dark theme, and an online style that fails falling back to the
 * offline map with a message.
 */
import { afterEach, expect } from 'vitest';
import { browserTest, openApp, waitForMap, type AppPage } from './harness.ts';
import { pixelStats } from './pixels.ts';

const DATTA_KHEL = '69.74477,32.90849';

let app: AppPage | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const renderedLabels = (a: AppPage) =>
  a.page.evaluate(() =>
    (document.querySelector('[data-map-ready]') as unknown as { renderedLabels(): string[] }).renderedLabels(),
  );

browserTest('labels render with no glyph server: Islamabad is labelled', async () => {
  app = await openApp('?t=2011-03-17');
  await waitForMap(app.page);
  const labels = await renderedLabels(app);
  expect(labels).toContain('Islamabad');
  expect(labels.length).toBeGreaterThan(10);
  const origin = new URL(app.baseUrl).origin;
  expect(app.requests.filter((u) => u.startsWith('http') && new URL(u).origin !== origin)).toEqual([]);
  // The label font is the bundled woff2, served from the app itself.
  expect(app.requests.some((u) => u.endsWith('.woff2'))).toBe(true);
});

for (const zoom of [3, 6, 9]) {
  browserTest(`the map is not blank at zoom ${zoom} over Datta Khel`, async () => {
    app = await openApp(`?t=2011-03-17&cam=${DATTA_KHEL},${zoom}`);
    await waitForMap(app.page);
    const stats = await pixelStats(app.page, '.maplibregl-canvas');
    expect(stats.distinctColours).toBeGreaterThan(12);
    expect(stats.nonDominantShare).toBeGreaterThan(0.03);
    expect(app.errors).toEqual([]);
  });
}

browserTest('the dark theme draws a dark map, the default a light one', async () => {
  app = await openApp('?map=dark&t=2011-03-17');
  await waitForMap(app.page);
  const dark = await pixelStats(app.page, '.maplibregl-canvas');
  expect(dark.distinctColours).toBeGreaterThan(12);
  expect(dark.meanLuminance).toBeLessThan(90);
  await app.close();
  app = await openApp('?t=2011-03-17');
  await waitForMap(app.page);
  expect((await pixelStats(app.page, '.maplibregl-canvas')).meanLuminance).toBeGreaterThan(170);
});

browserTest('an unreachable online style shows a message and the offline map still works', async () => {
  // Port 1 on loopback refuses at once: an unreachable server without leaving this machine.
  app = await openApp(`?map=${encodeURIComponent('https://127.0.0.1:1/style.json')}&t=2011-03-17`);
  await waitForMap(app.page);
  await expect.poll(() => app!.page.locator('.notices').textContent(), { timeout: 20_000 }).toMatch(/online map style/);
  const stats = await pixelStats(app.page, '.maplibregl-canvas');
  expect(stats.distinctColours).toBeGreaterThan(20);
  expect(await renderedLabels(app)).toContain('Islamabad');
  expect(new URL(app.page.url()).searchParams.get('map')).toBeNull();
});

browserTest('an http or javascript: style URL is refused with a reason, before any request', async () => {
  app = await openApp('?t=2011-03-17');
  await waitForMap(app.page);
  await app.page.getByRole('button', { name: 'Map settings' }).click();
  const input = app.page.getByLabel('Style URL');
  for (const bad of ['http://example.org/style.json', 'javascript:alert(1)']) {
    await input.fill(bad);
    await app.page.getByRole('button', { name: 'Use this online style' }).click();
    await expect.poll(() => app!.page.locator('#basemap-url-error').textContent()).toMatch(/https/i);
  }
  expect(app.requests.filter((u) => u.includes('example.org'))).toEqual([]);
});

browserTest('far from the region, a deep zoom enlarges the world tiles, with no failed request', async () => {
  // The Alps at zoom 7: outside the detail box, where the build cut tiles only down to zoom 4.
  app = await openApp('?t=2011-03-17&cam=9.5,46.5,7');
  await waitForMap(app.page);
  const stats = await pixelStats(app.page, '.maplibregl-canvas');
  expect(stats.distinctColours).toBeGreaterThan(12);
  expect(stats.nonDominantShare).toBeGreaterThan(0.03);
  const tileZooms = app.requests.flatMap((u) => /\/basemap\/\w+\/(\d+)\/\d+\/\d+\.pbf$/.exec(u)?.[1] ?? []).map(Number);
  expect(tileZooms.length).toBeGreaterThan(0);
  expect(Math.max(...tileZooms)).toBe(4);
  expect(app.errors).toEqual([]);
});
