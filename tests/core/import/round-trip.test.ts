/**
 * Export, then import: every format that can carry events gives the same events back. GeoJSON,
 * JSON-FG and Linked Places keep each event whole; a CSV row keeps the dates, their precision,
 * the places, type, texts and actors (its layout has no column for claims or place roles); a
 * flat JSON-FG file (no record) still keeps the dates at their precision.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportLayers } from '../../../src/core/export/layers.ts';
import { layerText } from '../../../src/core/export/selection.ts';
import { importText, type ImportContext, type ImportResult } from '../../../src/core/import/file.ts';
import { datasetSchema, type Dataset, type TimeEvent } from '../../../src/core/dataset/schema.ts';
import { FIXTURES, importContext } from '../../support/import-context.ts';
import { importFile } from '../../../src/core/import/file.ts';

const dataset: Dataset = datasetSchema.parse(
  JSON.parse(readFileSync(new URL('../../fixtures/export/dataset.json', import.meta.url), 'utf8')),
);
const context = (d: Dataset): ImportContext => ({ gazetteer: d.places.features, world: [] });
const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);

function reimport(
  d: Dataset,
  format: 'geojson' | 'csv' | 'jsonfg' | 'lpf',
  nested = true,
): Extract<ImportResult, { ok: true }> {
  const layers = exportLayers(d, { nested });
  const text = layerText(format, 'events', layers, d);
  const result = importText({ name: `events.${format}`, text }, context(d));
  if (!result.ok) throw new Error(`${format}: ${result.message}\n${JSON.stringify(result.problems, null, 1)}`);
  return result;
}

describe('round trips', () => {
  it.each(['geojson', 'jsonfg', 'lpf'] as const)(
    '%s gives back the same events: dates, precision, places, claims',
    (format) => {
      const result = reimport(dataset, format);
      expect(result.summary.format).toBe(format);
      expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect([...result.dataset.events].sort(byId)).toEqual([...dataset.events].sort(byId));
      // The sources the claims cite come back described, not as bare ids.
      expect(result.dataset.sources.map((s) => s.id).sort()).toEqual(dataset.sources.map((s) => s.id).sort());
    },
  );

  it('csv gives back the dates and their precision, the places, the type, texts and actors', () => {
    const result = reimport(dataset, 'csv');
    const pick = (e: TimeEvent) => ({
      id: e.id,
      title: e.title,
      summary: e.summary,
      start: e.start,
      end: e.end,
      datePrecision: e.datePrecision,
      type: e.type,
      places: e.places.map((p) => p.place),
      actors: e.actors,
    });
    expect(result.dataset.events.map(pick).sort(byId)).toEqual(dataset.events.map(pick).sort(byId));
  });

  it('a flat JSON-FG file (no record) keeps each date at its precision', () => {
    const result = reimport(dataset, 'jsonfg', false);
    const when = (e: TimeEvent) => ({ id: e.id, start: e.start, end: e.end, datePrecision: e.datePrecision });
    expect(result.dataset.events.map(when).sort(byId)).toEqual(dataset.events.map(when).sort(byId));
  });

  it('an imported ACLED file exports and imports again unchanged, its original columns included', () => {
    const first = importFile(
      { name: 'acled-layout.csv', bytes: readFileSync(new URL('acled-layout.csv', FIXTURES)) },
      importContext,
    );
    if (!first.ok) throw new Error(first.message);
    for (const format of ['geojson', 'jsonfg', 'lpf'] as const) {
      const again = reimport(first.dataset, format);
      expect([...again.dataset.events].sort(byId), format).toEqual([...first.dataset.events].sort(byId));
    }
    expect(first.dataset.events[0]?.original?.sub_event_type).toBe('Air/drone strike');
  });
});
