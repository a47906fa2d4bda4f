/**
 * Round nineteen, dates (r19d): readings of the day a story is at, that a careful reader applies
 * to any news text, each rule with texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { extract, pairs } from '../../support/extract-drafts.ts';
import { modifiesNoun } from '../../../src/core/geoparse/part-of-day-noun.ts';

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

describe("a log's entry counts its day words from its header, unless its section told a day before", () => {
  const bulletin = (second: string) =>
    'Kenya: cholera, ministry of health updates\n\nPublished 14 March 2024\n\n' +
    'Update 1 — 11 March 2024\n\n' +
    `On 9 March, a response team arrived in Garissa to set up a treatment tent.\n\n${second}\n\n` +
    'Update 2 — 13 March 2024\n\nOn Wednesday, the minister visited a treatment centre in Kisumu.\n';

  it('counts "the same day" from the day an earlier item of its section told', () => {
    const text = bulletin('The same day, inspectors took water samples from tankers in Wajir.');
    expect(dated(text)).toContain('2024-03-09 Wajir');
    expect(dated(text)).not.toContain('2024-03-11 Wajir');
  });

  it("counts it from the header's day when the section told none before", () => {
    const text =
      'Kenya: cholera, ministry of health updates\n\nPublished 14 March 2024\n\n' +
      'Update 1 — 11 March 2024\n\nThe same day, inspectors took water samples from tankers in Wajir.\n\n' +
      'Update 2 — 13 March 2024\n\nOn Wednesday, the minister visited a treatment centre in Kisumu.\n';
    expect(dated(text)).toContain('2024-03-11 Wajir');
  });

  const blog = (first: string) =>
    'Live: floods in western Kenya\n\nPublished 14 March 2024\n\n' +
    'Day 2 — Wednesday 13 March\n\n10:20 — Rescue teams reached Busia this morning, after the road was cleared.\n\n' +
    `Day 1 — Tuesday 12 March\n\n21:15 — ${first}\n\n19:00 — The river burst its banks near Siaya, flooding dozens of homes.\n`;

  it('counts "the previous evening" from its own header, not from an entry of another day told above it', () => {
    const text = blog('Traders in Kisumu say the roof of the old market fell in the previous evening.');
    expect(dated(text)).toContain('2024-03-11 Kisumu');
    expect(dated(text)).not.toContain('2024-03-12 Kisumu');
  });

  it('leaves "the next day" opening a section to the event told before it', () => {
    const text =
      'Kenya: cholera, ministry of health updates\n\nPublished 14 March 2024\n\n' +
      'Update 1 — 10 March 2024\n\nOn 10 March, a response team arrived in Garissa to set up a treatment tent.\n\n' +
      'Update 2 — 11 March 2024\n\nThe next day, inspectors took water samples from tankers in Wajir.\n\n' +
      'Update 3 — 13 March 2024\n\nOn Wednesday, the minister visited a treatment centre in Kisumu.\n';
    expect(dated(text)).toContain('2024-03-11 Wajir');
    expect(dated(text)).not.toContain('2024-03-12 Wajir');
  });
});

describe('"early next week", "late last week" are the week, not a day in it', () => {
  const spans = (text: string) =>
    extract(text, published).map((d) => `${d.span?.precision} ${d.places.map((p) => p.name).join(',')}`);

  it('reads a part of a week as the whole week', () => {
    expect(spans('Late last week, a dike burst near Kostanay and flooded two villages.')).toEqual(['range Kostanay']);
    expect(dated('A dike burst near Kostanay late last week.')).toEqual(['2024-03-04 Kostanay']);
  });

  it('keeps a weekday told with its week a day', () => {
    expect(spans('On Monday last week, a dike burst near Kostanay and flooded two villages.')).toEqual([
      'day Kostanay',
    ]);
  });
});

describe("a numbered update's date told as a sentence opening its paragraph heads that paragraph", () => {
  const release = (third: string) =>
    'Kenya: drought response, situation update No. 3\n\nPublished 14 March 2024\n\n' +
    'Update 1 — 11 March 2024. The county commissioner met elders in Garissa and opened a water point.\n\n' +
    `Update 2 — 13 March. The health minister visited a clinic in Wajir.\n\n${third}\n`;

  it('dates the events of its paragraph by it', () => {
    const drafts = dated(release('Three new boreholes were drilled near Isiolo.'));
    expect(drafts).toContain('2024-03-11 Garissa');
    expect(drafts).toContain('2024-03-13 Wajir');
  });

  it('dates nothing past its paragraph', () => {
    const drafts = dated(release('Three new boreholes were drilled near Isiolo.'));
    expect(drafts.filter((d) => d.endsWith('Isiolo'))).toEqual([]);
  });
});

describe('a weekend is Saturday and Sunday, no one day of them', () => {
  const spans = (text: string) =>
    extract(text, published).map((d) => `${d.span?.precision} ${d.span?.first}..${d.span?.last}`);

  it('reads "over the weekend", "last weekend" as the two days', () => {
    // Saturday 9 and Sunday 10 March 2024 are epoch days 19791 and 19792.
    expect(spans('Traders marched through Nakuru over the weekend.')).toEqual(['range 19791..19792']);
    expect(spans('Traders marched through Nakuru last weekend.')).toEqual(['range 19791..19792']);
  });

  it('keeps "on Saturday" a day', () => {
    expect(spans('Traders marched through Nakuru on Saturday.')).toEqual(['day 19791..19791']);
  });
});

describe('a part of the day joined to a noun by a hyphen names a kind of thing, no time', () => {
  it('reads "night-vision", "evening-shift" as no date', () => {
    expect(modifiesNoun('Police complain of a lack of night-vision goggles.', 29, 34)).toBe(true);
    expect(modifiesNoun('Two evening-shift nurses were called in.', 4, 11)).toBe(true);
  });

  it('keeps "at night" and "that night-" before a dash of the sentence a time', () => {
    expect(modifiesNoun('The convoy left at night - and reached Herat.', 19, 24)).toBe(false);
    expect(modifiesNoun('The convoy left that night-time.', 21, 26)).toBe(false);
  });
});
