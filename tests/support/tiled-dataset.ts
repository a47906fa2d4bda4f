/**
 * A large dataset for the tiled path (`npm run tile`): events spread over many sites across the
 * region the basemap covers and over two years of days, so tiles, zooms and days all vary. Its
 * per-day counts are known in closed form (`eventsStartingOn`), so tests can check the counts
 * file against something other than the code that wrote it.
 */
import { dayFromYmd, formatDay } from '../../src/core/time/day.ts';
import { EVENT_TYPES, type Dataset, type Place, type TimeEvent } from '../../src/core/dataset/schema.ts';

export const TILED_FIRST_DAY = dayFromYmd(2010, 1, 1);
export const TILED_DAYS = 730;
/** Sites on a grid over 61–77° E, 25–36° N. */
const GRID = 100;

function site(i: number): Place {
  const col = i % GRID;
  const row = Math.floor(i / GRID);
  return {
    type: 'Feature',
    properties: {
      id: `site-${i}`,
      name: `Site ${i}`,
      aliases: [],
      kind: 'site',
      parent: null,
      precision: 'exact',
      geometrySource: 'synthetic',
      mention: 'named',
    },
    geometry: { type: 'Point', coordinates: [61 + (16 * col) / GRID, 25 + (11 * row) / GRID] },
  };
}

/** Event `i` starts on day TILED_FIRST_DAY + (i · 7919 mod TILED_DAYS) and stands at site i mod sites. */
export function tiledEventDay(i: number): number {
  return TILED_FIRST_DAY + ((i * 7919) % TILED_DAYS);
}

export function tiledDataset(count: number, sites = Math.min(count, GRID * GRID)): Dataset {
  const places = Array.from({ length: sites }, (_, i) => site(i));
  const events: TimeEvent[] = [];
  for (let i = 0; i < count; i++) {
    events.push({
      id: `e${i}`,
      title: `Event ${i}`,
      summary: 'Generated.',
      start: formatDay(tiledEventDay(i)),
      datePrecision: 'day',
      dateNote: 'Generated.',
      type: EVENT_TYPES[i % EVENT_TYPES.length] ?? 'report',
      places: [{ place: `site-${i % sites}`, role: 'where' }],
      actors: [],
      sources: ['synthetic'],
      claims: [],
      background: false,
      implied: false,
    });
  }
  return {
    id: 'tiled-synthetic',
    title: 'Synthetic tiled dataset',
    sources: [{ id: 'synthetic', outlet: 'Synthetic', title: 'Generated events', published: '2011-12-31' }],
    places: { type: 'FeatureCollection', features: places },
    events,
  };
}
