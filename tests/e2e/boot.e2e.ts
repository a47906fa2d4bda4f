import { afterEach, expect } from 'vitest';
import { browserTest, openApp, waitForMap, type AppPage } from './harness.ts';
import { pixelStats } from './pixels.ts';

let app: AppPage | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

browserTest('the app boots and draws its map with no console errors', async () => {
  app = await openApp();
  await waitForMap(app.page);
  expect(await app.page.locator('.maplibregl-canvas').count()).toBe(1);
  expect(app.errors).toEqual([]);
});

browserTest('the map canvas shows a real map, not a blank rectangle', async () => {
  app = await openApp();
  await waitForMap(app.page);
  const stats = await pixelStats(app.page, '.maplibregl-canvas');
  expect(stats.width).toBeGreaterThan(500);
  // Land, sea, borders and labels: many colours, and a good part of the canvas is not the sea.
  expect(stats.distinctColours).toBeGreaterThan(20);
  expect(stats.nonDominantShare).toBeGreaterThan(0.2);
});

browserTest('every request the page makes goes to its own origin', async () => {
  app = await openApp();
  await waitForMap(app.page);
  const origin = new URL(app.baseUrl).origin;
  const outside = app.requests.filter((url) => {
    if (url.startsWith('data:') || url.startsWith('blob:')) return false;
    return new URL(url).origin !== origin;
  });
  expect(outside).toEqual([]);
  expect(app.requests.length).toBeGreaterThan(2);
  expect(await app.page.context().cookies()).toEqual([]);
});
