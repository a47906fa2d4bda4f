import { describe, expect, it } from 'vitest';
import { claimsByAspect, isContested } from '../../../src/core/dataset/claims.ts';
import type { Claim } from '../../../src/core/dataset/schema.ts';

const killed = (source: string, min: number, max: number | null): Claim => ({
  source,
  aspect: 'casualties',
  statement: `${source} gives a figure.`,
  killed: { min, max, who: 'people' },
});
const dated = (source: string, date: string): Claim => ({
  source,
  aspect: 'date',
  statement: `${source} dates it.`,
  date,
});
const said = (source: string, statement: string): Claim => ({ source, aspect: 'victims', statement });

describe('claimsByAspect', () => {
  it.each([
    { name: 'no claims', claims: [], expected: [] },
    { name: 'one source is no disagreement', claims: [killed('a', 45, 45)], expected: [['casualties', false]] },
    {
      name: 'different figures disagree',
      claims: [killed('a', 45, 45), killed('b', 6, 6)],
      expected: [['casualties', true]],
    },
    { name: 'same figures agree', claims: [killed('a', 6, 6), killed('b', 6, 6)], expected: [['casualties', false]] },
    {
      name: '"at least 6" differs from "6"',
      claims: [killed('a', 6, null), killed('b', 6, 6)],
      expected: [['casualties', true]],
    },
    {
      name: 'different dates disagree',
      claims: [dated('a', '2011-04-11'), dated('b', '2011-04-10')],
      expected: [['date', true]],
    },
    {
      name: 'one source twice is no disagreement',
      claims: [dated('a', '2011-04-11'), dated('a', '2011-04')],
      expected: [['date', false]],
    },
    {
      name: 'text accounts from two sources disagree',
      claims: [said('a', 'Robbers.'), said('b', 'ISI agents.')],
      expected: [['victims', true]],
    },
    {
      name: 'aspects come in schema order',
      claims: [dated('a', '2011-04-11'), killed('a', 1, 1)],
      expected: [
        ['casualties', false],
        ['date', false],
      ],
    },
  ])('$name', ({ claims, expected }) => {
    expect(claimsByAspect(claims).map((a) => [a.aspect, a.disagree])).toEqual(expected);
  });

  it('isContested is true when any aspect disagrees', () => {
    expect(isContested([killed('a', 1, 1), dated('a', '2011-01-01')])).toBe(false);
    expect(isContested([killed('a', 1, 1), dated('a', '2011-01-01'), dated('b', '2010-12')])).toBe(true);
  });
});
