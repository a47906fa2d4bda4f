/**
 * How much an import takes, and the message for each limit. The app selects, lists and draws by
 * sorted typed arrays, so a million events play; past that (or 500 MB) a browser tab runs out of
 * memory, so the limits stop such a file before it is read, and say what to do instead.
 */

import { formatBytes } from '../text/count.ts';

const MB = 1024 * 1024;

/** Above this the import still runs, but warns that it may take a few seconds. */
export const WARN_BYTES = 10 * MB;
/** Above this a file is refused unread. */
export const MAX_BYTES = 500 * MB;
/** Data rows of a CSV file (the header not counted). */
export const MAX_ROWS = 1_000_000;
/** Features of a GeoJSON FeatureCollection. */
export const MAX_FEATURES = 1_000_000;
/** Events (and, separately, places) of a dataset JSON file. */
export const MAX_EVENTS = 1_000_000;
/** Columns of a CSV file: more is a sign of a file that is not an event table. */
export const MAX_COLUMNS = 200;
/**
 * Characters in one CSV cell or one GeoJSON text property before any other check. The dataset
 * schema has its own, smaller limits per field (a title is at most 120 characters); this one
 * stops a runaway cell (a whole file in one quoted cell) from reaching them.
 */
export const MAX_CELL_CHARS = 10_000;
/** Problems kept per import: past this, one more problem says how many were left out. */
export const MAX_PROBLEMS = 5_000;

export type SizeCheck = { ok: true; warning?: string } | { ok: false; message: string };

/**
 * Whether a file of `bytes` may be imported, with the message a user sees.
 *
 * @example checkFileSize(60 * 1024 * 1024, 'big.csv') // { ok: false, message: 'big.csv is 60.0 MB: …' }
 */
export function checkFileSize(bytes: number, name: string): SizeCheck {
  if (bytes > MAX_BYTES) {
    return {
      ok: false,
      message:
        `${name} is ${formatBytes(bytes)}: the limit is ${formatBytes(MAX_BYTES)}. ` +
        `Split it into smaller files (by year or region), or remove columns the map does not use.`,
    };
  }
  if (bytes === 0) return { ok: false, message: `${name} is empty (0 bytes): there is nothing to load.` };
  if (bytes > WARN_BYTES) {
    return {
      ok: true,
      warning: `${name} is ${formatBytes(bytes)}, a large file: reading it may take a few seconds.`,
    };
  }
  return { ok: true };
}
