/**
 * Regression: in the Spanish embed at 640×400 the header ran off the frame's edge, cutting off
 * "Abrir la vista completa" and the Share button (in Urdu, off the left edge; in English at 360
 * wide too). Now every control of the embed's header is whole inside the frame in English,
 * Spanish and Urdu at 640×400, 360×640 and 320×400, none covers another, the title keeps some
 * room, and the short "full view" link still has its full name for screen readers.
 */
import { afterEach, describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { browserTest, openApp, waitForMap, type AppPage } from './harness.ts';
import { translate } from '../../src/core/text/translate.ts';
import type { Lang } from '../../src/core/text/languages.ts';

const VIEW = 't=2011-03-17&event=datta-khel-strike&embed=1';
const FRAMES = [
  { width: 640, height: 400 },
  { width: 360, height: 640 },
  { width: 320, height: 400 },
];
const LANGS: Lang[] = ['en', 'es', 'ur'];
/** The least width the dataset's title keeps beside the controls, in CSS pixels. */
const MIN_TITLE_WIDTH = 120;

let app: AppPage | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

interface Box {
  what: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The header's visible controls and its title, with their boxes. */
function headerBoxes(page: Page): Promise<{ controls: Box[]; title: Box; frame: { width: number; height: number } }> {
  return page.evaluate(() => {
    const header = document.querySelector('.atlas header') as HTMLElement;
    const box = (e: Element, what: string) => {
      const r = e.getBoundingClientRect();
      return { what, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    };
    const controls = [...header.querySelectorAll('a, button, select')]
      .filter((e) => e.getBoundingClientRect().width > 0 && !e.closest('dialog'))
      .map((e) => box(e, e.getAttribute('aria-label') ?? e.textContent?.trim() ?? e.tagName));
    return {
      controls,
      title: box(header.querySelector('h1') as Element, 'title'),
      frame: { width: innerWidth, height: innerHeight },
    };
  });
}

const overlap = (a: Box, b: Box) =>
  a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

async function expectHeaderFits(page: Page, label: string) {
  const { controls, title, frame } = await headerBoxes(page);
  expect(controls.length, label).toBeGreaterThanOrEqual(3);
  for (const c of [...controls, title]) {
    expect(c.left, `${label}: ${c.what} starts inside the frame`).toBeGreaterThanOrEqual(0);
    expect(c.right, `${label}: ${c.what} ends inside the frame`).toBeLessThanOrEqual(frame.width);
    expect(c.bottom, `${label}: ${c.what} is above the frame's bottom`).toBeLessThanOrEqual(frame.height);
  }
  for (const [i, a] of controls.entries()) {
    for (const b of controls.slice(i + 1)) expect(overlap(a, b), `${label}: ${a.what} covers ${b.what}`).toBe(false);
    expect(overlap(a, title), `${label}: ${a.what} covers the title`).toBe(false);
  }
  expect(title.right - title.left, `${label}: the title's width`).toBeGreaterThanOrEqual(MIN_TITLE_WIDTH);
  // Nothing scrolls sideways: the page is no wider than the frame.
  expect(await page.evaluate(() => document.documentElement.scrollWidth), label).toBeLessThanOrEqual(frame.width);
}

describe('the embed header fits its frame in every language', () => {
  for (const lang of LANGS) {
    for (const { width, height } of FRAMES) {
      browserTest(`${lang} ${width}×${height}`, async () => {
        app = await openApp(`?lang=${lang}&${VIEW}`, { width, height });
        await waitForMap(app.page);
        await expectHeaderFits(app.page, `${lang} ${width}×${height}`);
        // The link may show a shorter label; its name is still the whole one.
        const link = app.page.getByRole('link', { name: translate(lang, 'share.openFull') });
        expect(await link.isVisible()).toBe(true);
        expect(await app.page.getByRole('button', { name: translate(lang, 'share.button') }).isVisible()).toBe(true);
        expect(app.errors).toEqual([]);
      });
    }
  }

  browserTest('es 360×640 with a tour playing: the tour and the controls stay inside the frame', async () => {
    app = await openApp(`?lang=es&tour=crisis-2011&embed=1`, { width: 360, height: 640 });
    await waitForMap(app.page);
    await app.page.locator('.tour-player').waitFor();
    await expectHeaderFits(app.page, 'es tour');
    const player = await app.page.locator('.tour-player').boundingBox();
    expect(player && player.x >= 0 && player.x + player.width <= 360).toBe(true);
    expect(await app.page.evaluate(() => scrollX)).toBe(0);
  });
});
