import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../../src/core/dataset/validate-dataset.ts';
import { validateTour } from '../../../src/core/view/tour.ts';

const FIXTURES = new URL('../../fixtures/datasets/', import.meta.url);

function fixture(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(file, FIXTURES), 'utf8')) as Record<string, unknown>;
}

interface Editable {
  lang?: string;
  events: Record<string, unknown>[];
  places: { features: { properties: Record<string, unknown> }[] };
}

function valid(): Editable {
  return fixture('valid.json') as unknown as Editable;
}

function problemsOf(data: unknown) {
  const result = validateDataset(data);
  return result.ok ? [] : result.problems;
}

describe('dataset translations', () => {
  it('accepts translated titles, summaries and names, and keeps them', () => {
    const data = valid();
    data.lang = 'en';
    data.events[0]!.translations = { ur: { title: 'ڈرون حملہ', summary: 'ایک حملہ۔' }, 'es-CO': { title: 'Ataque' } };
    data.places.features[0]!.properties.translations = { ur: { name: 'پاکستان' }, es: { name: 'Pakistán' } };
    const result = validateDataset(data);
    if (!result.ok) expect.fail(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
    expect(result.dataset.lang).toBe('en');
    expect(result.dataset.events[0]?.translations?.ur?.title).toBe('ڈرون حملہ');
    expect(result.dataset.places.features[0]?.properties.translations?.es?.name).toBe('Pakistán');
  });

  it('names the bad language tag and where it is (fixture bad-language-tag.json)', () => {
    const problems = problemsOf(fixture('bad-language-tag.json'));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe('events[1].translations.ur_PK');
    expect(problems[0]?.message).toContain('"ur_PK" is not a language tag');
  });

  it('rejects a bad dataset language, an empty translation and an unknown translated field', () => {
    const data = valid();
    data.lang = 'en_GB';
    data.events[0]!.translations = { ur: { title: ' ' } };
    data.places.features[1]!.properties.translations = { es: { title: 'Waziristán del Norte' } };
    const problems = problemsOf(data).map((p) => p.path);
    expect(problems).toEqual(
      expect.arrayContaining([
        'lang',
        'events[0].translations.ur.title',
        'places.features[1].properties.translations.es',
      ]),
    );
  });
});

describe('translations of date notes and claims', () => {
  /** valid.json with the first event's date note and first claim translated as given. */
  function withClaimTranslations(eventTranslations: unknown, claimTranslations: unknown): Editable {
    const data = valid();
    const event = data.events[0]!;
    event.translations = eventTranslations;
    const claims = event.claims as Record<string, unknown>[];
    claims[0]!.translations = claimTranslations;
    return data;
  }

  it('accepts a translated date note and claim statement, and keeps them', () => {
    const data = withClaimTranslations(
      { es: { dateNote: 'La AP da el 17 de marzo.' } },
      { ur: { statement: 'اے پی کے مطابق۔' }, es: { statement: 'Según la AP.' } },
    );
    const result = validateDataset(data);
    if (!result.ok) expect.fail(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
    expect(result.dataset.events[0]?.translations?.es?.dateNote).toBe('La AP da el 17 de marzo.');
    expect(result.dataset.events[0]?.claims[0]?.translations?.ur?.statement).toBe('اے پی کے مطابق۔');
  });

  it('keeps a dataset without them valid, claims with no translations included', () => {
    const result = validateDataset(valid());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.dataset.events[0]?.claims[0]?.translations).toBeUndefined();
  });

  it('names a too long statement or date note by its path, with the limit of the English field', () => {
    const data = withClaimTranslations({ ur: { dateNote: 'ن'.repeat(601) } }, { es: { statement: 'a'.repeat(601) } });
    const problems = problemsOf(data);
    expect(problems.map((p) => [p.path, p.message.split(' (found')[0]])).toEqual(
      expect.arrayContaining([
        ['events[0].claims[0].translations.es.statement', 'at most 600 characters'],
        ['events[0].translations.ur.dateNote', 'at most 600 characters'],
      ]),
    );
    expect(problems).toHaveLength(2);
  });

  it('names a too long translated count "who" by its path, with the limit of the English one', () => {
    const problems = problemsOf(withClaimTranslations(undefined, { ur: { who: 'ش'.repeat(301) } }));
    expect(problems.map((p) => [p.path, p.message.split(' (found')[0]])).toEqual([
      ['events[0].claims[0].translations.ur.who', 'at most 300 characters'],
    ]);
  });

  it('accepts a statement of exactly the limit', () => {
    expect(problemsOf(withClaimTranslations(undefined, { es: { statement: 'a'.repeat(600) } }))).toEqual([]);
  });

  it('rejects an empty statement, a field a claim does not have and a bad language tag', () => {
    const data = withClaimTranslations(undefined, { es: { statement: '  ' }, ur: { title: 'حملہ' }, ur_PK: {} });
    expect(problemsOf(data).map((p) => p.path)).toEqual(
      expect.arrayContaining([
        'events[0].claims[0].translations.es.statement',
        'events[0].claims[0].translations.ur',
        'events[0].claims[0].translations.ur_PK',
      ]),
    );
  });
});

describe('tour translations', () => {
  const dataset = (() => {
    const result = validateDataset(valid());
    if (!result.ok) throw new Error('valid.json should be valid');
    return result.dataset;
  })();
  const tour = (translations: unknown) => ({
    id: 't',
    title: 'A tour',
    translations: { es: { title: 'Un recorrido' } },
    steps: [{ time: '2011-03-17', caption: 'A strike.', translations }],
  });

  it('carries step captions and questions through to the tour it plays', () => {
    const result = validateTour(tour({ ur: { caption: 'ایک حملہ۔', question: 'کیوں؟' } }), dataset);
    if (!result.ok) expect.fail(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
    expect(result.tour.translations?.es?.title).toBe('Un recorrido');
    expect(result.tour.steps[0]?.translations?.ur?.question).toBe('کیوں؟');
  });

  it('names a bad language tag on a step with its path', () => {
    const result = validateTour(tour({ 'Spanish!': { caption: 'Un ataque.' } }), dataset);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]?.path).toBe('steps[0].translations["Spanish!"]');
    expect(result.problems[0]?.message).toContain('"Spanish!" is not a language tag');
  });
});
