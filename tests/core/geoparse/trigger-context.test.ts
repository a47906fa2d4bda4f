/**
 * Trigger words read in context: a flood told by the water breaking out ("the lake burst", "the
 * river breached the embankment", "a day after the breach" counted from that burst), and a group
 * named after an event ("the strike committee"), which is no event.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../src/core/geoparse/triggers.ts';
import { extract, pairs } from '../../support/extract-drafts.ts';

// Published on Wednesday 21 August 2024.
const PUBLISHED = '2024-08-21';

describe('a flood told by the water breaking out', () => {
  it('drafts "the lake burst" and "the river breached" as accidents at their place', () => {
    const burst = extract('On 12 August the glacial lake burst above Gilgit, officials said.', PUBLISHED);
    expect(burst.map((d) => d.type)).toEqual(['accident']);
    expect(pairs(burst)).toEqual(['2024-08-12 Gilgit:where']);
    const breached = extract('On 14 August the river breached an embankment near Skardu.', PUBLISHED);
    expect(breached.map((d) => d.type)).toEqual(['accident']);
  });

  it('counts "that evening" and "a day after the breach" from a burst that names no place', () => {
    const text =
      'On 12 August the lake burst through its ice wall. That evening, families gathered in a school in Skardu. ' +
      'A day after the breach, the weather office in Islamabad issued a fresh warning.';
    const located = pairs(extract(text, PUBLISHED));
    expect(located).toContain('2024-08-12 Skardu:where');
    expect(located).toContain('2024-08-13 Islamabad:where');
  });
});

describe('a group named after an event', () => {
  it('reads no event in "the strike committee" or "protest leaders", and still one in "a general strike"', () => {
    const types = (s: string) => findTriggers(s).map((t) => `${t.text}:${t.type}`);
    expect(types('The strike committee says it will hold an assembly in Cali.')).toEqual([]);
    expect(types('Protest leaders met in Cali on Monday.')).toEqual(['met:diplomatic-meeting']);
    expect(types('A general strike began in Cali.')).toEqual(['strike:protest']);
  });
});
