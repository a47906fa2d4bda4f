/**
 * Readings of news English about places no index holds: a name the text calls a settlement in an
 * apposition, however the noun is qualified ("Kelvoran, the county's main lake port", "Tamsuru, a
 * village of herders", "a small market town east of …"), never a person told by his office
 * ("Karim, a village elder").
 */
import { describe, expect, it } from 'vitest';
import { extractWithoutTowns, pairs } from '../../support/extract-drafts.ts';

// Published Thursday 14 March 2024.
const published = '2024-03-14';
const dated = (text: string) => pairs(extractWithoutTowns(text, published)).map((p) => p.replace(/:[\w-]+$/u, ''));

describe('a name an apposition calls a settlement', () => {
  it('is a place no index holds, with a possessive or a people among the words before the noun', () => {
    expect(
      dated("NAIROBI, March 14 - The ferry was towed on Tuesday to Kelvoran, the county's main Turkana port."),
    ).toContain('2024-03-12 Kelvoran');
  });

  it('is one when the noun goes on with what the place is made of or where it lies', () => {
    expect(
      dated(
        'NAIROBI, March 14 - On Monday the fire reached the edge of Tamsuru, a village of herders and charcoal burners.',
      ),
    ).toContain('2024-03-11 Tamsuru');
    expect(
      dated('NAIROBI, March 14 - On Monday the fire reached the edge of Tamsuru, a small market town east of Nakuru.'),
    ).toContain('2024-03-11 Tamsuru');
  });

  it('is no place when the noun qualifies another (a person told by his office)', () => {
    const found = dated(
      "NAIROBI, March 14 - On Monday police questioned Karim Odhiambo, a village elder, and Wanjiru Kamau, the town's mayor, in Nakuru.",
    );
    expect(found.some((p) => /Karim|Odhiambo|Wanjiru|Kamau/u.test(p))).toBe(false);
  });
});
