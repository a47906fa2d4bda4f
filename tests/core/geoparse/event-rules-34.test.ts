/**
 * Dates carried from one event to the next: "two days later" and "a week earlier" count from the
 * event told just before, with or without a comma after them ("Two days later the water reached
 * Kericho"), while "two days before the vote" still names the event it counts from.
 */
import { describe, expect, it } from 'vitest';
import { extract, pairs } from '../../support/extract-drafts.ts';

// Published Thursday 14 March 2024.
const published = '2024-03-14';
const dated = (text: string) => pairs(extract(text, published)).map((p) => p.replace(/:[\w-]+$/u, ''));

describe('"two days later" with no comma after it', () => {
  it('counts from the event told just before', () => {
    const found = dated(
      'NAKURU, Kenya, March 14 - A flood hit Kisumu on Monday, officials said. Two days later the water reached Kericho.',
    );
    expect(found).toContain('2024-03-11 Kisumu');
    expect(found).toContain('2024-03-13 Kericho');
    expect(
      dated(
        'NAKURU, Kenya, March 14 - A flood hit Kisumu on Monday. Three days later the river cut the road at Kericho.',
      ),
    ).toContain('2024-03-14 Kericho');
  });

  it('leaves "two days before the vote" counted from the vote', () => {
    const found = dated(
      'NAKURU, Kenya, March 14 - Voters in Kisumu went to the polls on Monday after a long campaign.\n\nTwo days before the vote, police arrested six men in Kericho.',
    );
    expect(found).toContain('2024-03-09 Kericho');
    expect(found).not.toContain('2024-03-13 Kericho');
  });
});
