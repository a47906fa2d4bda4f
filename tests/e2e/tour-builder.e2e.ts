/**
 * A teacher makes a tour in the app (issue 19): two views added as steps, captions and a question
 * typed, the checker's messages shown under the field while typing, steps reordered and one
 * deleted; the tour downloaded, opened again from the file and played; and the share link plays
 * it in a new page.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { browserTest, openApp, waitForMap, type AppPage } from './harness.ts';
import { seriousViolations } from './axe.ts';

const dir = mkdtempSync(join(tmpdir(), 'time-atlas-tour-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let app: AppPage | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const player = (page: Page) => page.getByRole('region', { name: /^Tour/ });
const step = (page: Page, n: number) => page.getByRole('listitem', { name: `Step ${n}`, exact: true });
const sliderDay = (page: Page) => page.getByRole('slider', { name: 'Time' }).getAttribute('aria-valuenow');

/** Goes to a day and opens an event in the list, as a teacher picks it. */
async function openEvent(page: Page, day: string, id: string, title: RegExp): Promise<void> {
  await page.getByLabel('Jump to date').fill(day);
  await page.locator(`.list button[data-event-id="${id}"]`).click();
  await expect.poll(() => page.locator('article.card h2').textContent()).toMatch(title);
}

describe('making a tour in the app', () => {
  browserTest(
    'build, check as typed, reorder, delete, download, open the file and play; the link plays it',
    async () => {
      app = await openApp('?t=2011-03-17');
      const page = app.page;
      await waitForMap(page);
      await page.getByRole('button', { name: 'Tours' }).click();
      await page.getByRole('button', { name: 'Make a tour' }).click();
      const builder = page.getByRole('region', { name: 'Make a tour' });
      await builder.getByLabel('Title').fill('Lesson 4: the strike and the raid');
      expect(await builder.getByLabel(/File name/).inputValue()).toBe('lesson-4-the-strike-and-the-raid');
      // No steps yet: the checker says so.
      await expect.poll(() => builder.textContent()).toContain('a tour needs at least one step');

      await openEvent(page, '2011-03-17', 'datta-khel-strike', /Datta Khel/);
      await builder.getByRole('button', { name: 'Add this view as a step' }).click();
      await openEvent(page, '2011-05-02', 'bin-laden-raid', /bin Laden/);
      await builder.getByRole('button', { name: 'Add this view as a step' }).click();
      await page.getByLabel('Jump to date').fill('2011-04-11');
      await builder.getByRole('button', { name: 'Add this view as a step' }).click();
      expect(await builder.getByRole('listitem').count()).toBe(3);

      // An empty caption is reported under it, as typed; a caption fixes it.
      await expect.poll(() => step(page, 1).textContent()).toContain('must not be empty');
      await step(page, 1).getByLabel('Caption').fill('A drone strike the day after Davis left.');
      await expect.poll(() => step(page, 1).textContent()).not.toContain('must not be empty');
      await step(page, 2).getByLabel('Caption').fill('The raid at Abbottabad.');
      await step(page, 2)
        .getByLabel(/Question/)
        .fill('Why was Pakistan not told?');
      await step(page, 3).getByLabel('Caption').fill('A step to delete.');
      // A bad file name is reported under its field.
      await builder.getByLabel(/File name/).fill('Lesson 4');
      await expect
        .poll(() => builder.textContent())
        .toContain('an id is lower-case letters, digits and single hyphens');
      expect(await builder.getByRole('button', { name: 'Download tour' }).isDisabled()).toBe(true);
      await builder.getByLabel(/File name/).fill('lesson-4');

      // Reorder (the raid first) and delete the third step.
      await builder.getByRole('button', { name: 'Move step 2 up' }).click();
      expect(await step(page, 1).getByLabel('Caption').inputValue()).toBe('The raid at Abbottabad.');
      await builder.getByRole('button', { name: 'Delete step 3' }).click();
      expect(await builder.getByRole('listitem').count()).toBe(2);
      await expect.poll(() => builder.getByRole('status').textContent()).toMatch(/Ready: 2 steps/);
      expect(await seriousViolations(page, '#tour-builder')).toEqual([]);

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        builder.getByRole('button', { name: 'Download tour' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('lesson-4.json');
      const path = join(dir, download.suggestedFilename());
      await download.saveAs(path);
      const file = JSON.parse(readFileSync(path, 'utf8')) as {
        id: string;
        dataset: string;
        steps: { time: string; event?: string; camera?: { zoom: number }; caption: string; question?: string }[];
      };
      expect(file.id).toBe('lesson-4');
      expect(file.steps.map((s) => [s.time, s.event, s.caption, s.question])).toEqual([
        ['2011-05-02', 'bin-laden-raid', 'The raid at Abbottabad.', 'Why was Pakistan not told?'],
        ['2011-03-17', 'datta-khel-strike', 'A drone strike the day after Davis left.', undefined],
      ]);
      expect(file.steps.every((s) => s.camera && Number.isFinite(s.camera.zoom))).toBe(true);
      const link = await builder.getByLabel('Link that plays this tour').inputValue();

      // Open the downloaded file the way any tour file is opened, and play it.
      await page.getByRole('button', { name: 'Close the tour maker' }).click();
      expect(await builder.isVisible()).toBe(false);
      // The keyboard focus goes back to the Tours button, not to the top of the page.
      expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Tours');
      await page.getByRole('button', { name: 'Tours' }).click();
      await page.getByLabel(/Open a tour file/).setInputFiles(path);
      await expect.poll(() => player(page).textContent()).toContain('Step 1 of 2');
      expect(await player(page).textContent()).toContain('Why was Pakistan not told?');
      await expect.poll(() => sliderDay(page)).toBe(String(15096)); // 2011-05-02
      await player(page).getByRole('button', { name: 'Next step' }).click();
      await expect.poll(() => player(page).textContent()).toContain('Step 2 of 2');
      await expect.poll(() => page.locator('article.card h2').textContent()).toMatch(/Datta Khel/);
      expect(app.errors).toEqual([]);

      // The share link plays the same tour in a fresh page.
      const fresh = await openApp(new URL(link).search + new URL(link).hash);
      try {
        await waitForMap(fresh.page);
        await expect.poll(() => player(fresh.page).textContent()).toContain('Step 1 of 2');
        expect(await player(fresh.page).textContent()).toContain('The raid at Abbottabad.');
        expect(fresh.errors).toEqual([]);
      } finally {
        await fresh.close();
      }
    },
    120_000,
  );

  browserTest('a link whose tour was cut short says so instead of playing', async () => {
    app = await openApp('?t=2011-03-17#tour=eyJpZCI6Imxlc3Nvbi00Ii');
    await waitForMap(app.page);
    await expect.poll(() => app!.page.getByText(/The tour in this link cannot be played/).isVisible()).toBe(true);
    expect(await player(app.page).count()).toBe(0);
  });
});
