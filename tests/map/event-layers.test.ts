/**
 * The promise of the event layers: moving the time is a repaint. A fake map records every call;
 * a time change must not call setData or setFilter, and must set feature-state only for the
 * areas and routes whose look changed.
 */
import { describe, expect, it } from 'vitest';
import { EventLayers, type EventLayersMap } from '../../src/map/event-layers.ts';
import type { FeatureCollection } from 'geojson';
import { pointColumns, type MapModel } from '../../src/core/model/map-model.ts';
import { styleIndexOf } from '../../src/map/event-style.ts';
import { makeEvent } from '../support/make-event.ts';

/** `rendered`: what queryRenderedFeatures answers, by layer id. */
function fakeMap(rendered: Record<string, { id: number; properties: object }[]> = {}) {
  const calls: string[] = [];
  const states = new Map<string, Record<string, unknown>>();
  const sent = new Map<string, FeatureCollection>();
  const map = {
    addSource: (id: string) => void calls.push(`addSource ${id}`),
    addLayer: (layer: { id: string }) => void calls.push(`addLayer ${layer.id}`),
    getSource: (id: string) => ({
      setData: (data: FeatureCollection) => {
        calls.push(`setData ${id}`);
        sent.set(id, data);
      },
    }),
    setFeatureState: (target: { source: string; id: number }, state: Record<string, unknown>) => {
      calls.push(`setFeatureState ${target.source}#${target.id}`);
      states.set(`${target.source}#${target.id}`, { ...states.get(`${target.source}#${target.id}`), ...state });
    },
    project: ([lon, lat]: [number, number]) => ({ x: lon * 10, y: lat * 10 }),
    queryRenderedFeatures: (_box: unknown, options: { layers: string[] }) =>
      options.layers.flatMap((layer) => rendered[layer] ?? []),
  } as unknown as EventLayersMap;
  return { map, calls, states, sent };
}

const square = {
  type: 'Polygon' as const,
  coordinates: [
    [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ],
  ],
};
const events = [
  makeEvent({ id: 'a', start: '2011-03-17' }),
  makeEvent({ id: 'b', start: '2011-04-13' }),
  makeEvent({ id: 'c', start: '2011-05-01' }),
];
const model: MapModel = {
  events,
  points: pointColumns([{ eventIndex: 0, placeId: 'p', lon: 70, lat: 33, first: 15050, last: 15050 }]),
  areas: [
    {
      type: 'Feature',
      id: 0,
      properties: { eventIndex: 1, eventId: 'b', type: 'strike', first: 15077, last: 15077, precision: 'region' },
      geometry: square,
    },
  ],
  routes: [
    {
      type: 'Feature',
      id: 0,
      properties: { eventIndex: 2, eventId: 'c', type: 'visit', first: 15095, last: 15095 },
      geometry: {
        type: 'LineString',
        coordinates: [
          [0, 0],
          [1, 1],
        ],
      },
    },
  ],
};

describe('EventLayers', () => {
  it('sets data once per dataset, never on a time change', () => {
    const { map, calls } = fakeMap();
    const layers = new EventLayers(map);
    layers.setModel(model);
    const afterLoad = calls.length;
    for (let t = 15040; t < 15120; t += 0.25) layers.setTime(t, { mode: 'window', days: 30 });
    const timeCalls = calls.slice(afterLoad);
    expect(timeCalls.filter((c) => c.startsWith('setData') || c.startsWith('setFilter'))).toEqual([]);
    // 320 time steps, but an area or route only changes state when its rounded opacity does.
    expect(timeCalls.length).toBeGreaterThan(0);
    expect(timeCalls.length).toBeLessThan(2 * 25);
  });

  it('sends a model once: the map view setting the model the early map already has costs nothing', () => {
    const { map, calls } = fakeMap();
    const layers = new EventLayers(map);
    layers.setModel(model);
    const setData = () => calls.filter((c) => c.startsWith('setData')).length;
    expect(setData()).toBe(2);
    layers.setModel(model);
    expect(setData()).toBe(2);
    layers.setModel({ ...model });
    expect(setData()).toBe(4);
  });

  it('draws an area with the geometry given for its place, keeping its feature id and state', () => {
    const { map, calls, sent, states } = fakeMap();
    const layers = new EventLayers(map);
    const placed: MapModel = {
      ...model,
      areas: model.areas.map((a) => ({ ...a, properties: { ...a.properties, placeId: 'fata' } })),
    };
    layers.setModel(placed);
    layers.setTime(15077.5, { mode: 'window', days: 7 });
    const finer = {
      ...square,
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 0.5],
          [1, 1],
          [0, 1],
          [0, 0],
        ],
      ],
    };
    const setData = () => calls.filter((c) => c === 'setData event-areas').length;
    layers.setPlaceGeometry(new Map([['other', square]]));
    expect(setData(), 'no area of that place: nothing sent').toBe(1);
    layers.setPlaceGeometry(new Map([['fata', finer]]));
    expect(setData()).toBe(2);
    const [feature] = sent.get('event-areas')!.features;
    expect(feature?.id).toBe(0);
    expect(feature?.geometry).toBe(finer);
    expect(states.get('event-areas#0')?.opacity).toBe(1);
    layers.setPlaceGeometry(new Map([['fata', finer]]));
    expect(setData(), 'the same geometry again: nothing sent').toBe(2);
  });

  it('shows an area while its event is recent and hides it after the window', () => {
    const { map, states } = fakeMap();
    const layers = new EventLayers(map);
    layers.setModel(model);
    layers.setTime(15076, { mode: 'window', days: 7 });
    expect(states.get('event-areas#0')?.opacity).toBe(0);
    layers.setTime(15077.5, { mode: 'window', days: 7 });
    expect(states.get('event-areas#0')?.opacity).toBe(1);
    layers.setTime(15082, { mode: 'window', days: 7 });
    expect(states.get('event-areas#0')?.opacity).toBeGreaterThan(0);
    expect(states.get('event-areas#0')?.opacity).toBeLessThan(1);
    layers.setTime(15090, { mode: 'window', days: 7 });
    expect(states.get('event-areas#0')?.opacity).toBe(0);
  });

  it('hides filtered-out events and counts what it shows', () => {
    const { map, states } = fakeMap();
    const layers = new EventLayers(map);
    layers.setModel(model);
    layers.setTime(15100, { mode: 'cumulative' });
    expect(layers.shownEvents()).toEqual([0, 1, 2]);
    layers.setMask(Uint8Array.from([1, 0, 1]));
    expect(layers.shownEvents()).toEqual([0, 2]);
    expect(states.get('event-areas#0')?.opacity).toBe(0);
  });

  it('picks the point under the pointer only when it is shown', () => {
    const { map } = fakeMap();
    const layers = new EventLayers(map);
    layers.setModel(model);
    layers.setTime(15049, { mode: 'cumulative' });
    expect(layers.pick({ x: 700, y: 330 })).toEqual([]);
    layers.setTime(15050.5, { mode: 'cumulative' });
    expect(layers.pick({ x: 703, y: 331 })).toEqual([0]);
    expect(layers.pick({ x: 760, y: 331 })).toEqual([]);
  });

  describe('several events on one place', () => {
    const district = (eventIndex: number, type: 'strike' | 'statement', day: number, id: number) => ({
      type: 'Feature' as const,
      id,
      properties: {
        eventIndex,
        eventId: `e${eventIndex}`,
        type,
        first: day,
        last: day,
        placeId: 'fata',
        precision: 'province',
      },
      geometry: square,
    });
    const shared: MapModel = {
      events: [makeEvent({ id: 'e0', start: '2011-03-17' }), makeEvent({ id: 'e1', start: '2011-04-13' })],
      points: pointColumns([]),
      areas: [district(0, 'strike', 15050, 0), district(1, 'statement', 15077, 1)],
      routes: [],
    };

    it('draws the place once', () => {
      const { map, sent } = fakeMap();
      new EventLayers(map).setModel(shared);
      const areas = sent.get('event-areas')!;
      expect(areas.features).toHaveLength(1);
      expect(areas.features[0]!.geometry).toBe(square);
      expect(areas.features[0]!.properties).toEqual({ place: 'fata', precision: 'province' });
    });

    it('takes the colour of its most recent shown event, or of the selected one', () => {
      const { map, states } = fakeMap();
      const layers = new EventLayers(map);
      layers.setModel(shared);
      layers.setTime(15060, { mode: 'cumulative' });
      expect(states.get('event-areas#0')).toMatchObject({ style: styleIndexOf('strike') });
      layers.setTime(15077.5, { mode: 'cumulative' });
      expect(states.get('event-areas#0')).toMatchObject({ style: styleIndexOf('statement'), opacity: 1 });
      layers.setSelected(0);
      expect(states.get('event-areas#0')).toMatchObject({ style: styleIndexOf('strike'), selected: true });
      layers.setSelected(-1);
      expect(states.get('event-areas#0')).toMatchObject({ style: styleIndexOf('statement'), selected: false });
      // Hidden by a filter: the place shows what is left.
      layers.setMask(Uint8Array.from([1, 0]));
      expect(states.get('event-areas#0')).toMatchObject({ style: styleIndexOf('strike') });
      layers.setMask(Uint8Array.from([0, 0]));
      expect(states.get('event-areas#0')?.opacity).toBe(0);
    });

    it('picks a country-wide event on its outline, the only part of it drawn', () => {
      const country: MapModel = {
        ...shared,
        areas: shared.areas.map((a) => ({ ...a, properties: { ...a.properties, precision: 'country' } })),
      };
      const onOutline = fakeMap({ 'event-areas-line': [{ id: 0, properties: { place: 'fata' } }] });
      const layers = new EventLayers(onOutline.map);
      layers.setModel(country);
      layers.setTime(15080, { mode: 'cumulative' });
      expect(layers.pick({ x: 0, y: 0 })).toEqual([1, 0]);
      // Inside and on the edge at once: each event once.
      const both = fakeMap({
        'event-areas-fill': [{ id: 0, properties: { place: 'fata' } }],
        'event-areas-line': [{ id: 0, properties: { place: 'fata' } }],
      });
      const layers2 = new EventLayers(both.map);
      layers2.setModel(shared);
      layers2.setTime(15080, { mode: 'cumulative' });
      expect(layers2.pick({ x: 0, y: 0 })).toEqual([1, 0]);
    });

    it('picks every shown event of the place under the pointer, the latest first', () => {
      const { map } = fakeMap({ 'event-areas-fill': [{ id: 0, properties: { place: 'fata' } }] });
      const layers = new EventLayers(map);
      layers.setModel(shared);
      layers.setTime(15060, { mode: 'cumulative' });
      expect(layers.pick({ x: 0, y: 0 })).toEqual([0]);
      layers.setTime(15080, { mode: 'cumulative' });
      expect(layers.pick({ x: 0, y: 0 })).toEqual([1, 0]);
    });
  });
});
