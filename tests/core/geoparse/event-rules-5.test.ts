/**
 * The fifth round of the extractor's rules (issue 18), each with a text of our own words it must
 * read right. Every expectation names the rule it checks.
 */
import { describe, expect, it } from 'vitest';
import { extract, pairs, unknownNotes } from '../../support/extract-drafts.ts';

describe('an event named by a noun or a passive, told earlier', () => {
  it('links "two days after the strike" to the strike told before, not a later attack', () => {
    const text = [
      'A drone strike hit a house outside Datta Khel on Sunday.',
      'Mourners gathered in Datta Khel the next day, chanting against the strike.',
      'Two days after the strike, tribesmen began a sit-in in Peshawar.',
      'The army blamed militants for an attack on a checkpoint in Bannu on Nov. 8.',
    ].join(' ');
    expect(pairs(extract(text, '2024-11-13'))).toContain('2024-11-12 Peshawar:where');
  });

  it('links "a day after the bridge was lost" to the clause that swept the bridge away', () => {
    const text = [
      'On Sunday, the river swept away the bridge near Chitral, and the next day a mudflow buried the road near Gilgit.',
      'A day after the bridge was lost, hotel owners staged a protest in Peshawar.',
    ].join(' ');
    expect(pairs(extract(text, '2025-06-18'))).toContain('2025-06-16 Peshawar:where');
  });
});

describe('unknown small towns in a place slot', () => {
  it('finds a town after "flew to", "out of" and "above", drawn at the unit the text gives', () => {
    const text = [
      'BANNU, Pakistan, Nov. 13, 2024 (Wire) – The minister flew to Gharkot yesterday to meet the elders of Bannu.',
      'This morning a helicopter lifted 12 stranded climbers out of Torghar, where they had been stuck for days.',
    ].join(' ');
    const drafts = extract(text, '2024-11-13');
    expect(unknownNotes(drafts)).toEqual(
      expect.arrayContaining(['unknown place: Gharkot, in Bannu', 'unknown place: Torghar, in Pakistan']),
    );
    expect(pairs(drafts)).toContain('2024-11-12 Gharkot:where');
    expect(pairs(drafts)).not.toContain('2024-11-13 Pakistan:where');
  });

  it('finds "on Tarkhel island" and "In neighbouring Gharkot district", with a capital "In"', () => {
    const text =
      'PESHAWAR, Pakistan, July 4, 2024 (Wire) – Boats reached villages on Tarkhel island this morning. In neighbouring Gharkot district, the authorities closed all schools on 1 July 2024.';
    const drafts = extract(text, '2024-07-04');
    expect(pairs(drafts)).toEqual(expect.arrayContaining(['2024-07-04 Tarkhel:where', '2024-07-01 Gharkot:where']));
  });

  it('puts a town "in Ghizer district", a unit no index holds, in the country, not in a later town', () => {
    const text =
      'CHITRAL, Pakistan, June 18, 2025 (Wire) – The trouble began on 14 June 2025, when a glacial lake burst above Torghar in Ghizer district, washing away a stretch of the road on the Gilgit side of the pass.';
    const drafts = extract(text, '2025-06-18');
    expect(unknownNotes(drafts)).toContain('unknown place: Torghar, in Pakistan');
    // "the Gilgit side": a side, not where the flood was.
    expect(pairs(drafts)).not.toContain('2025-06-14 Gilgit:where');
  });
});

describe('areas beside a town no index holds, and names that are no town', () => {
  it('puts a town no index holds in the province the draft gives, which is then only mentioned', () => {
    const text =
      'GUWAHATI, India, July 4, 2024 (Wire) – On Wednesday a boat capsized near Tarkhel, and three people drowned. Floods are a yearly hazard in Assam.';
    const drafts = extract(text, '2024-07-04');
    expect(unknownNotes(drafts)).toContain('unknown place: Tarkhel, in Assam');
    expect(pairs(drafts)).not.toContain('2024-07-03 Assam:where');
    expect(pairs(drafts)).not.toContain('2024-07-03 India:where');
  });

  it('reads no town in a part of a known name ("Baltistan" of Gilgit-Baltistan) or half a unit’s name', () => {
    const text = [
      'GILGIT, Pakistan, Oct. 19, 2023 (Wire) – A strike spread across Gilgit-Baltistan.',
      'Yesterday, several thousand people marched through Skardu, the largest town in Baltistan.',
      'On Saturday guards exchanged fire near Milak, in Sistan and Baluchestan province.',
    ].join(' ');
    const drafts = extract(text, '2023-10-19');
    const notes = unknownNotes(drafts).join('; ');
    expect(notes).not.toContain('Baltistan,');
    expect(notes).not.toContain('Sistan,');
    expect(notes).toContain('unknown place: Milak');
    // "marched through Skardu": where the march was.
    expect(pairs(drafts)).toContain('2023-10-18 Skardu:where');
  });

  it('takes no event place from an accusation ("accusing guards of crossing into the district of Kang")', () => {
    const text =
      'KABUL, Afghanistan, Sept. 5, 2024 (Wire) – The ministry in Kabul summoned the ambassador on Monday, accusing Iranian guards of crossing into the Afghan district of Kang.';
    const drafts = extract(text, '2024-09-05');
    expect(unknownNotes(drafts).join('; ')).not.toContain('Kang');
    expect(pairs(drafts)).toContain('2024-09-02 Kabul:where');
  });
});

describe('one sentence, one date, one scene', () => {
  it('puts an event its clause places nowhere, or only in a country, at the place of its sentence’s event of the same date', () => {
    const text = [
      'GUWAHATI, India, July 4, 2024 (Wire) – Floods spread across Assam.',
      'The chief minister flew to Tarkhel yesterday to review the relief effort and announced compensation for each family.',
      'The next day he flew to Lahore, where he met the chief minister of Punjab and laid a wreath at the tomb of a poet who is revered in Iran as well as in Pakistan.',
    ].join(' ');
    const found = pairs(extract(text, '2024-07-04'));
    expect(found).not.toContain('2024-07-03 India:where');
    expect(found).not.toContain('2024-07-04 Iran:where');
    expect(found).not.toContain('2024-07-04 Pakistan:where');
  });
});

describe('the place of one who speaks', () => {
  it('takes no event place from "an activist in Islamabad said strikes of this kind …"', () => {
    const text =
      'The army blamed militants for an attack on a checkpoint near Bannu on Nov. 8. A human rights activist in Islamabad said strikes of this kind "turn villagers into enemies".';
    expect(pairs(extract(text, '2024-11-13'))).toEqual(['2024-11-08 Bannu:where']);
  });
});

describe('a capital that acts', () => {
  it('puts "Kabul answered on Monday, summoning Iran’s ambassador" in Kabul, not Iran', () => {
    const text =
      'ZARANJ, Afghanistan, Sept. 5, 2024 (Wire) – Kabul answered on Monday, summoning Iran’s ambassador to the foreign ministry.';
    const found = pairs(extract(text, '2024-09-05'));
    expect(found).toContain('2024-09-02 Kabul:where');
    expect(found).not.toContain('2024-09-02 Iran:where');
  });
});

describe('a clause "where …" with a date of its own, and the area a town lies in', () => {
  it('reads ", where traders stopped clearing containers on October 12" as an event at the place before it', () => {
    const text =
      'GILGIT, Pakistan, Oct. 19, 2023 (Wire) – The protest began last week at Torghar, the dry port below the pass, where traders stopped clearing containers on October 12.';
    expect(pairs(extract(text, '2023-10-19'))).toContain('2023-10-12 Torghar:where');
  });

  it('reads no town in "Aliabad, the main bazaar town of Hunza": Hunza is the area Aliabad lies in', () => {
    const text =
      'GILGIT, Pakistan, Oct. 19, 2023 (Wire) – On Monday, shopkeepers in Aliabad, the main bazaar town of Hunza, pulled down their shutters.';
    const drafts = extract(text, '2023-10-19');
    expect(unknownNotes(drafts).join('; ')).not.toContain('Hunza');
    expect(pairs(drafts)).toContain('2023-10-16 Aliabad:where');
  });
});

describe('the side a town lies on', () => {
  it('puts "near Milak, on the Iranian side of the frontier" in Iran, not in the article’s country', () => {
    const text =
      'ZARANJ, Afghanistan, Sept. 5, 2024 (Wire) – The shooting broke out late on Saturday near Milak, on the Iranian side of the frontier.';
    expect(unknownNotes(extract(text, '2024-09-05'))).toContain('unknown place: Milak, in Iran');
  });
});
