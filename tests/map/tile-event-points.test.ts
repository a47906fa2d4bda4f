/**
 * The events of the loaded tiles, as the tiled map draws and picks them: each event once however
 * many tiles carry it, the card's fields from the feature, and a pick that takes only events begun
 * by the day, the latest first.
 */
import { describe, expect, it } from 'vitest';
import {
  OTHER_TYPE_STYLE,
  pickTileEvents,
  sameEvents,
  tileEventPoints,
  type PickProjection,
  type TileFeature,
} from '../../src/map/tile-event-points.ts';
import { EVENT_TYPES } from '../../src/core/dataset/schema.ts';

const feature = (id: string, first: number, lon: number, lat: number, type = 'strike'): TileFeature => ({
  properties: {
    id,
    title: `Event ${id}`,
    type,
    first,
    last: first + 2,
    datePrecision: 'day',
    place: 'Site',
    precision: 'exact',
  },
  geometry: { type: 'Point', coordinates: [lon, lat] },
});

/** A flat projection: 100 pixels a degree, north up, 0° 0° at the top left corner. */
const flat: PickProjection = {
  project: ([lon, lat]) => ({ x: lon * 100, y: -lat * 100 }),
  unproject: ([x, y]) => ({ lng: x / 100, lat: -y / 100 }),
};

describe('tileEventPoints', () => {
  it('keeps each event once, as its first tile gave it, with the fields the card shows', () => {
    // The same event in a tile and in its neighbour's buffer (or a parent tile), a little apart.
    const points = tileEventPoints([
      feature('e1', 100, 70, 30),
      feature('e2', 90, 71, 31),
      feature('e1', 100, 70.001, 30),
    ]);
    expect(points.map((p) => p.id)).toEqual(['e1', 'e2']);
    expect(points[0]).toEqual({
      id: 'e1',
      title: 'Event e1',
      type: 'strike',
      first: 100,
      last: 102,
      datePrecision: 'day',
      place: 'Site',
      precision: 'exact',
      lon: 70,
      lat: 30,
      styleIndex: EVENT_TYPES.indexOf('strike'),
    });
  });

  it('draws a type the app has no style for in the fallback style, and skips what is not a point', () => {
    const line: TileFeature = { properties: { id: 'l' }, geometry: { type: 'LineString', coordinates: [] } };
    const points = tileEventPoints([feature('x', 1, 0, 0, 'meteor'), line]);
    expect(points.map((p) => [p.id, p.styleIndex])).toEqual([['x', OTHER_TYPE_STYLE]]);
    expect(OTHER_TYPE_STYLE).toBe(EVENT_TYPES.length);
  });

  it('tells when two reads of the tiles hold the same events, in any order', () => {
    const a = tileEventPoints([feature('e1', 1, 0, 0), feature('e2', 1, 0, 0)]);
    const b = tileEventPoints([feature('e2', 1, 0, 0), feature('e1', 1, 0, 0)]);
    const c = tileEventPoints([feature('e1', 1, 0, 0), feature('e3', 1, 0, 0)]);
    expect(sameEvents(a, b)).toBe(true);
    expect(sameEvents(a, c)).toBe(false);
    expect(sameEvents(a, a.slice(1))).toBe(false);
  });
});

describe('pickTileEvents', () => {
  const points = tileEventPoints([
    feature('early', 10, 1, -1),
    feature('late', 20, 1.05, -1),
    feature('future', 30, 1, -1),
    feature('far', 5, 2, -1),
  ]);

  it('picks the events within the radius that have begun by the day, the latest first', () => {
    const hits = pickTileEvents(points, 25, { x: 100, y: 100 }, 12, flat);
    expect(hits.map((h) => h.id)).toEqual(['late', 'early']);
  });

  it('leaves out an event that begins after the day, and one beyond the radius', () => {
    expect(pickTileEvents(points, 15, { x: 100, y: 100 }, 12, flat).map((h) => h.id)).toEqual(['early']);
    expect(pickTileEvents(points, 25, { x: 100, y: 100 }, 4, flat).map((h) => h.id)).toEqual(['early']);
    expect(pickTileEvents(points, 25, { x: 150, y: 150 }, 12, flat)).toEqual([]);
  });
});
