/**
 * Regression tests for issue 14's `cameraRequest`: a camera move (a tour step, an article's
 * places) was kept as state, so a map built again later (another basemap, other label names) flew
 * back to it. A move is now a call to the map there is; label names change the map in place.
 */
import { afterEach, describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { browserTest, openApp, waitForMap, type AppPage } from './harness.ts';

let app: AppPage | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** How far two cameras may differ and still be "the same view" (degrees, zoom levels). */
const SAME = 0.05;
/** Longer than the address bar's write interval (Atlas.svelte), so a fly-back would show in cam=. */
const SETTLE_MS = 1500;

const camOf = (page: Page) => new URL(page.url()).searchParams.get('cam')?.split(',').map(Number) ?? [];
const distance = (a: number[], b: readonly number[]) =>
  Math.max(...b.map((v, i) => Math.abs((a[i] ?? Number.NaN) - v)));

/** Drags the map by `dx` CSS pixels, as a reader would, and waits for the new camera in the address. */
async function dragMap(page: Page, dx: number): Promise<number[]> {
  const before = camOf(page);
  const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(x + (dx * i) / 10, y);
  await page.mouse.up();
  await expect.poll(() => distance(camOf(page), before), { timeout: 5000 }).toBeGreaterThan(SAME);
  await page.waitForTimeout(SETTLE_MS);
  return camOf(page);
}

async function chooseInSettings(page: Page, label: RegExp) {
  await page.getByRole('button', { name: 'Map settings' }).click();
  await page.getByRole('radio', { name: label }).check();
  await page.keyboard.press('Escape');
}

describe('camera moves are calls, not state (issue 14)', () => {
  browserTest('after a tour step, a new basemap keeps the reader’s view, not the step’s', async () => {
    app = await openApp('?tour=crisis-2011', { reducedMotion: true });
    await waitForMap(app.page);
    // Step 1 frames Lahore at zoom 6.
    const step = [74.35, 31.56, 6];
    await expect.poll(() => distance(camOf(app!.page), step), { timeout: 5000 }).toBeLessThan(SAME);
    await app.page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => camOf(app!.page)[2] ?? 0, { timeout: 5000 }).toBeGreaterThan(step[2]! + 0.5);
    await app.page.waitForTimeout(SETTLE_MS);
    const moved = camOf(app.page);
    expect(distance(moved, step)).toBeGreaterThan(SAME);

    await chooseInSettings(app.page, /^Dark/);
    await waitForMap(app.page);
    await expect.poll(() => app!.page.locator('[data-theme="dark"][data-map-ready="true"]').count()).toBe(1);
    await app.page.waitForTimeout(SETTLE_MS);
    expect(distance(camOf(app.page), moved)).toBeLessThan(SAME);
    expect(app.errors).toEqual([]);
  });

  browserTest('after mapping an article, other label names keep the reader’s view and the same map', async () => {
    app = await openApp('?t=2011-03-17', { reducedMotion: true });
    await waitForMap(app.page);
    await app.page.getByRole('button', { name: 'Map an article' }).click();
    await app.page.getByLabel(/Paste the text/).fill('Flights from Peshawar to Karachi were delayed.');
    await app.page.getByRole('button', { name: 'Find places' }).click();
    await expect.poll(() => camOf(app!.page)[0] ?? 0, { timeout: 5000 }).toBeGreaterThan(66);
    await app.page.getByRole('button', { name: /^Close and remove/ }).click();
    const moved = await dragMap(app.page, 200);

    await app.page.evaluate(() => {
      (window as unknown as { mapCanvas?: Element | null }).mapCanvas = document.querySelector('.maplibregl-canvas');
    });
    // Read from the map's own style: which labels are drawn at this view depends on its size.
    const field = () =>
      app!.page.evaluate(() =>
        JSON.stringify(
          (document.querySelector('[data-map-ready]') as unknown as { labelField(id: string): unknown }).labelField(
            'basemap-district-labels',
          ),
        ),
      );
    const before = await field();
    expect(before).toContain('name_2011');
    await chooseInSettings(app.page, /^Today/);
    // The labels change on the map there is: the same canvas, its label names switched.
    await expect.poll(field, { timeout: 10_000 }).not.toContain('name_2011');
    expect(
      await app.page.evaluate(
        () =>
          (window as unknown as { mapCanvas?: Element | null }).mapCanvas ===
          document.querySelector('.maplibregl-canvas'),
      ),
    ).toBe(true);
    await app.page.waitForTimeout(SETTLE_MS);
    expect(distance(camOf(app.page), moved)).toBeLessThan(SAME);
    expect(app.errors).toEqual([]);
  });
});
