import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as chrono from 'chrono-node';
import { GUARDED_PARSERS, parseDates } from '../../../src/core/geoparse/chrono-guarded.ts';
import { splitSentences } from '../../../src/core/geoparse/event-parts.ts';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/extract-events');
const reference = { instant: new Date(Date.UTC(2011, 7, 2, 12)), timezone: 0 };

/** What a reading says: where, what and which day(s), as chrono gives them. */
const shown = (rs: chrono.ParsedResult[]) =>
  rs.map((r) => ({
    index: r.index,
    text: r.text,
    start: r.start.date().toISOString(),
    end: r.end?.date().toISOString(),
  }));

function fixtureSentences(): string[] {
  const out: string[] = [];
  for (const set of readdirSync(FIXTURES, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const file of readdirSync(join(FIXTURES, set.name)).filter((f) => f.endsWith('.txt'))) {
      out.push(...splitSentences(readFileSync(join(FIXTURES, set.name, file), 'utf8')).map((s) => s.text));
    }
  }
  return out;
}

describe('parseDates', () => {
  it('guards only parsers chrono has, so an upgrade that renames one is seen', () => {
    const names = new Set(chrono.casual.parsers.map((p) => p.constructor.name));
    expect(GUARDED_PARSERS.filter((n) => !names.has(n))).toEqual([]);
  });

  it('reads every fixture sentence as chrono.parse does', () => {
    const sentences = fixtureSentences();
    expect(sentences.length).toBeGreaterThan(500);
    const differ = sentences.filter(
      (s) => JSON.stringify(shown(parseDates(s, reference))) !== JSON.stringify(shown(chrono.parse(s, reference))),
    );
    expect(differ).toEqual([]);
  });

  it('reads the edge of each guard as chrono.parse does', () => {
    const cases = [
      'onMonday the talks began',
      'nextfriday',
      'He arrived (Tue) and left, Wed.',
      'the demonstrators met on the weekend',
      'in1999March',
      'firstmarch and 17thMay',
      'inMay',
      'at 5pm, 10 April 11, 2011-03-17, 3/2011 and 17/03/2011',
      'two days ago, a week later, within hours, last night, this morning, end of the month, next week',
      'Chicago, Sunni, common, allowed, Africa, summary, statue',
      'no date here at all',
    ];
    for (const text of cases)
      expect(shown(parseDates(text, reference)), text).toEqual(shown(chrono.parse(text, reference)));
  });

  it('reads any mix of date words and other words as chrono.parse does', () => {
    const words = [
      'on',
      'Monday',
      'mon',
      'in',
      'May',
      'march',
      '17',
      '2011',
      '-',
      '/',
      'ago',
      'later',
      'next',
      'week',
      'night',
      'noon',
      'the',
      'month',
      'end',
      'of',
      'Sunni',
      'tue',
      'weekend',
      '5pm',
      'today',
      ',',
      '.',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 12 }), fc.constantFrom(' ', ''), (picked, gap) => {
        const text = picked.join(gap);
        expect(shown(parseDates(text, reference))).toEqual(shown(chrono.parse(text, reference)));
      }),
      { numRuns: 400 },
    );
  });
});
