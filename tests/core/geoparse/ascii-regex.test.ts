import { describe, expect, it } from 'vitest';
import { asciiTwin } from '../../../src/core/geoparse/ascii-regex.ts';

const STRIKE = /\bstrikes?\b/giu;
const matches = (re: RegExp, text: string) => [...text.matchAll(re)].map((m) => [m.index, m[0]]);

describe('asciiTwin', () => {
  const pick = asciiTwin(STRIKE);

  it('runs the twin without u on a plain text, with the same matches', () => {
    const text = 'A drone Strike near Mir Ali; strikes went on, café owners said.';
    const twin = pick(text);
    expect(twin).not.toBe(STRIKE);
    expect(twin.flags).toBe('gi');
    expect(matches(twin, text)).toEqual(matches(STRIKE, text));
    expect(matches(twin, text)).toEqual([
      [8, 'Strike'],
      [29, 'strikes'],
    ]);
  });

  it('keeps the u pattern where the two would differ: ſ, the Kelvin sign, surrogates', () => {
    // Under iu "ſtrike" is "strike" (ſ folds to s); under i alone it is not.
    expect(pick('a ſtrike')).toBe(STRIKE);
    expect(matches(STRIKE, 'a ſtrike')).toEqual([[2, 'ſtrike']]);
    expect(pick('\u212Aabul strikes')).toBe(STRIKE);
    expect(pick('strikes 😀')).toBe(STRIKE);
    // The next plain text gets the twin again, though the last one asked was not plain.
    expect(pick('strikes')).not.toBe(STRIKE);
  });

  it('takes a punctuation mark beyond ASCII, which has no case', () => {
    const range = /\b(\d+)\s*(?:-|–|to)\s*(\d+)\s+killed\b/giu;
    const text = 'Between 12 – 15 KILLED, officials said.';
    const twin = asciiTwin(range)(text);
    expect(twin.flags).toBe('gi');
    expect(matches(twin, text)).toEqual([[8, '12 – 15 KILLED']]);
  });

  it('refuses a pattern the twin would read differently', () => {
    expect(() => asciiTwin(/\p{Lu}/iu)).toThrow(/ASCII pattern with the i and u flags/u);
    expect(() => asciiTwin(/strike/u)).toThrow(/not \/strike\/u/u);
    expect(() => asciiTwin(/café/iu)).toThrow(/café/u);
  });
});
