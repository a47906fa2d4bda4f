import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../../src/core/time/day.ts';
import { EVENT_TYPES } from '../../../src/core/dataset/schema.ts';
import {
  DEFAULT_WINDOW,
  MAX_WINDOW_DAYS,
  URL_PARAMS,
  parseUrlState,
  serialiseUrlState,
  urlStateSchema,
  type UrlState,
} from '../../../src/core/view/url-state.ts';

const APR_13 = dayFromYmd(2011, 4, 13);
const KNOWN = { eventIds: new Set(['datta-khel-strike']), actors: new Set(['CIA', 'Raymond Davis']) };

describe('parseUrlState', () => {
  it.each([
    { search: '', state: {} },
    { search: '?', state: {} },
    { search: '?t=2011-04-13', state: { t: APR_13 } },
    { search: 't=2011-04-13', state: { t: APR_13 } },
    { search: '?t=2011-04', state: { t: dayFromYmd(2011, 4, 1) } },
    { search: '?w=all', state: { window: { mode: 'cumulative' } } },
    { search: '?w=14', state: { window: { mode: 'window', days: 14 } } },
    { search: `?w=${MAX_WINDOW_DAYS}`, state: { window: { mode: 'window', days: MAX_WINDOW_DAYS } } },
    { search: '?types=strike,raid', state: { types: ['strike', 'raid'] } },
    { search: '?types=strike%2Craid,strike', state: { types: ['strike', 'raid'] } },
    { search: '?actors=CIA,Raymond%20Davis', state: { actors: ['CIA', 'Raymond Davis'] } },
    { search: '?actors=CIA,Raymond+Davis', state: { actors: ['CIA', 'Raymond Davis'] } },
    { search: '?event=datta-khel-strike', state: { event: 'datta-khel-strike' } },
    { search: '?cam=69.84512345,33.0999,7.456', state: { camera: { lon: 69.8451, lat: 33.0999, zoom: 7.46 } } },
    { search: '?cam=-180,-85,0', state: { camera: { lon: -180, lat: -85, zoom: 0 } } },
    { search: '?cam=-0.00001,0,22', state: { camera: { lon: 0, lat: 0, zoom: 22 } } },
    { search: '?tour=davis-affair', state: { tour: 'davis-affair' } },
    { search: '?embed', state: { embed: true } },
    { search: '?embed=1', state: { embed: true } },
    { search: '?embed=0', state: {} },
    { search: '?map=dark', state: { basemap: 'dark' } },
    { search: '?map=light', state: {} },
    {
      search: '?map=https%3A%2F%2Ftiles.example.org%2Fstyle.json',
      state: { basemap: 'https://tiles.example.org/style.json' },
    },
    { search: '?utm_source=x&t=2011-04-13', state: { t: APR_13 } },
  ])('reads "$search" without warnings', ({ search, state }) => {
    const parsed = parseUrlState(search, KNOWN);
    expect(parsed.state).toEqual({ window: DEFAULT_WINDOW, ...state });
    expect(parsed.warnings).toEqual([]);
  });

  it.each([
    { search: '?t=2011-02-30', param: 't', bad: '2011-02-30', state: {} },
    { search: '?t=yesterday', param: 't', bad: 'yesterday', state: {} },
    { search: '?t=0099-01-01', param: 't', bad: '0099-01-01', state: {} },
    { search: '?t=0050-03', param: 't', bad: '0050-03', state: {} },
    { search: '?w=0', param: 'w', bad: '0', state: {} },
    { search: '?w=3651', param: 'w', bad: '3651', state: {} },
    { search: '?w=7.5', param: 'w', bad: '7.5', state: {} },
    { search: '?w=NaN', param: 'w', bad: 'NaN', state: {} },
    { search: '?types=strike,bombing', param: 'types', bad: 'bombing', state: { types: ['strike'] } },
    { search: '?types=bombing', param: 'types', bad: 'bombing', state: {} },
    { search: '?actors=CIA,KGB', param: 'actors', bad: 'KGB', state: { actors: ['CIA'] } },
    { search: '?event=no-such-event', param: 'event', bad: 'no-such-event', state: {} },
    { search: '?event=Datta%20Khel', param: 'event', bad: 'Datta Khel', state: {} },
    { search: '?cam=181,0,5', param: 'cam', bad: '181,0,5', state: {} },
    { search: '?cam=0,86,5', param: 'cam', bad: '0,86,5', state: {} },
    { search: '?cam=0,0,23', param: 'cam', bad: '0,0,23', state: {} },
    { search: '?cam=NaN,0,5', param: 'cam', bad: 'NaN,0,5', state: {} },
    { search: '?cam=1e2,0,5', param: 'cam', bad: '1e2,0,5', state: {} },
    { search: '?cam=Infinity,0,5', param: 'cam', bad: 'Infinity,0,5', state: {} },
    { search: '?cam=1,2', param: 'cam', bad: '1,2', state: {} },
    { search: '?cam=1,2,3,4', param: 'cam', bad: '1,2,3,4', state: {} },
    { search: '?tour=..%2Fetc', param: 'tour', bad: '../etc', state: {} },
    { search: '?embed=maybe', param: 'embed', bad: 'maybe', state: {} },
    {
      search: '?map=http://tiles.example.org/style.json',
      param: 'map',
      bad: 'http://tiles.example.org/style.json',
      state: {},
    },
    { search: '?map=javascript:alert(1)', param: 'map', bad: 'javascript:alert(1)', state: {} },
  ])('falls back on "$search" and names $param and "$bad"', ({ search, param, bad, state }) => {
    const parsed = parseUrlState(search, KNOWN);
    expect(parsed.state).toEqual({ window: DEFAULT_WINDOW, ...state });
    expect(parsed.warnings).toHaveLength(1);
    expect(parsed.warnings[0]).toContain(`${param}: `);
    expect(parsed.warnings[0]).toContain(JSON.stringify(bad));
  });

  it('keeps the good parameters when one is bad', () => {
    const parsed = parseUrlState('?t=2011-04-13&w=forever&types=raid');
    expect(parsed.state).toEqual({ t: APR_13, window: DEFAULT_WINDOW, types: ['raid'] });
    expect(parsed.warnings).toHaveLength(1);
  });

  it('uses the first of a repeated parameter, with a warning', () => {
    const parsed = parseUrlState('?w=7&w=30');
    expect(parsed.state.window).toEqual({ mode: 'window', days: 7 });
    expect(parsed.warnings).toEqual([expect.stringMatching(/^w: given 2 times/)]);
  });

  it('accepts any event id and actor when nothing known is passed', () => {
    expect(parseUrlState('?event=anything-goes&actors=Anyone').state).toMatchObject({
      event: 'anything-goes',
      actors: ['Anyone'],
    });
  });

  it('truncates a long bad value in its warning', () => {
    const long = 'x'.repeat(5000);
    const [warning] = parseUrlState(`?t=${long}`).warnings;
    expect(warning).toBeDefined();
    expect(warning?.length).toBeLessThan(200);
    expect(warning).toContain('…');
  });

  it('names at most a few bad items of a list', () => {
    const [warning] = parseUrlState(`?types=${['a', 'b', 'c', 'd', 'e'].join(',')}`).warnings;
    expect(warning).toMatch(/and 2 more/);
  });
});

describe('serialiseUrlState', () => {
  it.each([
    { name: 'the default state is an empty string', state: { window: DEFAULT_WINDOW }, expected: '' },
    { name: 'a time', state: { t: APR_13, window: DEFAULT_WINDOW }, expected: 't=2011-04-13' },
    {
      name: 'a fractional clock time is written as its day',
      state: { t: APR_13 + 0.75, window: DEFAULT_WINDOW },
      expected: 't=2011-04-13',
    },
    {
      name: 'every parameter, in fixed order',
      state: {
        embed: true,
        tour: 'davis-affair',
        camera: { lon: 69.8451, lat: 33.1, zoom: 7.5 },
        event: 'datta-khel-strike',
        actors: ['CIA', 'Raymond Davis'],
        types: ['strike', 'raid'],
        window: { mode: 'window', days: 14 },
        t: APR_13,
      },
      expected:
        't=2011-04-13&w=14&types=strike,raid&actors=CIA,Raymond%20Davis&event=datta-khel-strike&cam=69.8451,33.1,7.5&tour=davis-affair&embed=1',
    },
    {
      name: 'a camera is rounded',
      state: { window: DEFAULT_WINDOW, camera: { lon: 1.23456789, lat: -2.00004, zoom: 3.14159 } },
      expected: 'cam=1.2346,-2,3.14',
    },
    { name: 'embed off is the default', state: { window: DEFAULT_WINDOW, embed: false }, expected: '' },
    {
      name: 'an actor with & and + is escaped',
      state: { window: DEFAULT_WINDOW, actors: ['A&B+C'] },
      expected: 'actors=A%26B%2BC',
    },
  ] satisfies { name: string; state: UrlState; expected: string }[])('$name', ({ state, expected }) => {
    expect(serialiseUrlState(state)).toBe(expected);
  });

  it.each([
    { name: 'a NaN time', state: { t: Number.NaN, window: DEFAULT_WINDOW } },
    { name: 'an infinite time', state: { t: Number.POSITIVE_INFINITY, window: DEFAULT_WINDOW } },
    { name: 'a NaN window', state: { window: { mode: 'window', days: Number.NaN } } },
    { name: 'a NaN camera', state: { window: DEFAULT_WINDOW, camera: { lon: Number.NaN, lat: 0, zoom: 1 } } },
    { name: 'an out-of-range camera', state: { window: DEFAULT_WINDOW, camera: { lon: 0, lat: 90, zoom: 1 } } },
    { name: 'an empty type list', state: { window: DEFAULT_WINDOW, types: [] } },
    { name: 'a bad event id', state: { window: DEFAULT_WINDOW, event: 'Not An Id' } },
  ] satisfies { name: string; state: UrlState }[])('leaves out $name', ({ state }) => {
    expect(serialiseUrlState(state)).toBe('');
  });

  it('keeps the good part of a partly bad list', () => {
    const state = { window: DEFAULT_WINDOW, types: ['strike', 'bombing'] } as unknown as UrlState;
    expect(serialiseUrlState(state)).toBe('types=strike');
  });
});

// ---------------------------------------------------------------- properties

/** Every number anywhere in a value is finite. */
function allFinite(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(allFinite);
  if (value !== null && typeof value === 'object') return Object.values(value).every(allFinite);
  return true;
}

const PARAM_NAMES = Object.values(URL_PARAMS);
/** Values near the edge of valid, to reach every branch of the parser and not only the fallbacks. */
const plausibleValue = fc.oneof(
  fc.constantFrom(
    'all',
    '7',
    '0',
    '3650',
    '3651',
    '-1',
    '1.5',
    'NaN',
    'Infinity',
    '',
    '1',
    'true',
    '0050-01',
    '2011-04',
    '2011-04-13',
    '2011-02-29',
  ),
  fc.constantFrom(
    'strike,raid',
    'strike,,bogus',
    'CIA,Raymond Davis',
    '69.8,33.1,7.5',
    '-180,85,22',
    '180.00001,0,0',
    '-0,-0,-0',
    '1e3,1,1',
  ),
  fc.integer({ min: 1, max: 4000 }).map(String),
  fc.tuple(fc.double(), fc.double(), fc.double()).map((t) => t.join(',')),
  fc.string({ unit: 'binary', maxLength: 30 }),
);
const plausibleSearch = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...PARAM_NAMES), fc.string({ maxLength: 5 })), plausibleValue), {
    maxLength: 8,
  })
  .map(
    (pairs) =>
      `?${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v.replace(/[\uD800-\uDFFF]/g, ''))}`).join('&')}`,
  );
const anySearch = fc.oneof(fc.string({ unit: 'binary' }), plausibleSearch);

const idArbitrary = fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,3}$/);
const actorArbitrary = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 20 })
  .map((s) => s.trim())
  .filter((s) => urlStateSchema.shape.actors.safeParse([s]).success);
const validStateArbitrary: fc.Arbitrary<UrlState> = fc.record(
  {
    t: fc.integer({ min: dayFromYmd(1000, 1, 1), max: dayFromYmd(9999, 12, 31) }),
    event: idArbitrary,
    types: fc.uniqueArray(fc.constantFrom(...EVENT_TYPES), { minLength: 1 }),
    actors: fc.uniqueArray(actorArbitrary, { minLength: 1, maxLength: 4 }),
    window: fc.oneof(
      fc.constant({ mode: 'cumulative' as const }),
      fc.integer({ min: 1, max: MAX_WINDOW_DAYS }).map((days) => ({ mode: 'window' as const, days })),
    ),
    camera: fc.record({
      lon: fc.integer({ min: -1_800_000, max: 1_800_000 }).map((n) => n / 1e4),
      lat: fc.integer({ min: -850_000, max: 850_000 }).map((n) => n / 1e4),
      zoom: fc.integer({ min: 0, max: 2200 }).map((n) => n / 100),
    }),
    tour: idArbitrary,
    embed: fc.boolean(),
    basemap: fc.constantFrom('dark', 'https://tiles.example.org/style.json'),
  },
  { requiredKeys: ['window'] },
);

describe('url state properties', () => {
  it('reads any string as a valid state, with no NaN anywhere', () => {
    fc.assert(
      fc.property(anySearch, (search) => {
        const { state, warnings } = parseUrlState(search, KNOWN);
        expect(urlStateSchema.safeParse(state).success).toBe(true);
        expect(allFinite(state)).toBe(true);
        expect(warnings.every((w) => typeof w === 'string')).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('is stable: serialise∘parse reaches a fixed point at once', () => {
    fc.assert(
      fc.property(anySearch, (search) => {
        const once = serialiseUrlState(parseUrlState(search).state);
        const twice = serialiseUrlState(parseUrlState(once).state);
        expect(twice).toBe(once);
        expect(parseUrlState(once).warnings).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads back every valid state it writes (embed off is the default and drops out)', () => {
    fc.assert(
      fc.property(validStateArbitrary, (state) => {
        expect(urlStateSchema.safeParse(state).success).toBe(true);
        const link = serialiseUrlState(state);
        expect(link).not.toMatch(/NaN|Infinity/);
        const { embed, ...rest } = state;
        const { state: back, warnings } = parseUrlState(link);
        expect(back).toEqual(embed === true ? { ...rest, embed } : rest);
        expect(warnings).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it('never writes NaN or Infinity, even for a broken state', () => {
    const looseNumber = fc.oneof(fc.double(), fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0));
    const brokenState = fc.record({
      t: looseNumber,
      window: fc.oneof(
        fc.constant(DEFAULT_WINDOW),
        looseNumber.map((days) => ({ mode: 'window' as const, days })),
      ),
      camera: fc.record({ lon: looseNumber, lat: looseNumber, zoom: looseNumber }),
    });
    fc.assert(
      fc.property(brokenState, (state) => {
        const link = serialiseUrlState(state);
        expect(link).not.toMatch(/NaN|Infinity/);
        expect(parseUrlState(link).warnings).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
});
