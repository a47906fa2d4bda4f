import { describe, expect, it } from 'vitest';
import {
  COPY_RUN_LENGTH,
  copiedRuns,
  copyWords,
  runFingerprint,
  wordRuns,
} from '../../../src/core/dataset/copy-check.ts';

describe('copy check', () => {
  it.each([
    { text: 'Pakistan’s ISI', expected: ['pakistans', 'isi'] },
    { text: 'Datta Khél, N. Waziristan!', expected: ['datta', 'khel', 'n', 'waziristan'] },
    { text: '', expected: [] },
  ])('words of "$text"', ({ text, expected }) => {
    expect(copyWords(text)).toEqual(expected);
  });

  it('makes one run per window of words', () => {
    expect(wordRuns('a b c d', 3)).toEqual(['a b c', 'b c d']);
    expect(wordRuns('a b', 3)).toEqual([]);
  });

  it('fingerprints are stable, distinct and reveal no text', () => {
    const a = runFingerprint('the deadly march 17 attack helped send the');
    expect(a).toBe(runFingerprint('the deadly march 17 attack helped send the'));
    expect(a).not.toBe(runFingerprint('the deadly march 18 attack helped send the'));
    expect(a).toMatch(/^[0-9a-f]{14}$/);
  });

  it(`flags ${COPY_RUN_LENGTH} shared words in a row, not ${COPY_RUN_LENGTH - 1}`, () => {
    const source = 'one two three four five six seven eight nine ten';
    const prints = new Set(wordRuns(source).map(runFingerprint));
    expect(copiedRuns('zero one two three four five six seven eight', prints)).toEqual([
      'one two three four five six seven eight',
    ]);
    expect(copiedRuns('zero one two three four five six seven', prints)).toEqual([]);
  });
});
