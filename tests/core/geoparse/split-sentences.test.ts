import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sentenceSegments, splitSentences } from '../../../src/core/geoparse/event-parts.ts';

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/extract-events');
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** ICU's segments of the whole text read at once, as splitSentences read it before. */
const whole = (text: string) => [...segmenter.segment(text)].map((s) => ({ index: s.index, segment: s.segment }));

describe('sentenceSegments', () => {
  it('gives the segments of the whole text on every labelled fixture text', () => {
    let pieces = 0;
    for (const set of readdirSync(FIXTURES, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      for (const file of readdirSync(join(FIXTURES, set.name)).filter((f) => f.endsWith('.txt'))) {
        const text = readFileSync(join(FIXTURES, set.name, file), 'utf8');
        if (text.length > 600) pieces++;
        expect(sentenceSegments(text), `${set.name}/${file}`).toEqual(whole(text));
      }
    }
    // Most texts are read in several pieces: the test compares something.
    expect(pieces).toBeGreaterThan(50);
  });

  it('gives the same segments across line breaks of every kind and at a piece’s end', () => {
    const line = 'Protesters gathered in Quetta on Monday, police said';
    const cases = [
      `${line}.\r\n`.repeat(12) + `Lt.\r\nGen. Khan spoke. ${line}\n${line}.`,
      `${line}`.repeat(6) + '\n"We will return," he said.\n\n\n' + `(${line}.)\n  `.repeat(8) + 'U.S.\nofficials',
      `${'x'.repeat(255)}\n${line}. ${line}?\u2029${line}!\u0085${line}\r${line}.\n`,
      `${line}. `.repeat(30),
      '',
      '\n\n\n',
    ];
    for (const text of cases) expect(sentenceSegments(text)).toEqual(whole(text));
  });
});

describe('splitSentences', () => {
  it('gives a long text of many paragraphs the sentences of its paragraphs read alone', () => {
    const paragraph =
      'Sen. John Kerry met officials in Lahore on Jan. 27. He left for Kabul the next day! "We talked," he said.';
    const text = Array.from({ length: 40 }, () => paragraph).join('\n\n');
    const alone = splitSentences(paragraph).map((s) => s.text);
    expect(alone).toEqual([
      'Sen. John Kerry met officials in Lahore on Jan. 27.',
      'He left for Kabul the next day!',
      '"We talked," he said.',
    ]);
    const all = splitSentences(text);
    expect(all.map((s) => s.text)).toEqual(Array.from({ length: 40 }, () => alone).flat());
    for (const s of all) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
