import { describe, expect, it } from 'vitest';
import { allMatches, holdsAt, literalMatches } from '../../../src/core/geoparse/all-matches.ts';

/** What matchAll gives, as [index, text, groups…] rows. */
const rows = (ms: Iterable<RegExpExecArray>) => [...ms].map((m) => [m.index, ...m]);

describe('allMatches', () => {
  it('gives the matches and groups matchAll gives', () => {
    const re = /\b(?:in|near)\s+(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)/gu;
    const text = 'A strike near Mir Ali, then another in Datta Khel and one in town.';
    expect(rows(allMatches(re, text))).toEqual(rows(text.matchAll(re)));
    expect(rows(allMatches(re, text))).toEqual([
      [9, 'near Mir Ali', 'Mir Ali'],
      [36, 'in Datta Khel', 'Datta Khel'],
    ]);
  });

  it('starts at lastIndex as matchAll does, and leaves lastIndex as it was', () => {
    const re = /\d+/g;
    re.lastIndex = 3;
    expect(rows(allMatches(re, '12 34 56'))).toEqual([
      [3, '34'],
      [6, '56'],
    ]);
    expect(re.lastIndex).toBe(3);
    expect(rows(allMatches(re, '12 34 56'))).toEqual(rows('12 34 56'.matchAll(re)));
  });

  it('steps past an empty match by a character, by a code point under u', () => {
    expect(rows(allMatches(/x*/g, 'axb'))).toEqual(rows('axb'.matchAll(/x*/g)));
    // Without u the step lands inside the surrogate pair; with u it steps over it.
    expect(rows(allMatches(/(?:)/g, 'a😀'))).toEqual(rows('a😀'.matchAll(/(?:)/g)));
    expect(rows(allMatches(/(?:)/gu, 'a😀'))).toEqual(rows('a😀'.matchAll(/(?:)/gu)));
    expect(allMatches(/(?:)/gu, 'a😀').map((m) => m.index)).toEqual([0, 1, 3]);
  });

  it('reads every match before the caller loops, so the loop may use the same pattern', () => {
    const re = /\p{Lu}\p{Ll}+/gu;
    const seen: string[] = [];
    for (const m of allMatches(re, 'Kabul and Herat')) {
      seen.push(m[0], String(re.test('Lahore')));
    }
    expect(seen).toEqual(['Kabul', 'true', 'Herat', 'false']);
  });

  it('refuses a pattern without g, as matchAll does, naming it', () => {
    expect(() => allMatches(/\d+/u, '12')).toThrow(
      'allMatches needs a pattern with the g flag, as matchAll does: /\\d+/u',
    );
  });
});

describe('literalMatches', () => {
  const alone = (text: string) => (s: number, e: number) =>
    holdsAt(/(?<![\p{L}-])/uy, text, s) && holdsAt(/(?![\p{L}-])/uy, text, e);
  it('finds what a global pattern of the word with its look-arounds finds', () => {
    const texts = ['Kalehe and Kaleheni, then Kalehe.', 'aaaa', 'Nkalehe Kalehe-Kalehe Kalehe', 'éKalehe Kalehe'];
    for (const [text, word] of [...texts.map((t) => [t, 'Kalehe'] as const), ['aaaa', 'aa'] as const]) {
      const re = new RegExp(`(?<![\\p{L}-])${word}(?![\\p{L}-])`, 'gu');
      expect(literalMatches(text, word, alone(text))).toEqual(allMatches(re, text).map((m) => m.index));
    }
    // Without look-arounds, a match reads on from its end: "aa" twice in "aaaa", not three times.
    expect(literalMatches('aaaa', 'aa', () => true)).toEqual([0, 2]);
  });

  it('asks only sticky patterns', () => {
    expect(() => holdsAt(/\b/u, 'a b', 1)).toThrow(/sticky/u);
  });
});
