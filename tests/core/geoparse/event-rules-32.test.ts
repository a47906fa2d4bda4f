/**
 * Readings of news English that keep a draft from claiming a place the text never gave it: a
 * day's passage that names no place is put at the article's country only where it tells of the
 * country as a whole or of a wide part of it ("across the country", "nationwide", "the northern
 * provinces"), or where it tells a captive's release; a storm that "arrived on Tuesday" happened
 * somewhere in the country, not across it; and a province named beside a town it does not hold
 * is what the act at the town is about ("speaking in Lahore, declared an emergency in Sindh"), and
 * an area named as a unit beside a town ("in Jepara regency, villagers in Mlonggo") is its unit;
 * a place in the possessive before another ("Iran's consulate in Peshawar") holds it; and a
 * continent or a part of one ("across Southeast Asia") is no unknown town an event is put at.
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

describe('a province or a country named beside a town it does not hold', () => {
  const at = (text: string) => pairs(extract(`ISLAMABAD, March 14 - ${text}`, published));

  it('is what the act at the town is about, not a second place of the event', () => {
    const declared = at(
      'Speaking in Lahore on Tuesday, the prime minister declared an emergency in Sindh after the floods.',
    );
    expect(declared).toContain('2024-03-12 Lahore:where');
    expect(declared).not.toContain('2024-03-12 Sindh:where');
    const sent = at(
      'Relief supplies arrived in Quetta on Wednesday and are being sent on to Khyber Pakhtunkhwa by road.',
    );
    expect(sent).toContain('2024-03-13 Quetta:to');
    expect(sent).not.toContain('2024-03-13 Khyber Pakhtunkhwa:to');
    const received = at('On Tuesday, the chief minister received Iran’s consul general in Quetta.');
    expect(received).toContain('2024-03-12 Quetta:where');
    expect(received).not.toContain('2024-03-12 Iran:where');
  });

  it('is the place of an event told at it alone', () => {
    expect(at('Floods hit Sindh province on Monday.')).toContain('2024-03-11 Sindh:where');
    expect(at('Heavy floods hit Afghanistan on Monday, officials said.')).toContain('2024-03-11 Afghanistan:where');
  });
});

describe('an area named as a unit beside a town', () => {
  const at = (text: string) => pairs(extract(`JAKARTA, March 14 - ${text}`, published));

  it('is the town’s unit, not a second place of the event', () => {
    const fled = at('In Jepara regency, villagers in Mlonggo began leaving their homes on Tuesday as the water rose.');
    expect(fled).toContain('2024-03-12 Mlonggo:where');
    expect(fled).not.toContain('2024-03-12 Jepara:where');
  });

  it('is the place of an event told at it alone', () => {
    expect(at('Floods hit Jepara regency on Monday.')).toContain('2024-03-11 Jepara:where');
  });

  // A unit no index holds (Kelvoran): which town it holds, the text's words tell.
  it('is the unit of a town named a few words before it, not of one an event goes out from', () => {
    const camp = at('On Tuesday the minister toured Mlonggo relief camp in Kelvoran regency.');
    expect(camp).toContain('2024-03-12 Mlonggo:to');
    expect(camp).not.toContain('2024-03-12 Kelvoran:where');
    const trucked = at('On Tuesday officials in Mlonggo began trucking water to households in Kelvoran regency.');
    expect(trucked).toContain('2024-03-12 Kelvoran:where');
  });
});

describe('a place in the possessive before another place of the draft', () => {
  const at = (text: string) => pairs(extract(`LAHORE, March 14 - ${text}`, published));

  it('holds it: the event is at the place held', () => {
    const stormed = at('A gunman stormed Iran’s consulate in Peshawar on Monday.');
    expect(stormed).toContain('2024-03-11 Peshawar:where');
    expect(stormed).not.toContain('2024-03-11 Iran:where');
  });

  it('is the place before a name that is no place', () => {
    expect(at('On Wednesday, lawyers gathered at Lahore’s Aiwan-e-Adal judicial complex.')).toContain(
      '2024-03-13 Lahore:where',
    );
  });
});

describe('a continent or a part of one', () => {
  const at = (text: string) => pairs(extract(`MANILA, March 14 - ${text}`, published));

  it('is no place no index holds, put beside the event’s town', () => {
    const talks = at(
      'The foreign secretary held talks in Hanoi on Tuesday, the last stop of a tour across Southeast Asia.',
    );
    expect(talks).toContain('2024-03-12 Hanoi:where');
    expect(talks.some((p) => p.includes('Asia'))).toBe(false);
    expect(at('On Wednesday floods hit Mindanao, the worst in Asia this year.')).toEqual(['2024-03-13 Mindanao:where']);
  });
});
