import { describe, expect, it } from 'vitest';
import type { Place } from '../../../src/core/dataset/schema.ts';
import {
  areaPlaces,
  buildMapModel,
  eventsAtSamePoints,
  leadingMember,
  pointList,
  pointsOf,
} from '../../../src/core/model/map-model.ts';
import { createGazetteerIndex } from '../../../src/core/dataset/gazetteer.ts';
import { modelBounds } from '../../../src/core/model/model-bounds.ts';
import { createEventIndex } from '../../../src/core/dataset/select-events.ts';
import { makeEvent } from '../../support/make-event.ts';

const point = (id: string, lon: number, lat: number, precision: 'settlement' | 'exact' = 'settlement'): Place => ({
  type: 'Feature',
  properties: {
    id,
    name: id,
    aliases: [],
    kind: 'town',
    parent: null,
    precision,
    geometrySource: 'test',
    mention: 'named',
  },
  geometry: { type: 'Point', coordinates: [lon, lat] },
});
const square = (id: string, lon: number, lat: number, precision: 'district' | 'country'): Place => ({
  type: 'Feature',
  properties: {
    id,
    name: id,
    aliases: [],
    kind: 'district',
    parent: null,
    precision,
    geometrySource: 'test',
    mention: 'named',
  },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [lon, lat],
        [lon + 1, lat],
        [lon + 1, lat + 1],
        [lon, lat + 1],
        [lon, lat],
      ],
    ],
  },
});

const gazetteer = createGazetteerIndex([
  point('town', 70, 33),
  point('capital', 73, 33.7),
  point('faraway', -77, 38.9),
  square('district', 69.5, 32.5, 'district'),
  square('country', 60, 24, 'country'),
]);

function model(...events: ReturnType<typeof makeEvent>[]) {
  return buildMapModel(createEventIndex(events).entries, gazetteer);
}

describe('buildMapModel', () => {
  it('puts an event at a town on a point, with its span', () => {
    const m = model(makeEvent({ id: 'a', start: '2011-03-17', places: [{ place: 'town', role: 'where' }] }));
    expect(pointList(m)).toEqual([
      { eventIndex: 0, placeId: 'town', lon: 70, lat: 33, type: 'statement', first: 15050, last: 15050 },
    ]);
    expect(m.areas).toEqual([]);
  });

  it('draws an event known only to a district as the district, never as a pin', () => {
    const m = model(makeEvent({ id: 'a', places: [{ place: 'district', role: 'where' }] }));
    expect(pointList(m)).toEqual([]);
    expect(m.areas).toHaveLength(1);
    expect(m.areas[0]!.properties).toMatchObject({ eventId: 'a', placeId: 'district', precision: 'district' });
  });

  it('holds the points as columns in event order, and finds the points of an event by binary search', () => {
    const m = model(
      makeEvent({ id: 'a', start: '2011-01-01', places: [{ place: 'town', role: 'where' }] }),
      makeEvent({ id: 'b', start: '2011-01-02', places: [{ place: 'district', role: 'where' }] }),
      makeEvent({
        id: 'c',
        start: '2011-01-03',
        type: 'visit',
        places: [
          { place: 'capital', role: 'from' },
          { place: 'town', role: 'to' },
        ],
      }),
    );
    expect(Array.from(m.points.eventIndex)).toEqual([0, 2, 2]);
    expect(pointList(m).map((p) => [p.placeId, p.type])).toEqual([
      ['town', 'statement'],
      ['capital', 'visit'],
      ['town', 'visit'],
    ]);
    expect([0, 1, 2, 3].map((e) => pointsOf(m.points, e))).toEqual([
      { from: 0, to: 1 },
      { from: 1, to: 1 },
      { from: 1, to: 3 },
      { from: 3, to: 3 },
    ]);
  });

  it('draws a call as a great-circle route with both ends as points', () => {
    const m = model(
      makeEvent({
        id: 'call',
        type: 'phone-call',
        places: [
          { place: 'capital', role: 'from' },
          { place: 'faraway', role: 'to' },
        ],
      }),
    );
    expect(m.routes).toHaveLength(1);
    const coords = (m.routes[0]!.geometry as { coordinates: number[][] }).coordinates;
    expect(coords[0]).toEqual([73, 33.7]);
    expect(coords.at(-1)![0]).toBeCloseTo(-77, 6);
    // A great circle from Islamabad to Washington bends north, far above both ends.
    expect(Math.max(...coords.map((c) => c[1]!))).toBeGreaterThan(60);
    expect(
      pointList(m)
        .map((p) => p.placeId)
        .sort(),
    ).toEqual(['capital', 'faraway']);
  });

  it('ignores merely mentioned places and unknown ids, and does not repeat a place', () => {
    const m = model(
      makeEvent({
        id: 'a',
        places: [
          { place: 'town', role: 'where' },
          { place: 'town', role: 'to' },
          { place: 'district', role: 'mentioned' },
          { place: 'nowhere', role: 'where' },
        ],
      }),
    );
    expect(pointList(m).map((p) => p.placeId)).toEqual(['town']);
    expect(m.areas).toEqual([]);
  });

  it('numbers events in time order', () => {
    const m = model(
      makeEvent({ id: 'late', start: '2011-05-01', places: [{ place: 'town', role: 'where' }] }),
      makeEvent({ id: 'early', start: '2011-01-01', places: [{ place: 'capital', role: 'where' }] }),
    );
    expect(m.events.map((e) => e.id)).toEqual(['early', 'late']);
    expect(pointList(m).find((p) => p.placeId === 'town')?.eventIndex).toBe(1);
  });
});

describe('eventFocus', () => {
  it('looks at a point for an event at one town, and boxes areas and routes', async () => {
    const { eventFocus } = await import('../../../src/core/model/map-model.ts');
    const m = model(
      makeEvent({ id: 'a', start: '2011-01-01', places: [{ place: 'town', role: 'where' }] }),
      makeEvent({ id: 'b', start: '2011-01-02', places: [{ place: 'district', role: 'where' }] }),
      makeEvent({ id: 'c', start: '2011-01-03', places: [{ place: 'nowhere', role: 'where' }] }),
    );
    expect(eventFocus(m, 0)).toEqual({ lon: 70, lat: 33 });
    expect(eventFocus(m, 1)).toEqual([
      [69.5, 32.5],
      [70.5, 33.5],
    ]);
    expect(eventFocus(m, 2)).toBeUndefined();
  });
});

describe('eventsAtSamePoints', () => {
  it('names the other events drawn at the same town, in time order, and nothing for areas', () => {
    const m = model(
      makeEvent({ id: 'late', start: '2011-03-01', places: [{ place: 'town', role: 'where' }] }),
      makeEvent({ id: 'early', start: '2011-01-01', places: [{ place: 'town', role: 'where' }] }),
      makeEvent({
        id: 'call',
        start: '2011-02-01',
        places: [
          { place: 'capital', role: 'from' },
          { place: 'town', role: 'to' },
        ],
      }),
      makeEvent({ id: 'elsewhere', start: '2011-01-15', places: [{ place: 'capital', role: 'where' }] }),
      makeEvent({ id: 'district', start: '2011-01-20', places: [{ place: 'district', role: 'where' }] }),
    );
    const ids = (i: number) => m.events[i]!.id;
    const at = (id: string) =>
      eventsAtSamePoints(
        m,
        m.events.findIndex((e) => e.id === id),
      ).map((g) => [g.placeId, g.eventIndexes.map(ids)]);
    expect(at('early')).toEqual([['town', ['call', 'late']]]);
    // The call is drawn at both its ends.
    expect(at('call')).toEqual([
      ['capital', ['elsewhere']],
      ['town', ['early', 'late']],
    ]);
    expect(at('district')).toEqual([]);
  });
});

describe('areaPlaces', () => {
  it('draws each place once, with its events in time order', () => {
    const m = model(
      makeEvent({ id: 'c', start: '2011-03-01', places: [{ place: 'district', role: 'where' }] }),
      makeEvent({ id: 'a', start: '2011-01-01', places: [{ place: 'district', role: 'where' }] }),
      makeEvent({ id: 'nation', start: '2011-02-01', places: [{ place: 'country', role: 'where' }] }),
      makeEvent({ id: 'b', start: '2011-02-01', places: [{ place: 'district', role: 'target' }] }),
    );
    expect(m.areas).toHaveLength(4);
    const places = areaPlaces(m.areas);
    expect(
      places.map((p) => [p.key, p.precision, p.members.map((i) => m.events[m.areas[i]!.properties.eventIndex]!.id)]),
    ).toEqual([
      ['district', 'district', ['a', 'b', 'c']],
      ['country', 'country', ['nation']],
    ]);
    // One geometry per place, the gazetteer's own.
    expect(places[0]!.geometry).toBe(gazetteer.byId('district')!.geometry);
  });
});

describe('leadingMember', () => {
  it('is the most visible member, the latest of equals, and none when all are hidden', () => {
    const opacity = new Map([
      [0, 0.4],
      [1, 1],
      [2, 1],
      [3, 0],
    ]);
    expect(leadingMember([0, 1, 2, 3], (m) => opacity.get(m)!)).toBe(2);
    expect(leadingMember([0, 3], (m) => opacity.get(m)!)).toBe(0);
    expect(leadingMember([3], (m) => opacity.get(m)!)).toBeUndefined();
    expect(leadingMember([], () => 1)).toBeUndefined();
  });
});

describe('alsoAtPlaces', () => {
  it('gives what eventsAtSamePoints gives, cut to a limit, with the full count', async () => {
    const { createPlaceIndex, alsoAtPlaces } = await import('../../../src/core/model/place-index.ts');
    const m = model(
      ...Array.from({ length: 9 }, (_, i) =>
        makeEvent({ id: `town-${i}`, start: `2011-01-0${i + 1}`, places: [{ place: 'town', role: 'where' }] }),
      ),
      makeEvent({
        id: 'call',
        start: '2011-02-01',
        places: [
          { place: 'capital', role: 'from' },
          { place: 'town', role: 'to' },
        ],
      }),
      makeEvent({ id: 'district', start: '2011-01-20', places: [{ place: 'district', role: 'where' }] }),
    );
    const index = createPlaceIndex(m);
    m.events.forEach((_, i) => {
      const full = eventsAtSamePoints(m, i);
      const cut = alsoAtPlaces(index, i, 3);
      expect(cut.map((g) => g.placeId)).toEqual(full.map((g) => g.placeId));
      cut.forEach((g, k) => {
        expect(g.total).toBe(full[k]!.eventIndexes.length);
        expect(g.eventIndexes).toEqual(full[k]!.eventIndexes.slice(0, 3));
      });
    });
    expect(
      alsoAtPlaces(
        index,
        m.events.findIndex((e) => e.id === 'town-0'),
        3,
      )[0]!.total,
    ).toBe(9);
  });
});

describe('modelBounds', () => {
  it('boxes the points and the areas an event draws', () => {
    const m = model(
      makeEvent({ id: 'a', start: '2011-03-17', places: [{ place: 'capital', role: 'where' }] }),
      makeEvent({ id: 'b', start: '2011-03-18', places: [{ place: 'district', role: 'where' }] }),
    );
    expect(modelBounds(m)).toEqual([
      [69.5, 32.5],
      [73, 33.7],
    ]);
  });

  it('reaches a place far away, and gives nothing for a model that draws nothing', () => {
    const far = model(
      makeEvent({ id: 'a', start: '2011-03-17', places: [{ place: 'town', role: 'where' }] }),
      makeEvent({ id: 'b', start: '2011-03-18', places: [{ place: 'faraway', role: 'where' }] }),
    );
    expect(modelBounds(far)).toEqual([
      [-77, 33],
      [70, 38.9],
    ]);
    expect(modelBounds(model())).toBeUndefined();
  });
});
