import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/core/text/decode-text.ts';

/** Byte fixtures, one file per encoding (tests/fixtures/text/). */
const bytesOf = (name: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/text/${name}`, import.meta.url)));
const TEXT = 'Café in Lahore, “quoted” — 🌍\n';

describe('decodeText', () => {
  it.each([
    ['utf-8.txt', 'utf-8'],
    ['utf-8-bom.txt', 'utf-8'],
    ['utf-16le-bom.txt', 'utf-16le'],
    ['utf-16be-bom.txt', 'utf-16be'],
  ])('reads %s as %s, without a byte-order mark and without a warning', (file, encoding) => {
    expect(decodeText(bytesOf(file), file)).toEqual({ text: TEXT, encoding });
  });

  it('reads bytes that are not UTF-8 as Windows-1252, with a warning naming the file', () => {
    const decoded = decodeText(bytesOf('windows-1252.txt'), 'old.csv');
    expect(decoded).toMatchObject({ text: 'Café in Lahore, “quoted” — €5\n', encoding: 'windows-1252' });
    expect('warning' in decoded && decoded.warning).toMatch(/^old\.csv is not UTF-8 text; it was read as Windows-1252/);
  });

  it.each([
    ['nul-bytes.bin', 'photo.bin is not a text file (it contains NUL bytes)'],
    ['utf-16le-no-bom.txt', 'photo.bin is not a text file (it contains NUL bytes)'],
    ['broken-utf-16.txt', 'photo.bin starts with a UTF-16 byte-order mark but is not UTF-16 text'],
  ])('refuses %s with a clear error', (file, error) => {
    expect(decodeText(bytesOf(file), 'photo.bin')).toEqual({ error });
  });

  it('reads an empty file as empty text', () => {
    expect(decodeText(bytesOf('empty.txt'), 'empty.txt')).toEqual({ text: '', encoding: 'utf-8' });
  });

  it('does not change the bytes it is given', () => {
    const bytes = bytesOf('utf-8-bom.txt');
    const copy = bytes.slice();
    decodeText(bytes, 'a.txt');
    expect(bytes).toEqual(copy);
  });
});
