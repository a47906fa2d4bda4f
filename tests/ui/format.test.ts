/**
 * Dates as a reader sees them. A source with no publication date says "undated": an import once
 * stamped such a source with the day it was imported, and the card showed that as its date.
 */
import { describe, expect, it } from 'vitest';
import { sourceDateText } from '../../src/ui/format.ts';

describe('sourceDateText', () => {
  it.each([
    { published: '2011-04-13', expected: '13 April 2011' },
    { published: '2011-04', expected: 'April 2011' },
    { published: '2011', expected: '2011' },
    { published: undefined, expected: 'undated' },
    { published: '', expected: 'undated' },
    { published: '   ', expected: 'undated' },
  ])('$published → $expected', ({ published, expected }) => {
    expect(sourceDateText(published)).toBe(expected);
  });
});
