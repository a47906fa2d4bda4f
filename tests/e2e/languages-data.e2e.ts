/**
 * The dataset and the map in the reader's language (issue 20): the card shows the event's title
 * in Urdu or Spanish, marked with its `lang` and `dir`; the basemap's labels read `name_ur` or
 * `name_es`; Urdu labels load the bundled RTL text plugin from the app's own origin (and a Spanish
 * reader never loads it); nothing leaves the origin.
 */
import { readFileSync } from 'node:fs';
import { afterEach, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { browserTest, openApp, waitForMap, type AppPage } from './harness.ts';
import { DEFAULT_DATASET_META } from '../../src/core/dataset/load-dataset.ts';

interface MapHooks {
  labelField(layerId: string): unknown;
  rtlTextPluginStatus(): string;
}

const EVENT = 'davis-shooting';
const events = JSON.parse(readFileSync(new URL('../../geodata/events.json', import.meta.url), 'utf8')) as {
  id: string;
  title: string;
  translations: Record<string, { title: string }>;
}[];
const davis = events.find((e) => e.id === EVENT)!;

let app: AppPage | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** Opens the app in `lang`, as a shared link does. */
async function openIn(lang: string): Promise<AppPage> {
  const opened = await openApp(`?t=2011-01-27&event=${EVENT}&lang=${lang}`);
  await waitForMap(opened.page);
  return opened;
}

/** The map element's test hooks (see MapView.svelte), called inside the page. */
function labelField(page: Page, layerId: string): Promise<unknown> {
  return page.evaluate(
    (id) => (document.querySelector('[data-map-ready]') as unknown as MapHooks).labelField(id),
    layerId,
  );
}
function rtlStatus(page: Page): Promise<string> {
  return page.evaluate(() => (document.querySelector('[data-map-ready]') as unknown as MapHooks).rtlTextPluginStatus());
}

function offOrigin(a: AppPage): string[] {
  const origin = new URL(a.baseUrl).origin;
  return a.requests.filter((u) => u.startsWith('http') && new URL(u).origin !== origin);
}

const cardTitle = (page: Page) => page.locator(`#card-title-${EVENT}`);

browserTest(
  'in Urdu: the card title in Urdu marked ur/rtl, labels from name_ur, the RTL plugin loaded locally',
  async () => {
    app = await openIn('ur');
    const title = cardTitle(app.page);
    await expect.poll(() => title.textContent()).toBe(davis.translations.ur!.title);
    expect(await title.getAttribute('lang')).toBe('ur');
    expect(await title.getAttribute('dir')).toBe('rtl');
    const datasetTitle = app.page.getByRole('heading', { level: 1 }).locator('bdi');
    expect(await datasetTitle.textContent()).toBe(DEFAULT_DATASET_META.translations.ur.title);
    expect(await datasetTitle.getAttribute('dir')).toBe('rtl');

    const field = await labelField(app.page, 'basemap-place-labels');
    expect(field).toEqual(['coalesce', ['get', 'name_ur'], ['get', 'name']]);
    const countries = await labelField(app.page, 'basemap-country-labels');
    expect(JSON.stringify(countries)).toContain('name_ur');

    // Lazy: it loads once the first Urdu label is laid out.
    await expect.poll(() => rtlStatus(app!.page), { timeout: 20_000 }).toBe('loaded');
    const plugin = app.requests.filter((u) => u.includes('mapbox-gl-rtl-text'));
    expect(plugin).toHaveLength(1);
    expect(new URL(plugin[0]!).origin).toBe(new URL(app.baseUrl).origin);
    // The Arabic-script label font is the bundled Noto Naskh Arabic, not a local or remote font.
    await expect.poll(() => app!.requests.some((u) => /noto-naskh-arabic.*\.woff2$/.test(u))).toBe(true);
    expect(offOrigin(app)).toEqual([]);
    expect(app.errors).toEqual([]);
  },
);

browserTest('in Spanish: the card title in Spanish, labels from name_es, no RTL plugin fetched', async () => {
  app = await openIn('es');
  const title = cardTitle(app.page);
  await expect.poll(() => title.textContent()).toBe(davis.translations.es!.title);
  expect(await title.getAttribute('lang')).toBe('es');
  expect(await title.getAttribute('dir')).toBe('ltr');
  // The dataset's own title too, beside the app's name.
  const heading = app.page.getByRole('heading', { level: 1 });
  await expect.poll(() => heading.textContent()).toContain(DEFAULT_DATASET_META.translations.es.title);
  expect(await heading.textContent()).not.toContain(DEFAULT_DATASET_META.title);
  const field = await labelField(app.page, 'basemap-capital-labels');
  expect(field).toEqual(['coalesce', ['get', 'name_es'], ['get', 'name']]);
  expect(await rtlStatus(app.page)).toBe('deferred');
  expect(app.requests.some((u) => u.includes('mapbox-gl-rtl-text'))).toBe(false);
  expect(offOrigin(app)).toEqual([]);
  expect(app.errors).toEqual([]);
});

browserTest('in English (the default): the English title, marked en, and labels by name', async () => {
  app = await openApp(`?t=2011-01-27&event=${EVENT}`);
  await waitForMap(app.page);
  const title = cardTitle(app.page);
  await expect.poll(() => title.textContent()).toBe(davis.title);
  expect(await title.getAttribute('lang')).toBe('en');
  expect(await labelField(app.page, 'basemap-place-labels')).toEqual(['get', 'name']);
  expect(app.errors).toEqual([]);
});
