/**
 * The eighth round of the extractor's rules, each with a text of our own words it must read
 * right. Every expectation names the rule it checks.
 */
import { describe, expect, it } from 'vitest';
import { extract, pairs } from '../../support/extract-drafts.ts';

describe('a call told as "spoke by phone"', () => {
  it('places the call at both ends: where the caller spoke from and where the other side was', () => {
    const text =
      'The Nepali prime minister spoke by phone from Kathmandu on Monday with his Indian counterpart in New Delhi, his office said.';
    const located = pairs(extract(text, '2025-03-12'));
    expect(located).toContain('2025-03-10 Kathmandu:from');
    expect(located).toContain('2025-03-10 New Delhi:to');
  });
});
