/**
 * Loads the shipped 2011 dataset from the page's own origin. The files are copied into the build
 * by Vite (`?url`), fetched in parallel, and validated exactly as the CLI validates them, so a bad
 * edit to geodata/ shows a clear message instead of a broken map.
 *
 * (Validating in a Web Worker instead was measured: on the 2-core benchmark machine, where the map
 * keeps both cores busy, the first full render came no sooner, so the simpler way stays.)
 *
 * The first view loads the places' display copy (`places-display.geojson`: the same places, their
 * areas simplified for the zooms the map opens at, less than half the bytes). What needs the
 * places' full geometry (exports, the geoparser, the map zoomed in) asks {@link withFullGeometry}.
 */
import displayPlacesUrl from '../../geodata/places-display.geojson?url';
import placesUrl from '../../geodata/places.geojson?url';
import sourcesUrl from '../../geodata/sources.json?url';
import eventsUrl from '../../geodata/events.json?url';
import { validateParts, zodProblems, type Problem } from '../core/dataset/validate-dataset.ts';
import { gazetteerSchema, type Dataset } from '../core/dataset/schema.ts';

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

/** Datasets whose places are a display copy, each with how to get it with the full geometry. */
const fullDatasets = new WeakMap<Dataset, () => Promise<Dataset>>();

/**
 * The shipped dataset, its places from the display copy; `fullPlacesUrl` is where the same places
 * are with their full geometry (see {@link withFullGeometry}).
 */
export async function fetchDisplayDataset(
  urls: DatasetUrls & { fullPlaces: string },
  fetchFn: typeof fetch = fetch,
): Promise<Dataset> {
  const dataset = await fetchDataset(urls, fetchFn);
  let full: Promise<Dataset> | undefined;
  fullDatasets.set(dataset, () => (full ??= fetchFullPlaces(dataset, urls.fullPlaces, fetchFn)));
  return dataset;
}

async function fetchFullPlaces(dataset: Dataset, url: string, fetchFn: typeof fetch): Promise<Dataset> {
  const json = await fetchJson(url, 'the gazetteer (places.geojson)', fetchFn);
  const parsed = gazetteerSchema.safeParse(json);
  if (!parsed.success) {
    throw new DatasetLoadError('The gazetteer has problems.', zodProblems(parsed.error.issues, json, ['places']));
  }
  const ids = (features: { properties: { id: string } }[]) => features.map((f) => f.properties.id).join('\n');
  if (ids(parsed.data.features) !== ids(dataset.places.features)) {
    throw new DatasetLoadError(
      `The gazetteer (${url}) and its display copy list different places: rebuild the copy with npm run build:display-places.`,
    );
  }
  return { ...dataset, places: parsed.data };
}

/**
 * The dataset with its places' full geometry: the dataset itself unless its places are a display
 * copy, else the same dataset with the full gazetteer (fetched once; the same object every time,
 * so the export worker is sent it once).
 */
export function withFullGeometry(dataset: Dataset): Promise<Dataset> {
  return fullDatasets.get(dataset)?.() ?? Promise.resolve(dataset);
}

/** The shipped dataset, its places from the display copy. */
export function loadDefaultDataset(): Promise<Dataset> {
  return fetchDisplayDataset({
    places: displayPlacesUrl,
    fullPlaces: placesUrl,
    sources: sourcesUrl,
    events: eventsUrl,
  });
}
