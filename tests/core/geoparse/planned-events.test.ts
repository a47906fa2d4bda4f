/**
 * Plans told with "would": reported speech is a plan, a relative clause or a condition is not.
 */
import { describe, expect, it } from 'vitest';
import { extract, pairs } from '../../support/extract-drafts.ts';

// Published on Wednesday 12 March 2025: the coming Saturday is the 15th.
const PUBLISHED = '2025-03-12';

describe('a plan told with "would"', () => {
  it('drafts what someone said they would do on a day, at its place', () => {
    const said = 'The traders said they would hold a rally in Multan on Saturday.';
    expect(pairs(extract(said, PUBLISHED))).toContain('2025-03-15 Multan:where');
  });

  it('drafts none that is not reported speech', () => {
    expect(extract('Doctors in Multan would join the strike on Saturday.', PUBLISHED)).toEqual([]);
  });

  it('drafts none after "that", "which" or "who": a thing that would happen is no plan', () => {
    const relative = 'Officials said a road that would link Multan with the port opens on Saturday.';
    expect(pairs(extract(relative, PUBLISHED)).filter((p) => p.startsWith('2025-03-15'))).toEqual([]);
  });

  it('drafts none held back by a condition before or after it', () => {
    const unless = 'The union said it would extend the strike to Multan on Saturday unless the levy is dropped.';
    expect(extract(unless, PUBLISHED)).toEqual([]);
    const before = 'If the talks fail, the union said it would march in Multan on Saturday.';
    expect(extract(before, PUBLISHED)).toEqual([]);
  });

  it('keeps a plan whose "if" belongs to an infinitive after it', () => {
    const text =
      'The elders said they would meet in Multan on Saturday to decide whether to close the road if no inquiry opens.';
    expect(pairs(extract(text, PUBLISHED))).toContain('2025-03-15 Multan:where');
  });
});
