import { describe, expect, it } from 'vitest';
import { describeValue, MAX_SHOWN_CHARS, shorten, valueAt } from '../../../src/core/text/problem-text.ts';

describe('valueAt', () => {
  const root = { events: [{ title: 'A', places: [{ place: 'lahore' }] }], n: null };
  it.each([
    [['events', 0, 'title'], 'A'],
    [['events', 0, 'places', 0, 'place'], 'lahore'],
    [[], root],
    [['events', 3, 'title'], undefined],
    [['n', 'x'], undefined],
    [['events', 0, 'title', 'length'], undefined],
  ] as [PropertyKey[], unknown][])('%j → %j', (path, expected) => {
    expect(valueAt(root, path)).toBe(expected);
  });
});

describe('shorten', () => {
  it.each([
    ['short', 10, 'short'],
    ['exactly10!', 10, 'exactly10!'],
    ['eleven char', 10, 'eleven cha…'],
    ['🌍🌍🌍', 2, '🌍🌍…'],
  ])('%j at %d → %j', (text, max, expected) => {
    expect(shorten(text, max)).toBe(expected);
  });

  it('cuts at MAX_SHOWN_CHARS by default', () => {
    expect(shorten('x'.repeat(MAX_SHOWN_CHARS))).toBe('x'.repeat(MAX_SHOWN_CHARS));
    expect(shorten('x'.repeat(MAX_SHOWN_CHARS + 1))).toBe(`${'x'.repeat(MAX_SHOWN_CHARS)}…`);
  });
});

describe('describeValue', () => {
  it.each([
    [undefined, 'nothing'],
    [null, 'null'],
    ['Lahore', '"Lahore"'],
    [12.5, '12.5'],
    [[1, 2], '[1,2]'],
    [{ lon: 70 }, '{"lon":70}'],
  ])('%j → %s', (value, expected) => {
    expect(describeValue(value)).toBe(expected);
  });

  it('shows what JSON cannot write as text', () => {
    expect(describeValue(() => 1)).toBe('() => 1');
    expect(describeValue(Symbol('s'))).toBe('Symbol(s)');
  });

  it('cuts a long value', () => {
    expect(describeValue('y'.repeat(100), 10)).toBe(`"${'y'.repeat(9)}…`);
  });
});
