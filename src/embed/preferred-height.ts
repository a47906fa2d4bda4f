/**
 * The height an embedded atlas would like its frame to be, for host.js's "grow to fit" (see
 * frame-height.ts). A narrow embed fits any frame (embed.css): the map takes what the toolbar and
 * the timeline leave. Asked for its preferred height, it answers with the toolbar and the timeline
 * plus a map of a good size for the width. The answer depends on the width only, never on the
 * frame's height, so a host that sizes the frame to it cannot start a grow-measure-grow loop.
 */

/** As embed.css: at most this wide, the embed is one column. */
export const NARROW_EMBED_WIDTH = 760;
/** The map's preferred height on a narrow frame: 62% of the width, within these bounds. */
export const PREFERRED_MAP_SHARE = 0.62;
export const PREFERRED_MAP_MIN = 220;
export const PREFERRED_MAP_MAX = 420;

/** The preferred map height for a frame this wide (CSS pixels). */
export function preferredMapHeight(width: number): number {
  return Math.min(PREFERRED_MAP_MAX, Math.max(PREFERRED_MAP_MIN, width * PREFERRED_MAP_SHARE));
}

/**
 * The height to report to the host: on a narrow embed, everything but the map as laid out now,
 * plus the preferred map; otherwise (a wide frame, or no atlas yet) the page's height.
 */
export function preferredEmbedHeight(doc: Document = document): number {
  const root = doc.documentElement;
  const atlas = doc.querySelector<HTMLElement>('.atlas.embed');
  const width = root.clientWidth;
  const map = atlas?.querySelector<HTMLElement>(':scope > .map-area');
  if (!atlas || !map || width > NARROW_EMBED_WIDTH) return root.getBoundingClientRect().height;
  return atlas.getBoundingClientRect().height - map.getBoundingClientRect().height + preferredMapHeight(width);
}
