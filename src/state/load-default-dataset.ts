/**
 * Loads the shipped 2011 dataset from the page's own origin. The files are copied into the build
 * by Vite (`?url`), fetched in parallel, and validated exactly as the CLI validates them, so a bad
 * edit to geodata/ shows a clear message instead of a broken map.
 *
 * (Validating in a Web Worker instead was measured: on the 2-core benchmark machine, where the map
 * keeps both cores busy, the first full render came no sooner, so the simpler way stays.)
 */
import placesUrl from '../../geodata/places.geojson?url';
import sourcesUrl from '../../geodata/sources.json?url';
import eventsUrl from '../../geodata/events.json?url';
import { validateParts, type Problem } from '../core/dataset/validate-dataset.ts';
import type { Dataset } from '../core/dataset/schema.ts';

export class DatasetLoadError extends Error {
  constructor(
    message: string,
    readonly problems: Problem[] = [],
  ) {
    super(message);
  }
}

/** Where the three files of a dataset are. */
export interface DatasetUrls {
  places: string;
  sources: string;
  events: string;
}

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

/** The shipped dataset. */
export function loadDefaultDataset(): Promise<Dataset> {
  return fetchDataset({ places: placesUrl, sources: sourcesUrl, events: eventsUrl });
}
