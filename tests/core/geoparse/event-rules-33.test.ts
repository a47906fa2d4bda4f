/**
 * A reading of news English about namesakes: "X market in Y" puts X in the town Y, so a town
 * of the index called X hundreds of kilometres from Y is another place of that name, not the
 * one meant; a town the text puts in a town near it is that town.
 */
import { describe, expect, it } from 'vitest';
import { extract, pairs } from '../../support/extract-drafts.ts';

// Published Thursday 14 March 2024.
const published = '2024-03-14';
const dated = (text: string) => pairs(extract(text, published)).map((p) => p.replace(/:[\w-]+$/u, ''));

describe('a place the text puts in a town far from the index’s town of its name', () => {
  it('is not that town', () => {
    const found = dated(
      'ISTANBUL, March 14 - Firefighters put out a blaze at a textile workshop in Istanbul on Wednesday. ' +
        'Shopkeepers at Balat market in Istanbul said the fire began before dawn on Wednesday.',
    );
    expect(found.some((p) => p.endsWith(' Balat'))).toBe(false);
    expect(found).toContain('2024-03-13 Istanbul');
  });

  it('is the town when the text names it alone', () => {
    const found = dated(
      'AYDIN, Turkey, March 14 - Farmers in Söke and Aydın protested fig prices on Wednesday. ' +
        'On Tuesday, growers in Balat blocked a road for an hour.',
    );
    expect(found).toContain('2024-03-12 Balat');
  });

  it('keeps a town the text puts in a town near it', () => {
    const found = dated(
      'NAIROBI, March 14 - Traders at Pumwani market in Nairobi closed their stalls on Wednesday over new levies.',
    );
    expect(found).toContain('2024-03-13 Pumwani');
  });
});
