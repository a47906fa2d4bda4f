/**
 * Loading the shipped dataset: fetch three files, validate them, and say clearly what went wrong
 * and where when something did.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DatasetLoadError,
  fetchDataset,
  fetchDisplayDataset,
  withFullGeometry,
  type DatasetUrls,
} from '../../src/state/load-default-dataset.ts';
import { exportLayers } from '../../src/core/export/layers.ts';

const URLS: DatasetUrls = {
  places: 'https://atlas.test/places.geojson',
  sources: 'https://atlas.test/sources.json',
  events: 'https://atlas.test/events.json',
};
const read = (name: string) => readFileSync(new URL(`../../geodata/${name}`, import.meta.url), 'utf8');
const DISPLAY_URLS = { ...URLS, places: 'https://atlas.test/places-display.geojson', fullPlaces: URLS.places };
const FILES: Record<string, string> = {
  [URLS.places]: read('places.geojson'),
  [DISPLAY_URLS.places]: read('places-display.geojson'),
  [URLS.sources]: read('sources.json'),
  [URLS.events]: read('events.json'),
};

/** A fetch over the files above, with some answers replaced. */
function fakeFetch(replace: Record<string, { status?: number; body: string }> = {}): typeof fetch {
  return (input) => {
    const url = String(input);
    const answer = replace[url] ?? (url in FILES ? { body: FILES[url]! } : { status: 404, body: 'not found' });
    return Promise.resolve(new Response(answer.body, { status: answer.status ?? 200 }));
  };
}

async function failure(promise: Promise<unknown>): Promise<DatasetLoadError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DatasetLoadError);
  return err as DatasetLoadError;
}

describe('fetchDataset', () => {
  it('returns the shipped dataset, every event and place', async () => {
    const dataset = await fetchDataset(URLS, fakeFetch());
    const events = JSON.parse(FILES[URLS.events]!) as { id: string }[];
    const places = JSON.parse(FILES[URLS.places]!) as { features: unknown[] };
    expect(dataset.events.map((e) => e.id)).toEqual(events.map((e) => e.id));
    expect(dataset.places.features).toHaveLength(places.features.length);
  });

  it('names the file and the HTTP status when a file is missing', async () => {
    const err = await failure(fetchDataset(URLS, fakeFetch({ [URLS.events]: { status: 404, body: '' } })));
    expect(err.message).toBe(`Could not load the events (events.json) (HTTP 404 for ${URLS.events}).`);
  });

  it('names the file that is not JSON', async () => {
    const err = await failure(fetchDataset(URLS, fakeFetch({ [URLS.sources]: { body: '[{"id": ' } })));
    expect(err.message).toBe(`the sources (sources.json) is not valid JSON (${URLS.sources}).`);
  });

  it('lists each problem with where it is', async () => {
    const events = JSON.parse(FILES[URLS.events]!) as { title: string }[];
    events[2]!.title = '';
    events[5]!.title = '';
    const err = await failure(fetchDataset(URLS, fakeFetch({ [URLS.events]: { body: JSON.stringify(events) } })));
    expect(err.message).toBe('The built-in dataset has problems.');
    expect(err.problems.map((p) => p.path)).toEqual(['events[2].title', 'events[5].title']);
  });
});

describe('the display copy and the full gazetteer', () => {
  const geometryById = (text: string) =>
    new Map(
      (JSON.parse(text) as { features: { properties: { id: string }; geometry: unknown }[] }).features.map((f) => [
        f.properties.id,
        f.geometry,
      ]),
    );
  const fullGeometry = geometryById(FILES[URLS.places]!);
  const displayGeometry = geometryById(FILES[DISPLAY_URLS.places]!);

  /** A fake fetch that counts what it was asked for. */
  function countingFetch(replace: Record<string, { status?: number; body: string }> = {}) {
    const asked: string[] = [];
    const inner = fakeFetch(replace);
    const fetchFn: typeof fetch = (input, init) => {
      asked.push(String(input));
      return inner(input, init);
    };
    return { fetchFn, asked };
  }

  it('loads the display copy first and the full gazetteer only when asked, once', async () => {
    const { fetchFn, asked } = countingFetch();
    const dataset = await fetchDisplayDataset(DISPLAY_URLS, fetchFn);
    expect(asked).not.toContain(URLS.places);
    const pakistan = dataset.places.features.find((p) => p.properties.id === 'pakistan')!;
    expect(pakistan.geometry).toEqual(displayGeometry.get('pakistan'));
    expect(pakistan.geometry).not.toEqual(fullGeometry.get('pakistan'));

    const full = await withFullGeometry(dataset);
    expect(await withFullGeometry(dataset), 'the same dataset every time').toBe(full);
    expect(asked.filter((u) => u === URLS.places)).toHaveLength(1);
    expect(full.events).toBe(dataset.events);
    for (const place of full.places.features) {
      expect(place.geometry, place.properties.id).toEqual(fullGeometry.get(place.properties.id));
    }
  });

  it('exports the full geometry, not the display copy', async () => {
    const dataset = await fetchDisplayDataset(DISPLAY_URLS, fakeFetch());
    const { places, regions } = exportLayers(await withFullGeometry(dataset));
    expect(places.features.length).toBe(fullGeometry.size);
    for (const f of places.features) expect(f.geometry, String(f.id)).toEqual(fullGeometry.get(String(f.id)));
    expect(regions.features.length).toBeGreaterThan(0);
    for (const f of regions.features) expect(f.geometry, String(f.id)).toEqual(fullGeometry.get(String(f.id)));
  });

  it('leaves a dataset that is not a display copy as it is', async () => {
    const dataset = await fetchDataset(URLS, fakeFetch());
    expect(await withFullGeometry(dataset)).toBe(dataset);
  });

  it('says so when the gazetteer and its display copy list different places', async () => {
    const places = JSON.parse(FILES[URLS.places]!) as { features: unknown[] };
    places.features.pop();
    const { fetchFn } = countingFetch({ [URLS.places]: { body: JSON.stringify(places) } });
    const dataset = await fetchDisplayDataset(DISPLAY_URLS, fetchFn);
    const err = await failure(withFullGeometry(dataset));
    expect(err.message).toBe(
      `The gazetteer (${URLS.places}) and its display copy list different places: rebuild the copy with npm run build:display-places.`,
    );
  });
});
