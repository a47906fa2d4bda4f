/**
 * Round sixteen, which day (issue 18): readings of dates that a careful reader applies to any
 * article, each rule with sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../src/core/geoparse/triggers.ts';
import { extract, pairs } from '../../support/extract-drafts.ts';

// Published Friday 18 October 2024: "on Tuesday" is 15 October.
const published = '2024-10-18';
/** "date place" of each located place, whatever its role: this half of the rules is about the day. */
const dated = (text: string, on = published) => pairs(extract(text, on)).map((p) => p.replace(/:[\w-]+$/u, ''));

describe('an event word before "notice", "alert" or "warning" names what is warned of, not what happened', () => {
  it('reads "its strike notice" as no strike', () => {
    const types = findTriggers('The union served its strike notice on the management.').map((t) => t.type);
    expect(types).not.toContain('strike');
    expect(types).not.toContain('protest');
  });

  it('counts "the night before the walkout" from the walkout, not from the strike notice', () => {
    const text =
      'Bus drivers in Tunis went on strike on Monday, halting the city network. ' +
      'Their union served its strike notice at the transport ministry in Tunis on 2 October. ' +
      'The night before the walkout, police detained three organisers at their homes in Sousse.';
    const got = dated(text);
    expect(got).toContain('2024-10-13 Sousse');
    expect(got).not.toContain('2024-10-01 Sousse');
  });

  it('counts "a day after the surge" from the night the sea came in, not from the surge alert', () => {
    const text =
      'Waves breached the seawall at Galle on Tuesday night and flooded 150 houses. ' +
      'The meteorology department had issued a swell surge alert from Colombo on Monday. ' +
      'Fishermen said they had been given no warning. At Matara, the harbour was closed a day after the surge.';
    const got = dated(text);
    expect(got).toContain('2024-10-16 Matara');
    expect(got).not.toContain('2024-10-15 Matara');
  });
});

describe('an event word as the subject of how things stand tells no new event', () => {
  it('reads "To recap: the strike … is in its fifth day" under a day header as no strike that day', () => {
    const blog =
      'LIVE: Bus strike in Tunis\n\nFriday 18 October\n\n' +
      '17:45 — To recap: the strike in Tunis is in its fifth day, and the union says it will not return.\n\n' +
      '09:00 — Buses stood idle in Sfax this morning.\n\nMonday 14 October\n\n' +
      '08:00 — Bus drivers in Tunis went on strike this morning.\n';
    const got = dated(blog);
    expect(got).toContain('2024-10-14 Tunis');
    expect(got).toContain('2024-10-18 Sfax');
    expect(got).not.toContain('2024-10-18 Tunis');
  });

  it('reads "the death toll from the earthquake stands at 31" as a running count, not a new earthquake', () => {
    const blog =
      'LIVE: Earthquake in Nepal\n\nFriday 18 October\n\n' +
      '17:45 — A quick summary: the death toll from the earthquake stands at 31, and hundreds of families are in camps across Gorkha.\n\n' +
      '09:00 — Schools in Pokhara stayed shut this morning.\n\nWednesday 16 October\n\n' +
      '06:00 — An earthquake struck Gorkha before dawn.\n';
    const got = dated(blog);
    expect(got).toContain('2024-10-16 Gorkha');
    expect(got).not.toContain('2024-10-18 Gorkha');
  });
});

describe('words naming an anchor event by its place mean the event at that place', () => {
  it('counts "two days after the Nairobi meeting" from the planned trip to Nairobi, not an earlier meeting', () => {
    const text =
      'KAMPALA, Oct. 18, 2024 — On Oct. 2 the Ugandan president received a Kenyan delegation in Kampala; ' +
      'diplomats said the meeting produced little. ' +
      "Uganda's foreign minister will travel to Nairobi on Monday to brief the regional bloc, her office said. " +
      'A UN envoy is expected to arrive in Kampala two days after the Nairobi meeting, a UN official said.';
    const got = dated(text);
    expect(got).toContain('2024-10-21 Nairobi');
    expect(got).toContain('2024-10-23 Kampala');
    expect(got).not.toContain('2024-10-04 Kampala');
  });
});
