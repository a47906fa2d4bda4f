import { describe, expect, it } from 'vitest';
import { importText } from '../../../src/core/import/file.ts';
import { LookupCache } from '../../../src/core/import/lookup-cache.ts';
import { importContext } from '../../support/import-context.ts';

const HEADER = 'date,title,type,place,source,source url,source date';

/** The problems of an import as "row field severity", for comparing rows. */
function problemsOf(rows: string[]) {
  const result = importText({ name: 'events.csv', text: [HEADER, ...rows].join('\n') }, importContext);
  return { result, problems: result.problems.map((p) => `${p.row} ${p.field} ${p.severity}: ${p.message}`) };
}

describe('an import reads a recurring cell once, and still reports it on every row', () => {
  it('gives every row with the same bad date, type, place, link or source date its own problem', () => {
    const rows = ['2011-02-30,A,strike,Lahore,,,', '2011-02-30,B,strike,Lahore,,,'];
    rows.push('2011-03-01,C,riot,Lahore,,,', '2011-03-01,D,riot,Lahore,,,');
    rows.push('2011-03-01,E,strike,Atlantis,,,', '2011-03-01,F,strike,Atlantis,,,');
    rows.push('2011-03-01,G,strike,Lahore,AP,ftp://ap.org,', '2011-03-01,H,strike,Lahore,AP,ftp://ap.org,');
    rows.push('2011-03-01,I,strike,Lahore,AP,,04/03/2011', '2011-03-01,J,strike,Lahore,AP,,04/03/2011');
    const { result, problems } = problemsOf(rows);
    for (const [row, field, severity] of [
      [2, 'date', 'error'],
      [4, 'type', 'error'],
      [6, 'place', 'error'],
      [8, 'source url', 'warning'],
      [10, 'source date', 'warning'],
    ] as const) {
      const first = problems.find((p) => p.startsWith(`${row} ${field} ${severity}`));
      const second = problems.find((p) => p.startsWith(`${row + 1} ${field} ${severity}`));
      expect(first, `row ${row}`).toBeDefined();
      // The same message, for the next row.
      expect(second).toBe(first?.replace(`${row} `, `${row + 1} `));
    }
    expect(result.summary?.loaded).toBe(4);
  });

  it('gives rows citing alike one source, and rows citing differently their own', () => {
    const rows = ['2011-03-01,A,strike,Lahore,AP,https://ap.org/1,2011-03-02'];
    rows.push('2011-03-01,B,strike,Lahore,AP,https://ap.org/1,2011-03-02');
    rows.push('2011-03-01,C,strike,Lahore,AP,https://ap.org/1,2011-03-03');
    const { result } = problemsOf(rows);
    if (!result.ok) throw new Error(result.message);
    const [a, b, c] = result.dataset.events.map((e) => e.sources[0]);
    expect(a).toBe(b);
    expect(c).not.toBe(a);
    expect(result.dataset.sources.find((s) => s.id === c)?.published).toBe('2011-03-03');
  });
});

describe('rows at the same coordinates', () => {
  it('share one place, and each row far from its named place is warned', () => {
    const header = 'date,title,type,place,longitude,latitude';
    // Karachi's coordinates under the name Lahore: placed at the coordinates, with a warning.
    const rows = ['2011-03-01,A,strike,Lahore,67.01,24.86', '2011-03-02,B,strike,Lahore,67.01,24.86'];
    rows.push('2011-03-03,C,strike,,67.01,24.86', '2011-03-04,D,strike,,67.01,24.86');
    const result = importText({ name: 'events.csv', text: [header, ...rows].join('\n') }, importContext);
    if (!result.ok) throw new Error(result.message);
    const warned = result.problems.filter((p) => p.field === 'latitude' && p.severity === 'warning');
    expect(warned.map((p) => p.row)).toEqual([2, 3]);
    expect(warned[1]?.message).toBe(warned[0]?.message);
    const [a, b, c, d] = result.dataset.events.map((e) => e.places[0]?.place);
    expect(a).toBe(b);
    expect(c).toBe(d);
    expect(c).not.toBe(a);
  });
});

describe('LookupCache', () => {
  it('works a text out once, undefined included, and keeps at most its limit', () => {
    let calls = 0;
    const cache = new LookupCache<string | undefined>(2);
    const work = (t: string) => {
      calls++;
      return t === 'none' ? undefined : t.toUpperCase();
    };
    expect([cache.get('a', work), cache.get('a', work), cache.get('none', work), cache.get('none', work)]).toEqual([
      'A',
      'A',
      undefined,
      undefined,
    ]);
    expect(calls).toBe(2);
    // Past the limit a text is worked out each time, not kept.
    expect([cache.get('b', work), cache.get('b', work)]).toEqual(['B', 'B']);
    expect(calls).toBe(4);
    expect(cache.known('b')).toBeUndefined();
  });
});
