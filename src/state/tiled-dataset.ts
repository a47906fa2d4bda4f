/**
 * Opening a tiled dataset: a `data=` link to an `events.pmtiles` archive that `npm run tile`
 * wrote. The map reads the archive itself (range requests, src/map/tiled-events-map.ts); the
 * timeline reads `counts.json` beside it. Nothing of the events is held in the page.
 */
import { tileCountsSchema, type TileCounts } from '../core/tiles/tiled-events.ts';
import { checkDataUrl, DATA_PARAM } from './import-data.ts';
import { say, type Message } from '../core/text/translate.ts';

/** Why the counts could not be read: its message in English, and as a message for the reader's language. */
export class TileCountsError extends Error {
  constructor(readonly code: Message) {
    super(say('en', code));
    this.name = 'TileCountsError';
  }
}

export type TiledLink = { ok: true; url: URL; sameOrigin: boolean } | { ok: false; message: string };

/** The archive a `data=` link names, when it names a `.pmtiles` file; undefined for anything else. */
export function tiledLink(search: string, page: { href: string; origin: string }): TiledLink | undefined {
  const value = new URLSearchParams(search).get(DATA_PARAM)?.trim();
  if (!value || !/\.pmtiles$/i.test(value.split(/[?#]/)[0] ?? '')) return undefined;
  return checkDataUrl(value, page);
}

/** The counts file beside the archive, checked; a {@link TileCountsError} a reader can act on. */
export async function loadTileCounts(archive: URL): Promise<TileCounts> {
  const url = new URL('counts.json', archive);
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer' });
  } catch {
    throw new TileCountsError({ key: 'tiled.fetchFailed', params: { url: url.href } });
  }
  if (!response.ok) {
    throw new TileCountsError({ key: 'tiled.httpFailed', params: { url: url.href, status: String(response.status) } });
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new TileCountsError({ key: 'tiled.notJson', params: { url: url.href } });
  }
  const parsed = tileCountsSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') || 'file';
    throw new TileCountsError({
      key: 'tiled.notCounts',
      params: { url: url.href, field, reason: String(issue?.message) },
    });
  }
  return parsed.data;
}
