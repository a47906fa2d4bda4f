import { describe, expect, it } from 'vitest';
import { rowAfterKey, rowWindow, scrollToShow } from '../../src/ui/virtual-rows.ts';

const view = (scrollTop: number, count = 1000) => ({ scrollTop, viewportHeight: 480, rowHeight: 48, count });

describe('rowWindow', () => {
  it.each([
    { name: 'the top', scrollTop: 0, count: 1000, expected: { start: 0, end: 15 } },
    { name: 'part way, with rows cut at both edges', scrollTop: 500, count: 1000, expected: { start: 5, end: 26 } },
    { name: 'the bottom', scrollTop: 48 * 990, count: 1000, expected: { start: 985, end: 1000 } },
    { name: 'fewer rows than fit', scrollTop: 0, count: 3, expected: { start: 0, end: 3 } },
    { name: 'no rows', scrollTop: 0, count: 0, expected: { start: 0, end: 0 } },
    {
      name: 'a scroll past the end (elastic)',
      scrollTop: 48 * 2000,
      count: 1000,
      expected: { start: 1000, end: 1000 },
    },
  ])('at $name', ({ scrollTop, count, expected }) => {
    expect(rowWindow(view(scrollTop, count), 5)).toEqual(expected);
  });

  it('renders a few dozen rows of a million', () => {
    const { start, end } = rowWindow(view(48 * 500_000, 1_000_000), 5);
    expect(end - start).toBeLessThan(40);
    expect(start).toBe(499_995);
  });
});

describe('scrollToShow', () => {
  it.each([
    { name: 'a row in view stays put', row: 3, scrollTop: 0, expected: 0 },
    { name: 'a row below comes up to the bottom edge', row: 30, scrollTop: 0, expected: 31 * 48 - 480 },
    { name: 'a row above comes down to the top edge', row: 2, scrollTop: 480, expected: 96 },
    { name: 'a row past the end is the last row', row: 5000, scrollTop: 0, expected: 1000 * 48 - 480 },
  ])('$name', ({ row, scrollTop, expected }) => {
    expect(scrollToShow(row, view(scrollTop))).toBe(expected);
  });
});

describe('rowAfterKey', () => {
  it.each([
    { key: 'ArrowDown', row: 4, expected: 5 },
    { key: 'ArrowUp', row: 4, expected: 3 },
    { key: 'ArrowUp', row: 0, expected: 0 },
    { key: 'ArrowDown', row: 9, expected: 9 },
    { key: 'Home', row: 4, expected: 0 },
    { key: 'End', row: 4, expected: 9 },
    { key: 'PageDown', row: 4, expected: 7 },
    { key: 'PageUp', row: 4, expected: 1 },
    { key: 'a', row: 4, expected: undefined },
  ])('$key from row $row of 10', ({ key, row, expected }) => {
    expect(rowAfterKey(key, row, 10, 3)).toBe(expected);
  });
});
