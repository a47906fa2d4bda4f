/**
 * The main-thread side of importing: take a dropped or picked File, or fetch the address of a
 * `data=` link, check its size before reading it, hand the bytes to the import worker, and load
 * the dataset it returns with a one-line notice. The full report (every problem) is kept beside
 * the dataset it produced, so the Import dialog can show it after the atlas has been rebuilt.
 */
import { say, type Message } from '../core/text/translate.ts';
import placesUrl from '../../geodata/places.geojson?url';
import worldUrl from '../../geodata/world-places.json?url';
import { shippedTownUrls } from './world-towns.ts';
import { describeImport, importSummary, type ImportResult } from '../core/import/file.ts';
import { checkFileSize, MAX_BYTES } from '../core/import/limits.ts';
import { formatBytes } from '../core/text/count.ts';
import { coded, fileProblem } from '../core/import/problem.ts';
import type { Dataset } from '../core/dataset/schema.ts';
import { EventCompactor } from '../core/dataset/compact-events.ts';
import type { DatasetSwitch } from './dataset-switch.ts';
import type { ImportEvents, ImportProgress, ImportRequest, ImportResponse } from '../core/import/import.worker.ts';

/** What the Import dialog shows about the file that made a dataset. */
export interface ImportReport {
  result: ImportResult;
  /** The dialog has shown it once (it opens by itself only the first time). */
  seen: boolean;
}

// Keyed by the dataset object: each atlas on a page finds the report of its own dataset, and the
// report goes when the dataset does.
const reports = new WeakMap<Dataset, ImportReport>();

export function reportFor(dataset: Dataset): ImportReport | undefined {
  return reports.get(dataset);
}

/** The parameter of a link that loads a dataset: `?data=https://example.org/events.csv`. */
export const DATA_PARAM = 'data';

/** A failed import of the whole file; a catalogue message is worded in the reader's language where shown. */
const failure = (fileName: string, text: string | Message): ImportResult => {
  if (typeof text === 'string') return { ok: false, fileName, message: text, problems: [fileProblem(text)] };
  const { message, code } = coded(text);
  return { ok: false, fileName, message, code, problems: [fileProblem(message, { code })] };
};

/** How far an import has got, for a progress bar. */
export interface ImportStatus {
  rows: number;
  totalRows: number;
  bytes: number;
  /** Milliseconds since the worker started. */
  elapsed: number;
}

/** What the caller of an import may follow and stop. */
export interface ImportControl {
  onProgress?: (status: ImportStatus) => void;
  /** Aborting stops the worker at once; the result is a failure saying it was cancelled. */
  signal?: AbortSignal;
}

/** The message of an import stopped by its Cancel button; nothing was loaded. */
export const cancelledMessage = (name: string): Message => ({ key: 'import.cancelled', params: { file: name } });

/**
 * Parses a file (or bytes) in the import worker. Never rejects: a crash becomes a failed result,
 * and so does a cancel, which terminates the worker (the page's dataset stays as it was).
 */
export function parseInWorker(
  name: string,
  bytes: ArrayBuffer | Blob,
  control: ImportControl = {},
): Promise<ImportResult> {
  const request: ImportRequest = {
    name,
    bytes,
    placesUrl: new URL(placesUrl, location.href).href,
    worldUrl: new URL(worldUrl, location.href).href,
    townUrls: Object.fromEntries([...shippedTownUrls].map(([code, url]) => [code, new URL(url, location.href).href])),
  };
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('../core/import/import.worker.ts', import.meta.url), { type: 'module' });
    } catch (err) {
      resolve(failure(name, `This browser could not start the file reader: ${String(err)}`));
      return;
    }
    const started = performance.now();
    const stop = () => {
      worker.terminate();
      resolve(failure(name, cancelledMessage(name)));
    };
    if (control.signal?.aborted) return stop();
    control.signal?.addEventListener('abort', stop, { once: true });
    // The structured clone copies every repeated string and list once per event: each batch is
    // shared again as it arrives, so the page never holds a whole uncompacted copy.
    const compactor = new EventCompactor();
    const events: Dataset['events'] = [];
    worker.addEventListener('message', (e: MessageEvent<ImportResponse | ImportProgress | ImportEvents>) => {
      if ('progress' in e.data) {
        control.onProgress?.({ ...e.data.progress, elapsed: performance.now() - started });
        return;
      }
      if ('events' in e.data) {
        for (const event of compactor.compact(e.data.events)) events.push(event);
        return;
      }
      control.signal?.removeEventListener('abort', stop);
      worker.terminate();
      if (!e.data.ok) {
        const reason = e.data.code ?? e.data.error;
        return resolve(failure(name, { key: 'import.readFailed', params: { file: name, reason } }));
      }
      const { result } = e.data;
      if (result.ok) result.dataset.events = events;
      resolve(result);
    });
    worker.addEventListener('error', (e) => {
      worker.terminate();
      resolve(failure(name, `${name} could not be read: ${e.message || 'the file reader stopped'}.`));
    });
    worker.postMessage(request, bytes instanceof ArrayBuffer ? [bytes] : []);
  });
}

/** Imports a file the user picked or dropped; too large a file is refused before it is read. */
export async function importFromFile(file: File, control: ImportControl = {}): Promise<ImportResult> {
  const size = checkFileSize(file.size, file.name);
  if (!size.ok) return failure(file.name, size.message);
  // The worker reads the file itself: the main thread never holds its bytes.
  return parseInWorker(file.name, file, control);
}

export type DataUrlCheck = { ok: true; url: URL; sameOrigin: boolean } | { ok: false; message: string; code: Message };

/**
 * Whether a `data=` value may be fetched: an https address, or a path on this site. Anything
 * else (http to another site, `javascript:`, `file:`, `data:`) is refused with a message.
 *
 * @example checkDataUrl('events.csv', location) // { ok: true, url: <this site>/events.csv, sameOrigin: true }
 */
export function checkDataUrl(value: string, page: { href: string; origin: string }): DataUrlCheck {
  let url: URL;
  try {
    url = new URL(value, page.href);
  } catch {
    return { ok: false, ...coded({ key: 'import.linkNotAddress', params: { link: shorten(value) } }) };
  }
  const sameOrigin = url.origin === page.origin && (url.protocol === 'https:' || url.protocol === 'http:');
  if (sameOrigin) return { ok: true, url, sameOrigin };
  if (url.protocol === 'https:' && !url.username && !url.password) return { ok: true, url, sameOrigin };
  return { ok: false, ...coded({ key: 'import.linkRefused', params: { link: shorten(value), origin: page.origin } }) };
}

/** Fetches and imports an address that {@link checkDataUrl} allowed, reading at most MAX_BYTES. */
export async function importFromUrl(url: URL, page: { href: string; origin: string }): Promise<ImportResult> {
  const last = url.pathname.split('/').filter(Boolean).pop() ?? '';
  let name: string;
  try {
    name = decodeURIComponent(last) || url.host;
  } catch {
    // decodeURIComponent throws on a `%` not followed by two hex digits (or a broken UTF-8 byte run).
    const bad = /%(?![0-9a-f]{2}).{0,2}/i.exec(last)?.[0];
    const what = bad ? `a malformed % escape ("${bad}")` : '% escapes that do not spell UTF-8 text';
    return failure(
      last,
      `The data link's file name "${shorten(last)}" has ${what}: write a % sign as %25 and a space as %20.`,
    );
  }
  let response: Response;
  try {
    // No cookies, no referrer: the site holding the data learns nothing about the page.
    response = await fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer' });
  } catch {
    return failure(name, { key: 'import.fetchOffline', params: { url: url.href } });
  }
  if (!response.ok)
    return failure(name, { key: 'import.fetchHttp', params: { url: url.href, status: response.status } });
  const final = checkDataUrl(response.url || url.href, page);
  if (!final.ok) return failure(name, { key: 'import.fetchRedirect', params: { url: url.href } });
  const declared = Number(response.headers.get('content-length'));
  if (declared > MAX_BYTES) {
    const size = checkFileSize(declared, name);
    return failure(name, size.ok ? '' : size.message);
  }
  const bytes = await readCapped(response);
  if (!bytes) {
    return failure(name, { key: 'import.fetchTooLarge', params: { url: url.href, size: formatBytes(MAX_BYTES) } });
  }
  return parseInWorker(name, bytes);
}

async function readCapped(response: Response): Promise<ArrayBuffer | undefined> {
  if (!response.body) {
    const buffer = await response.arrayBuffer();
    return buffer.byteLength > MAX_BYTES ? undefined : buffer;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_BYTES) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes.buffer;
}

/**
 * Loads a successful import into the page and keeps its report. Returns false (and loads
 * nothing) for a failed one.
 */
export function loadImport(result: ImportResult, target: Pick<DatasetSwitch, 'load'>): boolean {
  if (!result.ok) return false;
  reports.set(result.dataset, { result, seen: false });
  target.load(result.dataset, [result.summary ? importSummary(result, result.summary) : describeImport(result)]);
  return true;
}

export type DataParamOutcome =
  | { status: 'none' }
  | { status: 'declined'; url: string }
  | { status: 'loaded'; result: ImportResult }
  | { status: 'failed'; message: string; result?: ImportResult };

// One data= link per page load: the atlas is rebuilt after the import, and must not import again.
const handled = new WeakSet<object>();

export interface DataParamOptions {
  /** The page's address (default: `location`). */
  page?: { href: string; origin: string };
  /**
   * Asked before fetching from another site, which then sees the reader's address: the app is
   * private by default, so the reader decides. Without it, other sites are not fetched.
   */
  confirm?: (url: URL) => Promise<boolean>;
  /** Progress text ("Loading events from …"). */
  onStatus?: (status: Message) => void;
  /** Called with the message of a failed link, to show it on the page. */
  notify?: (message: Message) => void;
}

/**
 * Handles the `data=` parameter of a page address: checks the address, fetches it (asking first
 * when it is on another site), imports it in the worker and loads it with `target`. Does nothing
 * the second time for the same `target`, so it may be called from App.svelte and from the atlas.
 *
 * @example
 * void loadFromDataParam(location.search, useDatasetSwitch(), { notify: (m) => app.notices.push(m) });
 */
export async function loadFromDataParam(
  search: string,
  target: Pick<DatasetSwitch, 'load'>,
  options: DataParamOptions = {},
): Promise<DataParamOutcome> {
  const value = new URLSearchParams(search).get(DATA_PARAM);
  if (value === null || handled.has(target)) return { status: 'none' };
  handled.add(target);
  const page = options.page ?? location;
  // The reader sees the notice in their language; the outcome keeps the English.
  const fail = (message: Message, result?: ImportResult): DataParamOutcome => {
    options.notify?.(message);
    return { status: 'failed', message: say('en', message), ...(result ? { result } : {}) };
  };
  if (value.trim() === '') return fail({ key: 'import.linkEmpty' });
  const checked = checkDataUrl(value.trim(), page);
  if (!checked.ok) return fail(checked.code);
  if (!checked.sameOrigin) {
    const allowed = options.confirm ? await options.confirm(checked.url) : false;
    if (!allowed) return { status: 'declined', url: checked.url.href };
  }
  options.onStatus?.({ key: 'import.loadingLink', params: { url: checked.url.href } });
  const result = await importFromUrl(checked.url, page);
  if (!loadImport(result, target)) {
    const reason = result.ok ? '' : (result.code ?? result.message);
    return fail({ key: 'import.linkFailed', params: { reason } }, result);
  }
  return { status: 'loaded', result };
}

const shorten = (s: string) => (s.length > 80 ? `${s.slice(0, 80)}…` : s);
