/**
 * Round seventeen, which place (issue 18): readings of places that a careful reader applies to
 * any article, each rule with sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { extract, loaded, pairs } from '../../support/extract-drafts.ts';

// Published Friday 7 February 2025: "on Tuesday" is 4 February.
const published = '2025-02-07';

/** The place id each mention of `name` resolves to, with the town shards the text calls for. */
const idsOf = (text: string, name: string) =>
  loaded
    .forText(text)
    .matcher.find(text)
    .filter((m) => m.text === name)
    .map((m) => m.placeId);

describe('a city of a country the text names is that city, not a namesake town in another country', () => {
  it("takes Argentina's Buenos Aires in a story about Recife when Argentina is named", () => {
    const text =
      'Floods hit Recife and Olinda on Monday. On Tuesday Argentina sent a rescue team from Buenos Aires to help.';
    expect(idsOf(text, 'Buenos Aires')).toEqual(['gn-ar-buenos-aires']);
  });

  it("takes Chile's Santiago in a story about southern Paraguay when Chile is named", () => {
    const text =
      'Storms hit Encarnación and Hohenau in southern Paraguay on Monday. ' +
      "On Tuesday the governor flew to Santiago to brief Chile's interior minister.";
    expect(idsOf(text, 'Santiago')).toEqual(['gn-cl-santiago']);
  });

  it("keeps the namesake town in the story's region when the city's country goes unnamed", () => {
    const paraguay =
      'Storms hit Encarnación and Hohenau in southern Paraguay on Monday. On Tuesday the storm reached Santiago.';
    expect(idsOf(paraguay, 'Santiago')).toEqual(['gn-py-santiago']);
  });

  it('keeps the namesake town near Recife when Argentina goes unnamed', () => {
    const text =
      'Floods hit Recife and Olinda on Monday. On Tuesday the water reached Buenos Aires, a small town inland.';
    expect(idsOf(text, 'Buenos Aires')).toEqual(['gn-br-buenos-aires']);
  });
});

describe('a thing "reported from" a place is there, though "from" mostly tells where people come from', () => {
  it('puts cases reported from a town at the town, not at its country', () => {
    const got = pairs(
      extract('Cholera is spreading in Malawi. Three new cases were reported from Nsanje on Tuesday.', published),
    );
    expect(got).toEqual(['2025-02-04 Nsanje:where']);
  });

  it('puts deaths recorded from a town at the town', () => {
    const got = pairs(extract('Two deaths were recorded from Kasese on Monday, Ugandan officials said.', published));
    expect(got).toEqual(['2025-02-03 Kasese:where']);
  });

  it('keeps a trader "from" a town apart from where he was killed', () => {
    const got = pairs(
      extract('In southern Malawi, a trader from Nsanje was shot dead in Mangochi on Tuesday.', published),
    );
    expect(got).toEqual(['2025-02-04 Mangochi:where']);
  });
});

describe("a town within reach of the towns a text is about is the story's, however far from its one city", () => {
  const found = (text: string) =>
    loaded
      .forText(text)
      .matcher.find(text)
      .map((m) => m.text);

  it('finds Zinder beside Maradi in a story told from Niamey, 740 km away', () => {
    const text =
      'Officials in Niamey said on Monday that storms had flattened houses in Maradi. ' +
      "The governor of Zinder said Tuesday's rains were the worst in years.";
    expect(found(text)).toEqual(['Niamey', 'Maradi', 'Zinder']);
  });

  it('finds Timbuktu beside Mopti in a story told from Bamako', () => {
    const text =
      'Officials in Bamako said on Monday that the river had flooded Mopti. ' +
      "The mayor of Timbuktu said Tuesday's rains were the worst in years.";
    expect(found(text)).toContain('Timbuktu');
  });

  it('leaves out a town far from every place of the text, the towns kept included', () => {
    const text =
      'Officials in Bamako said on Monday that the river had flooded Kayes. ' +
      "The mayor of Timbuktu said Tuesday's rains were the worst in years.";
    expect(found(text)).not.toContain('Timbuktu');
  });
});

describe('"X, a town in Y": the unit told beside a place holds it; the event is at the place', () => {
  // Zelmora and Vashkund are made-up names: no index holds them, so only the readings find them.
  it('puts a flood at the village, not at the district the apposition names', () => {
    const got = pairs(
      extract(
        'In Ghana, floods swept through Zelmora, a farming village in the Vashkund district, on Tuesday.',
        published,
      ),
    );
    expect(got).toEqual(['2025-02-04 Zelmora:where']);
  });

  it('reads "one of the poorest towns in" the same way', () => {
    const got = pairs(
      extract(
        'Militants attacked a checkpoint in Zelmora, one of the poorest towns in Vashkund, on Tuesday, Pakistani officials said.',
        published,
      ),
    );
    expect(got).toEqual(['2025-02-04 Zelmora:where']);
  });

  it('keeps both places of a plain list', () => {
    const got = pairs(
      extract('A bomb exploded in Zelmora and in Vashkund on Tuesday, Pakistani officials said.', published),
    );
    expect(got).toEqual(['2025-02-04 Zelmora:where', '2025-02-04 Vashkund:where']);
  });
});
