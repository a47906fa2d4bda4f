/**
 * Loads the shipped 2011 dataset from the page's own origin. The files are copied into the build
 * by Vite (`?url`), fetched in parallel, and validated exactly as the CLI validates them, so a bad
 * edit to geodata/ shows a clear message instead of a broken map.
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

async function fetchJson(url: string, what: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new DatasetLoadError(`Could not load ${what} (HTTP ${response.status} for ${url}).`);
  try {
    return (await response.json()) as unknown;
  } catch {
    throw new DatasetLoadError(`${what} is not valid JSON (${url}).`);
  }
}

export async function loadDefaultDataset(): Promise<Dataset> {
  const [places, sources, events] = await Promise.all([
    fetchJson(placesUrl, 'the gazetteer (places.geojson)'),
    fetchJson(sourcesUrl, 'the sources (sources.json)'),
    fetchJson(eventsUrl, 'the events (events.json)'),
  ]);
  const result = validateParts({ places, sources, events });
  if (!result.ok) throw new DatasetLoadError('The built-in dataset has problems.', result.problems);
  return result.dataset;
}
