/**
 * Time playback as a viewer meets it: the URL opens a moment, the slider moves by keyboard,
 * play advances time, and the map, the list and the card agree.
 */
import { afterEach, describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { browserTest, openApp, waitForMap, type AppPage } from './harness.ts';

let app: AppPage | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const slider = (page: Page) => page.getByRole('slider', { name: 'Time' });
const sliderDay = async (page: Page) => Number(await slider(page).getAttribute('aria-valuenow'));
// GeoNames Datta Khel, as in geodata/places.geojson.
const DATTA_KHEL = { lon: 69.74477, lat: 32.90849 };

/** The colour at the centre of the map canvas, as drawn. */
async function centrePixel(page: Page): Promise<[number, number, number]> {
  const canvas = page.locator('.maplibregl-canvas');
  const box = await canvas.boundingBox();
  if (!box) throw new Error('no canvas');
  const png = await page.screenshot({
    clip: { x: box.x + box.width / 2 - 2, y: box.y + box.height / 2 - 2, width: 5, height: 5 },
  });
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(2, 2, 1, 1).data;
    return [d[0]!, d[1]!, d[2]!] as [number, number, number];
  }, png.toString('base64'));
}

/** Vermillion, the strike colour (213, 94, 0), within antialiasing and fading tolerance. */
const isStrikeColour = ([r, g, b]: [number, number, number]) => r > 170 && g < 150 && b < 90 && r - b > 100;

describe('time playback', () => {
  browserTest('?t=2011-03-17 shows the Datta Khel strike with both sources’ claims', async () => {
    app = await openApp('?t=2011-03-17');
    await waitForMap(app.page);
    const card = app.page.locator('article.card');
    await expect.poll(() => card.locator('h2').textContent()).toMatch(/Datta Khel/);
    const claims = card.locator('.claims');
    await expect.poll(() => claims.textContent()).toMatch(/Associated Press/);
    expect(await claims.textContent()).toMatch(/RSIS/);
    expect(await claims.textContent()).toMatch(/45 civilians/);
    expect(await sliderDay(app.page)).toBe(15050); // 2011-03-17
    expect(app.errors).toEqual([]);
  });

  browserTest('the strike is drawn at Datta Khel on 17 March and not the day before', async () => {
    const cam = `cam=${DATTA_KHEL.lon},${DATTA_KHEL.lat},7`;
    app = await openApp(`?t=2011-03-16&${cam}`);
    await waitForMap(app.page);
    expect(isStrikeColour(await centrePixel(app.page))).toBe(false);
    await slider(app.page).focus();
    await app.page.keyboard.press('ArrowRight');
    await expect.poll(async () => isStrikeColour(await centrePixel(app!.page)), { timeout: 5000 }).toBe(true);
  });

  browserTest('arrow keys, Page Up/Down and Home/End move the slider', async () => {
    app = await openApp('?t=2011-03-17');
    await waitForMap(app.page);
    const s = slider(app.page);
    await s.focus();
    await app.page.keyboard.press('ArrowRight');
    expect(await sliderDay(app.page)).toBe(15051);
    await app.page.keyboard.press('ArrowLeft');
    await app.page.keyboard.press('ArrowLeft');
    expect(await sliderDay(app.page)).toBe(15049);
    await app.page.keyboard.press('PageUp');
    expect(await s.getAttribute('aria-valuetext')).toBe('16 April 2011');
    await app.page.keyboard.press('Home');
    expect(await sliderDay(app.page)).toBe(Number(await s.getAttribute('aria-valuemin')));
    await app.page.keyboard.press('End');
    expect(await sliderDay(app.page)).toBe(Number(await s.getAttribute('aria-valuemax')));
    // The address bar follows, so the moment can be shared.
    await expect.poll(() => new URL(app!.page.url()).searchParams.get('t')).toBe('2011-08-02');
  });

  browserTest('play advances time and pause stops it', async () => {
    app = await openApp('?t=2011-02-01');
    await waitForMap(app.page);
    const before = await sliderDay(app.page);
    await app.page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => sliderDay(app!.page), { timeout: 5000 }).toBeGreaterThan(before + 3);
    await app.page.getByRole('button', { name: 'Pause' }).click();
    const paused = await sliderDay(app.page);
    await app.page.waitForTimeout(500);
    expect(await sliderDay(app.page)).toBe(paused);
    expect(app.errors).toEqual([]);
  });

  browserTest('the event list and the map show the same events as time moves', async () => {
    app = await openApp('?t=2011-01-20');
    await waitForMap(app.page);
    const map = app.page.locator('[data-map-ready="true"]');
    const listCount = async () => Number((await app!.page.locator('.count').textContent())?.match(/\d+/)?.[0]);
    for (const key of ['PageUp', 'PageUp', 'ArrowRight', 'PageUp', 'PageUp']) {
      await slider(app.page).focus();
      await app.page.keyboard.press(key);
      await expect.poll(async () => Number(await map.getAttribute('data-shown-events'))).toBe(await listCount());
    }
    expect(await listCount()).toBeGreaterThan(5);
  });

  browserTest('next event jumps to the next event and selects it', async () => {
    app = await openApp('?t=2011-03-16');
    await waitForMap(app.page);
    await app.page.getByRole('button', { name: 'Next event' }).click();
    expect(await sliderDay(app.page)).toBe(15050);
    await expect.poll(() => app!.page.locator('article.card h2').textContent()).toBeTruthy();
    await expect.poll(() => new URL(app!.page.url()).searchParams.get('event')).toBe('datta-khel-strike');
  });

  browserTest('a bad URL value falls back and says so', async () => {
    app = await openApp('?t=2011-02-30&w=banana');
    await waitForMap(app.page);
    const notices = await app.page.locator('.notices').textContent();
    expect(notices).toMatch(/t/);
    expect(notices).toMatch(/banana/);
    expect(app.page.url()).not.toMatch(/NaN/);
  });

  browserTest('clicking an event in the list opens its card', async () => {
    app = await openApp('?t=2011-04-13');
    await waitForMap(app.page);
    const item = app.page.locator('[data-event-id="pasha-panetta-meeting"]');
    await item.click();
    await expect.poll(() => app!.page.locator('article.card h2').textContent()).toMatch(/Pasha|Panetta|ISI/);
    expect(await item.getAttribute('aria-current')).toBe('true');
  });

  browserTest('the card names the other events drawn at the same town, and opens them', async () => {
    app = await openApp('?t=2011-03-16&event=davis-release');
    await waitForMap(app.page);
    const also = app.page.getByRole('region', { name: 'Other events at Lahore' });
    const shooting = also.getByRole('button', { name: /Davis shoots dead two men in Lahore/ });
    await shooting.click();
    await expect.poll(() => app!.page.locator('article.card h2').textContent()).toMatch(/shoots dead two men/);
    // Its card names the release in turn.
    await expect
      .poll(() => app!.page.getByRole('region', { name: 'Other events at Lahore' }).textContent())
      .toMatch(/Davis freed/);
    expect(app.errors).toEqual([]);
  });
});
