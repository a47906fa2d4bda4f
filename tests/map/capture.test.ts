import { afterEach, describe, expect, test, vi } from 'vitest';
import { createMapCapture, IDLE_TIMEOUT_MS, type CaptureMap } from '../../src/map/capture.ts';

/** A map with the calls capture.ts makes; `idle()` fires the 'idle' listeners as MapLibre would. */
function fakeMap() {
  let ratio = 1;
  let listeners: (() => void)[] = [];
  const canvas = { width: 800, height: 600 } as HTMLCanvasElement;
  const attribution = { textContent: ' Made with  Natural Earth |\n © OpenStreetMap contributors ' };
  const map = {
    getCanvas: () => canvas,
    getContainer: () =>
      ({ clientWidth: 800, clientHeight: 600, querySelector: () => attribution }) as unknown as HTMLElement,
    getCenter: () => ({ lng: 70.5, lat: 33.2 }),
    getZoom: () => 6,
    getPixelRatio: () => ratio,
    setPixelRatio: (r: number) => (ratio = r),
    once: (_type: string, f: () => void) => listeners.push(f),
    off: (_type: string, f: () => void) => (listeners = listeners.filter((l) => l !== f)),
    triggerRepaint: vi.fn(),
  };
  const idle = () => {
    const now = listeners;
    listeners = [];
    now.forEach((f) => f());
  };
  return { map: map as unknown as CaptureMap, fake: map, idle, ratio: () => ratio, pending: () => listeners.length };
}

afterEach(() => vi.useRealTimers());

describe('createMapCapture', () => {
  test('draws only once the map is idle, in that frame, after asking for a frame', async () => {
    const { map, fake, idle } = fakeMap();
    const capture = createMapCapture(map);
    const drawn = capture.drawWhenIdle((canvas) => canvas.width);
    expect(fake.triggerRepaint).toHaveBeenCalledTimes(1);
    idle();
    await expect(drawn).resolves.toBe(800);
  });

  test('scales the map up and back to its own resolution', () => {
    const { map, ratio } = fakeMap();
    const capture = createMapCapture(map);
    capture.setScale(3);
    capture.setScale(2);
    expect(ratio()).toBe(2);
    capture.restore();
    expect(ratio()).toBe(1);
    expect(() => capture.setScale(0)).toThrow('a map scale must be above 0, got 0');
  });

  test('cancelling stops waiting and leaves no listener behind', async () => {
    const { map, pending } = fakeMap();
    const capture = createMapCapture(map);
    const controller = new AbortController();
    const drawn = capture.drawWhenIdle(() => 1, controller.signal);
    controller.abort(new Error('cancelled'));
    await expect(drawn).rejects.toThrow('cancelled');
    expect(pending()).toBe(0);
  });

  test('a map that never finishes drawing is reported after the timeout', async () => {
    vi.useFakeTimers();
    const { map } = fakeMap();
    const drawn = createMapCapture(map).drawWhenIdle(() => 1);
    vi.advanceTimersByTime(IDLE_TIMEOUT_MS);
    await expect(drawn).rejects.toThrow('the map did not finish drawing within 20 s');
  });

  test('camera and credits as a tour step and a frame take them', () => {
    const capture = createMapCapture(fakeMap().map);
    expect(capture.camera()).toEqual({ lon: 70.5, lat: 33.2, zoom: 6 });
    expect(capture.credits()).toBe('Made with Natural Earth | © OpenStreetMap contributors');
    expect(capture.size()).toEqual({ width: 800, height: 600 });
  });
});
