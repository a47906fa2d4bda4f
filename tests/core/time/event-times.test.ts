import { describe, expect, it } from 'vitest';
import { dayFromYmd } from '../../../src/core/time/day.ts';
import { datasetExtent, eventSpan } from '../../../src/core/time/event-times.ts';
import { makeEvent } from '../../support/make-event.ts';

const day = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return dayFromYmd(y, m, d);
};

describe('eventSpan', () => {
  const cases = [
    {
      name: 'a day event is that one day',
      start: '2011-04-13',
      end: undefined,
      first: '2011-04-13',
      last: '2011-04-13',
    },
    {
      name: 'a month event covers the whole month',
      start: '2011-02',
      end: undefined,
      first: '2011-02-01',
      last: '2011-02-28',
    },
    {
      name: 'a leap-year February has 29 days',
      start: '2012-02',
      end: undefined,
      first: '2012-02-01',
      last: '2012-02-29',
    },
    {
      name: 'a year event covers the whole year',
      start: '2008',
      end: undefined,
      first: '2008-01-01',
      last: '2008-12-31',
    },
    {
      name: 'a range runs from start to end',
      start: '2011-01-27',
      end: '2011-03-16',
      first: '2011-01-27',
      last: '2011-03-16',
    },
    {
      name: 'a range ending in a month ends on its last day',
      start: '2011-01-27',
      end: '2011-03',
      first: '2011-01-27',
      last: '2011-03-31',
    },
    {
      name: 'an end narrows a vague start',
      start: '2011-03',
      end: '2011-03-10',
      first: '2011-03-01',
      last: '2011-03-10',
    },
  ];
  it.each(cases)('$name', ({ start, end, first, last }) => {
    const event = makeEvent({ id: 'e', start, ...(end === undefined ? {} : { end }) });
    expect(eventSpan(event)).toEqual({ first: day(first), last: day(last) });
  });

  it('rejects a date the schema would have rejected', () => {
    expect(() => eventSpan({ start: '2011-02-30', end: undefined })).toThrow(/2011-02-30/);
    expect(() => eventSpan({ start: '2011-02-01', end: 'soon' })).toThrow(/soon/);
  });
});

describe('datasetExtent', () => {
  const mumbai = makeEvent({ id: 'mumbai', start: '2008-11', background: true });
  const davis = makeEvent({ id: 'davis', start: '2011-01-27' });
  const strike = makeEvent({ id: 'strike', start: '2011-03-17' });
  const talks = makeEvent({ id: 'talks', start: '2011-04-11', end: '2011-04-13' });

  const cases = [
    {
      name: 'default view leaves background out',
      events: [mumbai, davis, strike, talks],
      includeBackground: false,
      expected: { first: '2011-01-27', last: '2011-04-13' },
    },
    {
      name: 'background reachable on request',
      events: [mumbai, davis, strike, talks],
      includeBackground: true,
      expected: { first: '2008-11-01', last: '2011-04-13' },
    },
    {
      name: 'only background: used anyway',
      events: [mumbai],
      includeBackground: false,
      expected: { first: '2008-11-01', last: '2008-11-30' },
    },
    {
      name: 'order does not matter',
      events: [talks, strike, davis],
      includeBackground: false,
      expected: { first: '2011-01-27', last: '2011-04-13' },
    },
  ];
  it.each(cases)('$name', ({ events, includeBackground, expected }) => {
    expect(datasetExtent(events, { includeBackground })).toEqual({
      first: day(expected.first),
      last: day(expected.last),
    });
  });

  it('has no extent without events', () => {
    expect(datasetExtent([], { includeBackground: true })).toBeUndefined();
  });
});
