import { describe, expect, it } from 'vitest';
import { createTokenIndex, matchQuery } from '../../../src/core/dataset/token-index.ts';

const TEXTS = ['datta khel strike\nnorth waziristan', 'kabul talks', 'strike on datta-khel', 'kabul kabul'];
const hits = (query: string) => Array.from(matchQuery(createTokenIndex(TEXTS), query));

describe('token index', () => {
  it('keeps each distinct token once, with its positions in order', () => {
    const index = createTokenIndex(TEXTS);
    const kabul = index.vocabulary.indexOf('kabul');
    expect(index.vocabulary.filter((t) => t === 'kabul')).toHaveLength(1);
    expect(Array.from(index.postings.subarray(index.offsets[kabul], index.offsets[kabul + 1]))).toEqual([1, 3]);
    expect(index.offsets.at(-1)).toBe(index.postings.length);
  });

  it.each([
    { query: 'strike', expected: [1, 0, 1, 0] },
    { query: 'KHEL', expected: [1, 0, 1, 0] },
    { query: 'datta-khel', expected: [0, 0, 1, 0] },
    { query: 'kab tal', expected: [0, 1, 0, 0] },
    { query: 'waziristan strike', expected: [1, 0, 0, 0] },
    { query: 'paris', expected: [0, 0, 0, 0] },
    { query: '  ', expected: [1, 1, 1, 1] },
  ])('"$query" matches as a substring search of every word would', ({ query, expected }) => {
    expect(hits(query)).toEqual(expected);
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    expect(TEXTS.map((t) => (words.every((w) => t.includes(w)) ? 1 : 0))).toEqual(expected);
  });
});
