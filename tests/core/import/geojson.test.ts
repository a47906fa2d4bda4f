import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportLayers } from '../../../src/core/export/layers.ts';
import { importText } from '../../../src/core/import/file.ts';
import { validateParts } from '../../../src/core/dataset/validate-dataset.ts';
import type { Dataset } from '../../../src/core/dataset/schema.ts';
import { importContext } from '../../support/import-context.ts';

const read = (path: string): unknown => JSON.parse(readFileSync(new URL(`../../../${path}`, import.meta.url), 'utf8'));

function builtIn(): Dataset {
  const result = validateParts({
    sources: read('geodata/sources.json'),
    places: read('geodata/places.geojson'),
    events: read('geodata/events.json'),
  });
  if (!result.ok) throw new Error('the shipped dataset is invalid');
  return result.dataset;
}

describe('importing GeoJSON', () => {
  it('our own events layer, imported and exported again, gives the same events', () => {
    const dataset = builtIn();
    const exported = exportLayers(dataset).events;
    const result = importText({ name: 'events.geojson', text: JSON.stringify(exported) }, importContext);
    if (!result.ok) throw new Error(result.message);
    expect(result.problems).toEqual([]);
    expect(result.summary).toMatchObject({
      format: 'geojson',
      total: dataset.events.length,
      loaded: dataset.events.length,
    });
    expect(result.dataset.events).toEqual(exported.features.map((f) => f.properties.record));
    const again = exportLayers(result.dataset).events;
    expect(again.features).toEqual(exported.features);
    expect(again.metadata.sources).toEqual(exported.metadata.sources);
    expect(result.dataset).toMatchObject({ id: dataset.id, title: dataset.title });
  });

  it('an exported event whose place is not in the gazetteer keeps the geometry the file gives', () => {
    const exported = exportLayers(builtIn()).events;
    const feature = structuredClone(exported.features.find((f) => f.geometry.type === 'Point'));
    if (!feature?.properties.record) throw new Error('no point event');
    const record = feature.properties.record;
    const where = record.places.find((p) => p.role === 'where') ?? record.places[0];
    if (!where) throw new Error('no place');
    where.place = 'somewhere-new';
    feature.properties.place_ids = record.places.map((p) => p.place).join('; ');
    const text = JSON.stringify({ ...exported, features: [feature] });
    const result = importText({ name: 'one.geojson', text }, importContext);
    if (!result.ok) throw new Error(result.message);
    const place = result.dataset.places.features.find((p) => p.properties.id === 'somewhere-new');
    expect(place?.geometry).toEqual(feature.geometry);
  });

  it('features with time properties and a point become events at that point', () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: {
            name: 'Protest',
            date: '2011-03-18T10:00:00Z',
            category: 'protest',
            description: 'Crowds',
            actors: ['Students', 'Traders'],
          },
          geometry: { type: 'Point', coordinates: [74.3436, 31.5497] },
        },
      ],
    });
    const result = importText({ name: 'gis.geojson', text }, importContext);
    if (!result.ok) throw new Error(result.message);
    expect(result.dataset.events[0]).toMatchObject({
      title: 'Protest',
      start: '2011-03-18',
      datePrecision: 'day',
      type: 'protest',
      summary: 'Crowds',
      actors: ['Students', 'Traders'],
    });
  });

  it('a FeatureCollection without dates names the missing property for each feature', () => {
    const places = readFileSync(new URL('../../../geodata/places.geojson', import.meta.url), 'utf8');
    const result = importText({ name: 'places.geojson', text: places }, importContext);
    expect(result.ok).toBe(false);
    const count = (JSON.parse(places) as { features: unknown[] }).features.length;
    expect(count).toBeGreaterThan(1);
    expect(result.ok ? '' : result.message).toContain(
      `None of the ${count} features of places.geojson could be loaded`,
    );
    expect(result.problems[0]).toMatchObject({
      path: 'features[0].properties.start',
      message: 'Every event needs a date.',
    });
  });
});
