import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { syntheticDataset } from '../support/synthetic-dataset.ts';
import type { ExportRequest } from '../../src/core/export/request.ts';
import { exportSelection } from '../../src/core/export/selection.ts';
import { datasetSchema, type Dataset } from '../../src/core/dataset/schema.ts';
import {
  ExportClient,
  ExportError,
  SLICE_BUDGET_MS,
  SLICE_ITEMS,
  type WorkerPort,
} from '../../src/state/export-client.ts';
import { createExportHandler, type FromWorker, type ToWorker } from '../../src/core/export/export.worker.ts';

const fixture: Dataset = datasetSchema.parse(
  JSON.parse(readFileSync(new URL('../fixtures/export/dataset.json', import.meta.url), 'utf8')),
);
const ALL_EVENTS: ExportRequest = { format: 'geojson', layers: ['events'], scope: { kind: 'all' } };

/** A worker on the same thread: messages are cloned as postMessage does, answered a task later. */
class FakeWorker implements WorkerPort {
  onmessage: ((event: { data: FromWorker }) => void) | null = null;
  onerror: ((event: { message?: string }) => void) | null = null;
  onmessageerror: ((event: unknown) => void) | null = null;
  received: ToWorker[] = [];
  terminated = false;
  readonly #handle = createExportHandler();
  constructor(readonly answer = true) {}
  postMessage(message: ToWorker): void {
    const copy = structuredClone(message);
    this.received.push(copy);
    if (!this.answer) return;
    setTimeout(() => {
      if (this.terminated) return;
      const reply = this.#handle(copy);
      if (reply) this.onmessage?.({ data: reply });
    }, 0);
  }
  terminate(): void {
    this.terminated = true;
  }
}

function clientWith(...workers: FakeWorker[]) {
  let made = 0;
  const client = new ExportClient({
    createWorker: () => {
      const w = workers[made++];
      if (!w) throw new Error('no more fake workers');
      return w;
    },
  });
  return { client, made: () => made };
}

describe('ExportClient and the export worker', () => {
  it('makes in the worker the files exportSelection makes', async () => {
    const worker = new FakeWorker();
    const { client } = clientWith(worker);
    const request: ExportRequest = { format: 'geojson', layers: ['events', 'routes'], scope: { kind: 'all' } };
    const files = await client.run(fixture, request);
    const expected = exportSelection(fixture, request);
    expect(files.map((f) => [f.name, f.layer, f.format, f.features, f.blob.type])).toEqual(
      expected.map((f) => [f.name, f.layer, f.format, f.features, f.mediaType]),
    );
    expect(await Promise.all(files.map((f) => f.blob.text()))).toEqual(expected.map((f) => f.text));
    expect(worker.received.map((m) => m.type)).toEqual(['begin', 'places', 'events', 'export']);
  });

  it('sends a dataset once, and again only when it changes', async () => {
    const worker = new FakeWorker();
    const { client } = clientWith(worker);
    await client.run(fixture, ALL_EVENTS);
    await client.run(fixture, { ...ALL_EVENTS, format: 'csv' });
    expect(worker.received.map((m) => m.type)).toEqual(['begin', 'places', 'events', 'export', 'export']);
    const other = { ...fixture, id: 'other', events: fixture.events.slice(0, 2) };
    const [file] = await client.run(other, ALL_EVENTS);
    expect(file?.name).toBe('other_events_all.geojson');
    expect(file?.features).toBe(2);
  });

  it('sends a large dataset in slices and gives the page a turn whenever a slice budget is spent', async () => {
    // A clock of our own, so the test does not depend on how busy the machine is: each message
    // the page posts costs COST_MS of it. How long a real task takes is the export benchmark's job.
    const COST_MS = 7;
    let clock = 0;
    const worker = new FakeWorker(false);
    const post = worker.postMessage.bind(worker);
    worker.postMessage = (message) => {
      clock += COST_MS;
      post(message);
    };
    let lastTurn = 0;
    let longest = 0;
    let turns = 0;
    const client = new ExportClient({
      createWorker: () => worker,
      now: () => clock,
      yieldToPage: async () => {
        turns += 1;
        longest = Math.max(longest, clock - lastTurn);
        await new Promise((resolve) => setTimeout(resolve, 0));
        lastTurn = clock;
      },
    });
    const dataset = syntheticDataset(100_000);
    void client.run(dataset, ALL_EVENTS).catch(() => {});
    // The run is waiting for the worker once the export request is posted.
    await expect.poll(() => worker.received.at(-1)?.type, { timeout: 20_000 }).toBe('export');
    const slices = worker.received.filter((m) => m.type === 'events');
    expect(slices).toHaveLength(Math.ceil(100_000 / SLICE_ITEMS));
    expect(slices.reduce((n, m) => n + (m.type === 'events' ? m.items.length : 0), 0)).toBe(100_000);
    // No stretch of work between two turns runs past the budget by more than the message that
    // spent it (and, in the first stretch, the 'begin' message sent before the budget starts)…
    expect(longest).toBeLessThanOrEqual(SLICE_BUDGET_MS + 2 * COST_MS);
    // …and the page gets a turn about every budget's worth of messages.
    const worked = worker.received.length * COST_MS;
    expect(turns).toBeGreaterThanOrEqual(Math.floor(worked / (SLICE_BUDGET_MS + COST_MS)) - 1);
    client.dispose();
  }, 30_000);

  it('passes on why the worker refused an export, and keeps working', async () => {
    const { client } = clientWith(new FakeWorker());
    const bad: ExportRequest = {
      format: 'geojson',
      layers: ['events'],
      scope: { kind: 'shown', from: 0, to: 20000, eventIds: ['no-such-event'] },
    };
    await expect(client.run(fixture, bad)).rejects.toThrow(new ExportError('the dataset has no event "no-such-event"'));
    await expect(client.run(fixture, ALL_EVENTS)).resolves.toHaveLength(1);
  });

  it('rejects running exports when the worker fails, then starts a new one', async () => {
    const broken = new FakeWorker(false);
    const healthy = new FakeWorker();
    const { client, made } = clientWith(broken, healthy);
    const running = client.run(fixture, ALL_EVENTS);
    await expect.poll(() => broken.received.at(-1)?.type).toBe('export');
    broken.onerror?.({ message: 'Uncaught SyntaxError' });
    await expect(running).rejects.toThrow('the export worker failed (Uncaught SyntaxError)');
    expect(broken.terminated).toBe(true);
    await expect(client.run(fixture, ALL_EVENTS)).resolves.toHaveLength(1);
    expect(made()).toBe(2);
    expect(healthy.received[0]?.type).toBe('begin');
  });

  it('says so when no worker can be started', async () => {
    const client = new ExportClient({
      createWorker: () => {
        throw new Error('Workers are disabled');
      },
    });
    await expect(client.run(fixture, ALL_EVENTS)).rejects.toThrow(
      'the export worker could not start (Workers are disabled)',
    );
  });

  it('cancels running exports on dispose', async () => {
    const worker = new FakeWorker(false);
    const { client } = clientWith(worker);
    const running = client.run(fixture, ALL_EVENTS);
    await expect.poll(() => worker.received.at(-1)?.type).toBe('export');
    client.dispose();
    await expect(running).rejects.toThrow('the export was cancelled');
    expect(worker.terminated).toBe(true);
  });

  it('the worker refuses an export for a dataset it does not hold', () => {
    const handle = createExportHandler();
    expect(handle({ type: 'export', key: 1, id: 7, request: ALL_EVENTS })).toEqual({
      type: 'failed',
      id: 7,
      message: 'the dataset did not reach the export worker',
    });
  });
});
