import { describe, expect, it } from 'vitest';
import {
  alternateNames,
  matchNaturalEarth,
  type CityRecord,
  type NaturalEarthPlace,
} from '../../../scripts/geodata/lib/alternate-names.ts';

const city = (name: string, country: string, lon: number, lat: number, admin1 = '01'): CityRecord => ({
  name,
  country,
  lng: String(lon),
  lat: String(lat),
  admin1,
  admin2: '',
});
const ne = (name: string, iso: string, lon: number, lat: number, namealt: string | null = null): NaturalEarthPlace => ({
  properties: { name, nameascii: name, namealt, iso_a2: iso, adm0cap: 0, pop_max: 2_000_000 },
  geometry: { coordinates: [lon, lat] },
});

const chattogram = city('Chattogram', 'BD', 91.8317, 22.3384, '84');
const laErmita = city('La Ermita', 'MX', -101.66, 21.14);
const bogra = city('Bogra', 'BD', 89.3711, 24.851, '83');
const hargeysa = city('Hargeysa', 'SO', 44.065, 9.56);
const cities = [
  chattogram,
  laErmita,
  bogra,
  city('Comilla', 'BD', 91.185, 23.4619),
  city('Jessore', 'BD', 89.2137, 23.1697),
  city('Maydanshakhr', 'AF', 68.8662, 34.3956),
  hargeysa,
  city('Rostov', 'RU', 39.41, 57.19),
  city('Rostov-on-Don', 'RU', 39.72, 47.23),
];

describe('other names of GeoNames places', () => {
  it('matches a renamed city by distance and consonants, never a neighbour of another name', () => {
    const chittagong = ne('Chittagong', 'BD', 91.8, 22.33);
    const leon = ne('León', 'MX', -101.67, 21.15);
    const matched = matchNaturalEarth(cities, [chittagong, leon]);
    expect(matched.get(chittagong)).toBe(chattogram);
    // La Ermita lies 1.5 km from León's point, but l-n is not l-r-m: no match.
    expect(matched.has(leon)).toBe(false);
  });

  it("gives a division its short name, keeps names another place has, and applies the hand list", () => {
    const names = alternateNames(
      cities,
      [
        { code: 'AF.27', name: 'Maidan Wardak Province' },
        { code: 'AF.17', name: 'Logar' },
      ],
      [ne('Chittagong', 'BD', 91.8, 22.33), ne('Rostov', 'RU', 39.72, 47.24)],
      [
        { properties: { name: 'Wardak', iso_a2: 'AF' } },
        { properties: { name: 'Logar', iso_a2: 'AF' } },
      ],
      ['Bangladesh'],
      new Set(['AF']),
    );
    expect(names.cities.get(chattogram)).toEqual(['Chittagong']);
    expect(names.cities.get(bogra)).toEqual(['Bogura']);
    expect(names.cities.get(hargeysa)).toEqual(['Hargeisa']);
    // "Rostov" is the name of another Russian town: no alias for Rostov-on-Don.
    expect([...names.cities.values()].flat()).not.toContain('Rostov');
    expect(names.divisions).toEqual(new Map([['AF.27', ['Wardak']]]));
  });
});
