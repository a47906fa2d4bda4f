/**
 * The map's credits (MapLibre's attribution) as a compact ⓘ button, open on a large map and
 * closed on a small one: an embed in a lesson page, a phone. MapLibre opens the compact credits
 * when it first shows them, and on a small map three lines of credits cover a third of it.
 */
import type { Map as MapLibreMap } from './maplibre.ts';

/** Below this width or height (CSS pixels) the map is small: the credits start closed. */
export const SMALL_MAP_WIDTH = 760;
export const SMALL_MAP_HEIGHT = 400;

/** The part of the map this uses, so a unit test can hand in a fake. */
type CreditsMap = Pick<MapLibreMap, 'getContainer' | 'on' | 'once' | 'off'>;

/**
 * Opens or closes the credits to fit the map's size, when the map first draws and whenever it
 * changes size (the reader's own ⓘ toggle holds until then). The attribution control must be
 * added with `compact: true`. Returns the function that stops it.
 */
export function fitCredits(map: CreditsMap): () => void {
  const update = () => {
    const container = map.getContainer();
    const credits = container.querySelector('.maplibregl-ctrl-attrib');
    if (!credits?.classList.contains('maplibregl-compact')) return;
    const small = container.clientWidth <= SMALL_MAP_WIDTH || container.clientHeight <= SMALL_MAP_HEIGHT;
    credits.classList.toggle('maplibregl-compact-show', !small);
  };
  map.once('idle', update);
  map.on('resize', update);
  return () => map.off('resize', update);
}
