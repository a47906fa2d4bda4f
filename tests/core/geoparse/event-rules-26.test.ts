/**
 * Round nineteen, dates (r19d): readings of the day a story is at, that a careful reader applies
 * to any news text, each rule with texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { extract, pairs } from '../../support/extract-drafts.ts';

// Published Thursday 14 March 2024.
const published = '2024-03-14';
/** "date place" of each located place, whatever its role: this half of the rules is about the day. */
const dated = (text: string, on = published) => pairs(extract(text, on)).map((p) => p.replace(/:[\w-]+$/u, ''));

describe('a sentence that opens with its day moves the story to that day', () => {
  it('counts "the same day" from a day a sentence opened with, though it told no event we draft', () => {
    const text =
      'A fire destroyed a warehouse in Mombasa on Sunday.\n\n' +
      'On Tuesday, the county engineer told radio listeners that the pipeline would take a month to mend. ' +
      '"We are buying water by the jerrycan," said a shopkeeper.\n\n' +
      'The same day, a ferry capsized off Lamu, and fishermen pulled nine passengers from the water.';
    expect(dated(text)).toContain('2024-03-12 Lamu');
    expect(dated(text)).not.toContain('2024-03-10 Lamu');
  });

  it('does not take a day told in the pluperfect, as background', () => {
    const text =
      'A bus overturned near Eldoret on Sunday, killing four. ' +
      'On Tuesday, the drivers of the company had refused to work. ' +
      'The next day, police arrested the driver in Nairobi.';
    expect(dated(text)).toContain('2024-03-11 Nairobi');
    expect(dated(text)).not.toContain('2024-03-13 Nairobi');
  });

  it('does not take a day that does not open its sentence', () => {
    const text =
      'A bus overturned near Eldoret on Sunday, killing four. ' +
      'Its owners were named by the transport authority on Tuesday. ' +
      'The next day, police arrested the driver in Nairobi.';
    expect(dated(text)).toContain('2024-03-11 Nairobi');
  });
});
