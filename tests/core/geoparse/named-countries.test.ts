import { describe, expect, it } from 'vitest';
import { createCountryNames } from '../../../src/core/geoparse/named-countries.ts';
import { extract, loaded, pairs } from '../../support/extract-drafts.ts';

describe('createCountryNames', () => {
  const named = createCountryNames(loaded.context.world);

  it('reads a country inside a longer proper name, with its possessive or full stop', () => {
    expect(named('Engineers of the Bangladesh Water Development Board said so.')).toEqual(['BD']);
    expect(named("Chad's health ministry agreed. Aid reached Chad.")).toEqual(['TD', 'TD']);
    expect(named('Officials of the DR Congo army and Ivory Coast')).toEqual(['CD', 'CI']);
  });

  it('reads no country in lower-case words or in a name that only starts like one', () => {
    expect(named('the chad of the punch card; Indiana and Bangladeshis')).toEqual([]);
  });
});

describe('the countries whose towns are looked for', () => {
  it('include a country named only inside an organisation, after the countries of the places', () => {
    const text =
      'Floodwater entered Habiganj and Srimangal on Monday, engineers of the Bangladesh Water Development Board said.';
    const drafts = extract(text, '2024-06-19');
    expect(pairs(drafts)).toContain('2024-06-17 Habiganj:where');
    const habiganj = drafts.flatMap((d) => d.places).find((p) => p.name === 'Habiganj');
    expect(habiganj?.placeId).toBe('gn-bd-habiganj');
    expect(habiganj?.unknown).toBeUndefined();
  });
});
