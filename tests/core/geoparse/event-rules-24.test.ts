/**
 * Round eighteen, places (rules18p): readings of where an event was that a careful reader applies
 * to any news text, each rule with texts of our own (none from a fixture set).
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../support/extract-drafts.ts';

// Published Thursday 8 August 2024: "on Wednesday" is the 7th.
const published = '2024-08-08';
/** "name:id" of each located place of the drafts, whatever its date. */
const placed = (text: string) =>
  extract(text, published).flatMap((d) =>
    d.places.filter((p) => p.role !== 'mentioned').map((p) => `${p.name}:${p.placeId ?? 'unknown'}`),
  );

describe('"Town, Division": the division after the comma holds the town', () => {
  it('reads "near San Vicente, Ilocos" as the Philippine town, not El Salvador\'s department', () => {
    const got = placed(
      'Philippines: storm\n\nThe storm toppled power lines on Wednesday near San Vicente, Ilocos, officials in Vigan said.\n',
    );
    expect(got).toContain('San Vicente:gn-ph-san-vicente');
    expect(got.join(' ')).not.toContain('gn-sv-');
  });

  it('reads "near Santa Rosa, Bolívar" as the Colombian town, not Guatemala\'s department', () => {
    const got = placed(
      'Colombia: rains\n\nOn Wednesday a landslide buried homes near Santa Rosa, Bolívar, officials in Cartagena said.\n',
    );
    expect(got).toEqual(['Santa Rosa:gn-co-santa-rosa']);
  });

  it('keeps two divisions of one list as divisions ("Santa Barbara and Copan")', () => {
    const got = placed(
      'Honduras: rains\n\nOn Wednesday floods hit Santa Barbara and Copan, officials said in Tegucigalpa.\n',
    );
    expect(got).toEqual(['Santa Bárbara:gn-hn-santa-barbara-region', 'Copán:gn-hn-copan-region']);
  });
});

describe('"in this Kazakh town": a people\'s word before an unnamed settlement the story has named', () => {
  it('puts "in this eastern Afghan city" at the dateline\'s city', () => {
    const got = placed(
      'JALALABAD, Afghanistan — A bomb exploded at a bus stop in this eastern Afghan city on Wednesday, killing six people, police said.\n',
    );
    expect(got).toEqual(['Jalālābād:gn-af-jalalabad']);
  });

  it('puts "in this northern Tajik town" at the dateline\'s town, after a headline and a byline', () => {
    const got = placed(
      'Quake in Tajikistan\n\nBy Our Correspondent — 8 August 2024\n\n' +
        'ISFARA, Tajikistan — An earthquake damaged dozens of homes in this northern Tajik town on Wednesday, officials said.\n',
    );
    expect(got).toEqual(['Isfara:gn-tj-isfara']);
  });

  it('leaves "in a northern Tajik town" at the country: the text has named no town', () => {
    const got = placed(
      'Quake in Tajikistan\n\nAn earthquake damaged dozens of homes in a northern Tajik town on Wednesday, officials said.\n',
    );
    expect(got).toEqual(['Tajikistan:ne-tajikistan']);
  });
});

describe('the dateline after a headline and a byline, blank lines between', () => {
  it("puts a lede that names only its country at the dateline's town", () => {
    const got = placed(
      'Bank raid in the north\n\nBy A. Writer — 8 August 2024\n\n' +
        'MAZAR-I-SHARIF, Afghanistan — Gunmen attacked a bank on Wednesday, killing three guards, police said.\n',
    );
    expect(got).toEqual(['Mazār-e Sharīf:gn-af-mazar-e-sharif']);
  });
});

describe('"the Sahiwal-2 plant": a place\'s name joined to a number names a thing', () => {
  it('does not read "the Sahiwal-2 power plant near Lahore" as Sahiwal', () => {
    const got = placed(
      'Fire at plant\n\nA fire broke out on Wednesday at the Sahiwal-2 power plant near Lahore, officials said.\n',
    );
    expect(got).toEqual(['Lahore:lahore']);
  });

  it('still reads "the Sahiwal power plant" and a "Peshawar-Karachi" train', () => {
    const got = placed(
      'Fire at plant\n\nA fire broke out on Wednesday at the Sahiwal power plant, officials said, and a Peshawar-Karachi train was halted.\n',
    );
    expect(got[0]).toBe('Sahiwal:gn-pk-sahiwal-04');
  });
});

describe('"at the X border post": a name before "border post" is a place no index may hold', () => {
  it('puts a meeting "at the Mwami border post" there, not at the province its guests came from', () => {
    const got = placed(
      'Zambia: cholera\n\nOn Wednesday, health officers from Eastern Province met officials from Malawi at the Mwami border post to agree on screening.\n',
    );
    expect(got).toContain('Mwami:unknown');
  });

  it('reads "trucks queued near the Kasumbalesa border post" too', () => {
    const got = placed(
      'Zambia: trade\n\nOn Wednesday hundreds of trucks queued near the Kasumbalesa border post after customs systems failed, drivers said.\n',
    );
    expect(got).toContain('Kasumbalesa:unknown');
  });

  it('does not read "the Kitwe post office" as a border post', () => {
    const got = placed('Zambia: theft\n\nOn Wednesday thieves broke into the Kitwe post office, police said.\n');
    expect(got.join(' ')).not.toContain('unknown');
  });
});
