/**
 * The atlas in the reader's language: `?lang=ur` is Urdu, right to left (the toolbar, the
 * timeline and the map's controls mirrored), `?lang=es` Spanish, and the language menu switches
 * language and puts it into the share link. axe-core is clean in each language.
 */
import { afterEach, expect } from 'vitest';
import { browserTest, openApp, waitForMap, type AppPage } from './harness.ts';
import { seriousViolations } from './axe.ts';

let app: AppPage | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const centreX = (box: { x: number; width: number } | null) => (box ? box.x + box.width / 2 : Number.NaN);

browserTest('?lang=ur: Urdu, right to left, the toolbar, timeline and map controls mirrored', async () => {
  app = await openApp('?lang=ur&t=2011-04-13');
  await waitForMap(app.page);
  const { page } = app;
  expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
    'ur',
    'rtl',
  ]);
  // The play button (Urdu "چلائیں") and the time slider.
  const play = page.getByRole('button', { name: 'چلائیں' });
  const previous = page.getByRole('button', { name: 'پچھلا واقعہ' });
  const next = page.getByRole('button', { name: 'اگلا واقعہ' });
  expect(await play.isVisible()).toBe(true);
  // The controls start at the right: previous is right of play, next left of it.
  expect(centreX(await previous.boundingBox())).toBeGreaterThan(centreX(await play.boundingBox()));
  expect(centreX(await next.boundingBox())).toBeLessThan(centreX(await play.boundingBox()));
  // The map column is on the left of the card and list, and the timeline's play control on its right half.
  const map = await page.locator('.map-area').boundingBox();
  const side = await page.locator('aside.side').boundingBox();
  expect(centreX(side)).toBeLessThan(centreX(map));
  const timeline = await page.locator('section.timeline').boundingBox();
  expect(centreX(await play.boundingBox())).toBeGreaterThan(timeline!.x + timeline!.width / 2);
  // Time runs right to left: the slider's thumb moves left when time moves on.
  const slider = page.getByRole('slider', { name: 'وقت' });
  const before = centreX(await slider.boundingBox());
  await slider.focus();
  await page.keyboard.press('PageUp'); // a month later
  await page.waitForFunction((x) => {
    const box = document.querySelector('[role="slider"]')!.getBoundingClientRect();
    return box.x + box.width / 2 < x - 5;
  }, before);
  // The map's zoom buttons at the top left, MapLibre's own words in Urdu.
  const zoomIn = await page.locator('.maplibregl-ctrl-zoom-in').boundingBox();
  expect(zoomIn!.x).toBeLessThan(map!.x + map!.width / 2);
  expect(await page.locator('.maplibregl-ctrl-zoom-in').getAttribute('aria-label')).toBe('قریب کریں');
  // Strings in Urdu, the slider's date in the Urdu locale.
  await expect.poll(() => page.locator('.tools').innerText()).toContain('شیئر کریں');
  expect(await page.locator('h2.count').innerText()).toMatch(/نقشے پر/);
  expect(await slider.getAttribute('aria-valuetext')).toMatch(/اپریل|مئی/);
  expect(app.errors).toEqual([]);
});

browserTest('the Urdu interface uses the bundled Naskh font, from this site', async () => {
  app = await openApp('?lang=ur&t=2011-04-13');
  await waitForMap(app.page);
  await app.page.evaluate(() => document.fonts.ready);
  const loaded = await app.page.evaluate(
    () => [...document.fonts].filter((f) => f.family.includes('Noto Naskh Arabic') && f.status === 'loaded').length,
  );
  expect(loaded).toBeGreaterThan(0);
  const fontRequests = app.requests.filter((u) => /\.woff2(\?|$)/.test(u));
  expect(fontRequests.some((u) => u.includes('naskh'))).toBe(true);
  expect(fontRequests.every((u) => u.startsWith(app!.baseUrl))).toBe(true);
});

browserTest('?lang=es: Spanish, left to right', async () => {
  app = await openApp('?lang=es&t=2011-04-13');
  await waitForMap(app.page);
  const { page } = app;
  expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
    'es',
    'ltr',
  ]);
  expect(await page.getByRole('button', { name: 'Reproducir' }).isVisible()).toBe(true);
  expect(await page.getByRole('button', { name: 'Compartir' }).isVisible()).toBe(true);
  expect(await page.getByRole('slider', { name: 'Tiempo' }).getAttribute('aria-valuetext')).toBe('13 de abril de 2011');
  // The English play button is gone: the page is not half translated.
  expect(await page.getByRole('button', { name: 'Play', exact: true }).count()).toBe(0);
  // Spanish labels are the longest, and still the toolbar is one row on a 1280-pixel laptop.
  const rows = await page
    .locator('.tools > *')
    .evaluateAll((tools) =>
      tools.filter((t) => t.getBoundingClientRect().width > 0).map((t) => Math.round(t.getBoundingClientRect().top)),
    );
  expect(rows.length).toBeGreaterThan(5);
  expect(new Set(rows).size).toBe(1);
  expect(await page.getByRole('button', { name: 'Ajustes del mapa' }).isVisible()).toBe(true);
  expect(app.errors).toEqual([]);
});

browserTest('the language menu switches language and the share link carries lang=', async () => {
  app = await openApp('?t=2011-04-13');
  await waitForMap(app.page);
  const { page } = app;
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ur');
  await page.waitForFunction(() => document.documentElement.dir === 'rtl');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('lang') === 'ur');
  await page.getByRole('button', { name: 'شیئر کریں' }).click();
  const link = await page.locator('#share-link').inputValue();
  expect(new URL(link).searchParams.get('lang')).toBe('ur');
  const snippet = await page.locator('#share-embed').inputValue();
  expect(snippet).toMatch(/embed=1&amp;lang=ur/);
  await page.keyboard.press('Escape');
  // And back to Spanish: the menu names each language in itself.
  await page.getByRole('combobox', { name: 'زبان' }).selectOption({ label: 'Español' });
  await page.waitForFunction(() => document.documentElement.lang === 'es' && document.documentElement.dir === 'ltr');
  expect(await page.getByRole('button', { name: 'Reproducir' }).isVisible()).toBe(true);
  expect(app.errors).toEqual([]);
});

for (const lang of ['en', 'es', 'ur']) {
  browserTest(`axe-core finds no serious or critical violations in ${lang}`, async () => {
    app = await openApp(`?lang=${lang}&t=2011-04-13`);
    await waitForMap(app.page);
    expect(await seriousViolations(app.page)).toEqual([]);
  });
}

browserTest('an embed in Urdu is right to left too, at 640 × 400', async () => {
  app = await openApp('?lang=ur&embed=1&t=2011-04-13', { width: 640, height: 400 });
  await waitForMap(app.page);
  expect(await app.page.locator('.atlas').getAttribute('dir')).toBe('rtl');
  expect(await app.page.locator('.atlas').getAttribute('lang')).toBe('ur');
  expect(await seriousViolations(app.page)).toEqual([]);
});
