import { describe, expect, it } from 'vitest';
import { nationalRomanisation } from '../../../scripts/geodata/lib/ukrainian-romanisation.ts';
import { alternateNames, type CityRecord } from '../../../scripts/geodata/lib/alternate-names.ts';

const city = (name: string, country: string): CityRecord => ({ name, country, lng: '30', lat: '46', admin1: '17', admin2: '' });
/** The towns of the hand list (alternate-names.ts), which must be there. */
const HAND_LISTED = ['BD Bogra', 'BD Comilla', 'BD Jessore', 'AF Maydanshakhr', 'SO Hargeysa'].map((s) =>
  city(s.slice(3), s.slice(0, 2)),
);

describe("Ukraine's national romanisation of GeoNames' BGN/PCGN names", () => {
  it.each([
    ['Mykolayiv', 'Mykolaiv'],
    ['Izmayil', 'Izmail'],
    ['Kiliya', 'Kiliia'],
    ['Zaporizhzhya', 'Zaporizhzhia'],
    ["Berdyans'k", 'Berdiansk'],
    ["Khmel'nyts'kyy", 'Khmelnytskyi'],
    ['Kryvyy Rih', 'Kryvyi Rih'],
    ['Kyyiv', 'Kyiv'],
    ['Babayi', 'Babai'],
  ])('%s → %s', (bgn, national) => expect(nationalRomanisation(bgn)).toBe(national));

  it('leaves a word-initial ya, yu, ye and yi as they are', () => {
    expect(nationalRomanisation('Yahotyn')).toBe('Yahotyn');
    expect(nationalRomanisation('Yenakiyeve')).toBe('Yenakiieve');
    expect(nationalRomanisation('Nova Odesa')).toBe('Nova Odesa');
  });

  it('leaves names GeoNames already writes in the national system', () => {
    expect(nationalRomanisation('Kyiv')).toBe('Kyiv');
    expect(nationalRomanisation('Aeroflotskyi')).toBe('Aeroflotskyi');
  });

  it("gives Ukraine's towns the national spelling as an alias, and no other country's", () => {
    const izmayil = city('Izmayil', 'UA');
    const mayak = city('Mayak', 'RU');
    const names = alternateNames([izmayil, mayak, ...HAND_LISTED], [], [], [], [], new Set());
    expect(names.cities.get(izmayil)).toEqual(['Izmail']);
    expect(names.cities.has(mayak)).toBe(false);
  });

  it('never gives a spelling another town of the country has', () => {
    // "Mykolayivka" would become "Mykolaivka", the GeoNames name of other villages.
    const bgn = city('Mykolayivka', 'UA');
    const names = alternateNames([bgn, city('Mykolaivka', 'UA'), ...HAND_LISTED], [], [], [], [], new Set());
    expect(names.cities.has(bgn)).toBe(false);
  });
});
