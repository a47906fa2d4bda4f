/**
 * The event card speaks the reader's language all the way through: the date note and each
 * source's claim come from the record's translations, marked with their `lang` and `dir`; a
 * claim with no translation shows in English marked `lang="en" dir="ltr"`, also on an Urdu page.
 * The card is rendered on the server (svelte/server) inside a real AppState.
 */
import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import CardHarness from './CardHarness.svelte';
import { AppState } from '../../src/state/app-state.svelte.ts';
import { DEFAULT_WINDOW } from '../../src/core/view/url-state.ts';
import { datasetSchema, type Dataset, type TimeEvent } from '../../src/core/dataset/schema.ts';
import type { Lang } from '../../src/core/text/languages.ts';

const base: Dataset = datasetSchema.parse(
  JSON.parse(readFileSync(new URL('../fixtures/export/dataset.json', import.meta.url), 'utf8')),
);
const EVENT = 'datta-khel-strike';
const NOTE_ES = 'Nota de fecha en español.';
const NOTE_UR = 'اردو میں تاریخ کا نوٹ۔';
const CLAIM_ES = 'Primera afirmación en español.';
const CLAIM_UR = 'اردو میں پہلا دعویٰ۔';
const WHO_ES = 'civiles';

/**
 * The fixture's strike, its date note in es and ur, its first claim in es and ur (who its count
 * counts in es only), its second claim in none.
 */
const dataset: Dataset = {
  ...base,
  events: base.events.map((e) =>
    e.id !== EVENT
      ? e
      : {
          ...e,
          translations: { es: { dateNote: NOTE_ES }, ur: { dateNote: NOTE_UR } },
          claims: e.claims.map((c, i) =>
            i === 0
              ? { ...c, translations: { es: { statement: CLAIM_ES, who: WHO_ES }, ur: { statement: CLAIM_UR } } }
              : c,
          ),
        },
  ),
};
const event: TimeEvent = dataset.events.find((e) => e.id === EVENT)!;

interface Paragraph {
  lang: string | undefined;
  dir: string | undefined;
  text: string;
}

/** Every `<p>` of the card with `name` among its classes, with its `lang`, `dir` and text. */
function paragraphs(html: string, name: string): Paragraph[] {
  const found: Paragraph[] = [];
  for (const m of html.matchAll(/<p\b([^>]*)>([\s\S]*?)<\/p>/g)) {
    const attributes = m[1] ?? '';
    const classes = /\bclass="([^"]*)"/.exec(attributes)?.[1]?.split(/\s+/) ?? [];
    if (!classes.includes(name)) continue;
    found.push({
      lang: /\blang="([^"]*)"/.exec(attributes)?.[1],
      dir: /\bdir="([^"]*)"/.exec(attributes)?.[1],
      text: (m[2] ?? '').replace(/<!--[\s\S]*?-->/g, '').trim(),
    });
  }
  return found;
}

function cardIn(lang: Lang): string {
  const app = new AppState(dataset, { window: DEFAULT_WINDOW, lang });
  return render(CardHarness, { props: { app, event } }).body;
}

describe('the event card in the reader’s language', () => {
  it('fixture: the strike has two claims with counts, the second with no translation', () => {
    expect(event.claims.map((c) => c.killed !== undefined)).toEqual([true, true]);
    expect(event.claims[1]?.translations).toBeUndefined();
  });

  it('words a count with its translated who, and marks an untranslated one en', () => {
    const figures = (lang: Lang) => paragraphs(cardIn(lang), 'figure');
    const es = figures('es');
    expect(es.map((f) => f.lang)).toEqual(['es', 'en']);
    expect(es[0]?.text).toContain(WHO_ES);
    expect(es[1]?.text).toContain(event.claims[1]!.killed!.who);
    const ur = figures('ur');
    expect(ur.map((f) => [f.lang, f.dir])).toEqual([
      ['en', 'ltr'],
      ['en', 'ltr'],
    ]);
    expect(ur[0]?.text).toContain(event.claims[0]!.killed!.who);
  });

  it('in Spanish: the date note and the first claim in Spanish, the second in English marked en', () => {
    const html = cardIn('es');
    expect(paragraphs(html, 'date-note')).toEqual([{ lang: 'es', dir: 'ltr', text: NOTE_ES }]);
    expect(paragraphs(html, 'statement')).toEqual([
      { lang: 'es', dir: 'ltr', text: CLAIM_ES },
      { lang: 'en', dir: 'ltr', text: event.claims[1]!.statement },
    ]);
  });

  it('in Urdu: the translations marked ur/rtl, the English fallback marked en/ltr inside the RTL page', () => {
    const html = cardIn('ur');
    expect(paragraphs(html, 'date-note')).toEqual([{ lang: 'ur', dir: 'rtl', text: NOTE_UR }]);
    expect(paragraphs(html, 'statement')).toEqual([
      { lang: 'ur', dir: 'rtl', text: CLAIM_UR },
      { lang: 'en', dir: 'ltr', text: event.claims[1]!.statement },
    ]);
  });

  it('in English: the dataset’s own texts, marked en', () => {
    const html = cardIn('en');
    expect(paragraphs(html, 'date-note')).toEqual([{ lang: 'en', dir: 'ltr', text: event.dateNote }]);
    expect(paragraphs(html, 'statement').map((p) => p.text)).toEqual(event.claims.map((c) => c.statement));
  });
});
