/**
 * The sixth round of the extractor's rules (issue 18), each with a text of our own words it must
 * read right. Every expectation names the rule it checks.
 */
import { describe, expect, it } from 'vitest';
import { spanBounds } from '../../../src/core/geoparse/resolve-dates.ts';
import { extract, extractWithoutTowns, pairs, unknownNotes } from '../../support/extract-drafts.ts';

describe('a tour of several countries', () => {
  // Tashkent, Dushanbe and Bishkek: no country holds half the text's weight.
  const tour = [
    'The trade minister held talks in Bishkek this morning, the last stop of her tour.',
    "She arrived in Tashkent on Sunday, where she met Uzbekistan's foreign minister to discuss a rail corridor through Iran,",
    'and laid a wreath at the memorial to the poet Karim Umarov, who died in the city in 1921.',
    'The following morning she flew to Kattakul, touring a textile mill.',
    'On Wednesday, in Dushanbe, she signed a deal on power lines.',
    'The day after the signing, she was driven to Varzob to see a new bridge.',
  ].join(' ');

  it('draws a town no index holds, with no unit in its sentence, in the country of the stop before it', () => {
    const notes = unknownNotes(extract(tour, '2024-05-17'));
    expect(notes).toContain('unknown place: Kattakul, in Uzbekistan');
  });

  it('counts "the following morning" from the last day told, not from a year told in passing', () => {
    expect(pairs(extract(tour, '2024-05-17'))).toContain('2024-05-13 Kattakul:where');
  });

  it('reads a town after "was driven to" as a place', () => {
    const drafts = extractWithoutTowns(tour, '2024-05-17');
    expect(unknownNotes(drafts)).toContain('unknown place: Varzob, in Tajikistan');
    expect(pairs(drafts)).toContain('2024-05-16 Varzob:where');
  });
});

describe('a town on the outskirts of which something happened', () => {
  it('reads "on the outskirts of X" as a place slot', () => {
    const text =
      'QUETTA, Pakistan, July 10, 2026 (Wire) – A rocket fell on Monday on the outskirts of Kolpur, a small town near the highway, police in Balochistan said.';
    const drafts = extract(text, '2026-07-10');
    expect(unknownNotes(drafts).some((n) => n.startsWith('unknown place: Kolpur, in '))).toBe(true);
    expect(pairs(drafts)).toContain('2026-07-06 Kolpur:where');
  });
});

describe('a sequel told "the following morning … at the site"', () => {
  const text = [
    'SKARDU, Pakistan, Aug. 2, 2024 (Wire) – Rocks crashed onto the road near Gorikot late on Tuesday, burying two cars.',
    'The following morning, soldiers arrived at the site with diggers and began clearing the road.',
    'The day after the slide, a second slip blocked the road at Chilas.',
  ].join(' ');

  it('puts an event "at the site" at the place of the event before it', () => {
    expect(pairs(extract(text, '2024-08-02'))).toContain('2024-07-31 Gorikot:where');
  });

  it('counts "the day after the slide" from the event the sequel follows when nothing names the slide', () => {
    const found = pairs(extract(text, '2024-08-02'));
    expect(found).toContain('2024-07-31 Chilas:where');
    expect(found).not.toContain('2024-08-01 Chilas:where');
  });
});

describe('an anchor event named by its place', () => {
  it('links "the day before the Kotwali clash" to the clash told at Kotwali, not a later strike', () => {
    const text = [
      'DHAKA, Bangladesh, 3 March 2025 (Wire) – On Saturday, police fired tear gas and rubber bullets at drivers who blocked the road at Kotwali.',
      'At least 23 people were injured, a hospital said.',
      'The day before the Kotwali clash, workers in Barabkunda had set up a picket line on the highway.',
      'Garment exporters warned that they could miss shipments if the strike lasts another week.',
    ].join(' ');
    const found = pairs(extract(text, '2025-03-03'));
    expect(found).toContain('2025-02-28 Barabkunda:where');
    expect(found).not.toContain('2025-03-02 Barabkunda:where');
  });
});

describe("a summons of another country's envoy", () => {
  it('puts the summons where it was, not in the country whose envoy was summoned', () => {
    const text =
      "LAHORE, Pakistan, July 10, 2026 (Wire) – The foreign office in Islamabad summoned Iran's ambassador on Tuesday over the shooting.";
    const found = pairs(extract(text, '2026-07-10'));
    expect(found).toContain('2026-07-07 Islamabad:where');
    expect(found).not.toContain('2026-07-07 Iran:where');
  });
});

describe("a person's past, set off by commas", () => {
  it('does not put an arrival at the city the traveller once served in', () => {
    const text =
      'The envoy held talks in Bishkek this morning. Anjali Rao, a career diplomat who previously served in Moscow, arrived in Tashkent on Sunday.';
    const found = pairs(extract(text, '2024-05-17'));
    expect(found.some((p) => p.startsWith('2024-05-12 Tashkent:'))).toBe(true);
    expect(found.filter((p) => p.includes('Moscow'))).toEqual([]);
  });
});

describe('the cause of a protest note', () => {
  it('does not date the strike "to protest an air strike … in Paktika" on the day of the summons', () => {
    const text =
      "KABUL, Afghanistan, Nov. 22, 2022 (Wire) – The foreign ministry summoned Pakistan's envoy in Kabul this morning to protest an air strike that killed six people in the border province of Paktika.";
    const drafts = extract(text, '2022-11-22');
    expect(pairs(drafts)).toContain('2022-11-22 Kabul:where');
    // The strike is the summons' cause: told, not dated on the morning of the summons.
    expect(drafts.filter((d) => d.type === 'strike').map((d) => d.span && spanBounds(d.span).start)).toEqual([]);
  });
});

describe('a town services leave from', () => {
  it('reads "suspended all services from X" as a place slot, on the day of the event before it', () => {
    const text = [
      'DHAKA, Bangladesh, 3 March 2025 (Wire) – On Saturday, police fired tear gas at drivers who blocked the road at Sitakunda.',
      'Hours later, bus operators suspended all services from Laksham, saying they could not keep passengers safe.',
    ].join(' ');
    const drafts = extractWithoutTowns(text, '2025-03-03');
    expect(unknownNotes(drafts).some((n) => n.startsWith('unknown place: Laksham, in '))).toBe(true);
    expect(pairs(drafts)).toContain('2025-03-01 Laksham:where');
  });
});

describe('a date a plan "is to" meet', () => {
  it('reads "which is to report by Dec. 5" as the coming December, not last year\'s', () => {
    const text = [
      'KHOST, Afghanistan, Nov. 22, 2022 (Wire) – Officials met elders in Khost yesterday.',
      'The delegation promised compensation and announced an inquiry, which is to report its findings by Dec. 5.',
    ].join(' ');
    const starts = extract(text, '2022-11-22').map((d) => d.span && spanBounds(d.span).start);
    expect(starts).toContain('2022-11-21');
    expect(starts).not.toContain('2021-12-05');
  });
});
