/**
 * A big import, as a user meets it: a progress bar with Cancel (which keeps the dataset on the
 * page), then twenty thousand events in a list that renders only the rows in view and is
 * still worked by keys.
 */
import { afterEach, describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { browserTest, openApp, waitForMap, type AppPage } from './harness.ts';
import { generatedCsv } from '../support/generated-csv.ts';

let app: AppPage | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const ROWS = 20_000;

async function pick(page: Page, name: string, text: string): Promise<void> {
  await page.getByRole('button', { name: 'Import' }).click();
  await page.locator('dialog.import input[type=file]').setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(text),
  });
}

describe('a big import', () => {
  browserTest('shows its progress, and Cancel keeps the dataset that was on the page', async () => {
    app = await openApp('');
    await waitForMap(app.page);
    const title = app.page.locator('.atlas > header h1');
    const before = await title.textContent();
    await pick(app.page, 'big.csv', generatedCsv(ROWS));
    const dialog = app.page.locator('dialog.import');
    await expect
      .poll(() => dialog.locator('.progress-text').textContent(), { timeout: 30_000 })
      .toMatch(/of 20,000 rows · .* MB of .* MB/);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect
      .poll(() => dialog.locator('.report').textContent())
      .toContain('The import of big.csv was cancelled: nothing was loaded.');
    expect(await dialog.locator('progress').count()).toBe(0);
    expect(await title.textContent()).toBe(before);
    expect(await app.page.locator('.notices', { hasText: 'big.csv' }).count()).toBe(0);
    expect(app.errors).toEqual([]);
  });

  browserTest('lists twenty thousand events by rendering only a few dozen rows, worked by keys', async () => {
    app = await openApp('');
    await waitForMap(app.page);
    await pick(app.page, 'big.csv', generatedCsv(ROWS));
    await expect
      .poll(() => app!.page.locator('.notices').textContent(), { timeout: 60_000 })
      .toContain('Loaded 20,000 rows from big.csv');
    await waitForMap(app.page);
    // The last day in the cumulative window: every event is on the map and in the list.
    await app.page.getByRole('slider', { name: 'Time' }).focus();
    await app.page.keyboard.press('End');
    await expect.poll(() => app!.page.locator('.count').textContent()).toContain('20,000 events on the map');
    const rows = app.page.locator('.list ol > li:not(.spacer)');
    const rendered = await rows.count();
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(60);
    expect(await rows.first().getAttribute('aria-setsize')).toBe('20000');
    expect(await rows.first().getAttribute('aria-posinset')).toBe('1');
    // Newest first: the first row is the last event of the file.
    const first = app.page.locator('.list button[data-row="0"]');
    expect(await first.locator('.title').textContent()).toBe('Event number 20000');
    await first.focus();
    await app.page.keyboard.press('ArrowDown');
    await expect.poll(() => app!.page.locator('article.card h2').textContent()).toBe('Event number 19999');
    await app.page.keyboard.press('End');
    await expect.poll(() => app!.page.locator('article.card h2').textContent()).toBe('Event number 1');
    // The last row was brought into view and has the focus; still only a few dozen rows exist.
    expect(await app.page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.row)).toBe(
      String(ROWS - 1),
    );
    expect(await app.page.locator('.list button[data-row="19999"]').getAttribute('aria-current')).toBe('true');
    expect(await rows.count()).toBeLessThan(60);
    await app.page.keyboard.press('Home');
    await expect.poll(() => app!.page.locator('article.card h2').textContent()).toBe('Event number 20000');
    expect(app.errors).toEqual([]);
  });
});
