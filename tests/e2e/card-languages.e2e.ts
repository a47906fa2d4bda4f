/**
 * The event card in Spanish and in Urdu all the way through: a reader who picks an event with
 * claims in the list reads its date note and every source's claim in their language, each marked
 * with its `lang` and `dir`, not English in the middle of a translated card. In Urdu the claims
 * are laid out right to left.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { browserTest, openApp, waitForMap, type AppPage } from './harness.ts';

interface ShippedEvent {
  id: string;
  translations: Record<string, { title: string; dateNote: string }>;
  claims?: { translations: Record<string, { statement: string }> }[];
}
const events = JSON.parse(
  readFileSync(new URL('../../geodata/events.json', import.meta.url), 'utf8'),
) as ShippedEvent[];
const byId = (id: string) => events.find((e) => e.id === id)!;

let app: AppPage | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** Opens the app in `lang` on `day` and picks the event in the list, as a reader does. */
async function pick(lang: string, day: string, id: string): Promise<Page> {
  app = await openApp(`?t=${day}&lang=${lang}`, { reducedMotion: true });
  await waitForMap(app.page);
  await app.page.locator(`.list button[data-event-id="${id}"]`).click();
  await expect.poll(() => app!.page.locator('article.card h2').textContent()).toBe(byId(id).translations[lang]!.title);
  return app.page;
}

/** `lang`, `dir`, the computed direction and the text of each element matched. */
function marked(page: Page, selector: string) {
  return page.locator(selector).evaluateAll((elements) =>
    elements.map((e) => ({
      lang: e.getAttribute('lang'),
      dir: e.getAttribute('dir'),
      direction: getComputedStyle(e).direction,
      text: e.textContent?.trim(),
    })),
  );
}

/** The card's date note and every claim statement are the event's `lang` translations, marked `lang` and `dir`. */
async function expectCardIn(page: Page, event: ShippedEvent, lang: 'es' | 'ur', dir: 'ltr' | 'rtl') {
  expect(await marked(page, 'article.card .date-note')).toEqual([
    { lang, dir, direction: dir, text: event.translations[lang]!.dateNote },
  ]);
  const claims = await marked(page, 'article.card .claim .statement');
  expect(claims.length).toBe(event.claims!.length);
  for (const c of claims) expect(c).toMatchObject({ lang, dir, direction: dir });
  expect(claims.map((c) => c.text).sort()).toEqual(event.claims!.map((c) => c.translations[lang]!.statement).sort());
}

describe('the event card in the reader’s language', () => {
  browserTest('in Spanish: the date note and every claim of the Datta Khel strike, marked es/ltr', async () => {
    const event = byId('datta-khel-strike');
    const page = await pick('es', '2011-03-17', event.id);
    await expectCardIn(page, event, 'es', 'ltr');
    expect(app!.errors).toEqual([]);
  });

  browserTest('in Urdu: the date note and every claim of the Pasha–Panetta meeting, marked ur/rtl', async () => {
    const event = byId('pasha-panetta-meeting');
    const page = await pick('ur', '2011-04-11', event.id);
    await expectCardIn(page, event, 'ur', 'rtl');
    // Side by side, right to left: the first claim of a row starts at the right.
    const boxes = await page
      .locator('article.card .aspect')
      .first()
      .locator('.claim')
      .evaluateAll((elements) => elements.map((e) => e.getBoundingClientRect().left));
    expect(boxes.length, 'the date aspect has three claims').toBeGreaterThan(1);
    expect(boxes[0]!).toBeGreaterThan(boxes[1]!);
    // A report's line, "Dawn (رپورٹ، 12 اپریل، 2011)", reads right to left from the outlet's name:
    // the name starts the line at the right (it was pulled to the left, taking the date's day along).
    const dawn = await page
      .locator('article.card .claim .who', { hasText: 'Dawn' })
      .first()
      .evaluate((p) => {
        const text = p.firstChild!;
        const range = document.createRange();
        const at = text.textContent!.indexOf('Dawn');
        range.setStart(text, at);
        range.setEnd(text, at + 'Dawn'.length);
        return { name: range.getBoundingClientRect().right, line: p.getBoundingClientRect().right };
      });
    expect(dawn.name).toBeGreaterThan(dawn.line - 2);
    expect(app!.errors).toEqual([]);
  });
});
