/**
 * Opening a tiled dataset: a `data=` link to an `events.pmtiles` archive that `npm run tile`
 * wrote. The map reads the archive itself (range requests, src/map/tiled-events-map.ts); the
 * timeline reads `counts.json` beside it. Nothing of the events is held in the page.
 */
import { tileCountsSchema, type TileCounts } from '../core/tiles/tiled-events.ts';
import { checkDataUrl, DATA_PARAM } from './import-data.ts';

export type TiledLink = { ok: true; url: URL; sameOrigin: boolean } | { ok: false; message: string };

/** The archive a `data=` link names, when it names a `.pmtiles` file; undefined for anything else. */
export function tiledLink(search: string, page: { href: string; origin: string }): TiledLink | undefined {
  const value = new URLSearchParams(search).get(DATA_PARAM)?.trim();
  if (!value || !/\.pmtiles$/i.test(value.split(/[?#]/)[0] ?? '')) return undefined;
  return checkDataUrl(value, page);
}

/** The counts file beside the archive, checked; an Error with a message a reader can act on. */
export async function loadTileCounts(archive: URL): Promise<TileCounts> {
  const url = new URL('counts.json', archive);
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer' });
  } catch {
    throw new Error(
      `${url.href} could not be fetched: the site may be offline, or may not allow other sites to read it (CORS).`,
    );
  }
  if (!response.ok) {
    throw new Error(
      `${url.href} could not be fetched (HTTP ${response.status}): npm run tile writes it beside events.pmtiles.`,
    );
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new Error(`${url.href} is not JSON: write it again with npm run tile.`);
  }
  const parsed = tileCountsSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `${url.href} is not a counts file of npm run tile (${issue?.path.join('.') || 'file'}: ${issue?.message}).`,
    );
  }
  return parsed.data;
}
