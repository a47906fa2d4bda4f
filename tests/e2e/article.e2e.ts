/**
 * "Map an article" as a teacher uses it: paste a text, see its places highlighted (as text, never
 * as HTML), pinned on the map, and download them as GeoJSON; open a .txt file; close the panel
 * and the pins go. The texts are our own.
 */
import { check } from '@placemarkio/check-geojson';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect } from 'vitest';
import { browserTest, openApp, waitForMap, type AppPage } from './harness.ts';
import { seriousViolations } from './axe.ts';

let app: AppPage | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const TEXT =
  'LAHORE: Police in Lahore said on Monday that a drone strike near Datta Khel in North Waziristan ' +
  'had killed four men. <img src=x onerror=alert(1)> Officials would not comment.';

const panel = (page: Page) => page.getByRole('dialog', { name: 'Map an article' });

async function mapArticle(page: Page, text: string): Promise<void> {
  await page.getByRole('button', { name: 'Map an article' }).click();
  await panel(page)
    .getByLabel(/Paste the text/)
    .fill(text);
  await panel(page).getByRole('button', { name: 'Find places' }).click();
  await panel(page).locator('.article-text').waitFor();
}

const marks = (page: Page) =>
  panel(page)
    .locator('.article-text mark')
    .evaluateAll((els) => els.map((e) => [e.textContent, e.getAttribute('data-place-id')]));

/** Dark pixels (the overlay's ring is #1d2433) in a square around the centre of the map. */
async function darkPixelsAtCentre(page: Page): Promise<number> {
  const box = await page.locator('.maplibregl-canvas').boundingBox();
  if (!box) throw new Error('no map canvas');
  const half = 14;
  const png = await page.screenshot({
    clip: { x: box.x + box.width / 2 - half, y: box.y + box.height / 2 - half, width: 2 * half, height: 2 * half },
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
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    let dark = 0;
    for (let i = 0; i < d.length; i += 4) if (d[i]! + d[i + 1]! + d[i + 2]! < 200) dark++;
    return dark;
  }, png.toString('base64'));
}

describe('map an article', () => {
  browserTest('highlights the places of a pasted text, exactly as written', async () => {
    app = await openApp('?t=2011-03-17');
    await waitForMap(app.page);
    await mapArticle(app.page, TEXT);
    expect(await marks(app.page)).toEqual([
      ['LAHORE', 'lahore'],
      ['Lahore', 'lahore'],
      ['Datta Khel', 'datta-khel'],
      ['North Waziristan', 'north-waziristan'],
    ]);
    // The text reads as pasted: highlights are spans within it, nothing added or lost.
    expect(await panel(app.page).locator('.article-text').textContent()).toBe(TEXT);
    const places = await panel(app.page).locator('.places li').allTextContents();
    expect(places[0]).toMatch(/Lahore\s*city\s*2×\s*curated/);
    expect(places.join('|')).toMatch(/Datta Khel.*1×/);
    expect(await panel(app.page).getByRole('status').first().textContent()).toMatch(/3 places in 4 mentions/);
    expect(app.errors).toEqual([]);
  });

  browserTest('markup in a pasted text stays text: no element, no request, no dialog', async () => {
    app = await openApp('?t=2011-03-17');
    const dialogs: string[] = [];
    app.page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await waitForMap(app.page);
    await mapArticle(app.page, TEXT);
    const article = panel(app.page).locator('.article-text');
    expect(await article.textContent()).toContain('<img src=x onerror=alert(1)>');
    expect(await article.locator('img').count()).toBe(0);
    await app.page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    expect(app.requests.filter((u) => new URL(u).pathname.endsWith('/x'))).toEqual([]);
  });

  browserTest('downloads the places found as GeoJSON with their mention counts', async () => {
    app = await openApp('?t=2011-03-17');
    await waitForMap(app.page);
    await mapArticle(app.page, TEXT);
    const downloading = app.page.waitForEvent('download');
    await panel(app.page).getByRole('button', { name: 'Download as GeoJSON' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('article_places.geojson');
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    expect(() => check(text)).not.toThrow();
    const collection = JSON.parse(text) as {
      features: { id: string; geometry: { coordinates: number[] }; properties: Record<string, unknown> }[];
    };
    expect(collection.features.map((f) => [f.id, f.properties.mentions, f.properties.source])).toEqual([
      ['lahore', 2, 'curated'],
      ['datta-khel', 1, 'curated'],
      ['north-waziristan', 1, 'curated'],
    ]);
    expect(collection.features[0]?.properties).toMatchObject({ name: 'Lahore', kind: 'city', files: ['pasted text'] });
    const [lon, lat] = collection.features[0]?.geometry.coordinates ?? [];
    expect(lon).toBeCloseTo(74.35, 1);
    expect(lat).toBeCloseTo(31.55, 1);
  });

  browserTest('pins the places on the map, and closing the panel removes them', async () => {
    // Karachi has no events, so the only mark at its location is the pin; no animation.
    app = await openApp('?t=2011-03-17', { reducedMotion: true });
    await waitForMap(app.page);
    const before = await darkPixelsAtCentre(app.page);
    await mapArticle(app.page, 'Flights to Karachi were delayed.');
    // One place: the map centres on it.
    await expect.poll(() => new URL(app!.page.url()).searchParams.get('cam'), { timeout: 5000 }).toMatch(/^67\.0/);
    await expect.poll(() => darkPixelsAtCentre(app!.page), { timeout: 5000 }).toBeGreaterThan(before + 60);
    const pinned = await darkPixelsAtCentre(app.page);
    await panel(app.page)
      .getByRole('button', { name: /^Close/ })
      .click();
    expect(await panel(app.page).isVisible()).toBe(false);
    await expect.poll(() => darkPixelsAtCentre(app!.page), { timeout: 5000 }).toBeLessThan(pinned - 60);
  });

  browserTest('loads the world index only when the panel opens, and finds places beyond the gazetteer', async () => {
    app = await openApp('?t=2011-03-17');
    await waitForMap(app.page);
    expect(app.requests.some((u) => u.includes('world-places'))).toBe(false);
    await mapArticle(app.page, 'Refugees reached Bannu from Miran Shah.');
    expect(app.requests.some((u) => u.includes('world-places'))).toBe(true);
    const found = await marks(app.page);
    expect(found).toContainEqual(['Bannu', 'gn-pk-bannu']);
    expect(await panel(app.page).locator('.places').textContent()).toMatch(/Bannu.*GeoNames/);
    expect(app.requests.filter((u) => !u.startsWith(app!.baseUrl))).toEqual([]);
  });

  browserTest('opens a .txt file, keeps the text it replaced, and refuses a file that is not text', async () => {
    app = await openApp('?t=2011-03-17');
    await waitForMap(app.page);
    await app.page.getByRole('button', { name: 'Map an article' }).click();
    const typed = 'My own notes on Peshawar.';
    await panel(app.page)
      .getByLabel(/Paste the text/)
      .fill(typed);
    const input = panel(app.page).locator('input[type=file]');
    await input.setInputFiles({ name: 'report.txt', mimeType: 'text/plain', buffer: Buffer.from('Talks in Kabul.') });
    await expect.poll(() => marks(app!.page)).toEqual([['Kabul', 'kabul']]);
    expect(await panel(app.page).textContent()).toMatch(/Opened report\.txt; it replaced the text you had/);
    await panel(app.page).getByRole('button', { name: 'Bring my text back' }).click();
    expect(
      await panel(app.page)
        .getByLabel(/Paste the text/)
        .inputValue(),
    ).toBe(typed);

    await input.setInputFiles({
      name: 'photo.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from([0x89, 0x50, 0, 0x47]),
    });
    await expect
      .poll(() => panel(app!.page).getByRole('alert').textContent())
      .toBe('photo.txt is not a text file (it contains NUL bytes)');
    expect(
      await panel(app.page)
        .getByLabel(/Paste the text/)
        .inputValue(),
    ).toBe(typed);
  });

  browserTest('asks for text when there is none, and Escape closes the panel', async () => {
    app = await openApp('?t=2011-03-17');
    await waitForMap(app.page);
    await app.page.getByRole('button', { name: 'Map an article' }).click();
    await panel(app.page).getByRole('button', { name: 'Find places' }).click();
    expect(await panel(app.page).getByRole('alert').textContent()).toBe('Paste or type some text first.');
    await app.page.keyboard.press('Escape');
    expect(await panel(app.page).isVisible()).toBe(false);
  });

  browserTest('axe-core finds no serious problem in the panel with its results', async () => {
    app = await openApp('?t=2011-03-17');
    await waitForMap(app.page);
    await mapArticle(app.page, TEXT);
    expect(await seriousViolations(app.page, 'dialog.article')).toEqual([]);
  });
});
