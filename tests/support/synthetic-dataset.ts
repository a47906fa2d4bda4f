/**
 * A synthetic dataset shaped like the real one (points, a district polygon, calls, claims), of any
 * size: the export benchmark and the export worker's tests share it.
 */
import { formatDay, dayFromYmd } from '../../src/core/time/day.ts';
import { EVENT_TYPES, type Dataset, type Place, type TimeEvent } from '../../src/core/dataset/schema.ts';

/** Every n-th synthetic event is a call with a from and a to place, so routes are exercised. */
const ROUTE_EVERY = 10;
/** Every n-th synthetic event has two disagreeing casualty claims. */
const CLAIMS_EVERY = 3;
const DAYS_IN_SPREAD = 365;

function point(id: string, name: string, lon: number, lat: number): Place {
  return {
    type: 'Feature',
    properties: {
      id,
      name,
      aliases: [],
      kind: 'city',
      parent: null,
      precision: 'settlement',
      geometrySource: 'synthetic',
      mention: 'named',
    },
    geometry: { type: 'Point', coordinates: [lon, lat] },
  };
}

/** A dataset shaped like the real one (points, a district polygon, calls, claims), only bigger. */
export function syntheticDataset(count: number): Dataset {
  const district: Place = {
    type: 'Feature',
    properties: {
      id: 'district',
      name: 'District',
      aliases: ['Area'],
      kind: 'district',
      parent: null,
      precision: 'district',
      geometrySource: 'synthetic',
      mention: 'named',
    },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [69.5, 32.6],
          [70.4, 32.6],
          [70.4, 33.3],
          [69.5, 33.3],
          [69.5, 32.6],
        ],
      ],
    },
  };
  const places = [
    point('capital', 'Capital', 73.0479, 33.6844),
    point('faraway', 'Faraway', -77.036871, 38.907192),
    district,
  ];
  const firstDay = dayFromYmd(2011, 1, 1);
  const events: TimeEvent[] = [];
  for (let i = 0; i < count; i++) {
    const call = i % ROUTE_EVERY === 0;
    const claimed = i % CLAIMS_EVERY === 0;
    events.push({
      id: `event-${i}`,
      title: `Synthetic event number ${i}`,
      summary: `A synthetic summary for event ${i}, with a comma and "quotes" to escape.`,
      start: formatDay(firstDay + (i % DAYS_IN_SPREAD)),
      datePrecision: 'day',
      dateNote: 'synthetic',
      type: call ? 'phone-call' : (EVENT_TYPES[i % EVENT_TYPES.length] ?? 'report'),
      places: call
        ? [
            { place: 'capital', role: 'from' },
            { place: 'faraway', role: 'to' },
          ]
        : [{ place: i % 2 === 0 ? 'capital' : 'district', role: 'where' }],
      actors: ['Actor A', 'Actor B'],
      sources: ['source-a', 'source-b'],
      claims: claimed
        ? [
            {
              source: 'source-a',
              aspect: 'casualties',
              statement: 'Ten died.',
              killed: { min: 10, max: 10, who: 'people' },
            },
            {
              source: 'source-b',
              aspect: 'casualties',
              statement: 'At least eight died.',
              killed: { min: 8, max: null, who: 'people' },
            },
          ]
        : [],
      background: false,
      implied: false,
    });
  }
  return {
    id: 'synthetic',
    title: 'Synthetic benchmark dataset',
    sources: [
      { id: 'source-a', outlet: 'Outlet A', title: 'Article A', published: '2011-12-31' },
      { id: 'source-b', outlet: 'Outlet B', title: 'Article B', published: '2011-12-31' },
    ],
    places: { type: 'FeatureCollection', features: places },
    events,
  };
}
