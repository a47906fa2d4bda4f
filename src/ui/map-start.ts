/**
 * Starting the map early. The map is most of the first view's work (its style, its data cut into
 * tiles, its shaders compiled), and none of that waits for the dataset. So main.ts starts the map
 * before the dataset has loaded, in a hidden element roughly where the map will be, and the map
 * view takes it over once the page around it exists (`takeMap`). Whatever the map view wants that
 * the early map is not (an online style, another camera) gets a fresh map instead.
 */
import { createAtlasMap, type AtlasMap } from '../map/atlas-map.ts';
import { offlineBasemap } from '../map/offline-basemap.ts';
import { BASEMAP_LABEL_LAYER_BEFORE } from '../map/basemap-style.ts';
import { DARK_BASEMAP, type CameraState } from '../core/view/url-state.ts';
import type { MapModel } from '../core/model/map-model.ts';
import { textDirection, type Lang } from '../core/text/languages.ts';
import { translate } from '../core/text/translate.ts';

/** MapLibre's words on its controls, in the reader's language (MapLibre's own ids). */
function mapControlWords(lang: Lang): Record<string, string> {
  return {
    'NavigationControl.ZoomIn': translate(lang, 'map.zoomIn'),
    'NavigationControl.ZoomOut': translate(lang, 'map.zoomOut'),
    'AttributionControl.ToggleAttribution': translate(lang, 'map.toggleCredits'),
    'Map.Title': translate(lang, 'map.title'),
    'CooperativeGesturesHandler.WindowsHelpText': translate(lang, 'map.gestureCtrl'),
    'CooperativeGesturesHandler.MacHelpText': translate(lang, 'map.gestureCmd'),
    'CooperativeGesturesHandler.MobileHelpText': translate(lang, 'map.gestureTouch'),
  };
}

/** What the map view needs of its map. */
export interface MapWish {
  /** `dark`, an https style URL, or undefined for the light offline basemap. */
  basemap: string | undefined;
  labelNames: '2011' | 'current';
  camera: CameraState | undefined;
  /** Where to look without a camera: an imported dataset's box (the 2011 region when undefined). */
  bounds?: [[number, number], [number, number]] | undefined;
  reducedMotion: boolean;
  /** The atlas is embedded in another page (touch: two fingers move the map). */
  embed: boolean;
  /** The reader's language: the controls' words, and their side (mirrored for right to left). */
  lang: Lang;
  /** Called when an online style cannot be loaded. */
  onStyleError?: (message: string) => void;
}

interface StartedMap {
  wish: string;
  element: HTMLElement;
  map: AtlasMap;
}

let early: StartedMap | undefined;

const wishKey = (w: MapWish) =>
  JSON.stringify([
    w.basemap ?? 'light',
    w.labelNames,
    w.camera ?? null,
    w.bounds ?? null,
    w.reducedMotion,
    w.embed,
    w.lang,
  ]);

function start(wish: MapWish, element: HTMLElement): AtlasMap {
  const online = wish.basemap && wish.basemap !== DARK_BASEMAP ? wish.basemap : undefined;
  return createAtlasMap({
    container: element,
    style: online ?? offlineBasemap(wish.basemap === DARK_BASEMAP ? 'dark' : 'light', wish.labelNames),
    ...(wish.onStyleError ? { onStyleError: wish.onStyleError } : {}),
    eventsBeforeId: BASEMAP_LABEL_LAYER_BEFORE,
    ...(wish.camera ? { camera: wish.camera } : {}),
    ...(wish.bounds ? { bounds: wish.bounds } : {}),
    reducedMotion: wish.reducedMotion,
    cooperativeGestures: wish.embed,
    mirrored: textDirection(wish.lang) === 'rtl',
    locale: mapControlWords(wish.lang),
  });
}

/**
 * Starts the offline map now, hidden, for the map view to take over. An online style is not
 * started early: it is a request to another site, made only when the map view asks for it.
 */
export function startMapEarly(wish: MapWish): void {
  if (early || (wish.basemap && wish.basemap !== DARK_BASEMAP)) return;
  const element = document.createElement('div');
  element.className = 'map-early';
  element.setAttribute('aria-hidden', 'true');
  document.body.append(element);
  early = { wish: wishKey(wish), element, map: start(wish, element) };
}

/**
 * Gives the early map the dataset's map model as soon as it exists, before the page around the map
 * is built: MapLibre's worker cuts the event data into tiles meanwhile. (The map view sets the same
 * model again when it takes the map; that second call costs nothing.)
 */
export function giveEarlyMapModel(model: MapModel): void {
  early?.map.setModel(model);
}

/** Drops the early map (the dataset failed to load, so no map view will take it). */
export function discardEarlyMap(): void {
  early?.map.destroy();
  early?.element.remove();
  early = undefined;
}

/**
 * The map for a map view, placed in `parent`: the early map if it is the one wished for, else a
 * new one. `drawn` resolves when it has drawn completely in `parent`.
 */
export function takeMap(wish: MapWish, parent: HTMLElement): { map: AtlasMap; drawn: Promise<void> } {
  const taken = early;
  early = undefined;
  if (taken && taken.wish === wishKey(wish)) {
    taken.element.className = 'map-host';
    taken.element.removeAttribute('aria-hidden');
    const moved = taken.map.moveTo(parent, { refit: !wish.camera });
    return { map: taken.map, drawn: Promise.all([taken.map.ready, moved]).then(() => undefined) };
  }
  if (taken) {
    taken.map.destroy();
    taken.element.remove();
  }
  const element = document.createElement('div');
  element.className = 'map-host';
  parent.append(element);
  const map = start(wish, element);
  return { map, drawn: map.ready };
}
