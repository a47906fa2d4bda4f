/**
 * Bringing your own events: a user picks or drops a file, the good rows load and play back, the
 * bad ones are listed, and nothing in the file can run as code on the page.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { browserTest, openApp, waitForMap, type AppPage } from './harness.ts';

let app: AppPage | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const FIXTURES = new URL('../fixtures/import/', import.meta.url);
const slider = (page: Page) => page.getByRole('slider', { name: 'Time' });
const sliderDay = async (page: Page) => Number(await slider(page).getAttribute('aria-valuenow'));
const PLACES = ['Lahore', 'Islamabad', 'Karachi', 'Peshawar', 'Datta Khel', 'Miran Shah', 'Kabul', 'Paris'];
const TYPES = ['strike', 'protest', 'statement', 'visit', 'raid'];

/** A CSV of `n` events, one a day from 1 Jan 2011, at named places and at coordinates. */
function generatedCsv(n: number): string {
  const rows = ['date,title,summary,type,place,longitude,latitude,source,source url'];
  for (let i = 0; i < n; i++) {
    const day = new Date(Date.UTC(2011, 0, 1 + Math.floor(i / 3))).toISOString().slice(0, 10);
    const byName = i % 4 !== 0;
    const place = byName ? PLACES[i % PLACES.length] : '';
    const [lon, lat] = byName ? ['', ''] : [(67 + (i % 50) / 10).toFixed(3), (30 + (i % 40) / 10).toFixed(3)];
    rows.push(
      `${day},Event number ${i + 1},"Summary of event ${i + 1}, with a comma",${TYPES[i % TYPES.length]},${place},${lon},${lat},Field notes,https://example.org/${i}`,
    );
  }
  return `${rows.join('\n')}\n`;
}

async function importFile(page: Page, name: string, text: string | Buffer): Promise<void> {
  await page.getByRole('button', { name: 'Import' }).click();
  await page.locator('dialog.import input[type=file]').setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: typeof text === 'string' ? Buffer.from(text) : text,
  });
}

describe('importing data', () => {
  browserTest('a 1,000-row CSV loads and plays back', async () => {
    app = await openApp('');
    await waitForMap(app.page);
    await importFile(app.page, 'thousand.csv', generatedCsv(1000));
    const notice = app.page.locator('.notices');
    await expect.poll(() => notice.textContent(), { timeout: 20_000 }).toContain('Loaded 1,000 rows from thousand.csv');
    await expect.poll(() => app!.page.locator('.atlas > header h1').textContent()).toContain('thousand');
    await waitForMap(app.page);
    const before = await sliderDay(app.page);
    await app.page.getByRole('button', { name: 'Play' }).click();
    await expect.poll(() => sliderDay(app!.page), { timeout: 10_000 }).toBeGreaterThan(before + 3);
    await app.page.getByRole('button', { name: 'Pause' }).click();
    const listed = Number((await app.page.locator('.count').textContent())?.match(/\d+/)?.[0]);
    expect(listed).toBeGreaterThan(3);
    await expect.poll(() => app!.page.locator('article.card h2').textContent()).toMatch(/^Event number \d+$/);
    // A clean import does not open the dialog by itself.
    expect(await app.page.locator('dialog.import').getAttribute('open')).toBeNull();
    expect(app.errors).toEqual([]);
    expect(app.requests.every((url) => url.startsWith(app!.baseUrl))).toBe(true);
  });

  browserTest('a file with some bad rows loads the good ones and lists the rest', async () => {
    app = await openApp('');
    await waitForMap(app.page);
    await importFile(app.page, 'some-bad-rows.csv', readFileSync(new URL('some-bad-rows.csv', FIXTURES)));
    const dialog = app.page.locator('dialog.import');
    // The atlas is rebuilt around the new dataset; its dialog opens with the report.
    await expect.poll(() => dialog.getAttribute('open'), { timeout: 20_000 }).not.toBeNull();
    await expect.poll(() => dialog.locator('.summary').textContent()).toContain('Loaded 3 of 5 rows');
    const errors = dialog.locator('.problems li.error');
    expect(await errors.count()).toBe(2);
    expect(await errors.nth(0).textContent()).toMatch(/row 3.*date.*"2011-13-01" is not a date in the calendar/s);
    expect(await errors.nth(1).textContent()).toMatch(/row 5.*place.*No place called "Atlantis"/s);
    expect(await app.page.locator('.notices').textContent()).toContain('2 rows have problems');
    // Closing and opening again still shows the full list.
    await dialog.getByRole('button', { name: 'Close' }).click();
    await app.page.getByRole('button', { name: 'Import' }).click();
    expect(await dialog.locator('.problems li').count()).toBe(3);
    await dialog.getByRole('button', { name: 'Back to the built-in dataset' }).click();
    await expect.poll(() => app!.page.locator('.atlas > header h1').textContent()).toContain('US–Pakistan');
    expect(app.errors).toEqual([]);
  });

  browserTest('a file that cannot load says why and keeps the current dataset', async () => {
    app = await openApp('');
    await waitForMap(app.page);
    await importFile(app.page, 'missing-column.csv', readFileSync(new URL('missing-column.csv', FIXTURES)));
    const dialog = app.page.locator('dialog.import');
    await expect
      .poll(() => dialog.locator('.summary.failed').textContent(), { timeout: 20_000 })
      .toContain('The file lacks a required column: date');
    expect(await dialog.locator('.problems li').first().textContent()).toMatch(/row 1.*date.*Add a "date" column/s);
    expect(await app.page.locator('.atlas > header h1').textContent()).toContain('US–Pakistan');
    expect(app.errors).toEqual([]);
  });

  browserTest('script and javascript: payloads in every text field show as text and open no dialog', async () => {
    app = await openApp('');
    const dialogs: string[] = [];
    app.page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await waitForMap(app.page);
    await importFile(app.page, 'xss.csv', readFileSync(new URL('xss.csv', FIXTURES)));
    await expect
      .poll(() => app!.page.locator('.notices').textContent(), { timeout: 20_000 })
      .toContain('Loaded 3 rows');
    // The rows with warnings (javascript: links left out) open the report; close it to read the card.
    await expect.poll(() => app!.page.locator('dialog.import').getAttribute('open')).not.toBeNull();
    await app.page.locator('dialog.import').getByRole('button', { name: 'Close' }).click();
    const payload = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    // The last day, so the cumulative window shows all three events.
    await slider(app.page).focus();
    await app.page.keyboard.press('End');
    const item = (title: string) =>
      app!.page
        .locator('.side button.item')
        .filter({ has: app!.page.getByText(title, { exact: true }) })
        .first();
    await item(payload).click();
    const card = app.page.locator('article.card');
    await expect.poll(() => card.locator('h2').textContent()).toBe(payload);
    expect(await card.textContent()).toContain(payload);
    // Nothing from the file became markup, and no link runs script.
    expect(await app.page.locator('article.card img, article.card script, .side svg[onload]').count()).toBe(0);
    const hrefs = await app.page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.filter((h) => /^\s*javascript:/i.test(h))).toEqual([]);
    for (const title of ['javascript:alert(3)', '=HYPERLINK("javascript:alert(3)")']) {
      await item(title).click();
      await expect.poll(() => card.locator('h2').textContent()).toBe(title);
    }
    await app.page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    expect(app.errors).toEqual([]);
  });

  browserTest('a file dropped on the page is imported', async () => {
    app = await openApp('');
    await waitForMap(app.page);
    const csv = 'date,title,type,place\n2011-03-17,Dropped event,strike,Datta Khel\n';
    const transfer = await app.page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'dropped.csv', { type: 'text/csv' }));
      return dt;
    }, csv);
    await app.page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer });
    expect(await app.page.locator('.drop').textContent()).toContain('Drop a CSV, JSON, GeoJSON or KML file');
    await app.page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
    await expect
      .poll(() => app!.page.locator('.notices').textContent(), { timeout: 20_000 })
      .toContain('Loaded 1 row from dropped.csv');
    expect(app.errors).toEqual([]);
  });

  browserTest(
    "a name given with its country is found in that country's town shard, fetched from this site",
    async () => {
      app = await openApp('');
      await waitForMap(app.page);
      const csv =
        'date,title,type,place,source\n2024-08-19,Rally in Tuni,protest,"Tuni, India",Field notes\n2024-08-20,Rally in Lahore,protest,Lahore,Field notes\n';
      await importFile(app.page, 'towns.csv', csv);
      await expect
        .poll(() => app!.page.locator('.notices').textContent(), { timeout: 20_000 })
        .toContain('Loaded 2 rows from towns.csv');
      // Tuni is in no index but India's shard: the worker fetched it, from this site only.
      expect(app.requests.some((url) => /\/assets\/in-[\w-]+\.json$/u.test(url))).toBe(true);
      expect(app.requests.every((url) => url.startsWith(app!.baseUrl))).toBe(true);
      expect(await app.page.locator('dialog.import').getAttribute('open')).toBeNull();
      // The map opens on the file's events (Tuni, Andhra Pradesh, and Lahore), not on the 2011 region.
      await waitForMap(app.page);
      const map = app.page.locator('[data-map-ready="true"]');
      const box = await map.boundingBox();
      for (const [lon, lat] of [
        [82.5461, 17.359],
        [74.3436, 31.5497],
      ] as const) {
        const point = await map.evaluate(
          (el, [x, y]) =>
            (el as unknown as { screenPoint(lon: number, lat: number): { x: number; y: number } }).screenPoint(x!, y!),
          [lon, lat],
        );
        expect(point.x).toBeGreaterThan(0);
        expect(point.x).toBeLessThan(box!.width);
        expect(point.y).toBeGreaterThan(0);
        expect(point.y).toBeLessThan(box!.height);
      }
      expect(app.errors).toEqual([]);
    },
  );

  browserTest(
    'a town shard answering 500 leaves its rows unloaded, and the report says which country and why',
    async () => {
      app = await openApp('');
      await waitForMap(app.page);
      await app.page
        .context()
        .route(/\/assets\/in-[\w-]+\.json$/u, (route) => route.fulfill({ status: 500, body: 'Internal Server Error' }));
      const csv =
        'date,title,type,place,source\n2024-08-19,Rally in Tuni,protest,"Tuni, India",Field notes\n2024-08-20,Rally in Lahore,protest,Lahore,Field notes\n';
      await importFile(app.page, 'towns.csv', csv);
      const dialog = app.page.locator('dialog.import');
      await expect.poll(() => dialog.getAttribute('open'), { timeout: 20_000 }).not.toBeNull();
      await expect.poll(() => dialog.locator('.summary').textContent()).toContain('Loaded 1 of 2 rows');
      const problems = (await dialog.locator('.problems').textContent()) ?? '';
      expect(problems).toContain('The towns of India could not be loaded (the server answered HTTP 500)');
      expect(problems).toMatch(/row 2.*No place called "Tuni, India"/su);
    },
  );

  browserTest('data= loads a file from the same site', async () => {
    app = await openApp('?data=templates/events-template.csv');
    await expect
      .poll(() => app!.page.locator('.notices').textContent(), { timeout: 20_000 })
      .toContain('Loaded 6 rows from events-template.csv');
    await waitForMap(app.page);
    expect(app.errors).toEqual([]);
    // The link keeps naming the dataset on screen, so a reload shows it again…
    await app.page.waitForTimeout(600);
    expect(new URL(app.page.url()).searchParams.get('data')).toBe('templates/events-template.csv');
    // …until the reader goes back to the built-in dataset.
    await app.page.getByRole('button', { name: 'Import' }).click();
    await app.page.getByRole('button', { name: 'Back to the built-in dataset' }).click();
    await expect.poll(() => new URL(app!.page.url()).searchParams.get('data')).toBeNull();
  });

  browserTest('data= refuses an address that is neither https nor this site, with a message', async () => {
    for (const link of ['http://example.org/events.csv', 'javascript:alert(1)']) {
      app = await openApp(`?data=${encodeURIComponent(link)}`);
      await expect
        .poll(() => app!.page.locator('.notices').textContent(), { timeout: 20_000 })
        .toContain('a data= link must be an https:// address or a file on this site');
      expect(app.requests.every((url) => url.startsWith(app!.baseUrl))).toBe(true);
      await app.close();
      app = undefined;
    }
  });

  browserTest('data= asks before contacting another site, and contacts nothing when told not to', async () => {
    app = await openApp(`?data=${encodeURIComponent('https://data.example.org/events.csv')}`);
    const dialog = app.page.locator('dialog.import');
    await expect
      .poll(() => dialog.locator('.question').textContent(), { timeout: 20_000 })
      .toContain('data.example.org');
    await dialog.getByRole('button', { name: 'Not now' }).click();
    expect(app.requests.some((url) => new URL(url).host.endsWith('example.org'))).toBe(false);
    expect(await app.page.locator('.atlas > header h1').textContent()).toContain('US–Pakistan');
  });
});
