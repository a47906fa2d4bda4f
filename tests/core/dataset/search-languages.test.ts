/**
 * Regression: event search matched the English texts only. A Spanish or Urdu reader typing a word
 * of the title, the summary or a place name the card shows them found nothing. The search now
 * looks in every text a reader may be shown (each translation, and the dataset's own language),
 * with accents optional, in both the list's linear search and the filters' token index.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetSchema } from '../../../src/core/dataset/schema.ts';
import { DEFAULT_DATASET_META } from '../../../src/core/dataset/load-dataset.ts';
import { searchEvents } from '../../../src/core/dataset/select-events.ts';
import { filterMask } from '../../../src/core/dataset/filter-mask.ts';
import { buildDomain } from '../../../src/state/app-state.svelte.ts';

const REPO_ROOT = new URL('../../../', import.meta.url);
const readJson = (path: string): unknown => JSON.parse(readFileSync(new URL(path, REPO_ROOT), 'utf8')) as unknown;

const dataset = datasetSchema.parse({
  ...DEFAULT_DATASET_META,
  events: readJson('geodata/events.json'),
  places: readJson('geodata/places.geojson'),
  sources: readJson('geodata/sources.json'),
});
const domain = buildDomain(dataset);
const byId = new Map(dataset.events.map((e) => [e.id, e]));

/** Ids found by the linear search and by the token index; the two must agree. */
function found(query: string): string[] {
  const linear = searchEvents(domain.index, query).map((e) => e.id);
  const mask = filterMask(domain.columns, { query });
  const indexed = domain.index.entries.filter((_, p) => mask?.[p] === 1).map((e) => e.event.id);
  expect(indexed.sort(), `token index for "${query}"`).toEqual([...linear].sort());
  return linear;
}

/** A word of a translated text, chosen so the English texts do not have it. */
function wordOf(text: string, english: string): string {
  const word = text
    .toLowerCase()
    .split(/[\s,.;:()«»"'،۔]+/)
    .find((w) => w.length >= 5 && !english.toLowerCase().includes(w));
  if (!word) throw new Error(`no word of its own in "${text}"`);
  return word;
}

describe("search in the reader's language", () => {
  const shooting = byId.get('davis-shooting')!;

  it.each(['es', 'ur'] as const)('%s: a word of the translated title and of the summary finds the event', (lang) => {
    const english = `${shooting.title} ${shooting.summary}`;
    const titleWord = wordOf(shooting.translations![lang]!.title!, english);
    const summaryWord = wordOf(shooting.translations![lang]!.summary!, english);
    expect(found(titleWord)).toContain('davis-shooting');
    expect(found(summaryWord)).toContain('davis-shooting');
    // Every event found does show the word in that language (or in English).
    for (const id of found(titleWord)) {
      const e = byId.get(id)!;
      const shown = [e.title, e.summary, e.translations?.[lang]?.title, e.translations?.[lang]?.summary].join(' ');
      const places = e.places.map((p) => domain.gazetteer.byId(p.place)?.properties);
      const names = places.flatMap((p) => [p?.name, p?.translations?.[lang]?.name, ...(p?.aliases ?? [])]).join(' ');
      expect(`${shown} ${names} ${e.actors.join(' ')}`.toLowerCase()).toContain(titleWord);
    }
  });

  it('a translated place name finds the events there: لاہور, as the Urdu card names Lahore', () => {
    const lahore = dataset.places.features.find((p) => p.properties.id === 'lahore')!.properties;
    expect(found(lahore.translations!.ur!.name!)).toContain('davis-shooting');
  });

  it('still finds English words', () => {
    expect(found('contractor')).toContain('davis-shooting');
  });

  it('accents are optional: "pakistan" finds "Pakistán", "pakistán" finds "Pakistan"', () => {
    const withAccent = found('pakistán');
    expect(withAccent.length).toBeGreaterThan(0);
    expect(found('pakistan')).toEqual(withAccent);
    const spanish = byId.get('davis-shooting')!.translations!.es!.summary!;
    expect(spanish).toMatch(/á|é|í|ó|ú/);
  });

  it('a word in no text finds nothing', () => {
    expect(found('zzxqj')).toEqual([]);
  });
});
