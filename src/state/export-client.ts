/**
 * The page's side of the export worker (src/core/export/export.worker.ts). Building and serialising the layers of
 * a large dataset takes seconds, so it runs off the main thread; what stays here is handing the
 * dataset over, and that is done in slices with the page given back in between, so no task here
 * blocks input for long (issue 7: never more than 200 ms at a time). The dataset is sent once per
 * dataset, then each export sends only its request.
 */
import type { ExportRequest } from '../core/export/request.ts';
import type { Dataset } from '../core/dataset/schema.ts';
import type { ExportedBlob, FromWorker, ToWorker } from '../core/export/export.worker.ts';

export type { ExportedBlob } from '../core/export/export.worker.ts';

/** The part of a Worker the client uses, so tests can hand it a fake. */
export interface WorkerPort {
  postMessage(message: ToWorker): void;
  terminate(): void;
  onmessage: ((event: { data: FromWorker }) => void) | null;
  onerror: ((event: { message?: string; preventDefault?: () => void }) => void) | null;
  onmessageerror?: ((event: unknown) => void) | null;
}

// ---------------------------------------------------------------- the client

/** Items per message: one slice clones in a few milliseconds. */
export const SLICE_ITEMS = 1000;
/** Slices are sent back to back until this much time has passed, then the page gets a turn. */
export const SLICE_BUDGET_MS = 30;

export interface ExportClientOptions {
  /** Makes the worker; by default the bundled export-worker.ts as a module worker. */
  createWorker?: () => WorkerPort;
  now?: () => number;
  /** Gives the page a turn (input, rendering) between slices. */
  yieldToPage?: () => Promise<void>;
}

export class ExportError extends Error {}

const defaultWorker = (): WorkerPort =>
  new Worker(new URL('../core/export/export.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerPort;

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * @example
 * const client = new ExportClient();
 * const files = await client.run(app.domain.dataset, { format: 'geojson', layers: ['events'], scope: { kind: 'all' } });
 * client.dispose();
 */
export class ExportClient {
  readonly #createWorker: () => WorkerPort;
  readonly #now: () => number;
  readonly #yield: () => Promise<void>;
  #worker: WorkerPort | null = null;
  /** The dataset the worker holds (or is being sent), by key. */
  #sent: { key: number; done: Promise<void> } | null = null;
  #nextId = 1;
  readonly #pending = new Map<number, { resolve: (files: ExportedBlob[]) => void; reject: (e: Error) => void }>();
  readonly #keys = new WeakMap<Dataset, number>();
  #nextKey = 1;

  constructor(options: ExportClientOptions = {}) {
    this.#createWorker = options.createWorker ?? defaultWorker;
    this.#now = options.now ?? (() => performance.now());
    this.#yield = options.yieldToPage ?? macrotask;
  }

  /** Exports in the worker; rejects with an ExportError saying what went wrong. */
  async run(dataset: Dataset, request: ExportRequest): Promise<ExportedBlob[]> {
    const worker = this.#ensureWorker();
    const key = this.#keyOf(dataset);
    await this.#ensureDataset(worker, key, dataset);
    if (this.#worker !== worker) throw new ExportError('the export worker stopped while the data was being sent');
    const id = this.#nextId++;
    return new Promise<ExportedBlob[]>((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      worker.postMessage({ type: 'export', key, id, request });
    });
  }

  /** Stops the worker; exports still running reject. */
  dispose(): void {
    this.#fail('the export was cancelled');
  }

  #keyOf(dataset: Dataset): number {
    let key = this.#keys.get(dataset);
    if (key === undefined) this.#keys.set(dataset, (key = this.#nextKey++));
    return key;
  }

  #ensureWorker(): WorkerPort {
    if (this.#worker) return this.#worker;
    let worker: WorkerPort;
    try {
      worker = this.#createWorker();
    } catch (e) {
      throw new ExportError(`the export worker could not start (${e instanceof Error ? e.message : String(e)})`);
    }
    worker.onmessage = ({ data }) => {
      const pending = this.#pending.get(data.id);
      if (!pending) return;
      this.#pending.delete(data.id);
      if (data.type === 'done') pending.resolve(data.files);
      else pending.reject(new ExportError(data.message));
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      this.#fail(`the export worker failed${event.message ? ` (${event.message})` : ''}`);
    };
    worker.onmessageerror = () => this.#fail('the export worker sent a message the page could not read');
    this.#worker = worker;
    return worker;
  }

  #ensureDataset(worker: WorkerPort, key: number, dataset: Dataset): Promise<void> {
    if (this.#sent?.key !== key) this.#sent = { key, done: this.#send(worker, key, dataset) };
    return this.#sent.done;
  }

  async #send(worker: WorkerPort, key: number, dataset: Dataset): Promise<void> {
    const { places, events, ...head } = dataset;
    worker.postMessage({ type: 'begin', key, head });
    let sliceStart = this.#now();
    const slices = function* () {
      for (let i = 0; i < places.features.length; i += SLICE_ITEMS) {
        yield { type: 'places' as const, key, items: places.features.slice(i, i + SLICE_ITEMS) };
      }
      for (let i = 0; i < events.length; i += SLICE_ITEMS) {
        yield { type: 'events' as const, key, items: events.slice(i, i + SLICE_ITEMS) };
      }
    };
    for (const message of slices()) {
      if (this.#worker !== worker) return;
      worker.postMessage(message);
      if (this.#now() - sliceStart > SLICE_BUDGET_MS) {
        await this.#yield();
        sliceStart = this.#now();
      }
    }
  }

  #fail(message: string): void {
    this.#worker?.terminate();
    this.#worker = null;
    this.#sent = null;
    for (const { reject } of this.#pending.values()) reject(new ExportError(message));
    this.#pending.clear();
  }
}
