import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { endsWithWordBefore, isApposedReference } from '../../../src/core/geoparse/town-before.ts';

/** The end-anchored pattern the guard stands before, for `words`: what it must never turn away. */
const endPattern = (words: readonly string[]) => new RegExp(`(?:${words.join('|')})\\s+(?:the\\s+)?$`, 'u');

describe('endsWithWordBefore', () => {
  it('holds for what the pattern reads at the end, with any white space, and not otherwise', () => {
    const words = ['of', 'near', 'bordering'];
    expect(endsWithWordBefore('a town west of ', words)).toBe(true);
    expect(endsWithWordBefore('a village near the\n', words)).toBe(true);
    expect(endsWithWordBefore('a district bordering\u00a0the \t', words)).toBe(true);
    expect(endsWithWordBefore('a town west of', words)).toBe(false);
    expect(endsWithWordBefore('a town west of the', words)).toBe(false);
    expect(endsWithWordBefore('officials in ', words)).toBe(false);
    expect(endsWithWordBefore('bathe ', ['ba'])).toBe(false);
  });

  it('never turns away a text the pattern matches', () => {
    const words = ['of', 'near', 'outside', 'by', 'bordering'];
    const pattern = endPattern(words);
    const piece = fc.constantFrom('of', 'near', 'by', 'the', 'a', 'town', ',', ' ', '  ', '\n', '\u00a0', 'x', 'Kabul');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const text = pieces.join('');
        if (pattern.test(text)) expect(endsWithWordBefore(text, words)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('isApposedReference', () => {
  it('reads the place a text locates another by, behind the guard', () => {
    const text = 'Datta Khel, a town west of Miranshah, was hit. Skardu, the main town of Baltistan, was calm.';
    const at = (name: string) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length });
    expect(isApposedReference(text, at('Miranshah'))).toBe(true);
    expect(isApposedReference(text, at('Baltistan'))).toBe(true);
    expect(isApposedReference(text, at('Datta Khel'))).toBe(false);
  });
});
