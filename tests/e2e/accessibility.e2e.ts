/**
 * Accessibility as checked by a machine (axe-core, injected into the real page) and as a phone
 * user meets it: the page fits 360 px and every control is reachable.
 */
import { afterEach, expect } from 'vitest';
import { browserTest, openApp, waitForMap, type AppPage } from './harness.ts';
import { seriousViolations } from './axe.ts';

let app: AppPage | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

browserTest('axe-core finds no serious or critical violations on the desktop layout', async () => {
  app = await openApp('?t=2011-03-17');
  await waitForMap(app.page);
  expect(await seriousViolations(app.page)).toEqual([]);
});

browserTest('axe-core finds no serious or critical violations at phone width', async () => {
  app = await openApp('?t=2011-04-13', { width: 360, height: 740 });
  await waitForMap(app.page);
  expect(await seriousViolations(app.page)).toEqual([]);
});

browserTest('at 360 px nothing overflows sideways and the timeline is usable', async () => {
  app = await openApp('?t=2011-04-13', { width: 360, height: 740 });
  await waitForMap(app.page);
  const overflow = await app.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const slider = app.page.getByRole('slider', { name: 'Time' });
  expect(await slider.isVisible()).toBe(true);
  const play = await app.page.getByRole('button', { name: 'Play' }).boundingBox();
  // A finger-sized target (WCAG 2.5.8 asks for 24 px; we give more).
  expect(play!.width).toBeGreaterThanOrEqual(40);
});

browserTest('everything works by keyboard: tab to the slider, move it, open an event from the list', async () => {
  app = await openApp('?t=2011-03-16');
  await waitForMap(app.page);
  const focused = async () =>
    app!.page.evaluate(() => document.activeElement?.getAttribute('role') ?? document.activeElement?.tagName);
  let guard = 0;
  while ((await focused()) !== 'slider' && guard++ < 40) await app.page.keyboard.press('Tab');
  expect(await focused()).toBe('slider');
  await app.page.keyboard.press('ArrowRight');
  const item = app.page.locator('[data-event-id="datta-khel-strike"]');
  await item.focus();
  await app.page.keyboard.press('Enter');
  await expect.poll(() => app!.page.locator('article.card h2').textContent()).toMatch(/Datta Khel/);
  // The live region tells a screen reader what is happening.
  expect(await app.page.locator('.atlas > [aria-live=polite]').textContent()).toMatch(/17 March 2011/);
});

browserTest('the Play button says what it does once: "Pause" while playing, never "Pause, pressed"', async () => {
  app = await openApp('?t=2011-03-16');
  await waitForMap(app.page);
  const playButton = app.page.getByRole('button', { name: /^(Play|Pause)$/ });
  expect(await playButton.ariaSnapshot()).toBe('- button "Play"');
  await playButton.click();
  // What a screen reader announces: the label changes; no toggle state on top of it.
  await expect.poll(() => playButton.ariaSnapshot()).toBe('- button "Pause"');
  expect(await playButton.getAttribute('aria-pressed')).toBeNull();
  await playButton.click();
  await expect.poll(() => playButton.ariaSnapshot()).toBe('- button "Play"');
});
