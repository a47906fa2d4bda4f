import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../../src/core/time/day.ts';
import { densityBins } from '../../../src/core/time/density.ts';
import { eventSpan } from '../../../src/core/time/event-times.ts';
import { createEventIndex } from '../../../src/core/dataset/select-events.ts';
import { makeEvent } from '../../support/make-event.ts';

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const EXTENT = { first: 100, last: 109 }; // ten days

/** A synthetic index over plain day spans, so bin arithmetic is easy to follow. */
function indexOfSpans(spans: { first: number; last: number }[]) {
  return {
    entries: spans.map((s, i) => ({ ...s, event: makeEvent({ id: `e${i}` }) })),
    longestSpan: 0,
    placeNames: new Map(),
  };
}

describe('densityBins', () => {
  it.each([
    {
      name: 'a day event is one count in its bin',
      spans: [{ first: 103, last: 103 }],
      bins: 10,
      expected: [0, 0, 0, 1, 0, 0, 0, 0, 0, 0],
    },
    {
      name: 'a two-day event in two-day bins fills one',
      spans: [{ first: 102, last: 103 }],
      bins: 5,
      expected: [0, 1, 0, 0, 0],
    },
    {
      name: 'a ten-day event spreads evenly',
      spans: [{ first: 100, last: 109 }],
      bins: 5,
      expected: [0.2, 0.2, 0.2, 0.2, 0.2],
    },
    {
      name: 'a four-day event straddles bins by overlap',
      spans: [{ first: 101, last: 104 }],
      bins: 5,
      expected: [0.25, 0.5, 0.25, 0, 0],
    },
    {
      name: 'events add up',
      spans: [
        { first: 100, last: 100 },
        { first: 100, last: 100 },
        { first: 109, last: 109 },
      ],
      bins: 2,
      expected: [2, 1],
    },
    {
      name: 'the part outside the extent is not drawn',
      spans: [{ first: 95, last: 104 }],
      bins: 2,
      expected: [0.5, 0],
    },
    {
      name: 'an event wholly outside adds nothing',
      spans: [
        { first: 50, last: 60 },
        { first: 110, last: 110 },
      ],
      bins: 2,
      expected: [0, 0],
    },
    {
      name: 'bins narrower than a day split the day',
      spans: [{ first: 100, last: 100 }],
      bins: 20,
      expected: [0.5, 0.5, ...Array<number>(18).fill(0)],
    },
  ])('$name', ({ spans, bins, expected }) => {
    const result = densityBins(indexOfSpans(spans), EXTENT, bins);
    expect(result).toHaveLength(expected.length);
    result.forEach((value, i) => expect(value).toBeCloseTo(expected[i] as number, 12));
  });

  it('gives each event inside the extent a total weight of 1, whatever its precision', () => {
    const events = [
      makeEvent({ id: 'day', start: '2011-03-17' }),
      makeEvent({ id: 'month', start: '2011-02' }),
      makeEvent({ id: 'range', start: '2011-01-27', end: '2011-03-16' }),
      makeEvent({ id: 'year', start: '2011' }),
    ];
    const extent = { first: dayFromYmd(2011, 1, 1), last: dayFromYmd(2011, 12, 31) };
    for (const binCount of [1, 7, 12, 100, 365, 1000]) {
      for (const event of events) {
        const bins = densityBins(createEventIndex([event]), extent, binCount);
        expect(sum(bins)).toBeCloseTo(1, 9);
      }
    }
  });

  it('shows a month event as a band, not a spike on its first day', () => {
    const march = makeEvent({ id: 'march', start: '2011-03' });
    const { first, last } = eventSpan(march);
    const bins = densityBins(createEventIndex([march]), { first, last }, 31);
    for (const value of bins) expect(value).toBeCloseTo(1 / 31, 12);
  });

  it.each([
    { name: 'zero bins', extent: EXTENT, bins: 0 },
    { name: 'fractional bins', extent: EXTENT, bins: 2.5 },
    { name: 'a reversed extent', extent: { first: 10, last: 5 }, bins: 3 },
    { name: 'a NaN extent', extent: { first: Number.NaN, last: 5 }, bins: 3 },
  ])('rejects $name', ({ extent, bins }) => {
    expect(() => densityBins(indexOfSpans([]), extent, bins)).toThrow(RangeError);
  });
});
