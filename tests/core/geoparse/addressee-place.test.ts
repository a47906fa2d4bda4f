/** A government's seat named as the one an act appeals to is not where the act was. */
import { describe, expect, it } from 'vitest';
import { extract, pairs } from '../../support/extract-drafts.ts';

describe('the seat of a government appealed to', () => {
  it('takes "calling on the authorities in Kabul" as mentioned, the act at its own place', () => {
    const text =
      'This morning, hundreds of people marched in Jalalabad, carrying banners calling on the authorities in Kabul to act.';
    const located = pairs(extract(text, '2025-04-16'));
    expect(located).toEqual(['2025-04-16 Jalālābād:where']);
    expect(located.some((p) => p.includes('Kabul'))).toBe(false);
  });

  it('keeps a place the act was at, told after "in" without an appeal', () => {
    const text = 'This morning, the authorities in Kabul closed the border crossing, officials said.';
    expect(pairs(extract(text, '2025-04-16'))).toContain('2025-04-16 Kabul:where');
  });
});
