/**
 * The export worker: holds a copy of the dataset (sent in slices by src/state/export-client.ts) and turns
 * export requests into files with src/core/export/selection.ts, off the page's main thread. Each
 * file leaves as a Blob, so a 100 MB GeoJSON is not copied back into the page as a string.
 */
import { exportSelection } from './selection.ts';
import type { Dataset, Place, TimeEvent } from '../dataset/schema.ts';
import type { LayerName } from './layers.ts';
import type { ExportFormat, ExportRequest } from './request.ts';

// The protocol between the page (src/state/export-client.ts) and this worker.

/** The dataset without its two long lists, which follow in `places` and `events` slices. */
export type DatasetHead = Omit<Dataset, 'places' | 'events'>;

export type ToWorker =
  | { type: 'begin'; key: number; head: DatasetHead }
  | { type: 'places'; key: number; items: Place[] }
  | { type: 'events'; key: number; items: TimeEvent[] }
  | { type: 'export'; key: number; id: number; request: ExportRequest };

/** A file the worker made: the text is already a Blob, which crosses threads without a copy. */
export interface ExportedBlob {
  name: string;
  layer: LayerName;
  format: ExportFormat;
  features: number;
  blob: Blob;
}

export type FromWorker =
  { type: 'done'; id: number; files: ExportedBlob[] } | { type: 'failed'; id: number; message: string };

/**
 * The worker's logic without the worker: a function from each message to its reply (if any),
 * holding the dataset between messages. Tests drive it directly.
 */
export function createExportHandler(): (message: ToWorker) => FromWorker | null {
  let loaded: { key: number; dataset: Dataset } | null = null;
  return (message) => {
    switch (message.type) {
      case 'begin':
        loaded = {
          key: message.key,
          dataset: { ...message.head, places: { type: 'FeatureCollection', features: [] }, events: [] },
        };
        return null;
      case 'places':
      case 'events': {
        if (loaded?.key !== message.key) return null;
        const list: unknown[] = message.type === 'places' ? loaded.dataset.places.features : loaded.dataset.events;
        // push(...items) would hit the engine's argument limit on a large slice.
        for (const item of message.items) list.push(item);
        return null;
      }
      case 'export': {
        if (loaded?.key !== message.key) {
          return { type: 'failed', id: message.id, message: 'the dataset did not reach the export worker' };
        }
        try {
          const files: ExportedBlob[] = exportSelection(loaded.dataset, message.request).map((file) => ({
            name: file.name,
            layer: file.layer,
            format: file.format,
            features: file.features,
            blob: new Blob([file.text], { type: file.mediaType }),
          }));
          return { type: 'done', id: message.id, files };
        } catch (e) {
          return { type: 'failed', id: message.id, message: e instanceof Error ? e.message : String(e) };
        }
      }
    }
  };
}

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker): void;
}

// Only inside a worker: importing this module elsewhere (a unit test) starts nothing. The DOM
// typings have no WorkerGlobalScope, and the WebWorker ones clash with them, hence the lookup.
const WorkerGlobal = (globalThis as { WorkerGlobalScope?: abstract new () => unknown }).WorkerGlobalScope;
if (WorkerGlobal && globalThis instanceof WorkerGlobal) {
  const scope = globalThis as unknown as WorkerScope;
  const handle = createExportHandler();
  scope.onmessage = ({ data }) => {
    const reply = handle(data);
    if (reply) scope.postMessage(reply);
  };
}
