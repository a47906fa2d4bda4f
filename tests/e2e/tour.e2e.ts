/**
 * Guided tours as a class meets them: a link with `tour=` starts the tour, Next and Back (buttons
 * or keys) move the whole atlas, and a tour file with a mistake says what is wrong and where.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { dayFromYmd } from '../../src/core/time/day.ts';
import { browserTest, openApp, waitForMap, type AppPage } from './harness.ts';

interface StepFile {
  time: string;
  event?: string;
  camera?: { lon: number; lat: number; zoom: number };
  caption: string;
  question?: string;
}
const readJson = <T>(path: string): T => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as T;
const SHIPPED = readJson<{ id: string; title: string; steps: StepFile[] }>('../../geodata/tours/crisis-2011.json');
const EVENTS = readJson<{ id: string; title: string }[]>('../../geodata/events.json');
const FIXTURES = new URL('../fixtures/tours/', import.meta.url);
/** How far the camera may be from a step's camera once the map has moved (degrees, zoom levels). */
const CAMERA_TOLERANCE = 0.05;

let app: AppPage | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const player = (page: Page) => page.getByRole('region', { name: /^Tour/ });
const sliderDay = async (page: Page) =>
  Number(await page.getByRole('slider', { name: 'Time' }).getAttribute('aria-valuenow'));
const dayOf = (time: string) => {
  const [y, m, d] = time.split('-').map(Number);
  return dayFromYmd(y!, m!, d!);
};
const titleOf = (id: string) => EVENTS.find((e) => e.id === id)?.title;

/** Everything a step should show: progress, caption, time, the event's card and the address bar. */
async function expectStep(page: Page, index: number, steps: readonly StepFile[]) {
  const step = steps[index]!;
  const region = player(page);
  await expect.poll(() => region.textContent()).toContain(`Step ${index + 1} of ${steps.length}`);
  const text = (await region.textContent()) ?? '';
  expect(text).toContain(step.caption);
  if (step.question) expect(text).toContain(step.question);
  expect(await sliderDay(page)).toBe(dayOf(step.time));
  if (step.event) {
    await expect.poll(() => page.locator('article.card h2').textContent()).toBe(titleOf(step.event!));
    await expect.poll(() => new URL(page.url()).searchParams.get('event')).toBe(step.event);
  }
  await expect.poll(() => new URL(page.url()).searchParams.get('t')).toBe(step.time);
  if (step.camera) {
    const { lon, lat, zoom } = step.camera;
    await expect
      .poll(
        () => {
          const cam = new URL(page.url()).searchParams.get('cam')?.split(',').map(Number) ?? [];
          return Math.max(Math.abs(cam[0]! - lon), Math.abs(cam[1]! - lat), Math.abs(cam[2]! - zoom));
        },
        { timeout: 5000 },
      )
      .toBeLessThan(CAMERA_TOLERANCE);
  }
}

describe('guided tours', () => {
  browserTest('tour= in the link plays the shipped tour through all its steps', async () => {
    app = await openApp(`?tour=${SHIPPED.id}`, { reducedMotion: true });
    await waitForMap(app.page);
    expect(await player(app.page).getAttribute('aria-labelledby')).toBeTruthy();
    expect(await player(app.page).getByRole('button', { name: 'Back one step' }).isDisabled()).toBe(true);
    for (let i = 0; i < SHIPPED.steps.length; i++) {
      await expectStep(app.page, i, SHIPPED.steps);
      if (i < SHIPPED.steps.length - 1) await player(app.page).getByRole('button', { name: 'Next step' }).click();
    }
    await player(app.page).getByRole('button', { name: 'Finish the tour' }).click();
    expect(await player(app.page).count()).toBe(0);
    expect(app.errors).toEqual([]);
  });

  browserTest('arrow keys step forward and back, and Escape closes the tour', async () => {
    app = await openApp(`?tour=${SHIPPED.id}`, { reducedMotion: true });
    await waitForMap(app.page);
    await expectStep(app.page, 0, SHIPPED.steps);
    await app.page.keyboard.press('ArrowRight');
    await app.page.keyboard.press('ArrowRight');
    await expectStep(app.page, 2, SHIPPED.steps);
    await app.page.keyboard.press('ArrowLeft');
    await expectStep(app.page, 1, SHIPPED.steps);
    // On the time slider the arrows move time, not the tour.
    await app.page.getByRole('slider', { name: 'Time' }).focus();
    await app.page.keyboard.press('ArrowRight');
    expect(await player(app.page).textContent()).toContain(`Step 2 of ${SHIPPED.steps.length}`);
    await app.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await app.page.keyboard.press('Escape');
    expect(await player(app.page).count()).toBe(0);
  });

  browserTest('the Tours button lists the shipped tour and starts it', async () => {
    app = await openApp('?t=2011-06-01', { reducedMotion: true });
    await waitForMap(app.page);
    await app.page.getByRole('button', { name: 'Tours' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Guided tours' });
    expect(await dialog.textContent()).toContain(SHIPPED.title);
    await dialog.getByRole('button', { name: 'Start tour' }).click();
    await expectStep(app.page, 0, SHIPPED.steps);
    // Started by a person, so the keyboard is already in the tour.
    await app.page.keyboard.press('ArrowRight');
    await expectStep(app.page, 1, SHIPPED.steps);
  });

  browserTest('a tour file from the computer plays; a broken one says what is wrong and where', async () => {
    app = await openApp('', { reducedMotion: true });
    await waitForMap(app.page);
    await app.page.getByRole('button', { name: 'Tours' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Guided tours' });
    const input = dialog.locator('input[type="file"]');

    await input.setInputFiles(fileURLToPath(new URL('broken/unknown-event.json', FIXTURES)));
    const alert = dialog.getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('unknown-event.json cannot be played (1 problem)');
    expect(await alert.textContent()).toMatch(
      /steps\[1\]\.event: unknown event "datta-khel-drone-strike".*datta-khel-strike/,
    );

    await input.setInputFiles(fileURLToPath(new URL('broken/truncated.json', FIXTURES)));
    await expect.poll(() => alert.textContent()).toMatch(/\$: invalid JSON at line 6, column 1/);

    await input.setInputFiles(fileURLToPath(new URL('good/three-steps.json', FIXTURES)));
    const good = readJson<{ steps: StepFile[] }>('../fixtures/tours/good/three-steps.json');
    for (let i = 0; i < good.steps.length; i++) {
      await expectStep(app.page, i, good.steps);
      if (i < good.steps.length - 1) await player(app.page).getByRole('button', { name: 'Next step' }).click();
    }
    expect(app.errors).toEqual([]);
  });

  browserTest('an unknown tour in the link is named in a notice, and the map opens as usual', async () => {
    app = await openApp('?tour=no-such-tour&t=2011-03-17');
    await waitForMap(app.page);
    const notices = await app.page.locator('.notices').textContent();
    expect(notices).toMatch(/tour: "no-such-tour" cannot be started; the tours for this map are "crisis-2011"/);
    expect(await player(app.page).count()).toBe(0);
    expect(await sliderDay(app.page)).toBe(dayOf('2011-03-17'));
  });

  browserTest('on a phone the tour sits above the map and the steps still move it', async () => {
    app = await openApp(`?tour=${SHIPPED.id}`, { width: 360, height: 740, reducedMotion: true });
    await waitForMap(app.page);
    await expectStep(app.page, 0, SHIPPED.steps);
    const tourBox = await player(app.page).boundingBox();
    const mapBox = await app.page.locator('.maplibregl-canvas').boundingBox();
    expect(tourBox!.y + tourBox!.height).toBeLessThanOrEqual(mapBox!.y);
    await player(app.page).getByRole('button', { name: 'Next step' }).click();
    await expectStep(app.page, 1, SHIPPED.steps);
  });
});
