/**
 * Loads the shipped 2011 dataset from the page's own origin. The files are copied into the build
 * by Vite (`?url`), fetched in parallel, and validated exactly as the CLI validates them, so a bad
 * edit to geodata/ shows a clear message instead of a broken map.
 *
 * The fetching and validating run in a Web Worker (dataset-worker.ts): checking every coordinate
 * of the gazetteer takes about 100 ms, which would otherwise hold up the map starting beside it on
 * the main thread.
 */
import placesUrl from '../../geodata/places.geojson?url';
import sourcesUrl from '../../geodata/sources.json?url';
import eventsUrl from '../../geodata/events.json?url';
import { validateParts, type Problem } from '../core/validate-dataset.ts';
import type { Dataset } from '../core/schema.ts';

export class DatasetLoadError extends Error {
  constructor(
    message: string,
    readonly problems: Problem[] = [],
  ) {
    super(message);
  }
}

/** Where the three files of a dataset are (absolute URLs: a worker resolves against its own). */
export interface DatasetUrls {
  places: string;
  sources: string;
  events: string;
}

/** What the dataset worker answers. */
export type DatasetResponse = { ok: true; dataset: Dataset } | { ok: false; message: string; problems: Problem[] };

async function fetchJson(url: string, what: string, fetchFn: typeof fetch): Promise<unknown> {
  const response = await fetchFn(url);
  if (!response.ok) throw new DatasetLoadError(`Could not load ${what} (HTTP ${response.status} for ${url}).`);
  try {
    return (await response.json()) as unknown;
  } catch {
    throw new DatasetLoadError(`${what} is not valid JSON (${url}).`);
  }
}

/** Fetches and validates the three files; a problem rejects with a {@link DatasetLoadError}. */
export async function fetchDataset(urls: DatasetUrls, fetchFn: typeof fetch = fetch): Promise<Dataset> {
  const [places, sources, events] = await Promise.all([
    fetchJson(urls.places, 'the gazetteer (places.geojson)', fetchFn),
    fetchJson(urls.sources, 'the sources (sources.json)', fetchFn),
    fetchJson(urls.events, 'the events (events.json)', fetchFn),
  ]);
  const result = validateParts({ places, sources, events });
  if (!result.ok) throw new DatasetLoadError('The built-in dataset has problems.', result.problems);
  return result.dataset;
}

/** The answer for the main thread: the dataset, or what went wrong (an Error does not survive postMessage). */
export async function datasetResponse(urls: DatasetUrls, fetchFn: typeof fetch = fetch): Promise<DatasetResponse> {
  try {
    return { ok: true, dataset: await fetchDataset(urls, fetchFn) };
  } catch (err) {
    return err instanceof DatasetLoadError
      ? { ok: false, message: err.message, problems: err.problems }
      : { ok: false, message: `The dataset could not be loaded: ${String(err)}`, problems: [] };
  }
}

/** Turns the worker's answer back into the dataset or a {@link DatasetLoadError}. */
export function datasetFromResponse(response: DatasetResponse): Dataset {
  if (response.ok) return response.dataset;
  throw new DatasetLoadError(response.message, response.problems);
}

/** The shipped dataset, fetched and validated in a worker. */
export function loadDefaultDataset(): Promise<Dataset> {
  const urls: DatasetUrls = {
    places: new URL(placesUrl, location.href).href,
    sources: new URL(sourcesUrl, location.href).href,
    events: new URL(eventsUrl, location.href).href,
  };
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./dataset-worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (e: MessageEvent<DatasetResponse>) => {
      worker.terminate();
      try {
        resolve(datasetFromResponse(e.data));
      } catch (err) {
        reject(err);
      }
    });
    worker.addEventListener('error', (e) => {
      worker.terminate();
      reject(new DatasetLoadError(`The dataset reader could not start (${e.message || 'worker error'}).`));
    });
    worker.postMessage(urls);
  });
}
