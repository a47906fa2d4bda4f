/**
 * The Web Worker that parses an imported file, so a 40 MB spreadsheet never freezes the map.
 * It reads the app's own gazetteer and world index (same origin, usually from the cache), runs
 * `importFile`, and posts the result back. One worker per import: it holds nothing between files.
 */
import { decodeFile, type ImportResult } from './file.ts';
import { gazetteerSchema, type TimeEvent } from '../dataset/schema.ts';
import type { ImportProblem } from './problem.ts';
import { say, type Message } from '../text/translate.ts';
import { parseWorldIndex, type WorldPlace } from '../geoparse/world-index.ts';
import { parseTownShard } from '../geoparse/world-towns.ts';
import { importTextWithTowns, type LoadedTowns, type TownsProblem } from './with-towns.ts';

export interface ImportRequest {
  name: string;
  /** The file itself (read here, off the main thread), or bytes already fetched. */
  bytes: ArrayBuffer | Blob;
  /** Absolute URLs of geodata/places.geojson and geodata/world-places.json in the build. */
  placesUrl: string;
  worldUrl: string;
  /** Absolute URLs of the town shards by country (ISO alpha-2): fetched only for names that need them. */
  townUrls: Readonly<Record<string, string>>;
}

/** How far the worker has got: posted every few thousand rows before the result. */
export interface ImportProgress {
  progress: { rows: number; totalRows: number; bytes: number };
}

/**
 * A batch of a successful import's events, posted before the result (whose dataset then has no
 * events): one structured clone of a million events would make the page hold a whole copy of them
 * before it can share their repeated parts (compact-events.ts); batches are shared as they come.
 */
export interface ImportEvents {
  events: TimeEvent[];
}

/** Events per {@link ImportEvents} message. */
export const EVENTS_PER_MESSAGE = 50_000;

/** A failure says why in English (`error`) and, where the catalogue has it, as a message. */
export type ImportResponse = { ok: true; result: ImportResult } | { ok: false; error: string; code?: Message };

/** A file the import needs beside the user's, which the server would not give. */
class ResourceError extends Error {
  constructor(readonly code: Message) {
    super(say('en', code));
  }
}

async function fetchJson(url: string, what: 'gazetteer' | 'world'): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new ResourceError({ key: 'import.resourceHttp', params: { what, status: response.status } });
  return (await response.json()) as unknown;
}

async function handle(request: ImportRequest): Promise<ImportResponse> {
  try {
    const [places, world] = await Promise.all([
      fetchJson(request.placesUrl, 'gazetteer'),
      fetchJson(request.worldUrl, 'world'),
    ]);
    const { name } = request;
    const decoded = await decodeRequest(request);
    if (!decoded.ok) return { ok: true, result: decoded.result };
    const { text, early, bytes } = decoded;
    const result = await importTextWithTowns(
      { name, text },
      {
        gazetteer: gazetteerSchema.parse(places).features,
        world: parseWorldIndex(world),
        onProgress: ({ rows, totalRows }) => {
          const message: ImportProgress = { progress: { rows, totalRows, bytes } };
          self.postMessage(message);
        },
      },
      early,
      (countries) => loadTowns(countries, request.townUrls),
    );
    return { ok: true, result };
  } catch (err) {
    const error = err instanceof Error ? err.message : String(err);
    return err instanceof ResourceError ? { ok: false, error, code: err.code } : { ok: false, error };
  }
}

/** The town shards of `countries` that the build has; a shard that cannot be had is named, not thrown. */
async function loadTowns(countries: readonly string[], urls: Readonly<Record<string, string>>): Promise<LoadedTowns> {
  const towns: WorldPlace[] = [];
  const missing: { country: string; problem: TownsProblem }[] = [];
  for (const country of countries) {
    const url = urls[country];
    if (!url) continue;
    let response: Response;
    try {
      response = await fetch(url);
    } catch {
      missing.push({ country, problem: { kind: 'offline' } });
      continue;
    }
    if (!response.ok) {
      missing.push({ country, problem: { kind: 'http', status: response.status } });
      continue;
    }
    try {
      towns.push(...parseTownShard(await response.json(), `geodata/world-towns/${country.toLowerCase()}.json`));
    } catch {
      missing.push({ country, problem: { kind: 'invalid' } });
    }
  }
  return { towns, missing };
}

/**
 * The file's text. The bytes are read here and referenced nowhere after (the request lets go of
 * them too), so they can be collected while the text is parsed.
 */
async function decodeRequest(
  request: ImportRequest,
): Promise<
  ({ ok: true; text: string; early: ImportProblem[] } | { ok: false; result: ImportResult }) & { bytes: number }
> {
  const source = request.bytes;
  request.bytes = new ArrayBuffer(0);
  const buffer = source instanceof Blob ? await source.arrayBuffer() : source;
  return { ...decodeFile({ name: request.name, bytes: new Uint8Array(buffer) }), bytes: buffer.byteLength };
}

/** Posts the response, a successful dataset's events first, in batches, in order. */
function respond(response: ImportResponse): void {
  if (!response.ok || !response.result.ok) return self.postMessage(response);
  const { dataset } = response.result;
  for (let i = 0; i < dataset.events.length; i += EVENTS_PER_MESSAGE) {
    const message: ImportEvents = { events: dataset.events.slice(i, i + EVENTS_PER_MESSAGE) };
    self.postMessage(message);
  }
  self.postMessage({ ...response, result: { ...response.result, dataset: { ...dataset, events: [] } } });
}

self.addEventListener('message', (e: MessageEvent<ImportRequest>) => {
  void handle(e.data).then(respond);
});
