/** JSON-FG and Linked Places files written by other tools, and EDTF in CSV date cells. */
import { describe, expect, it } from 'vitest';
import { importText, type ImportResult } from '../../../src/core/import/file.ts';
import { spanAsDate } from '../../../src/core/import/jsonfg.ts';
import { importContext } from '../../support/import-context.ts';

const load = (name: string, value: unknown): ImportResult =>
  importText({ name, text: typeof value === 'string' ? value : JSON.stringify(value) }, importContext);

const point = (lon: number, lat: number) => ({ type: 'Point', coordinates: [lon, lat] });

describe('JSON-FG from elsewhere', () => {
  const doc = {
    type: 'FeatureCollection',
    conformsTo: ['http://www.opengis.net/spec/json-fg-1/1.0/conf/core'],
    features: [
      {
        type: 'Feature',
        id: 'a',
        time: { date: '2011-03-17' },
        place: null,
        geometry: point(69.74477, 32.90849),
        properties: { title: 'A strike', type: 'strike' },
      },
      {
        type: 'Feature',
        id: 'b',
        time: { interval: ['2011-05-01', '2011-05-31'] },
        place: null,
        geometry: point(74.35071, 31.558),
        properties: { title: 'May protests', type: 'protest' },
      },
      {
        type: 'Feature',
        id: 'c',
        time: { interval: ['2011-05-16', '2011-08-02'] },
        place: null,
        geometry: point(74.35071, 31.558),
        properties: { title: 'A detention', type: 'detention' },
      },
      {
        type: 'Feature',
        id: 'd',
        time: { timestamp: '2011-04-13T06:30:00Z' },
        place: null,
        geometry: point(70.07117, 33.00059),
        properties: { title: 'Morning raid', type: 'raid' },
      },
      {
        type: 'Feature',
        id: 'e',
        time: { interval: ['2011-06-01', '..'] },
        place: null,
        geometry: point(73.04329, 33.72148),
        properties: { title: 'Open ended', type: 'policy' },
      },
      {
        type: 'Feature',
        id: 'f',
        time: { interval: ['..', '2011-06-01'] },
        place: null,
        geometry: point(73.04329, 33.72148),
        properties: { title: 'No start', type: 'policy' },
      },
    ],
  };

  it('reads time as dates at their precision, and names a feature without a start', () => {
    const result = load('other.fg.json', doc);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.summary.format).toBe('jsonfg');
    const when = Object.fromEntries(
      result.dataset.events.map((e) => [e.title, [e.start, e.end ?? null, e.datePrecision]]),
    );
    expect(when).toEqual({
      'A strike': ['2011-03-17', null, 'day'],
      'May protests': ['2011-05', null, 'month'],
      'A detention': ['2011-05-16', '2011-08-02', 'range'],
      'Morning raid': ['2011-04-13', null, 'day'],
      'Open ended': ['2011-06-01', null, 'day'],
    });
    expect(result.problems).toContainEqual(
      expect.objectContaining({ severity: 'error', path: 'features[5].properties.start' }),
    );
  });

  it('spanAsDate: a whole month or year is that month or year, anything else a range', () => {
    expect(spanAsDate('2011-05-01', '2011-05-31')).toEqual({ start: '2011-05' });
    expect(spanAsDate('2008-01-01', '2008-12-31')).toEqual({ start: '2008' });
    expect(spanAsDate('2011-05-01', '2011-05-30')).toEqual({ start: '2011-05-01', end: '2011-05-30' });
  });
});

describe('Linked Places from elsewhere', () => {
  it('reads a dated feature as an event, and says a place without a date has none', () => {
    const doc = {
      type: 'FeatureCollection',
      '@context': 'https://raw.githubusercontent.com/LinkedPasts/linked-places/master/linkedplaces-context-v1.1.jsonld',
      features: [
        {
          '@id': 'https://example.org/places/1',
          type: 'Feature',
          properties: { title: 'Siege of the fort' },
          geometry: point(71.57849, 34.008),
          names: [{ toponym: 'Peshawar' }],
          types: [{ label: 'attack' }],
          when: { timespans: [{ start: { earliest: '2011-02' }, end: { latest: '2011-03' } }] },
        },
        {
          '@id': 'https://example.org/places/2',
          type: 'Feature',
          properties: { title: 'Wana' },
          geometry: point(69.5725, 32.29889),
          names: [{ toponym: 'Wana' }],
        },
      ],
    };
    const result = load('other.lpf.json', doc);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.summary.format).toBe('lpf');
    expect(result.dataset.events.map((e) => [e.title, e.start, e.end, e.type])).toEqual([
      ['Siege of the fort', '2011-02', '2011-03', 'attack'],
    ]);
    expect(result.problems).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        path: 'features[1].properties.start',
        message: 'Every event needs a date.',
      }),
    );
  });
});

describe('EDTF in CSV date cells', () => {
  it('reads an interval, a doubtful day and unspecified days, and refuses what a map cannot place', () => {
    const csv = [
      'date,title,type,place',
      '2011-05-16/2011-08-02,Held for months,detention,Lahore',
      '2011-03-17?,Perhaps the 17th,strike,Datta Khel',
      '2011-03-XX,Some day in March,protest,Lahore',
      '../2011-05,No start,protest,Lahore',
    ].join('\n');
    const result = load('edtf.csv', csv);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const when = result.dataset.events.map((e) => [e.title, e.start, e.end ?? null, e.datePrecision]);
    expect(when).toEqual([
      ['Held for months', '2011-05-16', '2011-08-02', 'range'],
      ['Perhaps the 17th', '2011-03-17', null, 'day'],
      ['Some day in March', '2011-03', null, 'month'],
    ]);
    expect(result.dataset.events[1]?.dateNote).toContain('written "2011-03-17?"');
    expect(result.problems).toContainEqual(expect.objectContaining({ severity: 'error', row: 5, field: 'date' }));
  });
});
