/**
 * The rules read from unseen-11's misses after its one blind score, each in our own sentences.
 */
import { describe, expect, it } from 'vitest';
import { findTriggers } from '../../../src/core/geoparse/triggers.ts';
import { whenClauseBefore } from '../../../src/core/geoparse/when-clause.ts';
import { extract, pairs } from '../../support/extract-drafts.ts';

describe('a summons told without the word', () => {
  it('reads "called in" an envoy as a summons, and "called in" anything else as none', () => {
    const types = (s: string) => findTriggers(s).map((t) => `${t.text}:${t.type}`);
    expect(types('Oslo called in the Danish ambassador on Tuesday.')).toEqual(['called in:diplomatic-protest']);
    expect(types('The ministry called in Ambassador Ana Ruiz to explain the remarks.')).toEqual([
      'called in:diplomatic-protest',
    ]);
    expect(types('The mayor called in the army engineers on Sunday.')).toEqual([]);
  });

  it('reads a note of protest handed over as a diplomatic protest, not a street one', () => {
    const types = (s: string) => findTriggers(s).map((t) => t.type);
    expect(types('Officials handed the chargé a formal note of protest.')).toEqual(['diplomatic-protest']);
    expect(types('Officials handed the envoy a protest note.')).toEqual(['diplomatic-protest']);
    expect(types('Thousands joined the protest in the square.')).toEqual(['protest']);
  });

  it('dates "a day after the summons" from the summons, however it was told', () => {
    const text =
      'The Ecuadorian foreign ministry in Quito called in the Peruvian ambassador on Tuesday. ' +
      'Two days later, traders in Tumbes closed their shops in protest. ' +
      'A day after the summons, Lima recalled its ambassador from Quito for consultations.';
    // Published Friday 14 June 2024: Tuesday is 11 June, so the recall is the 12th; counted from
    // the shops closed just before it (the 13th), it would be the 14th.
    const recall = extract(text, '2024-06-14').filter((d) => d.dateText === 'A day after');
    expect(recall).toHaveLength(1);
    expect(pairs(recall).map((p) => p.slice(0, 10))).toEqual(['2024-06-12']);
  });
});

describe('"that evening" in a sentence that names its day with "when"', () => {
  it('finds the last "when" clause of the sentence before the date words', () => {
    const text = 'It rained. The envoy, who was in Rome when the ambassador was summoned, flew home that evening.';
    expect(whenClauseBefore(text, text.indexOf('that evening'))?.text).toBe('the ambassador was summoned');
    expect(whenClauseBefore(text, text.indexOf('It rained') + 3)).toBeNull();
  });

  it('counts from the event the clause names, not the one told just before', () => {
    const text =
      'Chile called in the Argentine ambassador on Monday. ' +
      'Two days later, fishermen in Punta Arenas blocked the port in protest. ' +
      'The foreign minister, who was in Madrid when the ambassador was summoned, phoned his counterpart in Buenos Aires that evening.';
    // Published Friday 14 June 2024: Monday is 10 June; the blockade the 12th.
    const call = extract(text, '2024-06-14').filter((d) => d.type === 'phone-call');
    expect(call).toHaveLength(1);
    expect(pairs(call).map((p) => p.slice(0, 10))).toContain('2024-06-10');
    expect(call[0]?.dateNote).toContain('named by "when the ambassador was summoned"');
  });

  it('still counts from the event told just before when the clause names none', () => {
    const text =
      'Chile called in the Argentine ambassador on Monday. ' +
      'Two days later, fishermen in Punta Arenas blocked the port in protest. ' +
      'The minister, who was in Madrid when the weather turned, phoned his counterpart in Buenos Aires that evening.';
    const call = extract(text, '2024-06-14').filter((d) => d.type === 'phone-call');
    expect(pairs(call).map((p) => p.slice(0, 10))).toContain('2024-06-12');
  });
});
