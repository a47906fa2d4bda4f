import { describe, expect, it } from 'vitest';
import { mayNameUnknown } from '../../../src/core/geoparse/unknown-gate.ts';
import type { PlaceMention } from '../../../src/core/geoparse/find-places.ts';

const span = (text: string) => ({ start: 100, end: 100 + text.length, text });
/** A known place at `name`'s first occurrence in `text`, offset as `span` puts the sentence. */
const known = (text: string, name: string) =>
  ({ start: 100 + text.indexOf(name), end: 100 + text.indexOf(name) + name.length }) as PlaceMention;

describe('the quick test before the unknown-place patterns', () => {
  it('refuses a sentence whose names after white space are all known places or refused words', () => {
    const text = 'Police said two men died in Lahore on Monday.';
    expect(mayNameUnknown(span(text), [known(text, 'Lahore')])).toBe(false);
  });

  it('keeps a sentence with a name no known place covers', () => {
    const text = 'Police said two men died in Mir Ali on Monday.';
    expect(mayNameUnknown(span(text), [])).toBe(true);
    // A capital beyond ASCII opens a name too.
    expect(mayNameUnknown(span('Rain fell on Çağlayan today.'), [])).toBe(true);
  });

  it('does not count a sentence’s first word, nor a capital inside a word', () => {
    expect(mayNameUnknown(span('Officials said the McDonald report was late.'), [])).toBe(true);
    expect(mayNameUnknown(span('Officials said it was late.'), [])).toBe(false);
    expect(mayNameUnknown(span('Officials said the iPhone was late.'), [])).toBe(false);
  });
});
