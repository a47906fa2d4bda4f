/**
 * The event card keeps the articles the map is built from apart from the reports of the time that
 * date or correct them, and shows a report's correction beside the article's claim as a
 * disagreement.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect } from 'vitest';
import { browserTest, openApp, waitForMap, type AppPage } from './harness.ts';

let app: AppPage | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const sources = JSON.parse(readFileSync(new URL('../../geodata/sources.json', import.meta.url), 'utf8')) as {
  id: string;
  kind?: string;
  url?: string;
}[];
const byId = (id: string) => sources.find((s) => s.id === id)!;

describe('the sources on an event card', () => {
  browserTest('lists the article apart from the reports, each report with its address', async () => {
    app = await openApp('?t=2011-05-03&event=bin-laden-raid', { reducedMotion: true });
    await waitForMap(app.page);
    const card = app.page.locator('article.card');
    await expect.poll(() => card.locator('h2').textContent()).toMatch(/bin Laden/);
    const section = card.locator('section.sources');
    expect(await section.textContent()).toMatch(/the article the map is built from/);
    expect(await section.locator('ul.articles li').allTextContents()).toEqual([
      expect.stringMatching(/The Associated Press/),
    ]);
    const reports = section.locator('ul.reports li a');
    expect(await reports.count()).toBe(2);
    expect(await reports.evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
      byId('abc30-2011-05-02').url,
      byId('timesofpakistan-2011-05-16').url,
    ]);
    expect(app.errors).toEqual([]);
  });

  browserTest("flags a report's correction of an article's name as a disagreement", async () => {
    app = await openApp('?t=2011-03-18&event=kayani-condemnation', { reducedMotion: true });
    await waitForMap(app.page);
    const names = app.page.locator('article.card .aspect', { has: app.page.locator('h4', { hasText: 'Names' }) });
    await expect.poll(() => names.count()).toBe(1);
    expect(await names.locator('.disagree').count()).toBe(1);
    const text = await names.textContent();
    expect(text).toMatch(/Ashraf Kayani/);
    expect(text).toMatch(/Ashfaq Parvez Kayani/);
    expect(text).toMatch(/\(report, /);
    expect(app.errors).toEqual([]);
  });
});
