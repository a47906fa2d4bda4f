/**
 * Readings of news English about places no index holds: a name the text calls a settlement in an
 * apposition, however the noun is qualified ("Kelvoran, the county's main lake port", "Tamsuru, a
 * village of herders", "a small market town east of …"), never a person told by his office
 * ("Karim, a village elder").
 */
import { describe, expect, it } from 'vitest';
import { extract, extractWithoutTowns, pairs } from '../../support/extract-drafts.ts';
import { setAsideOrigins } from '../../../src/core/geoparse/people-from.ts';
import type { DraftPlace } from '../../../src/core/geoparse/event-places.ts';

// Published Thursday 14 March 2024.
const published = '2024-03-14';
const dated = (text: string) => pairs(extractWithoutTowns(text, published)).map((p) => p.replace(/:[\w-]+$/u, ''));
/** With the town shards: Kenya's towns as towns, not their counties. */
const datedInTowns = (text: string) => pairs(extract(text, published)).map((p) => p.replace(/:[\w-]+$/u, ''));

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

describe('the people of a place', () => {
  it('are where they live: the name after "residents of" is a place no index holds', () => {
    expect(dated('NAIROBI, March 14 - Residents of Kelvoran said the river burst its banks on Tuesday.')).toContain(
      '2024-03-12 Kelvoran',
    );
    expect(dated('NAIROBI, March 14 - On Tuesday the people of Tamsuru were cut off by floodwater.')).toContain(
      '2024-03-12 Tamsuru',
    );
  });

  it('are not the people someone is told by ("the families of" a man)', () => {
    const found = dated(
      'NAIROBI, March 14 - The families of Otieno Kamau said on Tuesday that the river burst its banks.',
    );
    expect(found.some((p) => /Otieno|Kamau/u.test(p))).toBe(false);
  });

  it('tell where they came from when the clause puts them elsewhere, or is an appeal to them', () => {
    const taken = datedInTowns(
      'NAIROBI, March 14 - The river rose overnight. About 300 residents of Kisumu were evacuated to Mombasa on Tuesday.',
    );
    expect(taken).toContain('2024-03-12 Mombasa');
    expect(taken).not.toContain('2024-03-12 Kisumu');
    const urged = datedInTowns(
      'NAIROBI, March 14 - On Tuesday the weather service in Nakuru issued a flood warning and urged residents of Kisumu to leave the banks.',
    );
    expect(urged).toContain('2024-03-12 Nakuru');
    expect(urged).not.toContain('2024-03-12 Kisumu');
  });

  it('stay where they live beside the unit their place is told in', () => {
    const text =
      'The river rose overnight. On Tuesday, residents of Kelvoran, the headquarters of Marsabit district, staged a rally.';
    const at = (name: string) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length });
    const place = (name: string, extra: Partial<DraftPlace>): DraftPlace =>
      ({
        name,
        placeId: null,
        lon: 0,
        lat: 0,
        role: 'where',
        kind: 'town',
        precision: 'province',
        mention: at(name),
        ...extra,
      }) as DraftPlace;
    const kelvoran = place('Kelvoran', {
      unknown: { name: 'Kelvoran', withinId: 'gn-marsabit', withinName: 'Marsabit' },
    });
    const marsabit = place('Marsabit', { placeId: 'gn-marsabit', kind: 'district' });
    setAsideOrigins(text, [kelvoran, marsabit]);
    expect(kelvoran.role).toBe('where');
  });
});

describe('a unit no index holds named in a sentence with a known town', () => {
  it('is a place of its own when the text does not put the town in it', () => {
    expect(
      datedInTowns(
        'NAIROBI, March 14 - On Tuesday police closed the road between Kisumu and Kericho where it passes through Kelvoran district.',
      ),
    ).toContain('2024-03-12 Kelvoran');
    expect(
      datedInTowns(
        'NAIROBI, March 14 - On Tuesday officials in Kisumu began trucking water to households in Kelvoran district.',
      ),
    ).toContain('2024-03-12 Kelvoran');
  });

  it('is only the unit of the town the text puts in it', () => {
    const found = datedInTowns(
      'NAIROBI, March 14 - On Tuesday the army evacuated villages around Kisumu, a lakeside town in Kelvoran district.',
    );
    expect(found).toContain('2024-03-12 Kisumu');
    expect(found.some((p) => p.includes('Kelvoran'))).toBe(false);
    expect(
      datedInTowns('NAIROBI, March 14 - On Tuesday a case was reported in Kisumu in Kelvoran district.').some((p) =>
        p.includes('Kelvoran'),
      ),
    ).toBe(false);
  });
});

describe('a part of the land, a quarter or a site called by its own name', () => {
  it('is a place no index holds', () => {
    expect(
      dated(
        'NAIROBI, March 14 - On Tuesday a helicopter landed at the Kelvoran plateau to bring down a sick shepherd.',
      ),
    ).toContain('2024-03-12 Kelvoran');
    expect(dated('NAIROBI, March 14 - On Tuesday the river flooded the Tamsuru neighbourhood.')).toContain(
      '2024-03-12 Tamsuru',
    );
    expect(dated('NAIROBI, March 14 - On Tuesday Kenya closed the busy Tamsuru crossing.')).toContain(
      '2024-03-12 Tamsuru',
    );
  });

  it('is where a journey starts, not the event’s place, after "from"', () => {
    const from = dated('NAIROBI, March 14 - On Tuesday the herders walked from the Kelvoran plateau to Kisumu.');
    expect(from).toContain('2024-03-12 Kisumu');
    expect(from.some((p) => p.includes('Kelvoran'))).toBe(false);
  });
});
