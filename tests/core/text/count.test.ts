import { describe, expect, it } from 'vitest';
import { countOf, formatBytes, formatCount, wordFor } from '../../../src/core/text/count.ts';

describe('countOf', () => {
  it.each([
    [0, 'row', '0 rows'],
    [1, 'row', '1 row'],
    [2, 'row', '2 rows'],
    [1000, 'row', '1,000 rows'],
    [1_000_000, 'event', '1,000,000 events'],
  ])('%d %s → %s', (n, one, expected) => {
    expect(countOf(n, one)).toBe(expected);
  });

  it('takes an irregular plural', () => {
    expect(countOf(1, 'country', 'countries')).toBe('1 country');
    expect(countOf(3, 'country', 'countries')).toBe('3 countries');
  });

  it('gives the word alone', () => {
    expect(wordFor(1, 'filter')).toBe('filter');
    expect(wordFor(5, 'filter')).toBe('filters');
  });
});

describe('formatCount and formatBytes', () => {
  it('groups thousands', () => {
    expect(formatCount(1234567)).toBe('1,234,567');
  });

  it.each([
    [1, '1 byte'],
    [120, '120 bytes'],
    [850 * 1024, '850 KB'],
    [12.34 * 1024 * 1024, '12.3 MB'],
    [500 * 1024 * 1024, '500.0 MB'],
  ])('%d bytes → %s', (bytes, expected) => {
    expect(formatBytes(bytes)).toBe(expected);
  });
});
