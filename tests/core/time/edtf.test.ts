import { parse } from 'edtf';
import { describe, expect, it } from 'vitest';
import { eventEdtf } from '../../../src/core/time/edtf.ts';
import { parseEdtf } from '../../../src/core/time/parse-edtf.ts';
import type { Claim } from '../../../src/core/dataset/schema.ts';

const dateClaim = (source: string, date: string): Claim => ({ source, aspect: 'date', statement: 'Fixture.', date });

describe('eventEdtf', () => {
  it.each([
    { start: '2011-03-17', end: undefined, claims: [], expected: '2011-03-17' },
    { start: '2011-05', end: undefined, claims: [], expected: '2011-05' },
    { start: '2008', end: undefined, claims: [], expected: '2008' },
    { start: '2011-05-16', end: '2011-08-02', claims: [], expected: '2011-05-16/2011-08-02' },
    {
      start: '2011-03-17',
      end: undefined,
      claims: [dateClaim('a', '2011-03-17'), dateClaim('b', '2011-03-16')],
      expected: '2011-03-17?',
    },
    // Two sources agreeing is no doubt.
    {
      start: '2011-03-17',
      end: undefined,
      claims: [dateClaim('a', '2011-03-17'), dateClaim('b', '2011-03-17')],
      expected: '2011-03-17',
    },
    {
      start: '2011-05-16',
      end: '2011-08-02',
      claims: [dateClaim('a', '2011-05-16'), dateClaim('b', '2011-05-14')],
      expected: '2011-05-16?/2011-08-02',
    },
  ])('$expected', ({ start, end, claims, expected }) => {
    const edtf = eventEdtf({ start, end, claims });
    expect(edtf).toBe(expected);
    // edtf.js, the reference parser, reads it back, with the "?" where we put it.
    const parsed = parse(edtf);
    expect(parsed.type).toBe(end === undefined ? 'Date' : 'Interval');
    expect(JSON.stringify(parsed).includes('"uncertain"')).toBe(edtf.includes('?'));
  });
});

describe('parseEdtf', () => {
  it.each([
    { text: '2011-03-17', start: '2011-03-17', end: undefined, doubtful: false },
    { text: '2011-05', start: '2011-05', end: undefined, doubtful: false },
    { text: '2011-05-16/2011-08-02', start: '2011-05-16', end: '2011-08-02', doubtful: false },
    { text: '2011-03-17?', start: '2011-03-17', end: undefined, doubtful: true },
    { text: '2011-03-17~', start: '2011-03-17', end: undefined, doubtful: true },
    { text: '2011-03-XX', start: '2011-03', end: undefined, doubtful: false },
    { text: '2011-XX-XX', start: '2011', end: undefined, doubtful: false },
    { text: '2011-05-16/..', start: '2011-05-16', end: undefined, doubtful: false },
    { text: '2011-05-16/', start: '2011-05-16', end: undefined, doubtful: false },
  ])('reads $text', ({ text, start, end, doubtful }) => {
    const r = parseEdtf(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.start.date).toBe(start);
    expect(r.end?.date).toBe(end);
    expect(r.start.doubtful).toBe(doubtful);
  });

  it.each([
    { text: '2011-02-31', reason: /not an EDTF date/ },
    { text: '../2011-05', reason: /no start/ },
    { text: '201X', reason: /year is not known/ },
    { text: '2011-21', reason: /season/ },
    { text: '[2011,2012]', reason: /set/ },
    { text: 'soon', reason: /not an EDTF date/ },
  ])('refuses $text, saying why', ({ text, reason }) => {
    const r = parseEdtf(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(reason);
  });
});
