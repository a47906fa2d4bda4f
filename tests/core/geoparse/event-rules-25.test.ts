/**
 * Round eighteen, dates (rules18d): readings of a log's entries, of a health bulletin's cases and
 * of an anchor the words do not name, that a careful reader applies to any press release or live
 * blog, each rule with texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { extract, pairs } from '../../support/extract-drafts.ts';
import { findClauseVerbs } from '../../../src/core/geoparse/clause-verbs.ts';
import { findTriggers } from '../../../src/core/geoparse/triggers.ts';
import { sequelsOf } from '../../../src/core/geoparse/sequels.ts';

// Published Thursday 14 March 2024.
const published = '2024-03-14';
/** "date place" of each located place, whatever its role: this half of the rules is about the day. */
const dated = (text: string, on = published) => pairs(extract(text, on)).map((p) => p.replace(/:[\w-]+$/u, ''));
const lemmas = (sentence: string) => findClauseVerbs(sentence).map((v) => v.lemma);

describe('a sentence under a day header needs no date words of its own', () => {
  const log = (entry: string) =>
    'Kenya: cholera and floods, ministry of health updates\n\nPublished 14 March 2024\n\n' +
    `Update 1 — 11 March 2024\n\n${entry}\n\n` +
    'Update 2 — 13 March 2024\n\nOn Wednesday, the minister visited a treatment centre in Kisumu.\n';

  it('dates a simple past told in the entry by its header', () => {
    expect(dated(log('Three new cases were confirmed in Garissa.'))).toContain('2024-03-11 Garissa');
    expect(dated(log('Volunteers pulled two fishermen from the lake near Homa Bay.'))).toContain('2024-03-11 Homa Bay');
  });

  it('does not date how things stand, nor a place only gone to', () => {
    expect(dated(log('The road to Garissa is still closed.'))).not.toContain('2024-03-11 Garissa');
    expect(dated(log('Tents have been set up in Garissa.'))).not.toContain('2024-03-11 Garissa');
    expect(dated(log('Two lorries of supplies went on to Mombasa and Malindi.'))).toEqual(['2024-03-13 Kisumu']);
  });
});

describe('a health bulletin finds its cases', () => {
  it('reads "was confirmed positive" and "admitted to … hospital" as events, not sayings', () => {
    expect(lemmas('A farmer was later confirmed positive for anthrax.')).toContain('confirm');
    expect(lemmas('Two children were reported missing after the boat capsized.')).toContain('report');
    expect(lemmas('A nurse admitted to the county referral hospital with a fever')).toContain('admit');
  });

  it('keeps "admitted that" and "confirmed that" sayings', () => {
    expect(lemmas('The governor admitted that the tankers came late.')).not.toContain('admit');
    expect(lemmas('He admitted to taking the money.')).not.toContain('admit');
    expect(lemmas('Officials confirmed that the school had closed.')).not.toContain('confirm');
  });

  it('drafts the case of an entry on its header day', () => {
    const text =
      'Kenya: anthrax, county health bulletin\n\nPublished 14 March 2024\n\n' +
      'Bulletin 1 — 11 March 2024\n\nA herder from a village near Garissa was confirmed positive for anthrax.\n\n' +
      'Bulletin 2 — 13 March 2024\n\nOn Wednesday, vaccination began in Wajir.\n';
    expect(dated(text)).toContain('2024-03-11 Garissa');
  });
});

describe('an anchor the words do not name is the last event of its paragraph', () => {
  it('counts "the day after the case was confirmed" from the event told two sentences before', () => {
    const text =
      'Kenya: anthrax in the north-east\n\nPublished 14 March 2024\n\n' +
      'Police fired tear gas at protesters in Mombasa on 2 March.\n\n' +
      'A herder fell ill in Garissa on 8 March. His family is being watched. The day after the diagnosis was ' +
      'made, a team of vets was sent to Garissa.\n';
    const got = dated(text);
    expect(got).toContain('2024-03-09 Garissa');
    expect(got).not.toContain('2024-03-03 Garissa');
  });

  it('still takes the event the words name over the last one told', () => {
    const text =
      'Kenya: unrest and anthrax in the north-east\n\nPublished 14 March 2024\n\n' +
      'Police fired tear gas at protesters in Garissa on 5 March. A herder fell ill in Wajir on 8 March. ' +
      'His family is being watched. The day after the protest, the governor flew to Mandera.\n';
    const got = dated(text);
    expect(got).toContain('2024-03-06 Mandera');
    expect(got).not.toContain('2024-03-09 Mandera');
  });
});

describe('a press release is a document', () => {
  it('finds no release in "Press release No. 4" or "a news release", but one in "were released"', () => {
    expect(findTriggers('Press Release No. 4/2024 — Issued 14 March 2024')).toEqual([]);
    expect(findTriggers('the ministry said in a news release on Tuesday')).toEqual([]);
    expect(findTriggers('The hostages were released in Wajir.').map((t) => t.type)).toEqual(['release']);
  });
});

describe('an undated sentence goes on telling the dated event before it', () => {
  it('names "the Kampala talks" by the sentence after the trip\'s date, not by a call to Kampala', () => {
    const text =
      'Kenya and Uganda: minister tours the region\n\nPublished 14 March 2024\n\n' +
      'On Sunday, the foreign minister spoke by phone with her counterpart in Kampala. ' +
      'Her trip to the region began on Tuesday. In Kampala, she held talks with the Ugandan president. ' +
      'Two days after the Kampala talks, she flew to Kigali.\n';
    const got = dated(text);
    expect(got).toContain('2024-03-14 Kigali');
    expect(got).not.toContain('2024-03-12 Kigali');
  });

  it('takes as a sequel only the next sentence of the same paragraph, and no saying', () => {
    const text = 'On Tuesday she left.\n\nIn Kampala, she met traders. Officials said so. She toured a market.';
    const event = (at: number, sentence: number, dated: boolean, type = 'other') => ({
      date: dated ? {} : null,
      at,
      sentence,
      type,
      earlier: false,
      evidence: [{ start: at }],
    });
    const tuesday = event(0, 0, true);
    const met = event(22, 1, false);
    const pending = [tuesday, met];
    expect(sequelsOf(pending, text).get(tuesday)).toBeUndefined();
    const sameParagraph = text.replace('\n\n', ' ');
    const [left, traders, said] = [event(0, 0, true), event(21, 1, false), event(50, 2, false, 'statement')];
    expect(sequelsOf([left, traders, said], sameParagraph).get(left)).toEqual([traders]);
    const present = 'On Tuesday she left. Floods have closed the roads to Kampala.';
    const [gone, floods] = [
      event(0, 0, true),
      { ...event(21, 1, false), evidence: [{ start: 21, text: present.slice(21) }] },
    ];
    expect(sequelsOf([gone, floods], present).get(gone)).toBeUndefined();
  });
});

describe('a date without a year looks ahead by its whole sentence', () => {
  it('reads "would … on 26 March" and "is due to … on 2 April" as this year, however long the words between', () => {
    const far =
      'The ministry said the governor would open the first session of the new county water board in Garissa on 26 March.';
    expect(dated(far)).toContain('2024-03-26 Garissa');
    const due =
      'The commission is due to publish the findings of its long inquiry into the collapse of the Thika road bridge in Nairobi on 2 April.';
    expect(dated(due)).toContain('2024-04-02 Nairobi');
  });

  it('reads a past sentence\'s "on 26 March" as last year', () => {
    const past =
      'Fishermen from the villages along the northern shore of the lake met the governor in Kisumu on 26 March.';
    expect(dated(past)).toContain('2023-03-26 Kisumu');
  });
});
