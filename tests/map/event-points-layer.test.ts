/**
 * The GPU layer draws only a slice of its points each frame; the slice must contain every point
 * the visibility rule shows, or events would vanish from the map while the list shows them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_STYLES, packPoints, visibleSlice, type EventPoint } from '../../src/map/event-points-layer.ts';
import { shaderStyles } from '../../src/core/model/event-style.ts';
import { visibilityForTime, type TimeWindow } from '../../src/core/dataset/select-events.ts';

const pointArb = fc
  .record({ first: fc.integer({ min: 15000, max: 15400 }), length: fc.integer({ min: 0, max: 60 }), style: fc.nat(14) })
  .map(({ first, length, style }): EventPoint => ({
    lon: 70,
    lat: 33,
    first,
    last: first + length,
    styleIndex: style,
  }));

describe('packPoints and visibleSlice', () => {
  it('sorts by first day and remembers each point’s original index', () => {
    const points: EventPoint[] = [
      { lon: 70, lat: 33, first: 15077, last: 15077, styleIndex: 0 },
      { lon: 71, lat: 34, first: 15050, last: 15050, styleIndex: 1 },
    ];
    const { firsts, order, data } = packPoints(points, Uint8Array.from([1, 0]));
    expect([...firsts]).toEqual([15050, 15077]);
    expect([...order]).toEqual([1, 0]);
    // Original index and mask travel with the point.
    expect([data[5], data[6], data[7 + 5], data[7 + 6]]).toEqual([1, 0, 0, 1]);
  });

  it('never leaves out a point the visibility rule shows', () => {
    fc.assert(
      fc.property(
        fc.array(pointArb, { maxLength: 60 }),
        fc.double({ min: 14990, max: 15500, noNaN: true }),
        fc.oneof(
          fc.constant<TimeWindow>({ mode: 'cumulative' }),
          fc.integer({ min: 1, max: 90 }).map((days): TimeWindow => ({ mode: 'window', days })),
        ),
        (points, time, window) => {
          const { firsts, order, longestSpan } = packPoints(points);
          const windowDays = window.mode === 'cumulative' ? Infinity : window.days;
          const { from, to } = visibleSlice(firsts, longestSpan, { time, windowDays, fadeDays: 30 });
          order.forEach((original, sorted) => {
            const p = points[original]!;
            if (visibilityForTime(p.first, p.last, time, window).visible) {
              expect(sorted).toBeGreaterThanOrEqual(from);
              expect(sorted).toBeLessThan(to);
            }
          });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('draws nothing before the first event and a small slice for a short window', () => {
    const points = Array.from({ length: 1000 }, (_, i): EventPoint => ({
      lon: 70,
      lat: 33,
      first: 15000 + (i % 365),
      last: 15000 + (i % 365),
      styleIndex: 0,
    }));
    const { firsts, longestSpan } = packPoints(points);
    expect(visibleSlice(firsts, longestSpan, { time: 14000, windowDays: 7, fadeDays: 30 })).toEqual({ from: 0, to: 0 });
    const slice = visibleSlice(firsts, longestSpan, { time: 15200.5, windowDays: 7, fadeDays: 30 });
    expect(slice.to - slice.from).toBeLessThan(40);
  });
});

describe('the shader’s style arrays', () => {
  it('hold a style for every event type', () => {
    // Past MAX_STYLES the layer throws when it is added, and the map never draws.
    expect(shaderStyles().length).toBeLessThanOrEqual(MAX_STYLES);
  });
});
