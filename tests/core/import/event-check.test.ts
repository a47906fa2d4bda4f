import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isSchemaValidEvent } from '../../../src/core/import/event-check.ts';
import { eventSchema, type TimeEvent } from '../../../src/core/dataset/schema.ts';

/** An event as the CSV importer builds it. */
const GOOD = {
  id: 'event-number-1-2',
  title: 'Event number 1',
  summary: 'Summary of event 1, with a comma',
  start: '2011-01-01',
  datePrecision: 'day',
  dateNote: 'From row 2 of events.csv.',
  type: 'strike',
  places: [{ place: 'lahore', role: 'where' }],
  actors: [],
  sources: ['field-notes'],
  claims: [],
  background: false,
  implied: false,
} as const;

type Loose = Record<string, unknown>;
/** The schema's keys in its order, as zod writes them, then the ones the quick check leaves to it. */
const ORDER = [...Object.keys(eventSchema.shape)];
const PLAIN_KEYS = ORDER.filter((k) => k !== 'original' && k !== 'translations');

/** A good event with some values changed (in the schema's key order) and some keys left out. */
const event = (changes: Loose, without: string[] = []): TimeEvent => {
  const merged: Loose = { ...GOOD, ...changes };
  const e: Loose = {};
  for (const key of [...ORDER, ...Object.keys(merged)]) {
    if (key in merged && !(key in e) && !without.includes(key)) e[key] = merged[key];
  }
  return e as unknown as TimeEvent;
};

/**
 * What the quick check must say: true exactly when the schema accepts the event and gives it back
 * unchanged (same keys, same order), and the event is one the importer builds: no claims, neither
 * background nor implied, no `original` or `translations`, no key holding undefined (all of those
 * the quick check leaves to the schema).
 */
function schemaSays(e: TimeEvent): boolean {
  const parsed = eventSchema.safeParse(e);
  return (
    parsed.success &&
    Object.entries(e).every(([k, v]) => PLAIN_KEYS.includes(k) && v !== undefined) &&
    JSON.stringify(parsed.data) === JSON.stringify(e) &&
    Object.keys(parsed.data).length === Object.keys(e).length &&
    e.claims.length === 0 &&
    e.background === false &&
    e.implied === false
  );
}

const long = (n: number) => 'x'.repeat(n);

/** Each case: one change to a good event, and whether the schema keeps it unchanged. */
const CASES: [string, TimeEvent, boolean][] = [
  ['as built', event({}), true],
  ['a range', event({ end: '2011-02', datePrecision: 'range' }), true],
  ['a range ending the same day', event({ end: '2011-01-01', datePrecision: 'range' }), true],
  ['a month', event({ start: '2011-03', datePrecision: 'month' }), true],
  ['a year', event({ start: '0000', datePrecision: 'year' }), true],
  ['29 February of a leap year', event({ start: '2012-02-29' }), true],
  ['actors', event({ actors: ['Taliban', 'ISI'] }), true],
  ['two places', event({ places: [GOOD.places[0], { place: 'pt-30-1n-67-1e', role: 'mentioned' }] }), true],
  ['a title of 120 characters', event({ title: long(120) }), true],
  ['a summary of 1200', event({ summary: long(1200) }), true],
  ['a date note of 600', event({ dateNote: long(600) }), true],
  ['an actor of 200', event({ actors: [long(200)] }), true],
  ['a title of 121 characters', event({ title: long(121) }), false],
  ['a summary of 1201', event({ summary: long(1201) }), false],
  ['a date note of 601', event({ dateNote: long(601) }), false],
  ['an actor of 201', event({ actors: [long(201)] }), false],
  ['an empty title', event({ title: '' }), false],
  ['a title of spaces', event({ title: '   ' }), false],
  ['a title with a space after it', event({ title: 'Strike ' }), false],
  ['a date note ending in a space (cut at 600)', event({ dateNote: `${long(599)} ` }), false],
  ['a title with a line break before it', event({ title: '\nStrike' }), false],
  ['a title with a no-break space after it', event({ title: 'Strike\u00a0' }), false],
  ['an empty actor', event({ actors: [''] }), false],
  ['an actor with a space before it', event({ actors: [' ISI'] }), false],
  ['a capital in the id', event({ id: 'Event-1' }), false],
  ['a double hyphen in the id', event({ id: 'event--1' }), false],
  ['an empty id', event({ id: '' }), false],
  ['a number for an id', event({ id: 7 }), false],
  ['30 February', event({ start: '2011-02-30' }), false],
  ['29 February of a common year', event({ start: '2011-02-29' }), false],
  ['month 13', event({ start: '2011-13', datePrecision: 'month' }), false],
  ['a date in another form', event({ start: '17/03/2011' }), false],
  ['an end before the start', event({ start: '2011-03-17', end: '2011-03-16', datePrecision: 'range' }), false],
  ['an end month before the start', event({ start: '2011-03-17', end: '2011-02', datePrecision: 'range' }), false],
  ['an end that is no date', event({ end: '2011-02-30', datePrecision: 'range' }), false],
  ['an end given as undefined', event({ end: undefined }), false],
  ['translations', event({ translations: { es: { title: 'Ataque' } } }), false],
  ['a range without an end', event({ datePrecision: 'range' }), false],
  ['a precision that does not match', event({ datePrecision: 'month' }), false],
  ['an unknown precision', event({ datePrecision: 'week' }), false],
  ['an unknown type', event({ type: 'riot' }), false],
  ['no places', event({ places: [] }), false],
  ['a place with a bad id', event({ places: [{ place: 'Lahore', role: 'where' }] }), false],
  ['a place with an unknown role', event({ places: [{ place: 'lahore', role: 'near' }] }), false],
  ['a place with a key more', event({ places: [{ place: 'lahore', role: 'where', note: 'x' }] }), false],
  ['a place with its keys swapped', event({ places: [{ role: 'where', place: 'lahore' }] }), false],
  ['no sources', event({ sources: [] }), false],
  ['a source with a bad id', event({ sources: ['Field Notes'] }), false],
  ['a hole in the actors', event({ actors: new Array<string>(1) }), false],
  ['a claim', event({ claims: [{ source: 'field-notes', aspect: 'date', statement: 'It was a Monday.' }] }), false],
  ['background', event({ background: true }), false],
  ['implied missing', event({}, ['implied']), false],
  ['actors missing', event({}, ['actors']), false],
  ['an original', event({ original: { code: '12' } }), false],
  ['an unknown key', event({ colour: 'red' }), false],
  ['keys in another order', { ...event({}, ['id']), id: GOOD.id } as TimeEvent, false],
];

describe('isSchemaValidEvent', () => {
  it.each(CASES)('%s', (_name, e, expected) => {
    expect(schemaSays(e)).toBe(expected);
    expect(isSchemaValidEvent(e)).toBe(expected);
  });

  it('agrees with the schema on events made of good and bad values in every combination', () => {
    /** Mostly good values, so that whole events come out good often enough. */
    const pick = <T>(good: T[], bad: T[]) =>
      fc.oneof({ arbitrary: fc.constantFrom(...good), weight: 6 }, { arbitrary: fc.constantFrom(...bad), weight: 1 });
    const texts = pick(['Strike', long(120), 'Ünïcødé 🙂'], [' Strike', 'Strike\t', '', long(121), long(1201)]);
    const dates = pick(
      ['2011', '2011-03', '2011-03-17', '2012-02-29', '9999-12-31', '2011-03-18'],
      ['2011-02-29', '2011-00', '2011-3-17', '2011-04-31'],
    );
    const arbitrary = fc.record(
      {
        id: pick(['a', 'a-1'], ['A', 'a--1', '-a', '']),
        title: texts,
        summary: texts,
        start: dates,
        end: dates,
        datePrecision: pick(['day', 'month', 'year', 'range'], ['week']),
        dateNote: texts,
        type: pick(['strike', 'visit'], ['Strike', 'riot']),
        places: fc.array(
          fc.record({ place: pick(['lahore', 'pt-1'], ['Lahore']), role: pick(['where', 'mentioned'], ['near']) }),
          { maxLength: 2 },
        ),
        actors: fc.array(texts, { maxLength: 2 }),
        sources: fc.array(pick(['field-notes'], ['Field Notes']), { maxLength: 2 }),
        claims: fc.constant([]),
        background: pick([false], [true]),
        implied: pick([false], [true]),
      },
      { requiredKeys: ['id', 'title', 'summary', 'start', 'datePrecision', 'dateNote', 'type', 'places'] },
    );
    let valid = 0;
    fc.assert(
      fc.property(arbitrary, (generated) => {
        const e = generated as unknown as TimeEvent;
        const expected = schemaSays(e);
        if (expected) valid++;
        return isSchemaValidEvent(e) === expected;
      }),
      { numRuns: 20_000, seed: 17 },
    );
    // The combinations must reach the events the quick check passes, not only those it refuses.
    expect(valid).toBeGreaterThan(20);
  });
});
