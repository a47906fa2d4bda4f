/**
 * Towns from the country shards in "Map an article": an Indian text's town (Tuni) is found and
 * pinned, then drafted as a known place, not an unknown one, once the page has fetched India's
 * shard, from its own origin and only that shard. The text is our own.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect } from 'vitest';
import { browserTest, openApp, waitForMap, type AppPage } from './harness.ts';

let app: AppPage | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const TEXT =
  'KAKINADA, India, Aug. 20, 2024 (Wire) – Seven coaches of an express train left the track near Tuni ' +
  'in Andhra Pradesh on Monday, railway officials said.';

const panel = (page: Page) => page.getByRole('dialog', { name: 'Map an article' });

describe('article to timeline with country towns', () => {
  browserTest("drafts an Indian town with its point, from India's shard fetched from the page's origin", async () => {
    const opened = await openApp('?t=2011-03-17');
    app = opened;
    await waitForMap(opened.page);
    const page = opened.page;
    await page.getByRole('button', { name: 'Map an article' }).click();
    await panel(page)
      .getByLabel(/Paste the text/)
      .fill(TEXT);
    await panel(page).getByRole('button', { name: 'Find places' }).click();
    // The first step marks the town with the shard's id and pins it: its button centres the map on it.
    await panel(page).locator('.article-text').waitFor();
    const marks = await panel(page)
      .locator('.article-text mark')
      .evaluateAll((els) => els.map((e) => [e.textContent, e.getAttribute('data-place-id')]));
    expect(marks).toContainEqual(['Tuni', 'gn-in-tuni']);
    await panel(page).getByRole('button', { name: /^Tuni/ }).click();
    await expect
      .poll(() => new URL(page.url()).searchParams.get('cam'), { timeout: 5000 })
      .toMatch(/^82\.5[0-9]*,17\.3/);
    await expect.poll(() => panel(page).getByLabel('Published').inputValue()).toBe('2024-08-20');
    await panel(page).getByRole('button', { name: 'Draft the timeline' }).click();
    const draft = panel(page).locator('.draft').filter({ hasText: 'Tuni' }).first();
    await draft.waitFor();
    expect(await draft.getByLabel('Date').inputValue()).toBe('2024-08-19');
    const place = draft.locator('.places li').filter({ hasText: 'Tuni' });
    expect(await place.count()).toBe(1);
    // A known place: no "unknown place" note and no coordinates to type in.
    expect(await place.locator('.unknown').count()).toBe(0);

    // Vite names a shard file by its country: assets/in-HASH.json. Only India's is fetched.
    const shards = opened.requests.filter((u) => /\/assets\/[a-z]{2}-[\w-]+\.json$/u.test(new URL(u).pathname));
    expect(shards.map((u) => new URL(u).pathname.slice(0, '/assets/in-'.length))).toEqual(['/assets/in-']);
    for (const u of shards) expect(new URL(u).origin).toBe(new URL(opened.baseUrl).origin);
    expect(
      opened.requests.every((u) => u.startsWith('data:') || new URL(u).origin === new URL(opened.baseUrl).origin),
    ).toBe(true);

    await panel(page).getByRole('button', { name: 'Add to the map' }).click();
    await expect
      .poll(() => page.getByText(/draft events? from pasted text added to the map/).count())
      .toBeGreaterThan(0);
    expect(opened.errors).toEqual([]);
  });

  browserTest("drafts without India's towns when its shard answers 500, and says so, keeping the text", async () => {
    const opened = await openApp('?t=2011-03-17');
    app = opened;
    await waitForMap(opened.page);
    const page = opened.page;
    const failed: string[] = [];
    await page.route(/\/assets\/in-[\w-]+\.json$/u, async (route) => {
      failed.push(route.request().url());
      await route.fulfill({ status: 500, body: 'Internal Server Error' });
    });
    await page.getByRole('button', { name: 'Map an article' }).click();
    await panel(page)
      .getByLabel(/Paste the text/)
      .fill(TEXT);
    await panel(page).getByRole('button', { name: 'Find places' }).click();
    await panel(page).locator('.article-text').waitFor();
    const note =
      'The towns of India could not be loaded (the server answered HTTP 500), so only its larger places are found. Your text is kept: try again later.';
    await expect.poll(() => panel(page).getByText(note).count()).toBe(1);
    const marks = await panel(page)
      .locator('.article-text mark')
      .evaluateAll((els) => els.map((e) => e.textContent));
    expect(marks).toContain('Andhra Pradesh');
    expect(marks).not.toContain('Tuni');

    await expect.poll(() => panel(page).getByLabel('Published').inputValue()).toBe('2024-08-20');
    await panel(page).getByRole('button', { name: 'Draft the timeline' }).click();
    // Drafting goes on: the derailment is drafted in Andhra Pradesh, and the step repeats the note.
    await panel(page).locator('.draft').first().waitFor();
    expect(await panel(page).locator('.timeline-step').getByText(note).count()).toBe(1);
    expect(await panel(page).locator('.draft .place-name').allTextContents()).toContain('Andhra Pradesh');
    expect(await panel(page).getByRole('alert').count()).toBe(0);
    expect(failed.length).toBeGreaterThan(0);

    // Nothing typed is lost: the text is still there to edit.
    await panel(page).getByRole('button', { name: 'Edit the text' }).click();
    expect(
      await panel(page)
        .getByLabel(/Paste the text/)
        .inputValue(),
    ).toBe(TEXT);
  });
});
