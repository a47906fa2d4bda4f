import { describe, expect, it } from 'vitest';
import { assignLanes } from '../../../src/core/time/lanes.ts';

describe('assignLanes', () => {
  it.each([
    { name: 'none', spans: [], max: Infinity, expected: [] },
    {
      name: 'disjoint spans share a lane',
      spans: [
        [0, 2],
        [3, 4],
        [5, 9],
      ],
      max: Infinity,
      expected: [0, 0, 0],
    },
    {
      name: 'overlaps go to new lanes',
      spans: [
        [0, 5],
        [3, 8],
        [6, 9],
      ],
      max: Infinity,
      expected: [0, 1, 0],
    },
    {
      name: 'touching days overlap',
      spans: [
        [0, 5],
        [5, 6],
      ],
      max: Infinity,
      expected: [0, 1],
    },
    {
      name: 'input order is kept',
      spans: [
        [6, 9],
        [0, 5],
        [3, 8],
      ],
      max: Infinity,
      expected: [0, 0, 1],
    },
    {
      name: 'capped lanes pile into the last',
      spans: [
        [0, 9],
        [1, 9],
        [2, 9],
        [3, 9],
      ],
      max: 2,
      expected: [0, 1, 1, 1],
    },
  ])('$name', ({ spans, max, expected }) => {
    expect(
      assignLanes(
        spans.map(([first, last]) => ({ first: first!, last: last! })),
        max,
      ),
    ).toEqual(expected);
  });

  it('never puts overlapping spans in one lane when lanes are free', () => {
    const spans = Array.from({ length: 40 }, (_, i) => ({ first: (i * 7) % 23, last: ((i * 7) % 23) + (i % 5) + 1 }));
    const lanes = assignLanes(spans);
    spans.forEach((a, i) =>
      spans.forEach((b, j) => {
        if (i < j && lanes[i] === lanes[j]) expect(a.last < b.first || b.last < a.first).toBe(true);
      }),
    );
  });
});
