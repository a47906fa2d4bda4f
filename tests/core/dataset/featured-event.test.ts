import { describe, expect, it } from 'vitest';
import { mostSpecific } from '../../../src/core/dataset/featured-event.ts';
import { makeEvent } from '../../support/make-event.ts';

describe('mostSpecific', () => {
  const strike = makeEvent({
    id: 'strike',
    start: '2011-03-17',
    sources: ['a', 'b'],
    claims: [
      { source: 'a', aspect: 'target', statement: 'Militants.' },
      { source: 'b', aspect: 'casualties', statement: 'Civilians.', killed: { min: 45, max: 45, who: 'civilians' } },
    ],
  });
  const call = makeEvent({ id: 'call', start: '2011-03-17', sources: ['a'] });
  const reaction = makeEvent({ id: 'reaction', start: '2011-03-17', end: '2011-04-10', datePrecision: 'range' });
  const month = makeEvent({ id: 'month', start: '2011-03', datePrecision: 'month' });

  it.each([
    { name: 'nothing happening', events: [], expected: undefined },
    { name: 'a day beats a range', events: [reaction, call], expected: 'call' },
    { name: 'a day beats a month', events: [month, call], expected: 'call' },
    { name: 'equal days: the better documented', events: [call, strike], expected: 'strike' },
    { name: 'order does not matter', events: [strike, call, reaction], expected: 'strike' },
    { name: 'a range beats a month when shorter', events: [month, reaction], expected: 'reaction' },
  ])('$name', ({ events, expected }) => {
    expect(mostSpecific(events)?.id).toBe(expected);
  });
});
