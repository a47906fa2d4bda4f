import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFile, type ImportResult } from '../../../../src/core/import/file.ts';
import { detectPreset } from '../../../../src/core/import/presets/detect-preset.ts';
import { describePreset } from '../../../../src/core/import/presets/preset.ts';
import type { TimeEvent } from '../../../../src/core/dataset/schema.ts';
import { FIXTURES, importContext } from '../../../support/import-context.ts';

function load(name: string): Extract<ImportResult, { ok: true }> {
  const result = importFile({ name, bytes: readFileSync(new URL(name, FIXTURES)) }, importContext);
  if (!result.ok) throw new Error(result.message);
  return result;
}
const byId = (events: readonly TimeEvent[], id: string) => {
  const e = events.find((x) => x.id === id);
  if (!e) throw new Error(`no event ${id}`);
  return e;
};
const headerOf = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8').split('\n')[0]?.split(',') ?? [];

describe('detectPreset', () => {
  it('knows ACLED and UCDP GED headers and nothing else', () => {
    expect(detectPreset(headerOf('acled-layout.csv'))?.id).toBe('acled');
    expect(detectPreset(headerOf('ucdp-layout.csv'))?.id).toBe('ucdp-ged');
    expect(detectPreset(headerOf('some-bad-rows.csv'))).toBeUndefined();
    // Upper case and spaces around names are the same columns.
    expect(detectPreset(headerOf('acled-layout.csv').map((h) => ` ${h.toUpperCase()} `))?.id).toBe('acled');
  });
});

describe('ACLED layout', () => {
  const result = load('acled-layout.csv');
  const events = result.dataset.events;

  it('announces the layout with its mapping, and loads the good rows only', () => {
    const notice = result.summary.preset;
    expect(notice).toBeDefined();
    if (!notice) return;
    const text = describePreset(notice);
    expect(text).toMatch(/^Recognised an ACLED export: 31 columns; event_id_cnty → id, event_date → date, /);
    expect(text).toContain('fatalities → casualty claim');
    expect(text).toMatch(/; 19 columns kept as they are with each event\.$/);
    expect(result.summary).toMatchObject({ total: 8, loaded: 4, failed: 4 });
    expect(events.map((e) => e.id)).toEqual(['pak90001', 'pak90002', 'pak90003', 'pak90008']);
  });

  it('names each bad row by row and column', () => {
    const errors = result.problems.filter((p) => p.severity === 'error').map((p) => [p.row, p.field]);
    expect(errors).toEqual([
      [5, 'event_date'],
      [6, 'latitude'],
      [6, 'longitude'],
      [7, 'geo_precision'],
      [8, 'event_type'],
    ]);
    expect(result.problems.find((p) => p.row === 5)?.message).toMatch(/31 February 2011.*not a date in the calendar/);
  });

  it('maps time precision: a day, the week around the date, the month', () => {
    expect(byId(events, 'pak90001')).toMatchObject({ start: '2011-03-17', datePrecision: 'day' });
    expect(byId(events, 'pak90002')).toMatchObject({ start: '2011-04-10', end: '2011-04-16', datePrecision: 'range' });
    expect(byId(events, 'pak90003')).toMatchObject({ start: '2011-04', datePrecision: 'month' });
    expect(byId(events, 'pak90003').end).toBeUndefined();
  });

  it('maps geo precision: the town, else the district or province area the gazetteer has', () => {
    expect(byId(events, 'pak90001').places).toEqual([{ place: 'datta-khel', role: 'where' }]);
    expect(byId(events, 'pak90002').places).toEqual([{ place: 'north-waziristan', role: 'where' }]);
    expect(byId(events, 'pak90003').places).toEqual([{ place: 'punjab', role: 'where' }]);
  });

  it('maps types with the original kept, fatalities to a claim, and keeps unmapped columns', () => {
    const strike = byId(events, 'pak90001');
    expect(strike.type).toBe('strike');
    expect(byId(events, 'pak90008').type).toBe('detention');
    expect(strike.original).toMatchObject({
      event_type: 'Explosions/Remote violence',
      sub_event_type: 'Air/drone strike',
      civilian_targeting: 'Civilian targeting',
      timestamp: '1300000001',
      geo_precision: '1',
    });
    expect(strike.claims).toEqual([
      expect.objectContaining({
        source: 'acled',
        aspect: 'casualties',
        killed: expect.objectContaining({ min: 6, max: 6 }),
      }),
    ]);
    expect(strike.actors).toEqual(['Military Forces of the United States (2009-2017)', 'Civilians (Pakistan)']);
    const cited = result.dataset.sources.map((s) => s.outlet);
    expect(cited).toEqual(expect.arrayContaining(['ACLED', 'Invented Daily', 'Invented Wire']));
  });

  it('leaves the export and the sources it cites undated, never the day of import', () => {
    const result = load('acled-layout.csv');
    for (const s of result.dataset.sources) {
      expect(s.published, s.id).toBeUndefined();
      expect(s.note ?? '', s.id).not.toMatch(/day of import/);
    }
  });
});

describe('UCDP GED layout', () => {
  const result = load('ucdp-layout.csv');
  const events = result.dataset.events;

  it('announces the layout and loads the good rows, naming the bad ones', () => {
    expect(
      describePreset(
        result.summary.preset ?? { id: 'ucdp-ged', name: '', withArticle: '', columns: 0, mapping: [], kept: [] },
      ),
    ).toMatch(/^Recognised a UCDP GED export: 49 columns; id → id, date_start → date, date_end → end date/);
    expect(events.map((e) => e.id)).toEqual(['ucdp-900001', 'ucdp-900002', 'ucdp-900003']);
    const errors = result.problems.filter((p) => p.severity === 'error').map((p) => [p.row, p.field]);
    expect(errors).toEqual([
      [5, 'where_prec'],
      [6, 'latitude'],
      [6, 'longitude'],
      [7, 'high'],
    ]);
  });

  it('takes low–high as the claim’s min–max with the best estimate in words', () => {
    const [claim] = byId(events, 'ucdp-900001').claims;
    expect(claim?.killed).toMatchObject({ min: 10, max: 15 });
    expect(claim?.statement).toMatch(/best estimate is 12, between 10 and 15 deaths/);
  });

  it('maps date_prec: a day, a whole month, a range; where_prec: the spot or the district', () => {
    expect(byId(events, 'ucdp-900001')).toMatchObject({ start: '2011-03-17', datePrecision: 'day' });
    expect(byId(events, 'ucdp-900002')).toMatchObject({ start: '2011-04', datePrecision: 'month' });
    expect(byId(events, 'ucdp-900003')).toMatchObject({
      start: '2011-05-08',
      end: '2011-05-11',
      datePrecision: 'range',
    });
    expect(byId(events, 'ucdp-900002').places).toEqual([{ place: 'north-waziristan', role: 'where' }]);
    expect(byId(events, 'ucdp-900001').places).toEqual([{ place: 'datta-khel', role: 'where' }]);
    expect(byId(events, 'ucdp-900002').original).toMatchObject({
      type_of_violence: '1',
      date_prec: '4',
      deaths_a: '2',
    });
  });
});
