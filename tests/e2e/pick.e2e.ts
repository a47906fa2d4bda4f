/**
 * Clicking on the map, in the real MapLibre: a click on a town's symbol, inside a district drawn
 * as an area, or on the outline of a country-wide event opens that event's card.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import type { FeatureCollection, Polygon, MultiPolygon, Point } from 'geojson';
import { pointOnFeature } from '@turf/turf';
import { browserTest, openApp, waitForMap, type AppPage } from './harness.ts';

let app: AppPage | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const places = JSON.parse(
  readFileSync(new URL('../../geodata/places.geojson', import.meta.url), 'utf8'),
) as FeatureCollection<Point | Polygon | MultiPolygon, { id: string }>;
const place = (id: string) => places.features.find((f) => f.properties.id === id)!;

/** Clicks the map where a longitude and latitude are drawn. */
async function clickAt(page: Page, lon: number, lat: number): Promise<void> {
  const map = page.locator('[data-map-ready="true"]');
  const point = await map.evaluate(
    (el, [x, y]) =>
      (el as unknown as { screenPoint(lon: number, lat: number): { x: number; y: number } }).screenPoint(x!, y!),
    [lon, lat],
  );
  const box = await map.boundingBox();
  if (!box) throw new Error('no map');
  expect(point.x).toBeGreaterThan(0);
  expect(point.x).toBeLessThan(box.width);
  expect(point.y).toBeGreaterThan(0);
  expect(point.y).toBeLessThan(box.height);
  await page.mouse.click(box.x + point.x, box.y + point.y);
}

const cardTitle = (page: Page) => page.locator('article.card h2').textContent();

describe('clicking on the map', () => {
  browserTest('a town symbol opens the event drawn there', async () => {
    app = await openApp('?t=2011-03-18&cam=70.2,33.2,8&event=munter-call', { reducedMotion: true });
    await waitForMap(app.page);
    expect(await cardTitle(app.page)).not.toMatch(/Datta Khel/);
    const [lon, lat] = place('datta-khel').geometry.coordinates as number[];
    await clickAt(app.page, lon!, lat!);
    await expect.poll(() => cardTitle(app!.page)).toMatch(/drone strike at Datta Khel/);
    expect(app.errors).toEqual([]);
  });

  browserTest('inside a district drawn as an area opens the event known only to that district', async () => {
    // Centred on Waziristan, so the point inside it is well within the map whatever the header's height.
    app = await openApp('?t=2011-03-18&cam=70.0,32.8,8&event=munter-call', { reducedMotion: true });
    await waitForMap(app.page);
    // A point inside Waziristan, well away from the Datta Khel symbol.
    const [lon, lat] = pointOnFeature(place('waziristan')).geometry.coordinates;
    const [dkLon, dkLat] = place('datta-khel').geometry.coordinates as number[];
    expect(Math.hypot(lon! - dkLon!, lat! - dkLat!)).toBeGreaterThan(0.15);
    await clickAt(app.page, lon!, lat!);
    await expect.poll(() => cardTitle(app!.page)).toMatch(/Waziristan/);
    expect(await app.page.locator('article.card').textContent()).not.toMatch(/Datta Khel/);
  });

  browserTest('the outline of a country-wide event opens it, though its inside is not filled', async () => {
    // 20 April 2011: the strikes after the ISI chief's visit, "in Pakistan", are the latest
    // Pakistan-wide event.
    const outline = place('pakistan').geometry as MultiPolygon;
    const ring = outline.coordinates.flat(1).sort((a, b) => b.length - a.length)[0]!;
    // The westernmost vertex: Pakistan's border with Iran, far from any town on the map.
    const [lon, lat] = ring.reduce((west, p) => (p[0]! < west[0]! ? p : west));
    app = await openApp(`?t=2011-04-20&cam=${lon! + 1},${lat},6&event=munter-call`, { reducedMotion: true });
    await waitForMap(app.page);
    // The chosen event is in the address (the card alone would not tell: with nothing chosen it
    // shows the event of the day, which on 20 April is this very one).
    const chosen = () => new URL(app!.page.url()).searchParams.get('event');
    // Inside, off the outline: a country-wide event is no fill to click, so nothing is chosen.
    await clickAt(app.page, lon! + 0.5, lat!);
    await expect.poll(chosen).toBeNull();
    await clickAt(app.page, lon!, lat!);
    await expect.poll(chosen).toBe('strikes-after-pasha-visit');
    expect(await cardTitle(app.page)).toMatch(/strikes/i);
    expect(app.errors).toEqual([]);
  });
});
