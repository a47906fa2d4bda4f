/**
 * Readings of news English that keep a draft from claiming a place the text never gave it: a
 * day's passage that names no place is put at the article's country only where it tells of the
 * country as a whole or of a wide part of it ("across the country", "nationwide", "the northern
 * provinces"), or where it tells a captive's release; a storm that "arrived on Tuesday" happened
 * somewhere in the country, not across it.
 */
import { describe, expect, it } from 'vitest';
import { extract, pairs } from '../../support/extract-drafts.ts';

// Published Thursday 14 March 2024.
const published = '2024-03-14';
const dated = (text: string) => pairs(extract(text, published)).map((p) => p.replace(/:[\w-]+$/u, ''));
const inKenya = (sentence: string) =>
  dated(
    'NAIROBI, Kenya, March 14 - Floods swept through Garissa on Monday, and roads to Kenya’s north-east were cut. ' +
      'Kenya’s meteorological department had warned of heavy rain. ' +
      sentence,
  );

describe("the article's country for a day's passage that names no place", () => {
  it('is the place of what is told across the country or a wide part of it', () => {
    expect(inKenya('Schools across the country closed on Tuesday.')).toContain('2024-03-12 Kenya');
    expect(inKenya('Teachers went on strike nationwide on Tuesday.')).toContain('2024-03-12 Kenya');
    expect(inKenya('Teachers in the northern provinces went on strike on Tuesday.')).toContain('2024-03-12 Kenya');
  });

  it('is the place of a captive released', () => {
    expect(inKenya('A Dutch engineer seized in January was released on Tuesday, his employer said.')).toContain(
      '2024-03-12 Kenya',
    );
  });

  it('is not the place of what happened somewhere unnamed', () => {
    expect(inKenya('Teachers went on strike on Tuesday.')).not.toContain('2024-03-12 Kenya');
    expect(inKenya('A second flood struck on Tuesday, officials said.')).not.toContain('2024-03-12 Kenya');
  });
});
