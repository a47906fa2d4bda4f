import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../../src/core/time/day.ts';
import {
  CUMULATIVE_FADE_DAYS,
  createEventIndex,
  filterIndex,
  searchEvents,
  selectEvents,
  visibilityForTime,
  type TimeWindow,
} from '../../../src/core/dataset/select-events.ts';
import type { TimeEvent } from '../../../src/core/dataset/schema.ts';
import { makeEvent } from '../../support/make-event.ts';

const day = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return dayFromYmd(y, m, d);
};
const ids = (events: readonly TimeEvent[]) => events.map((e) => e.id);
const WEEK: TimeWindow = { mode: 'window', days: 7 };
const ALL: TimeWindow = { mode: 'cumulative' };

describe('visibilityForTime', () => {
  // A one-day event on day 100 occupies playback time [100, 101).
  it.each([
    { name: 'before it starts', time: 99.9, window: WEEK, expected: { visible: false, recency: 0 } },
    { name: 'at its first instant', time: 100, window: WEEK, expected: { visible: true, recency: 1 } },
    { name: 'during its day', time: 100.5, window: WEEK, expected: { visible: true, recency: 1 } },
    { name: 'when it has just ended', time: 101, window: WEEK, expected: { visible: true, recency: 1 } },
    { name: 'half way through the window', time: 104.5, window: WEEK, expected: { visible: true, recency: 0.5 } },
    { name: 'at the window edge', time: 108, window: WEEK, expected: { visible: false, recency: 0 } },
    { name: 'long after, cumulative', time: 400, window: ALL, expected: { visible: true, recency: 0 } },
    {
      name: 'fading, cumulative',
      time: 101 + CUMULATIVE_FADE_DAYS / 4,
      window: ALL,
      expected: { visible: true, recency: 0.75 },
    },
    { name: 'before it starts, cumulative', time: 99, window: ALL, expected: { visible: false, recency: 0 } },
  ])('$name', ({ time, window, expected }) => {
    expect(visibilityForTime(100, 100, time, window)).toEqual(expected);
  });

  it('keeps a long event at full recency until its last day ends', () => {
    expect(visibilityForTime(100, 130, 130.9, WEEK)).toEqual({ visible: true, recency: 1 });
    expect(visibilityForTime(100, 130, 131 + 3.5, WEEK).recency).toBeCloseTo(0.5, 12);
  });
});

describe('selectEvents', () => {
  const events = [
    makeEvent({ id: 'mumbai', start: '2008-11', background: true, type: 'attack', actors: ['Lashkar-e-Taiba'] }),
    makeEvent({
      id: 'davis-shooting',
      start: '2011-01-27',
      type: 'shooting',
      actors: ['Raymond Davis'],
      title: 'Contractor shoots two men in Lahore',
      places: [{ place: 'lahore', role: 'where' }],
    }),
    makeEvent({ id: 'davis-release', start: '2011-03-16', type: 'release', actors: ['Raymond Davis'] }),
    makeEvent({
      id: 'datta-khel-strike',
      start: '2011-03-17',
      type: 'strike',
      actors: ['CIA'],
      places: [{ place: 'datta-khel', role: 'where' }],
    }),
    makeEvent({ id: 'march-protests', start: '2011-03', type: 'protest' }),
    makeEvent({
      id: 'pasha-visit',
      start: '2011-04-11',
      end: '2011-04-12',
      type: 'visit',
      actors: ['Ahmad Shuja Pasha', 'CIA'],
    }),
    makeEvent({ id: 'april-strike', start: '2011-04-13', type: 'strike', actors: ['CIA'] }),
  ];
  const index = createEventIndex(
    events,
    new Map([
      ['datta-khel', ['Datta Khel']],
      ['lahore', ['Lahore']],
    ]),
  );

  it.each([
    {
      name: 'a week window on 13 Apr',
      time: day('2011-04-13') + 0.5,
      window: WEEK,
      visible: ['pasha-visit', 'april-strike'],
      current: ['april-strike'],
    },
    {
      name: 'a week window on 18 Mar',
      time: day('2011-03-18'),
      window: WEEK,
      visible: ['march-protests', 'davis-release', 'datta-khel-strike'],
      current: ['march-protests'],
    },
    {
      name: 'a day window on 12 Apr',
      time: day('2011-04-12') + 0.25,
      window: { mode: 'window', days: 1 } as const,
      visible: ['pasha-visit'],
      current: ['pasha-visit'],
    },
    {
      name: 'cumulative on 20 Mar',
      time: day('2011-03-20'),
      window: ALL,
      visible: ['mumbai', 'davis-shooting', 'march-protests', 'davis-release', 'datta-khel-strike'],
      current: ['march-protests'],
    },
    { name: 'before everything', time: day('2000-01-01'), window: ALL, visible: [], current: [] },
  ])('$name', ({ time, window, visible, current }) => {
    const selection = selectEvents(index, { time, window });
    expect(ids(selection.visible)).toEqual(visible);
    expect(ids(selection.current)).toEqual(current);
    expect([...selection.recency.keys()]).toEqual(visible);
  });

  it('gives each visible event its recency by the one rule', () => {
    const time = day('2011-04-13') + 0.5;
    const selection = selectEvents(index, { time, window: WEEK });
    expect(selection.recency.get('april-strike')).toBe(1);
    // The visit ended at the start of 13 Apr, half a day ago, in a 7-day window.
    expect(selection.recency.get('pasha-visit')).toBeCloseTo(1 - 0.5 / 7, 12);
  });

  it.each([
    {
      name: 'by type',
      filters: { types: new Set(['strike'] as const) },
      expected: ['datta-khel-strike', 'april-strike'],
    },
    {
      name: 'by actor',
      filters: { actors: new Set(['Raymond Davis']) },
      expected: ['davis-shooting', 'davis-release'],
    },
    {
      name: 'by type and actor',
      filters: { types: new Set(['visit', 'release'] as const), actors: new Set(['CIA']) },
      expected: ['pasha-visit'],
    },
    { name: 'by text, across place names', filters: { query: 'datta khel' }, expected: ['datta-khel-strike'] },
    {
      name: 'empty filters let everything through',
      filters: { types: new Set<never>(), actors: new Set<string>(), query: '  ' },
      expected: ids(events.toSorted((a, b) => a.start.localeCompare(b.start))),
    },
  ])('filters $name', ({ filters, expected }) => {
    const selection = selectEvents(index, { time: day('2011-12-31'), window: ALL, ...filters });
    expect(ids(selection.visible)).toEqual(expected);
  });

  it('returns the identical result for equal inputs, and a new one when the time moves', () => {
    const options = { time: day('2011-03-18'), window: WEEK, types: new Set(['strike'] as const) };
    const first = selectEvents(index, options);
    expect(selectEvents(index, { ...options, types: new Set(['strike'] as const) })).toBe(first);
    expect(selectEvents(index, { ...options, time: options.time + 1 })).not.toBe(first);
  });

  it('notices a filter set changed in place', () => {
    const types = new Set<TimeEvent['type']>(['strike']);
    const time = day('2011-12-31');
    expect(selectEvents(index, { time, window: ALL, types }).visible).toHaveLength(2);
    types.add('release');
    expect(selectEvents(index, { time, window: ALL, types }).visible).toHaveLength(3);
  });

  it('agrees with a full scan at many times and windows (the binary search skips nothing)', () => {
    const windows: TimeWindow[] = [ALL, WEEK, { mode: 'window', days: 1 }, { mode: 'window', days: 45 }];
    const spans = index.entries;
    for (let time = day('2008-10-01'); time <= day('2011-05-01'); time += 3.7) {
      for (const window of windows) {
        const expected = spans
          .filter((s) => visibilityForTime(s.first, s.last, time, window).visible)
          .map((s) => s.event.id);
        expect(ids(selectEvents(index, { time, window }).visible)).toEqual(expected);
      }
    }
  });

  it('does not mutate the events it indexes', () => {
    const before = structuredClone(events);
    createEventIndex(events);
    expect(events).toEqual(before);
  });
});

describe('filterIndex', () => {
  it('returns the same index without filters and a smaller one with', () => {
    const index = createEventIndex([makeEvent({ id: 'a', type: 'strike' }), makeEvent({ id: 'b', type: 'raid' })]);
    expect(filterIndex(index, {})).toBe(index);
    expect(filterIndex(index, { types: new Set(['raid'] as const) }).entries.map((e) => e.event.id)).toEqual(['b']);
  });
});

describe('searchEvents', () => {
  const index = createEventIndex(
    [
      makeEvent({
        id: 'lahore-shooting',
        start: '2011-01-27',
        title: 'Shooting in Lahore',
        places: [{ place: 'lahore', role: 'where' }],
      }),
      makeEvent({
        id: 'strike',
        start: '2011-03-17',
        summary: 'A drone STRIKE hit a tribal meeting.',
        places: [{ place: 'datta-khel', role: 'where' }],
      }),
      makeEvent({ id: 'talks', start: '2011-04-11', actors: ['Leon Panetta'] }),
    ],
    new Map([['datta-khel', ['Datta Khel', 'Dattakhel']]]),
  );

  it.each([
    { query: 'lahore', expected: ['lahore-shooting'] },
    { query: 'drone strike', expected: ['strike'] },
    { query: 'DATTAKHEL', expected: ['strike'] },
    { query: 'datta-khel', expected: ['strike'] },
    { query: 'panetta', expected: ['talks'] },
    { query: 'drone lahore', expected: [] },
    { query: '', expected: [] },
    { query: '   ', expected: [] },
  ])('"$query" finds $expected', ({ query, expected }) => {
    expect(ids(searchEvents(index, query))).toEqual(expected);
  });
});
