import { describe, expect, it } from 'vitest';
import { mentionSegments, type Span } from '../../../src/core/geoparse/mention-segments.ts';

const TEXT = 'ISLAMABAD: strike near Datta Khel, North Waziristan.';
const at = (word: string, from = 0): Span => {
  const start = TEXT.indexOf(word, from);
  return { start, end: start + word.length };
};
const shape = (text: string, spans: Span[]) =>
  mentionSegments(text, spans).map((s) => (s.mention ? `[${s.text}]` : s.text));

describe('mentionSegments', () => {
  it.each<[string, Span[], string[]]>([
    ['no mentions', [], [TEXT]],
    [
      'mentions in order',
      [at('ISLAMABAD'), at('Datta Khel'), at('North Waziristan')],
      ['[ISLAMABAD]', ': strike near ', '[Datta Khel]', ', ', '[North Waziristan]', '.'],
    ],
    [
      'mentions out of order',
      [at('North Waziristan'), at('ISLAMABAD')],
      ['[ISLAMABAD]', ': strike near Datta Khel, ', '[North Waziristan]', '.'],
    ],
    [
      'a mention that overlaps an earlier one is plain text',
      [at('North Waziristan'), at('Waziristan')],
      ['ISLAMABAD: strike near Datta Khel, ', '[North Waziristan]', '.'],
    ],
    ['an empty mention', [{ start: 5, end: 5 }], [TEXT]],
    ['a mention past the end', [{ start: 40, end: 400 }], [TEXT]],
    ['a negative offset', [{ start: -1, end: 3 }], [TEXT]],
    ['a fractional offset', [{ start: 0.5, end: 3 }], [TEXT]],
    ['the whole text', [{ start: 0, end: TEXT.length }], [`[${TEXT}]`]],
  ])('%s', (_name, spans, expected) => {
    expect(shape(TEXT, spans)).toEqual(expected);
  });

  it('joins back to the input, markup and astral characters included', () => {
    const text = '<img src=x onerror=alert(1)> 🇵🇰 Lahore';
    const start = text.indexOf('Lahore');
    const segments = mentionSegments(text, [{ start, end: start + 6 }]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments[0]).toEqual({ text: '<img src=x onerror=alert(1)> 🇵🇰 ', mention: null });
  });

  it('keeps the mention object, so a view can read its place', () => {
    const m = { start: 0, end: 9, placeId: 'islamabad' };
    expect(mentionSegments(TEXT, [m])[0]?.mention).toBe(m);
  });
});
