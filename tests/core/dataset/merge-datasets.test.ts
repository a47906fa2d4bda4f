import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset, Place } from '../../../src/core/dataset/schema.ts';
import { validateDataset, validateParts } from '../../../src/core/dataset/validate-dataset.ts';
import { addDataset } from '../../../src/core/dataset/merge-datasets.ts';
import { extractEvents } from '../../../src/core/geoparse/extract-events.ts';
import { draftsToDataset } from '../../../src/core/geoparse/events-dataset.ts';
import { loadPlaceContext } from '../../../src/cli/extract-events.ts';
import { makeEvent } from '../../support/make-event.ts';

const json = (file: string): unknown => JSON.parse(readFileSync(new URL(`../../../${file}`, import.meta.url), 'utf8'));
function shipped(): Dataset {
  const result = validateParts({
    sources: json('geodata/sources.json'),
    places: json('geodata/places.geojson'),
    events: json('geodata/events.json'),
  });
  if (!result.ok) throw new Error(`the 2011 dataset is invalid: ${result.problems[0]?.message}`);
  return result.dataset;
}

const loaded = loadPlaceContext();
function articleDrafts(text: string, published: string): Dataset {
  const drafts = extractEvents(text, { source: 'wire-article', published, ...loaded });
  const source = { id: 'wire-article', title: 'Wire article', published, outlet: 'Wire' };
  return draftsToDataset(drafts, [source], loaded.context, { id: 'article-drafts', title: 'Drafts' }).dataset;
}

describe('addDataset', () => {
  it('keeps every event of the dataset on the map and adds the drafts, valid as a whole', () => {
    const base = shipped();
    const extra = articleDrafts(
      'A fire broke out at a market in Lahore on Monday. Dock workers in Karachi walked off the job on Tuesday.',
      '2021-03-18',
    );
    expect(extra.events.length).toBe(2);
    const { dataset, added } = addDataset(base, extra);
    expect(added.events).toBe(2);
    expect(dataset.events.map((e) => e.id)).toEqual(expect.arrayContaining(base.events.map((e) => e.id)));
    expect(dataset.events.length).toBe(base.events.length + 2);
    expect(new Set(dataset.events.map((e) => e.id)).size).toBe(dataset.events.length);
    expect(dataset.sources.map((s) => s.id)).toContain('wire-article');
    expect(dataset.id).toBe(base.id);
    const checked = validateDataset(dataset);
    expect(checked.ok ? [] : checked.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([]);
  });

  it('shares a place the map already has, and gives a taken id to a different place a new one', () => {
    const base = shipped();
    const lahore = base.places.features.find((f) => f.properties.id === 'lahore');
    if (!lahore) throw new Error('the 2011 gazetteer has no lahore');
    const other = { ...lahore, properties: { ...lahore.properties, name: 'Lahore (another)' } };
    const extra: Dataset = {
      ...base,
      id: 'extra',
      sources: [{ id: 'new-source', title: 'New', outlet: 'New' }],
      places: { type: 'FeatureCollection', features: [lahore, other] },
      events: [],
    };
    // Two features with one id: the first is the map's own, the second a namesake.
    const { dataset, renamed } = addDataset(base, extra);
    expect(renamed).toEqual([{ kind: 'place', from: 'lahore', to: 'lahore-2' }]);
    expect(dataset.places.features.filter((f) => f.properties.id.startsWith('lahore'))).toHaveLength(2);
  });

  it('renames a colliding event, source and place id and carries the new ids into the event', () => {
    const place: Place = {
      type: 'Feature',
      properties: {
        id: 'p',
        name: 'Somewhere else',
        aliases: [],
        kind: 'town',
        parent: null,
        precision: 'exact',
        geometrySource: 'test',
        mention: 'named',
      },
      geometry: { type: 'Point', coordinates: [70, 30] },
    };
    const base: Dataset = {
      id: 'map',
      title: 'On the map',
      sources: [{ id: 's', title: 'Old', outlet: 'Old' }],
      places: {
        type: 'FeatureCollection',
        features: [{ ...place, properties: { ...place.properties, name: 'Here' } }],
      },
      events: [makeEvent({ id: 'e', sources: ['s'], places: [{ place: 'p', role: 'where' }] })],
    };
    const extra: Dataset = {
      id: 'drafts',
      title: 'Drafts',
      sources: [{ id: 's', title: 'New', outlet: 'New' }],
      places: { type: 'FeatureCollection', features: [place] },
      events: [makeEvent({ id: 'e', title: 'New one', sources: ['s'], places: [{ place: 'p', role: 'where' }] })],
    };
    const { dataset, renamed } = addDataset(base, extra);
    expect(renamed).toEqual([
      { kind: 'source', from: 's', to: 's-2' },
      { kind: 'place', from: 'p', to: 'p-2' },
      { kind: 'event', from: 'e', to: 'e-2' },
    ]);
    expect(dataset.events[0]).toBe(base.events[0]);
    expect(dataset.events[1]).toMatchObject({ id: 'e-2', sources: ['s-2'], places: [{ place: 'p-2', role: 'where' }] });
  });

  it('does not add an event twice when the same drafts are added again', () => {
    const extra = articleDrafts('A fire broke out at a market in Lahore on Monday.', '2021-03-18');
    const once = addDataset(shipped(), extra).dataset;
    const twice = addDataset(once, extra);
    expect(twice.added).toEqual({ events: 0, places: 0, sources: 0 });
    expect(twice.dataset.events.length).toBe(once.events.length);
  });
});
