/**
 * The shipped 2011 dataset and its tour speak Urdu and Spanish: every event has a translated title,
 * summary and date note, every claim a translated statement (and who its count counts), every place a translated name, the
 * tour and each of its steps translated texts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eventsSchema, gazetteerSchema } from '../../src/core/dataset/schema.ts';
import { tourFileSchema } from '../../src/core/view/tour.ts';
import { DEFAULT_DATASET_META } from '../../src/core/dataset/load-dataset.ts';
import { datasetSchema } from '../../src/core/dataset/schema.ts';

const REPO_ROOT = new URL('../../', import.meta.url);
const LANGS = ['es', 'ur'] as const;
/** As for the English titles (events-data.test.ts): a card heading, not a paragraph. */
const MAX_TITLE_LENGTH = 90;
const ARABIC_SCRIPT = /[\u0600-\u06ff]/;
const LATIN_LETTER = /[a-z]/i;

/** The numbers a text gives (days, years, tolls), in order of size: a translation keeps them all. */
function numbersIn(text: string): string[] {
  return (text.match(/\d+/g) ?? []).sort();
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(new URL(path, REPO_ROOT), 'utf8')) as unknown;
}

const events = eventsSchema.parse(readJson('geodata/events.json'));
const places = gazetteerSchema.parse(readJson('geodata/places.geojson')).features.map((f) => f.properties);
const tour = tourFileSchema.parse(readJson('geodata/tours/crisis-2011.json'));

/** The Urdu text is in Urdu script (names of people and outlets included), not transliterated. */
function expectScript(lang: (typeof LANGS)[number], text: string | undefined, where: string): void {
  expect(text, `${where}: missing ${lang}`).toBeTruthy();
  if (lang === 'ur') expect(LATIN_LETTER.test(text ?? ''), `${where} (ur) has Latin letters: ${text}`).toBe(false);
  else expect(ARABIC_SCRIPT.test(text ?? ''), `${where} (es) has Arabic script: ${text}`).toBe(false);
}

describe.each(LANGS)('the 2011 dataset in %s', (lang) => {
  it('has a title and a summary for every event, each different from the English', () => {
    for (const e of events) {
      const t = e.translations?.[lang];
      expectScript(lang, t?.title, `${e.id}.title`);
      expectScript(lang, t?.summary, `${e.id}.summary`);
      expect(t?.title, e.id).not.toBe(e.title);
      expect(t?.summary, e.id).not.toBe(e.summary);
      expect(t?.title?.length ?? 0, `${e.id}: ${t?.title}`).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    }
  });

  it('has a date note for every event, a statement (and a count’s who) for every claim, keeping their numbers', () => {
    let claims = 0;
    for (const e of events) {
      const note = e.translations?.[lang]?.dateNote;
      expectScript(lang, note, `${e.id}.dateNote`);
      expect(note, `${e.id}.dateNote`).not.toBe(e.dateNote);
      expect(numbersIn(note ?? ''), `${e.id}.dateNote (${lang}): ${note}`).toEqual(numbersIn(e.dateNote));
      e.claims.forEach((c, i) => {
        const where = `${e.id}.claims[${i}].statement`;
        const statement = c.translations?.[lang]?.statement;
        expectScript(lang, statement, where);
        expect(statement, where).not.toBe(c.statement);
        expect(numbersIn(statement ?? ''), `${where} (${lang}): ${statement}`).toEqual(numbersIn(c.statement));
        // A casualty figure's "who" shows beside the statement: "45 civiles", "45 شہری".
        if (c.killed) expectScript(lang, c.translations?.[lang]?.who, `${e.id}.claims[${i}].killed.who`);
        claims++;
      });
    }
    expect(claims, 'the 2011 dataset has claims to check').toBeGreaterThan(0);
  });

  it("has the dataset's title and description, which the schema accepts", () => {
    const meta = datasetSchema.shape.translations.parse(DEFAULT_DATASET_META.translations);
    expectScript(lang, meta?.[lang]?.title, 'dataset.title');
    expectScript(lang, meta?.[lang]?.description, 'dataset.description');
    expect(meta?.[lang]?.title).not.toBe(DEFAULT_DATASET_META.title);
  });

  it('has a name for every place', () => {
    for (const p of places) expectScript(lang, p.translations?.[lang]?.name, `${p.id}.name`);
  });

  it('has the tour title, description and every step caption and question', () => {
    expectScript(lang, tour.translations?.[lang]?.title, 'tour.title');
    expectScript(lang, tour.translations?.[lang]?.description, 'tour.description');
    tour.steps.forEach((s, i) => {
      expectScript(lang, s.translations?.[lang]?.caption, `steps[${i}].caption`);
      if (s.question !== undefined) expectScript(lang, s.translations?.[lang]?.question, `steps[${i}].question`);
    });
  });
});
