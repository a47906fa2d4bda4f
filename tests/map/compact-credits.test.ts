import { describe, expect, test } from 'vitest';
import { fitCredits, SMALL_MAP_HEIGHT, SMALL_MAP_WIDTH } from '../../src/map/compact-credits.ts';

/** A map with only what fitCredits touches: a container of a given size holding the credits. */
function fakeMap(width: number, height: number, compact = true) {
  const classes = new Set(compact ? ['maplibregl-compact', 'maplibregl-compact-show'] : []);
  const credits = {
    classList: {
      contains: (c: string) => classes.has(c),
      toggle: (c: string, on: boolean) => (on ? classes.add(c) : classes.delete(c)),
    },
  };
  const handlers = new Map<string, () => void>();
  const container = { clientWidth: width, clientHeight: height, querySelector: () => credits };
  const map = {
    getContainer: () => container,
    on: (type: string, f: () => void) => handlers.set(type, f),
    once: (type: string, f: () => void) => handlers.set(`once:${type}`, f),
    off: (type: string) => handlers.delete(type),
  };
  return { map, classes, container, fire: (type: string) => handlers.get(type)?.() };
}

describe('fitCredits', () => {
  test.each([
    { width: 360, height: 740, open: false },
    { width: 700, height: 400, open: false },
    { width: SMALL_MAP_WIDTH, height: 900, open: false },
    { width: 1200, height: SMALL_MAP_HEIGHT, open: false },
    { width: SMALL_MAP_WIDTH + 1, height: SMALL_MAP_HEIGHT + 1, open: true },
    { width: 1280, height: 700, open: true },
  ])('a $width×$height map: credits open $open', ({ width, height, open }) => {
    const fake = fakeMap(width, height);
    fitCredits(fake.map as never);
    fake.fire('once:idle');
    expect(fake.classes.has('maplibregl-compact-show')).toBe(open);
  });

  test('a resize opens or closes them again; stopping leaves them alone', () => {
    const fake = fakeMap(1280, 800);
    const stop = fitCredits(fake.map as never);
    fake.fire('once:idle');
    expect(fake.classes.has('maplibregl-compact-show')).toBe(true);
    fake.container.clientWidth = 360;
    fake.fire('resize');
    expect(fake.classes.has('maplibregl-compact-show')).toBe(false);
    stop();
    fake.container.clientWidth = 1280;
    fake.fire('resize');
    expect(fake.classes.has('maplibregl-compact-show')).toBe(false);
  });

  test('credits that are not compact are not touched', () => {
    const fake = fakeMap(360, 740, false);
    fitCredits(fake.map as never);
    fake.fire('once:idle');
    expect([...fake.classes]).toEqual([]);
  });
});
