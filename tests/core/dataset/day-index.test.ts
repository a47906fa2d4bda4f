import { describe, expect, it } from 'vitest';
import { formatDay, dayFromYmd } from '../../../src/core/time/day.ts';
import { EVENT_TYPES, type EventType, type TimeEvent } from '../../../src/core/dataset/schema.ts';
import {
  createEventIndex,
  filterIndex,
  maskIndex,
  searchEvents,
  selectEvents,
  type EventFilters,
  type TimeWindow,
} from '../../../src/core/dataset/select-events.ts';
import {
  countVisible,
  createDayIndex,
  createDaySet,
  firstStartingOn,
  isVisibleAt,
  startDays,
} from '../../../src/core/dataset/day-index.ts';
import { DaySelection } from '../../../src/core/dataset/day-selection.ts';
import { createFilterColumns, filterMask } from '../../../src/core/dataset/filter-mask.ts';
import { mostSpecific } from '../../../src/core/dataset/featured-event.ts';
import { makeEvent } from '../../support/make-event.ts';

/** mulberry32: a small seeded generator, so every run checks the same "random" datasets. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BASE = dayFromYmd(2011, 1, 1);
const WORDS = ['datta', 'khel', 'strike', 'kabul', 'drone', 'protest', 'talks', 'lahore'];
const ACTORS = ['CIA', 'ISI', 'Taliban', 'Army'];

function randomEvents(seed: number, count: number): TimeEvent[] {
  const r = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)] as T;
  return Array.from({ length: count }, (_, i) => {
    const day = BASE + Math.floor(r() * 120);
    const kind = r();
    const start = formatDay(day);
    // Mostly one-day events, some months, a few long ranges and a year, as in real data.
    const dates =
      kind < 0.6
        ? { start }
        : kind < 0.75
          ? { start: start.slice(0, 7) }
          : kind < 0.95
            ? { start, end: formatDay(day + 1 + Math.floor(r() * (r() < 0.8 ? 6 : 200))) }
            : { start: '2011' };
    return makeEvent({
      id: `e${i}`,
      ...dates,
      title: `${pick(WORDS)} ${pick(WORDS)} ${i}`,
      type: pick(EVENT_TYPES) as EventType,
      actors: r() < 0.5 ? [pick(ACTORS)] : [],
    });
  });
}

const WINDOWS: TimeWindow[] = [
  { mode: 'cumulative' },
  { mode: 'window', days: 1 },
  { mode: 'window', days: 7 },
  { mode: 'window', days: 30 },
];
const FILTERS: EventFilters[] = [
  {},
  { types: new Set<EventType>(['strike', 'protest', 'statement']) },
  { actors: new Set(['CIA', 'Army']) },
  { query: 'khel' },
  { query: 'dat str', types: new Set<EventType>(EVENT_TYPES.slice(0, 8)) },
];
const ids = (events: readonly { id: string }[]) => events.map((e) => e.id);

describe('selection by day from sorted arrays', () => {
  for (const seed of [1, 2, 3]) {
    it(`matches the linear selector on random dataset ${seed}, every day, window and filter`, () => {
      const events = randomEvents(seed, 300);
      const index = createEventIndex(events);
      const days = createDayIndex(index.entries);
      const columns = createFilterColumns(index.entries);
      const model = index.entries.map((e) => e.event);
      let compared = 0;
      for (const filters of FILTERS) {
        const set = createDaySet(days, filterMask(columns, filters));
        for (const window of WINDOWS) {
          for (let time = BASE - 2; time < BASE + 380; time += 3) {
            const exact = selectEvents(index, { time, window, ...filters });
            const mine = new DaySelection(set, model, time, window);
            expect(ids(mine.visible)).toEqual(ids(exact.visible));
            expect(ids(mine.current)).toEqual(ids(exact.current));
            expect(countVisible(set, time, window)).toBe(exact.visible.length);
            expect(mine.mostSpecific()?.id).toBe(mostSpecific(exact.current)?.id);
            expect([...mine.recency]).toEqual([...exact.recency]);
            compared += exact.visible.length;
          }
        }
      }
      // The datasets do show events (the comparisons are not all of empty lists).
      expect(compared).toBeGreaterThan(10_000);
    });
  }

  it('answers per event whether it is visible, and where each start day is', () => {
    const events = randomEvents(9, 200);
    const index = createEventIndex(events);
    const set = createDaySet(createDayIndex(index.entries), null);
    const window: TimeWindow = { mode: 'window', days: 7 };
    const time = BASE + 60;
    const visible = new Set(ids(selectEvents(index, { time, window }).visible));
    index.entries.forEach((e, p) => expect(isVisibleAt(set, p, time, window)).toBe(visible.has(e.event.id)));
    const starts = [...new Set(index.entries.map((e) => e.first))];
    expect(startDays(set)).toEqual(starts);
    for (const day of starts) expect(index.entries[firstStartingOn(set, day)!]!.first).toBe(day);
    expect(firstStartingOn(set, BASE - 10)).toBeUndefined();
  });

  it('refuses spans that are not in time order, and a mask of the wrong size', () => {
    expect(() =>
      createDayIndex([
        { first: 5, last: 5 },
        { first: 4, last: 4 },
      ]),
    ).toThrow(/sorted by first day/);
    const index = createDayIndex([{ first: 1, last: 1 }]);
    expect(() => createDaySet(index, new Uint8Array(2))).toThrow(/mask has 2 entries for 1 events/);
  });
});

describe('filterMask', () => {
  it('is null with no filter, and a bitset equal to the linear filter otherwise', () => {
    const events = randomEvents(4, 250);
    const index = createEventIndex(events);
    const columns = createFilterColumns(index.entries);
    expect(filterMask(columns, {})).toBeNull();
    expect(filterMask(columns, { query: '   ', types: new Set() })).toBeNull();
    for (const filters of FILTERS.slice(1)) {
      const mask = filterMask(columns, filters)!;
      const wanted = new Set(
        ids(selectEvents(index, { time: BASE + 1000, window: { mode: 'cumulative' }, ...filters }).visible),
      );
      // Each filter keeps some events and drops others, so the comparison can fail both ways.
      expect(wanted.size).toBeGreaterThan(0);
      expect(wanted.size).toBeLessThan(index.entries.length);
      expect(Array.from(mask)).toEqual(index.entries.map((e) => (wanted.has(e.event.id) ? 1 : 0)));
    }
  });

  it("finds an event by its place's name or alias as the linear search does, keeping no search text", () => {
    const events = randomEvents(5, 200).map((e, i) => ({
      ...e,
      places: [{ place: i % 3 === 0 ? 'datta-khel' : 'kabul-city', role: 'where' as const }],
    }));
    const placeNames = new Map([
      ['datta-khel', ['Datta Khel', 'Dattakhel']],
      ['kabul-city', ['Kabul', 'Kābul international airport terminal']],
    ]);
    const index = createEventIndex(events, placeNames);
    expect(index.entries.every((e) => Object.keys(e).sort().join() === 'event,first,last')).toBe(true);
    const columns = createFilterColumns(index.entries, index.placeNames);
    for (const query of ['dattakhel', 'datta khel', 'kābul', 'terminal', 'international airport', 'khel strike']) {
      const mask = filterMask(columns, { query })!;
      const linear = filterIndex(index, { query });
      expect(linear.entries.length).toBeGreaterThan(0);
      expect(linear.entries.length).toBeLessThan(index.entries.length);
      expect(ids(maskIndex(index, mask).entries.map((e) => e.event))).toEqual(ids(linear.entries.map((e) => e.event)));
      expect(ids(maskIndex(index, mask).entries.map((e) => e.event))).toEqual(ids(searchEvents(index, query)));
    }
    expect(maskIndex(index, null)).toBe(index);
    expect(() => maskIndex(index, new Uint8Array(3))).toThrow(/mask has 3 entries for 200 events/);
  });
});
