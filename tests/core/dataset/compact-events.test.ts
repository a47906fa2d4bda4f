import { describe, expect, it } from 'vitest';
import { compactEvents, EventCompactor } from '../../../src/core/dataset/compact-events.ts';
import { eventsSchema, type TimeEvent } from '../../../src/core/dataset/schema.ts';
import { importFile } from '../../../src/core/import/file.ts';
import { generatedCsv } from '../../support/generated-csv.ts';
import { importContext } from '../../support/import-context.ts';
import { makeEvent } from '../../support/make-event.ts';

/** The events of a generated CSV as the page receives them: a structured clone of the worker's. */
function importedEvents(rows: number): TimeEvent[] {
  const result = importFile({ name: 'events.csv', bytes: new TextEncoder().encode(generatedCsv(rows)) }, importContext);
  if (!result.ok) throw new Error(result.message);
  return structuredClone(result.dataset.events);
}

describe('compactEvents', () => {
  it('keeps every event equal, field by field and in key order, and each event object itself', () => {
    const events = importedEvents(400);
    const before = JSON.stringify(events);
    const objects = [...events];
    compactEvents(events);
    expect(JSON.stringify(events)).toBe(before);
    events.forEach((e, i) => expect(e).toBe(objects[i]));
    expect(eventsSchema.safeParse(events).success).toBe(true);
  });

  it('shares equal lists of places, sources and actors, and one empty list', () => {
    // 1,200 rows cite 500 source addresses: each address is cited two or three times.
    const events = compactEvents(importedEvents(1200));
    const byPlaces = new Map<string, TimeEvent['places']>();
    for (const e of events) {
      const key = JSON.stringify(e.places);
      const seen = byPlaces.get(key);
      if (seen) expect(e.places).toBe(seen);
      else byPlaces.set(key, e.places);
    }
    // The generated CSV names 8 towns and 200 distinct coordinates: far fewer lists than events.
    expect(byPlaces.size).toBeLessThan(events.length / 1.5);
    const first = events[0]!;
    const sameSource = events.find((e, i) => i > 0 && e.sources[0] === first.sources[0])!;
    expect(sameSource.sources).toBe(first.sources);
    expect(events[1]!.claims).toBe(first.claims);
    expect(events[1]!.actors).toBe(first.actors);
    expect(first.actors).toEqual([]);
  });

  it('freezes what it shares, so a change in place fails instead of changing other events', () => {
    const [a, b] = compactEvents([
      makeEvent({ id: 'a', actors: ['CIA'] }),
      makeEvent({ id: 'b', actors: ['CIA'] }),
    ]) as [TimeEvent, TimeEvent];
    expect(a.actors).toBe(b.actors);
    expect(() => a.actors.push('ISI')).toThrow(TypeError);
    expect(() => a.claims.push(undefined as never)).toThrow(TypeError);
    expect(() => ((a.places[0] as { place: string }).place = 'kabul')).toThrow(TypeError);
    expect(b.actors).toEqual(['CIA']);
  });

  it('keeps lists apart that differ in order or role, and an original record by its values', () => {
    const events = compactEvents([
      makeEvent({ id: 'a', actors: ['CIA', 'ISI'], original: { country: 'Pakistan' } }),
      makeEvent({ id: 'b', actors: ['ISI', 'CIA'], original: { country: 'Pakistan' } }),
      makeEvent({ id: 'c', places: [{ place: 'islamabad', role: 'target' }] }),
      makeEvent({ id: 'd' }),
    ]);
    expect(events.map((e) => e.actors)).toEqual([['CIA', 'ISI'], ['ISI', 'CIA'], [], []]);
    expect(events[2]!.places).toEqual([{ place: 'islamabad', role: 'target' }]);
    expect(events[3]!.places).toEqual([{ place: 'islamabad', role: 'where' }]);
    expect(events[1]!.original).toEqual({ country: 'Pakistan' });
  });

  it('shares across batches, as the import worker posts them', () => {
    const events = importedEvents(1200);
    const compactor = new EventCompactor();
    const batches = [events.slice(0, 500), events.slice(500)];
    for (const batch of batches) compactor.compact(batch);
    const [a, b] = batches as [TimeEvent[], TimeEvent[]];
    // Row 1 and row 501 cite the same address (500 addresses in turn) and name the same town.
    expect(b[0]!.sources).toEqual(a[0]!.sources);
    expect(b[0]!.sources).toBe(a[0]!.sources);
    expect(b[0]!.places).toBe(a.find((e) => JSON.stringify(e.places) === JSON.stringify(b[0]!.places))!.places);
  });
});
