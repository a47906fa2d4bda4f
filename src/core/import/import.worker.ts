/**
 * The Web Worker that parses an imported file, so a 40 MB spreadsheet never freezes the map.
 * It reads the app's own gazetteer and world index (same origin, usually from the cache), runs
 * `importFile`, and posts the result back. One worker per import: it holds nothing between files.
 */
import { importFile, type ImportResult } from './file.ts';
import { gazetteerSchema } from '../dataset/schema.ts';
import { parseWorldIndex } from '../geoparse/world-index.ts';

export interface ImportRequest {
  name: string;
  /** The file itself (read here, off the main thread), or bytes already fetched. */
  bytes: ArrayBuffer | Blob;
  /** Absolute URLs of geodata/places.geojson and geodata/world-places.json in the build. */
  placesUrl: string;
  worldUrl: string;
}

/** How far the worker has got: posted every few thousand rows before the result. */
export interface ImportProgress {
  progress: { rows: number; totalRows: number; bytes: number };
}

export type ImportResponse = { ok: true; result: ImportResult } | { ok: false; error: string };

async function fetchJson(url: string, what: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`could not load ${what} (HTTP ${response.status})`);
  return (await response.json()) as unknown;
}

async function handle(request: ImportRequest): Promise<ImportResponse> {
  try {
    const [places, world] = await Promise.all([
      fetchJson(request.placesUrl, 'the gazetteer'),
      fetchJson(request.worldUrl, 'the world index'),
    ]);
    const bytes = request.bytes instanceof Blob ? await request.bytes.arrayBuffer() : request.bytes;
    const result = importFile(
      { name: request.name, bytes: new Uint8Array(bytes) },
      {
        gazetteer: gazetteerSchema.parse(places).features,
        world: parseWorldIndex(world),
        onProgress: ({ rows, totalRows }) => {
          const message: ImportProgress = { progress: { rows, totalRows, bytes: bytes.byteLength } };
          self.postMessage(message);
        },
      },
    );
    return { ok: true, result };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}

self.addEventListener('message', (e: MessageEvent<ImportRequest>) => {
  void handle(e.data).then((response) => self.postMessage(response));
});
