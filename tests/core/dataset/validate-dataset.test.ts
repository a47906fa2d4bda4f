import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  assembleDataset,
  DEFAULT_DATASET_META,
  locateJsonError,
  parseJson,
} from '../../../src/core/dataset/load-dataset.ts';
import { formatPath, nameKey, validateDataset, validateParts } from '../../../src/core/dataset/validate-dataset.ts';
import type { Problem } from '../../../src/core/dataset/validate-dataset.ts';
import { geometrySchema } from '../../../src/core/dataset/schema.ts';

const FIXTURES = new URL('../../fixtures/datasets/', import.meta.url);

function fixtureText(file: string): string {
  return readFileSync(new URL(file, FIXTURES), 'utf8');
}

function fixtureJson(file: string): Record<string, unknown> {
  return JSON.parse(fixtureText(file)) as Record<string, unknown>;
}

/** What the CLI does with a file: JSON syntax first, then the dataset checks. */
function problemsOf(text: string): Problem[] {
  const parsed = parseJson(text);
  if (!parsed.ok) return [{ path: '', message: parsed.error.message }];
  const result = validateDataset(parsed.value);
  return result.ok ? [] : result.problems;
}

describe('validateDataset on broken fixture files (each with exactly one problem)', () => {
  const cases: { file: string; path: string; message: string }[] = [
    { file: 'duplicate-event-id.json', path: 'events[1].id', message: 'duplicate event id "strike"' },
    { file: 'duplicate-place-id.json', path: 'places.features[2].properties.id', message: 'duplicate place id' },
    { file: 'unknown-place.json', path: 'events[0].places[0].place', message: 'unknown place "lahore"' },
    { file: 'unknown-source.json', path: 'events[1].sources[0]', message: 'unknown source "src-c"' },
    { file: 'end-before-start.json', path: 'events[1].end', message: 'before start 2011-01-27' },
    {
      file: 'impossible-date.json',
      path: 'events[0].start',
      message: 'does not exist in the calendar (found "2011-02-30")',
    },
    {
      file: 'ambiguous-alias.json',
      path: 'places.features[2].properties.aliases[1]',
      message: 'already names place "north-waziristan"',
    },
    { file: 'latitude-out-of-range.json', path: 'places.features[2].geometry.coordinates[1]', message: '(found 95.2)' },
    {
      file: 'claim-source-not-on-event.json',
      path: 'events[1].claims[0].source',
      message: "not among the event's sources",
    },
    { file: 'missing-title.json', path: 'events[0].title', message: 'missing' },
    { file: 'parent-cycle.json', path: 'places.features[0].properties.parent', message: 'pakistan → datta-khel' },
    { file: 'unknown-parent.json', path: 'places.features[1].properties.parent', message: 'unknown parent "khyber"' },
    { file: 'truncated.json', path: '', message: 'line 90, column 21' },
  ];

  it.each(cases)('$file → $path', ({ file, path, message }) => {
    const problems = problemsOf(fixtureText(file));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe(path);
    expect(problems[0]?.message).toContain(message);
  });

  it('accepts the valid fixture the broken ones are made from, filling in defaults', () => {
    const result = validateDataset(fixtureJson('valid.json'));
    if (!result.ok) expect.fail(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
    expect(result.dataset.events[1]?.claims).toEqual([]);
    expect(result.dataset.events[0]?.background).toBe(false);
  });

  it('reports every problem of a file with several, not just the first', () => {
    const data = fixtureJson('valid.json') as { events: { sources: string[]; places: { place: string }[] }[] };
    const [first, second] = data.events;
    if (!first || !second) throw new Error('valid.json should have two events');
    first.places = [{ ...first.places[0], place: 'nowhere' } as { place: string }];
    second.sources = ['src-z'];
    const result = validateDataset(data);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.map((p) => p.path)).toEqual(['events[0].places[0].place', 'events[1].sources[0]']);
    }
  });

  it('suggests the place id when an event uses a place name instead', () => {
    const data = fixtureJson('valid.json') as { events: { places: { place: string; role: string }[] }[] };
    const event = data.events[0];
    if (!event) throw new Error('valid.json should have an event');
    event.places = [{ place: 'dattakhel', role: 'where' }];
    const problems = problemsOf(JSON.stringify(data));
    expect(problems[0]?.message).toContain('did you mean "datta-khel"?');
  });

  it('does not change its input', () => {
    const data = fixtureJson('valid.json');
    const before = structuredClone(data);
    validateDataset(data);
    expect(data).toEqual(before);
  });

  it('explains a non-object input instead of throwing', () => {
    const result = validateDataset([1, 2, 3]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toContain('expected object');
  });
});

describe('validateParts (the three shipped files)', () => {
  const valid = fixtureJson('valid.json') as { sources: unknown[]; places: unknown; events: unknown[] };

  it('assembles the default dataset from valid parts', () => {
    const result = validateParts({ sources: valid.sources, places: valid.places, events: valid.events });
    if (!result.ok) expect.fail(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
    expect(result.dataset.id).toBe(DEFAULT_DATASET_META.id);
    expect(result.dataset.events).toHaveLength(valid.events.length);
  });

  const broken: { name: string; parts: () => { sources: unknown; places: unknown; events: unknown }; path: string }[] =
    [
      {
        name: 'a bad source',
        parts: () => ({
          ...valid,
          sources: [{ ...(valid.sources[0] as object), published: '2011-13' }, valid.sources[1]],
        }),
        path: 'sources[0].published',
      },
      {
        name: 'a bad place',
        parts: () => ({ ...valid, places: { type: 'FeatureCollection', features: [{ type: 'Feature' }] } }),
        path: 'places.features[0].properties',
      },
      {
        name: 'a bad event',
        parts: () => ({ ...valid, events: [{ ...(valid.events[0] as object), type: 'earthquake' }] }),
        path: 'events[0].type',
      },
      {
        name: 'an event citing a source missing from sources.json',
        parts: () => ({ ...valid, sources: [valid.sources[1]] }),
        path: 'events[0].sources[0]',
      },
    ];

  it.each(broken)('reports $name with the whole-dataset path $path', ({ parts, path }) => {
    const result = validateParts(parts());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).toContain(path);
  });
});

describe('assembleDataset', () => {
  it('wraps the parts in the default dataset without copying them', () => {
    const parts = { sources: [], places: { type: 'FeatureCollection' as const, features: [] }, events: [] };
    const dataset = assembleDataset(parts);
    expect(dataset.title).toBe(DEFAULT_DATASET_META.title);
    expect(dataset.places).toBe(parts.places);
  });
});

describe('formatPath', () => {
  it.each([
    { path: ['events', 3, 'places', 0, 'place'], expected: 'events[3].places[0].place' },
    { path: [0, 'id'], expected: '[0].id' },
    { path: ['places', 'features', 2, 'properties', 'id'], expected: 'places.features[2].properties.id' },
    { path: ['odd key'], expected: '["odd key"]' },
    { path: [], expected: '' },
  ])('$expected', ({ path, expected }) => {
    expect(formatPath(path)).toBe(expected);
  });
});

describe('nameKey', () => {
  it.each([
    { a: 'Datta Khel', b: 'datta  KHEL', same: true },
    { a: 'Peshāwar', b: 'peshawar', same: true },
    { a: 'Khyber', b: 'Khyber Pakhtunkhwa', same: false },
  ])('$a vs $b', ({ a, b, same }) => {
    expect(nameKey(a) === nameKey(b)).toBe(same);
  });
});

describe('parseJson', () => {
  it.each([
    { text: '{"a": [1, 2', line: 1, column: 12 },
    { text: '{\n  "a": x\n}', line: 2, column: 8 },
    { text: '{"a": 1,}', line: 1, column: 9 },
    { text: '[1]\n]', line: 2, column: 1 },
    { text: '', line: 1, column: 1 },
  ])('locates the error in $text at $line:$column', ({ text, line, column }) => {
    const result = parseJson(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect([result.error.line, result.error.column]).toEqual([line, column]);
  });

  it('returns the value of valid JSON', () => {
    expect(parseJson('{"a": [1, "x"]}')).toEqual({ ok: true, value: { a: [1, 'x'] } });
  });

  it('finds no error in any valid JSON text', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(locateJsonError(text)).toBe(text.length);
      }),
    );
  });
});

describe('geometry positions', () => {
  const problems = (geometry: unknown) => {
    const result = geometrySchema.safeParse(geometry);
    return result.success ? [] : result.error.issues.map((i) => [formatPath(i.path as (string | number)[]), i.message]);
  };
  const ring = (...extra: unknown[]) => [[70, 33], [71, 33], [71, 34], ...extra, [70, 33]];

  it('accepts two or three numbers in range', () => {
    expect(problems({ type: 'Point', coordinates: [-180, 90] })).toEqual([]);
    expect(problems({ type: 'Point', coordinates: [69.7, 32.9, 1200] })).toEqual([]);
    expect(problems({ type: 'Polygon', coordinates: [ring()] })).toEqual([]);
  });

  it('points at the number that is wrong, deep inside a polygon', () => {
    expect(problems({ type: 'Polygon', coordinates: [ring([181, 33])] })).toEqual([
      ['coordinates[0][3][0]', 'longitude must be a number from -180 to 180'],
    ]);
    expect(problems({ type: 'Point', coordinates: [70, -95] })).toEqual([
      ['coordinates[1]', 'latitude must be a number from -90 to 90'],
    ]);
    expect(problems({ type: 'Point', coordinates: [70, '33'] })).toEqual([
      ['coordinates[1]', 'latitude must be a number from -90 to 90'],
    ]);
    expect(problems({ type: 'Point', coordinates: [70, 33, null] })).toEqual([
      ['coordinates[2]', 'height must be a finite number'],
    ]);
  });

  it('says what a position is when it is not one', () => {
    const expected = 'expected a position: [longitude, latitude] or [longitude, latitude, height]';
    expect(problems({ type: 'Point', coordinates: [70] })).toEqual([['coordinates', expected]]);
    expect(problems({ type: 'Point', coordinates: [70, 33, 0, 1] })).toEqual([['coordinates', expected]]);
    expect(problems({ type: 'LineString', coordinates: [[70, 33], '71,34'] })).toEqual([['coordinates[1]', expected]]);
  });
});
