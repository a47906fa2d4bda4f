/**
 * A Google Earth user's file: a KMZ picked in the Import dialog is read in the import worker (no
 * DOMParser there: the XML parser is bundled), its Placemarks play on the map with their dates,
 * and the dialog says which ones gave no type.
 */
import { strToU8, zipSync } from 'fflate';
import { afterEach, describe, expect } from 'vitest';
import { browserTest, openApp, waitForMap, type AppPage } from './harness.ts';

let app: AppPage | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const placemark = (name: string, when: string, lonLat: string, type?: string) => `
    <Placemark>
      <name>${name}</name>
      <TimeStamp><when>${when}</when></TimeStamp>
      ${type ? `<ExtendedData><Data name="type"><value>${type}</value></Data></ExtendedData>` : ''}
      <Point><coordinates>${lonLat}</coordinates></Point>
    </Placemark>`;

const KML = `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>Field notes</name><Folder>
${placemark('Strike near Miranshah', '2011-03-21', '70.07,33.0', 'strike')}
${placemark('Sit-in on the Peshawar road', '2011-03-22T09:00:00+05:00', '71.58,34.01', 'protest')}
${placemark('Market closed in Quetta', '2011-03-24', '66.99,30.18')}
</Folder></Document></kml>`;

describe('importing KML', () => {
  browserTest('a KMZ from Google Earth loads its Placemarks and says which gave no type', async () => {
    app = await openApp('');
    await waitForMap(app.page);
    await app.page.getByRole('button', { name: 'Import' }).click();
    await app.page.locator('dialog.import input[type=file]').setInputFiles({
      name: 'field-notes.kmz',
      mimeType: 'application/vnd.google-earth.kmz',
      buffer: Buffer.from(zipSync({ 'doc.kml': strToU8(KML) })),
    });
    const notice = app.page.locator('.notices');
    await expect
      .poll(() => notice.textContent(), { timeout: 20_000 })
      .toContain('Loaded 3 features from field-notes.kmz');
    await expect.poll(() => app!.page.locator('.atlas > header h1').textContent()).toContain('field-notes');
    await waitForMap(app.page);
    // A warning opens the dialog with the report, as for any other file.
    const dialog = app.page.locator('dialog.import');
    await expect.poll(() => dialog.getAttribute('open'), { timeout: 20_000 }).not.toBeNull();
    await expect
      .poll(() => dialog.locator('.problems').textContent())
      .toContain('1 Placemark of field-notes.kmz gives no type of event: it is drawn as "other".');
    await dialog.getByRole('button', { name: 'Close' }).click();
    // The map opens on the first day; at the last, every Placemark is on it, each at its day.
    const list = app.page.locator('section.list');
    await expect.poll(() => list.textContent()).toMatch(/Strike near Miranshah\s*21 March 2011/u);
    expect(await list.textContent()).not.toContain('Market closed in Quetta');
    await app.page.getByRole('slider', { name: 'Time' }).press('End');
    await expect.poll(() => list.textContent()).toContain('3 events on the map');
    expect(await list.textContent()).toMatch(/Sit-in on the Peshawar road\s*22 March 2011/u);
    expect(await list.textContent()).toMatch(/Market closed in Quetta\s*24 March 2011/u);
    expect(app.errors).toEqual([]);
    expect(app.requests.every((url) => url.startsWith(app!.baseUrl))).toBe(true);
  });
});
