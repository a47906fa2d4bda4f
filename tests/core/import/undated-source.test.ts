/**
 * Regression: an imported source with no date was given the day of import as its publication
 * date, so the event card read "Test source, 1 December 2026". A source the file does not date
 * stays undated: no `published` at all.
 */
import { describe, expect, it } from 'vitest';
import { importText, type ImportResult } from '../../../src/core/import/file.ts';
import { sourceSchema } from '../../../src/core/dataset/schema.ts';
import { importContext } from '../../support/import-context.ts';

const HEADER = 'date,title,type,place,source,source date';

function sourcesOf(result: ImportResult) {
  if (!result.ok) throw new Error(`the import failed: ${result.message}`);
  return result.dataset.sources;
}

describe('an imported source without a date', () => {
  it('stays undated when the file names it but gives no date', () => {
    const text = `${HEADER}\n2011-03-17,Strike,strike,Datta Khel,Test source,\n`;
    const [source] = sourcesOf(importText({ name: 'undated.csv', text }, importContext));
    expect(source).toMatchObject({ outlet: 'Test source', title: 'Test source' });
    expect(source).not.toHaveProperty('published');
    expect(source?.note).not.toMatch(/day of import/);
    expect(sourceSchema.safeParse(source).success).toBe(true);
  });

  it('keeps the date the file gives', () => {
    const text = `${HEADER}\n2011-03-17,Strike,strike,Datta Khel,Test source,2011-03-18\n`;
    const [source] = sourcesOf(importText({ name: 'dated.csv', text }, importContext));
    expect(source?.published).toBe('2011-03-18');
  });

  it('stays undated when the file names no source at all (the file stands in)', () => {
    const text = `${HEADER}\n2011-03-17,Strike,strike,Datta Khel,,\n`;
    const [source] = sourcesOf(importText({ name: 'nameless.csv', text }, importContext));
    expect(source).toMatchObject({ id: 'imported-file', title: 'nameless.csv' });
    expect(source).not.toHaveProperty('published');
  });

  it('does not take the event date for a GeoJSON source the file does not describe', () => {
    const record = {
      id: 'strike-1',
      title: 'Strike',
      summary: 'Strike',
      start: '2011-03-17',
      datePrecision: 'day',
      dateNote: 'As the wire gives it.',
      type: 'strike',
      places: [{ place: 'datta-khel', role: 'where' }],
      actors: [],
      sources: ['wire'],
      claims: [],
      background: false,
      implied: false,
    };
    const geojson = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', geometry: null, properties: { record, source_titles: 'Wire story' } }],
    };
    const result = importText({ name: 'export.geojson', text: JSON.stringify(geojson) }, importContext);
    const source = sourcesOf(result).find((s) => s.id === 'wire');
    expect(source).toMatchObject({ id: 'wire', title: 'Wire story' });
    expect(source).not.toHaveProperty('published');
  });
});
