/**
 * A factory for small synthetic events in tests: a valid `TimeEvent` (checked by `eventSchema`)
 * with only the fields a test cares about spelled out.
 */
import { eventSchema, type TimeEvent } from '../../src/core/dataset/schema.ts';

/** Fields a test may set; everything else gets a plain valid default. */
export type EventOverrides = Partial<Omit<TimeEvent, 'id'>> & { id: string };

/**
 * A valid event, day precision on 2011-04-13 unless overridden; `datePrecision` follows `start`
 * when it is not given, so `makeEvent({ id: 'a', start: '2011-03' })` is a month event.
 *
 * @example makeEvent({ id: 'strike-a', start: '2011-03-17', type: 'strike' })
 */
export function makeEvent(overrides: EventOverrides): TimeEvent {
  const start = overrides.start ?? '2011-04-13';
  return eventSchema.parse({
    title: `Test event ${overrides.id}`,
    summary: `A synthetic event for tests (${overrides.id}).`,
    start,
    datePrecision: overrides.end === undefined ? precisionOf(start) : 'range',
    dateNote: 'synthetic',
    type: 'statement',
    places: [{ place: 'islamabad', role: 'where' }],
    sources: ['test-source'],
    ...overrides,
  });
}

function precisionOf(date: string): TimeEvent['datePrecision'] {
  const parts = date.split('-').length;
  return parts === 1 ? 'year' : parts === 2 ? 'month' : 'day';
}
