/**
 * Regression for issue 19: at the embed code's own size (700 px wide, 4:3), at 700×500 and at
 * 360×480 the time slider was below the bottom of the frame. Every frame from 320×400 to 1200×900
 * now shows the slider and the play control, gives the map at least 40% of the frame, keeps the
 * card as a sheet the reader opens, and starts with the map's credits closed on small frames.
 */
import { afterEach, describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { browserTest, openApp, waitForMap, type AppPage } from './harness.ts';

const VIEW = '?t=2011-03-17&event=datta-khel-strike&embed=1';
/** The least share of the frame's height the map may have. */
const MIN_MAP_SHARE = 0.4;
const FRAMES: { width: number; height: number; small: boolean }[] = [
  { width: 320, height: 400, small: true },
  { width: 360, height: 480, small: true },
  { width: 700, height: 500, small: true },
  { width: 700, height: 525, small: true },
  { width: 1200, height: 900, small: false },
];

let app: AppPage | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** Whether the element's whole box is inside the viewport. */
async function inView(page: Page, selector: string): Promise<boolean> {
  return page
    .locator(selector)
    .first()
    .evaluate((e) => {
      const r = e.getBoundingClientRect();
      return r.width > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
    });
}

const creditsOpen = (page: Page) =>
  page.locator('.maplibregl-ctrl-attrib').evaluate((e) => e.classList.contains('maplibregl-compact-show'));

describe('an embed fits its frame', () => {
  for (const { width, height, small } of FRAMES) {
    browserTest(`${width}×${height}: slider and play in view, map ≥ 40%, nothing scrolls`, async () => {
      app = await openApp(VIEW, { width, height });
      await waitForMap(app.page);
      const page = app.page;
      expect(await inView(page, '[role="slider"][aria-label="Time"]')).toBe(true);
      expect(await inView(page, 'button[aria-label="Play"]')).toBe(true);
      const mapShare = await page.locator('.map-area').evaluate((e) => e.getBoundingClientRect().height / innerHeight);
      expect(mapShare).toBeGreaterThanOrEqual(MIN_MAP_SHARE);
      expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(height);
      await expect.poll(() => creditsOpen(page)).toBe(!small);

      const toggle = page.getByRole('button', { name: 'Event details' });
      if (width <= 760) {
        // The card is a sheet, closed until the reader opens it; open, the slider stays in view.
        expect(await page.locator('article.card').isVisible()).toBe(false);
        await toggle.click();
        expect(await page.locator('article.card').isVisible()).toBe(true);
        expect(await inView(page, '[role="slider"][aria-label="Time"]')).toBe(true);
        await page.getByRole('button', { name: 'Hide details' }).click();
        expect(await page.locator('article.card').isVisible()).toBe(false);
      } else {
        expect(await toggle.isVisible()).toBe(false);
        expect(await page.locator('article.card').isVisible()).toBe(true);
      }
      expect(app.errors).toEqual([]);
    });
  }

  browserTest('a phone in the full view starts with the credits closed; a desktop with them open', async () => {
    app = await openApp('?t=2011-03-17', { width: 360, height: 740 });
    await waitForMap(app.page);
    await expect.poll(() => creditsOpen(app!.page)).toBe(false);
    // The ⓘ button still opens them.
    await app.page.locator('.maplibregl-ctrl-attrib-button').click();
    expect(await creditsOpen(app.page)).toBe(true);
    await app.close();
    app = await openApp('?t=2011-03-17', { width: 1280, height: 800 });
    await waitForMap(app.page);
    await expect.poll(() => creditsOpen(app!.page)).toBe(true);
  });
});
