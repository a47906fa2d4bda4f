/**
 * Tells the page around an embedded atlas how tall the atlas is, so the host can size its
 * iframe to fit (see public/embed/host.js). The frame only *sends*: it listens to no messages,
 * so no page, whatever its origin, can command it.
 *
 * The message is namespaced, `{ type: 'time-atlas:height', height }`, so a host page with other
 * embeds can tell ours apart. It goes to any origin (`'*'`): the only thing it says is a height,
 * and the host's origin is often unknown to the frame (referrers are stripped by many platforms).
 */

/** The `type` of every message the frame posts. */
export const FRAME_HEIGHT_MESSAGE = 'time-atlas:height';

export interface FrameHeightMessage {
  type: typeof FRAME_HEIGHT_MESSAGE;
  /** The height of the atlas page in CSS pixels, rounded up. */
  height: number;
}

/** At most one message per this many milliseconds while the page is resizing. */
const THROTTLE_MS = 100;
/**
 * The host script may start listening after the frame has loaded (a cached frame, a script at
 * the end of the page): the height is sent again at these times, since the host cannot ask.
 */
const REPEAT_AFTER_MS = [500, 2000, 5000];

export interface FrameHeightOptions {
  /** The document to measure (tests pass their own). */
  document?: Document;
  /** The height to report; by default the root element's layout height. */
  measure?: () => number;
}

const started = new WeakMap<Window, () => void>();

/**
 * Post the page's height to `target` (the parent window) on load, whenever the page changes
 * size (a ResizeObserver on the root element), throttled, and a few times more in the first
 * seconds. Returns a function that stops it. Calling it again for the same target returns the
 * running instance's stop function instead of starting a second one.
 *
 * @example
 * if (window.parent !== window && embed) startFrameHeight();
 */
export function startFrameHeight(target: Window = parent, options: FrameHeightOptions = {}): () => void {
  const running = started.get(target);
  if (running) return running;
  const doc = options.document ?? document;
  const root = doc.documentElement;
  const measure = options.measure ?? (() => root.getBoundingClientRect().height);

  let lastSent = -1;
  let lastTime = 0;
  let pending: ReturnType<typeof setTimeout> | undefined;
  const send = (force: boolean) => {
    const height = Math.ceil(measure());
    if (!Number.isFinite(height) || height <= 0) return;
    if (!force && height === lastSent) return;
    lastSent = height;
    lastTime = Date.now();
    const message: FrameHeightMessage = { type: FRAME_HEIGHT_MESSAGE, height };
    target.postMessage(message, '*');
  };
  const schedule = () => {
    if (pending !== undefined) return;
    const wait = Math.max(0, THROTTLE_MS - (Date.now() - lastTime));
    pending = setTimeout(() => {
      pending = undefined;
      send(false);
    }, wait);
  };

  const observer = new ResizeObserver(schedule);
  observer.observe(root);
  const onLoad = () => send(true);
  const view = doc.defaultView;
  view?.addEventListener('load', onLoad);
  const repeats = REPEAT_AFTER_MS.map((ms) => setTimeout(() => send(true), ms));
  send(true);

  const stop = () => {
    observer.disconnect();
    view?.removeEventListener('load', onLoad);
    repeats.forEach(clearTimeout);
    clearTimeout(pending);
    started.delete(target);
  };
  started.set(target, stop);
  return stop;
}
