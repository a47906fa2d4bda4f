/**
 * The timeline step of "Map an article": the publication date read from the dateline, drafts
 * listed with their passage, one dropped, one edited, and the kept ones added to the dataset on
 * the map, whose own events stay. The text is our own.
 */
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
  'PESHAWAR, Pakistan, Oct. 14, 2012 (Wire) – A drone struck a compound in Mir Ali, in North Waziristan, ' +
  'on Friday, killing at least five militants.\n\nThe next day, protesters gathered in Peshawar.';

/** One of the 2011 dataset's events, which adding the drafts must leave on the map. */
const EVENT_OF_2011 = 'CIA drone strike at Datta Khel, North Waziristan';

const panel = (page: Page) => page.getByRole('dialog', { name: 'Map an article' });

describe('article to timeline', () => {
  browserTest('drafts dated events, lets the reviewer drop and edit them, and puts them on the map', async () => {
    app = await openApp('?t=2011-03-17');
    await waitForMap(app.page);
    const page = app.page;
    await page.getByRole('button', { name: 'Map an article' }).click();
    await panel(page)
      .getByLabel(/Paste the text/)
      .fill(TEXT);
    await panel(page).getByRole('button', { name: 'Find places' }).click();
    const published = panel(page).getByLabel('Published');
    await expect.poll(() => published.inputValue()).toBe('2012-10-14');
    await panel(page).getByRole('button', { name: 'Draft the timeline' }).click();
    const drafts = panel(page).locator('.draft');
    await drafts.first().waitFor();
    expect(await drafts.count()).toBe(2);
    const first = drafts.nth(0);
    expect(await first.getByLabel('Date').inputValue()).toBe('2012-10-12');
    expect(await first.textContent()).toMatch(/unknown place, drawn as North Waziristan/);
    expect(await first.locator('blockquote mark').textContent()).toBe('on Friday');
    expect(await drafts.nth(1).getByLabel('Date').inputValue()).toBe('2012-10-13');
    expect(await seriousViolations(page, '.timeline-step')).toEqual([]);

    // A bad date is named, with the draft it is in; nothing is loaded.
    await first.getByLabel('Date').fill('2012-10-32');
    await panel(page).getByRole('button', { name: 'Add to the map' }).click();
    expect(await panel(page).getByRole('alert').textContent()).toMatch(/Draft 1 .*"2012-10-32" is not a date/);

    await first.getByLabel('Date').fill('2012-10-12');
    await first.getByLabel('Title').fill('Drone strike at Mir Ali');
    await drafts.nth(1).getByLabel('Keep').uncheck();
    await panel(page).getByRole('button', { name: 'Add to the map' }).click();
    // Added to the 2011 dataset, not in its place: its title and its events are still there.
    await expect
      .poll(() => page.getByText(/1 draft event from pasted text added to the map/).count())
      .toBeGreaterThan(0);
    await page.getByRole('heading', { level: 1, name: /The US–Pakistan crisis of 2011/ }).waitFor();
    await page.getByRole('slider', { name: 'Time' }).focus();
    await page.keyboard.press('End');
    const listed = (title: string) => page.locator('.side button.item').filter({ hasText: title }).count();
    await expect.poll(() => listed('Drone strike at Mir Ali')).toBe(1);
    expect(await listed(EVENT_OF_2011)).toBe(1);
    expect(app.errors).toEqual([]);
  });

  browserTest(
    'a long text lists its first 60 drafts, and the rest on "Show more"; all kept go on the map',
    async () => {
      app = await openApp('?t=2011-03-17');
      await waitForMap(app.page);
      const page = app.page;
      // 65 dated strikes, one a day, in a text of our own.
      const days = Array.from({ length: 65 }, (_, i) => new Date(Date.UTC(2012, 0, 1 + i)));
      const text = days
        .map(
          (d) =>
            `On ${d.getUTCDate()} ${d.toLocaleString('en', { month: 'long', timeZone: 'UTC' })} 2012, a drone struck a compound in Miran Shah.`,
        )
        .join('\n\n');
      await page.getByRole('button', { name: 'Map an article' }).click();
      await panel(page)
        .getByLabel(/Paste the text/)
        .fill(text);
      await panel(page).getByRole('button', { name: 'Find places' }).click();
      await panel(page).getByLabel('Published').fill('2012-03-10');
      await panel(page).getByRole('button', { name: 'Draft the timeline' }).click();
      const drafts = panel(page).locator('.draft');
      await drafts.first().waitFor();
      expect(await drafts.count()).toBe(60);
      expect(await panel(page).locator('.timeline-step').textContent()).toContain('65 drafts, 65 kept');
      await panel(page).getByRole('button', { name: 'Show 5 more (5 drafts not shown)' }).click();
      expect(await drafts.count()).toBe(65);
      expect(await drafts.nth(64).getByLabel('Date').inputValue()).toBe('2012-03-05');
      expect(
        await panel(page)
          .getByRole('button', { name: /^Show \d+ more/ })
          .count(),
      ).toBe(0);
      await panel(page).getByRole('button', { name: 'Add to the map' }).click();
      await expect
        .poll(() => page.getByText(/65 draft events from pasted text added to the map/).count())
        .toBeGreaterThan(0);
      expect(app.errors).toEqual([]);
    },
  );
});
