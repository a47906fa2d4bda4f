/**
 * An event's translations travel with it: our GeoJSON, JSON-FG and Linked Places exports keep the
 * whole event in `properties.record`, and importing the file gives the translated titles,
 * summaries, date notes and claim statements back.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportLayers } from '../../../src/core/export/layers.ts';
import { layerText } from '../../../src/core/export/selection.ts';
import { importText } from '../../../src/core/import/file.ts';
import { datasetSchema, type Dataset } from '../../../src/core/dataset/schema.ts';

const base: Dataset = datasetSchema.parse(
  JSON.parse(readFileSync(new URL('../../fixtures/export/dataset.json', import.meta.url), 'utf8')),
);
const TRANSLATIONS = { ur: { title: 'ایک واقعہ', summary: 'اردو میں خلاصہ۔' }, es: { title: 'Un acontecimiento' } };
const WITH_CLAIMS = 'datta-khel-strike';
const NOTE_TRANSLATIONS = { es: { dateNote: 'Nota de fecha.' }, ur: { dateNote: 'تاریخ کا نوٹ۔' } };
const CLAIM_TRANSLATIONS = { ur: { statement: 'اردو میں دعویٰ۔' }, es: { statement: 'Una afirmación.' } };
const dataset: Dataset = {
  ...base,
  events: base.events.map((e, i) => {
    if (i === 0) return { ...e, translations: TRANSLATIONS };
    if (e.id !== WITH_CLAIMS) return e;
    const claims = e.claims.map((c, j) => (j === 0 ? { ...c, translations: CLAIM_TRANSLATIONS } : c));
    return { ...e, translations: NOTE_TRANSLATIONS, claims };
  }),
};

describe('translations through export and import', () => {
  it.each(['geojson', 'jsonfg', 'lpf'] as const)('%s keeps the first event’s translations', (format) => {
    const text = layerText(format, 'events', exportLayers(dataset, { nested: true }), dataset);
    const result = importText({ name: `events.${format}`, text }, { gazetteer: dataset.places.features, world: [] });
    if (!result.ok) throw new Error(result.message);
    const first = dataset.events[0]!;
    expect(result.dataset.events.find((e) => e.id === first.id)?.translations).toEqual(TRANSLATIONS);
  });

  it.each(['geojson', 'jsonfg', 'lpf'] as const)('%s keeps a date note’s and a claim’s translations', (format) => {
    const text = layerText(format, 'events', exportLayers(dataset, { nested: true }), dataset);
    const result = importText({ name: `events.${format}`, text }, { gazetteer: dataset.places.features, world: [] });
    if (!result.ok) throw new Error(result.message);
    const back = result.dataset.events.find((e) => e.id === WITH_CLAIMS);
    expect(back?.translations).toEqual(NOTE_TRANSLATIONS);
    expect(back?.claims.map((c) => c.translations)).toEqual([CLAIM_TRANSLATIONS, undefined]);
  });
});
