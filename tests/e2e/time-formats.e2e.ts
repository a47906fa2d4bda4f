/**
 * Issue 16 in the browser: the Export menu offers JSON-FG and Linked Places and writes them,
 * and an ACLED export is recognised on import, with the column mapping shown.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect } from 'vitest';
import { browserTest, openApp, waitForMap, type AppPage } from './harness.ts';

let app: AppPage | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

describe('time-aware formats', () => {
  browserTest('the Export menu lists JSON-FG and Linked Places and downloads a JSON-FG events file', async () => {
    app = await openApp('');
    await waitForMap(app.page);
    const page = app.page;
    await page.getByRole('button', { name: 'Export' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export layers' });
    await dialog.waitFor();
    await dialog.getByRole('radio', { name: /^Linked Places/ }).check();
    expect(await dialog.getByRole('checkbox', { name: /^Regions/ }).isDisabled()).toBe(true);
    await dialog.getByRole('radio', { name: /^JSON-FG/ }).check();
    const downloaded = page.waitForEvent('download', { timeout: 30_000 });
    await page.getByRole('button', { name: /^Download/ }).click();
    const file = await downloaded;
    expect(file.suggestedFilename()).toMatch(/_events_all\.fg\.json$/);
    const chunks: Buffer[] = [];
    for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
    const doc = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
      conformsTo: string[];
      features: Array<{ time: unknown }>;
    };
    expect(doc.conformsTo).toEqual(['http://www.opengis.net/spec/json-fg-1/1.0/conf/core']);
    expect(doc.features.length).toBeGreaterThan(0);
    expect(doc.features.every((f) => f.time !== null)).toBe(true);
    expect(app.errors).toEqual([]);
  });

  browserTest('an ACLED export is recognised, its mapping shown, and its good rows load', async () => {
    app = await openApp('');
    await waitForMap(app.page);
    const page = app.page;
    await page.getByRole('button', { name: 'Import' }).click();
    await page.locator('dialog.import input[type=file]').setInputFiles({
      name: 'acled-layout.csv',
      mimeType: 'text/csv',
      buffer: readFileSync(new URL('../fixtures/import/acled-layout.csv', import.meta.url)),
    });
    const dialog = page.locator('dialog.import');
    await expect.poll(() => dialog.getAttribute('open'), { timeout: 20_000 }).not.toBeNull();
    await expect
      .poll(() => dialog.locator('.preset').textContent(), { timeout: 20_000 })
      .toMatch(/^Recognised an ACLED export: 31 columns; event_id_cnty → id, event_date → date, /);
    await expect.poll(() => dialog.locator('.summary').textContent()).toContain('Loaded 4 of 8 rows');
    expect(app.errors).toEqual([]);
  });
});
