import { describe, expect, test } from 'vitest';
import { mediaFileName } from '../../../src/core/export/media-file-name.ts';

describe('mediaFileName', () => {
  test.each([
    { shown: { from: 15050 }, ext: 'png', expected: 'time-atlas-2011-03-17.png' },
    {
      shown: { from: 15050.6, event: 'datta-khel-strike' },
      ext: 'png',
      expected: 'time-atlas-2011-03-17-datta-khel-strike.png',
    },
    { shown: { from: 15050, event: null }, ext: 'png', expected: 'time-atlas-2011-03-17.png' },
    { shown: { from: 15036, to: 15126 }, ext: 'webm', expected: 'time-atlas-2011-03-03-to-2011-06-01.webm' },
    { shown: { from: 15036, to: 15036.5 }, ext: 'gif', expected: 'time-atlas-2011-03-03.gif' },
  ] as const)('$expected', ({ shown, ext, expected }) => {
    expect(mediaFileName(shown, ext)).toBe(expected);
  });
});
