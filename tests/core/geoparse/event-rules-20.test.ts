/**
 * Round sixteen, which place (issue 18): readings of where an event happens that a careful reader
 * applies to any article, each rule with sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { isClauseSubject } from '../../../src/core/geoparse/subject-place.ts';
import { isDistanceFrom } from '../../../src/core/geoparse/distance-from.ts';
import { extract, extractWithoutTowns, pairs, unknownNotes } from '../../support/extract-drafts.ts';

// Published Friday 18 October 2024: "on Monday" is 14 October.
const published = '2024-10-18';
const at = (text: string, name: string) => {
  const start = text.indexOf(name);
  return { start, end: start + name.length };
};

describe('a town that is the subject of its clause is where the sentence happens', () => {
  it('reads a town opening its clause, before its verb, as the subject', () => {
    const text = 'On Monday, Nakuru town recorded 140 mm of rain. Heavy rain hit farms near Nakuru.';
    expect(isClauseSubject(text, at(text, 'Nakuru'))).toBe(true);
    expect(isClauseSubject(text, { start: text.lastIndexOf('Nakuru'), end: text.lastIndexOf('Nakuru') + 6 })).toBe(
      false,
    );
  });

  it('does not read an item of a list of towns as a subject', () => {
    const text = 'Nakuru, Eldoret and Kisumu reported floods on Monday.';
    expect(isClauseSubject(text, at(text, 'Eldoret'))).toBe(false);
  });

  it('draws the sentence at the town, not at the country', () => {
    const text =
      'Kenya is counting the cost of the long rains. Schools in Kisumu shut on Tuesday. ' +
      'On Monday, Nakuru town recorded 140 mm of rain in a single day, the most in a decade, the weather office said.';
    const got = pairs(extract(text, published));
    expect(got).toContain('2024-10-14 Nakuru:where');
    expect(got).not.toContain('2024-10-14 Kenya:where');
  });
});

describe('a place a distance is measured from is where the event was, near it', () => {
  it('reads "about four kilometres from" and "12 km north-east from" as a distance, "aid from" as none', () => {
    const text =
      'Shells fell about four kilometres from Eldoret. A well 12 km north-east from Garissa dried up. Aid from Nairobi came.';
    expect(isDistanceFrom(text, at(text, 'Eldoret'))).toBe(true);
    expect(isDistanceFrom(text, at(text, 'Garissa'))).toBe(true);
    expect(isDistanceFrom(text, at(text, 'Nairobi'))).toBe(false);
  });

  it('draws a sentence that names only such a place at it, not at the country', () => {
    const text =
      'Kenya is counting the cost of the long rains. Two shells landed on Monday on farmland about four kilometres from Eldoret, the main market town.';
    const got = pairs(extract(text, published));
    expect(got).toContain('2024-10-14 Eldoret:where');
    expect(got).not.toContain('2024-10-14 Kenya:where');
  });
});

describe('what a quake of some size hit is a place, its size told between them', () => {
  it('reads the name after "a tremor of magnitude 4.3 had rattled" as a place no index holds', () => {
    const text =
      'Rescuers in Kenya searched the rubble on Wednesday. On 9 March, a tremor of magnitude 4.3 had rattled Zarmandeh, cracking walls.';
    const drafts = extractWithoutTowns(text, published);
    expect(unknownNotes(drafts)).toContain('unknown place: Zarmandeh, in Kenya');
    expect(pairs(drafts)).toContain('2024-03-09 Zarmandeh:where');
  });

  it('does not read a name after a force and many words as struck', () => {
    const text =
      'Rescuers in Kenya searched the rubble on Wednesday. On 9 March, a tremor woke the people of the valley and then the army hit Zarmandeh hard.';
    expect(unknownNotes(extractWithoutTowns(text, published))).not.toContain('unknown place: Zarmandeh, in Kenya');
  });
});

describe('where a ferry or a flight goes is a place', () => {
  it('reads the name after "resumed trips to" as a place no index holds, and draws the sentence there', () => {
    const text =
      'Kenya is counting the cost of the long rains. On Tuesday, ferries from Mombasa resumed trips to Zarmandeh, the coast guard said.';
    const drafts = extractWithoutTowns(text, published);
    // "in Kenya", or "in Mombasa" (the county of that name, all the world index knows without Kenya's towns).
    expect(unknownNotes(drafts).some((n) => n.startsWith('unknown place: Zarmandeh, in '))).toBe(true);
    expect(pairs(drafts)).not.toContain('2024-10-15 Kenya:where');
  });
});
