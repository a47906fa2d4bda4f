/**
 * Issue 17's first view: the map opens on the places' display copy (places-display.geojson), and
 * the full gazetteer (places.geojson) is fetched only when something needs it: here, a map
 * opened zoomed in past the copy's zoom.
 */
import { afterEach, expect } from 'vitest';
import { browserTest, openApp, waitForMap, type AppPage } from './harness.ts';
import { DISPLAY_MAX_ZOOM } from '../../src/core/model/display-places.ts';

const DISPLAY_COPY = /\/places-display-[^/]+\.geojson$/;
const FULL_GAZETTEER = /\/places-(?!display-)[^/]+\.geojson$/;
/** North Waziristan, whose outline the 17 March event draws. */
const NORTH_WAZIRISTAN = '70.0,32.9';

let app: AppPage | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

browserTest('the first view loads the display copy of the places, not the full gazetteer', async () => {
  app = await openApp('?t=2011-03-17');
  await waitForMap(app.page);
  expect(app.requests.filter((u) => DISPLAY_COPY.test(u))).toHaveLength(1);
  expect(app.requests.filter((u) => FULL_GAZETTEER.test(u))).toEqual([]);
  expect(app.errors).toEqual([]);
});

browserTest('a map zoomed in past the display copy draws the full gazetteer, fetched once', async () => {
  app = await openApp(`?t=2011-03-17&cam=${NORTH_WAZIRISTAN},${DISPLAY_MAX_ZOOM + 2}`);
  await waitForMap(app.page);
  await expect.poll(() => app!.requests.filter((u) => FULL_GAZETTEER.test(u)).length, { timeout: 15_000 }).toBe(1);
  expect(app.errors).toEqual([]);
});
