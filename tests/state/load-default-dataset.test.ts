/**
 * Loading the shipped dataset: fetch three files, validate them, and say clearly what went wrong
 * and where when something did.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DatasetLoadError, fetchDataset, type DatasetUrls } from '../../src/state/load-default-dataset.ts';

const URLS: DatasetUrls = {
  places: 'https://atlas.test/places.geojson',
  sources: 'https://atlas.test/sources.json',
  events: 'https://atlas.test/events.json',
};
const read = (name: string) => readFileSync(new URL(`../../geodata/${name}`, import.meta.url), 'utf8');
const FILES: Record<string, string> = {
  [URLS.places]: read('places.geojson'),
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
