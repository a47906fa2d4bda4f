/**
 * The tenth round of the extractor's rules, each with a text of our own words it must read
 * right. Every expectation names the rule it checks.
 */
import { describe, expect, it } from 'vitest';
import { extract, pairs, unknownNotes } from '../../support/extract-drafts.ts';

describe('a people\'s word before a settlement ("the Tajik town of Khujand")', () => {
  it('reads "Kyrgyz" as a people of a country, never as a place no index holds', () => {
    const text = 'On Tuesday two herders were wounded by gunfire near the Kyrgyz village of Tash-Bulakbash.';
    const drafts = extract(text, '2025-03-12');
    expect(unknownNotes(drafts).some((n) => n.startsWith('unknown place: Kyrgyz,'))).toBe(false);
    expect(unknownNotes(drafts).some((n) => n.startsWith('unknown place: Tash-Bulakbash,'))).toBe(true);
  });

  it("puts the event at the settlement, past the people's word, and not at the country", () => {
    const text = 'On Tuesday police dispersed a crowd of traders in the Tajik town of Khujand.';
    const located = pairs(extract(text, '2025-03-12'));
    expect(located).toContain('2025-03-11 Khujand:where');
    expect(located.some((p) => p.includes('Tajikistan'))).toBe(false);
  });
});
