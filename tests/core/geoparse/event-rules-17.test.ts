/**
 * Round fourteen, which day (issue 18): readings of a story's thread that a careful reader applies
 * to any article, each rule with sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { whenClauseBefore } from '../../../src/core/geoparse/when-clause.ts';
import { contentOf } from '../../../src/core/geoparse/briefings.ts';
import { spanBounds } from '../../../src/core/geoparse/resolve-dates.ts';
import { extract, pairs } from '../../support/extract-drafts.ts';

// Published Sunday 20 October 2024: "on Tuesday" is 15 October.
const published = '2024-10-20';

describe('a relative date counts from the story, not from a background aside', () => {
  it('takes a release told as the object of a pluperfect verb ("had secured the release") for background', () => {
    const text =
      'Two nurses were released on Tuesday near Kandahar, Afghanistan. ' +
      'A similar deal had secured the release of a teacher in Herat on 4 May 2019. ' +
      'On the morning after the release, the governor met elders in Lashkar Gah.';
    const got = pairs(extract(text, published));
    expect(got).toContain('2024-10-16 Lashkar Gāh:where');
    expect(got).not.toContain('2019-05-05 Lashkar Gāh:where');
  });

  it('names the anchor of "that evening" by the sentence\'s opening "After the …," clause', () => {
    expect(whenClauseBefore('After their release, the men rested that evening.', 34)).toEqual({
      start: 6,
      text: 'their release',
    });
    // A sentence with no "when …" and no opening "After …," clause names no anchor.
    expect(whenClauseBefore('They rested in the hotel that evening.', 30)).toBeNull();
    const text =
      'Two nurses were released on Tuesday near Kandahar, Afghanistan. ' +
      'On Thursday, an earthquake struck Herat. ' +
      'After the release, the nurses were examined by doctors in Lashkar Gah that evening.';
    const got = pairs(extract(text, published));
    expect(got).toContain('2024-10-15 Lashkar Gāh:where');
    expect(got).not.toContain('2024-10-17 Lashkar Gāh:where');
  });

  it('reads "set free" as a release, which "after the release" may name', () => {
    const text =
      'Two nurses were set free on Tuesday near Kandahar, Afghanistan. ' +
      'On Thursday, an earthquake struck Herat. ' +
      'A day after the release, the governor met elders in Lashkar Gah.';
    const got = pairs(extract(text, published));
    expect(got).toContain('2024-10-16 Lashkar Gāh:where');
    expect(got).not.toContain('2024-10-18 Lashkar Gāh:where');
  });
});

describe('the event nouns of triggers', () => {
  it('reads "the call" as the phone call told before ("hours after the call")', () => {
    const text =
      'The two prime ministers spoke by phone on Tuesday, Pakistan said. ' +
      'On Wednesday, a storm hit Karachi. ' +
      'Hours after the call, police in Gwadar released three Iranian fishermen.';
    const got = pairs(extract(text, published));
    expect(got).toContain('2024-10-15 Gwadar:where');
    expect(got).not.toContain('2024-10-16 Gwadar:where');
  });
});

describe('which day a clause tells', () => {
  it('reads "until Friday" as the day something lasts to, not the day its clause happened', () => {
    expect(pairs(extract('Police in Peshawar extended the curfew until Friday.', published))).toEqual([
      'null Peshawar:where',
    ]);
    expect(pairs(extract('Schools in Peshawar were closed until 17 October.', published))).toEqual([
      'null Peshawar:where',
    ]);
  });

  it('dates "on the same day as the landslide" from the landslide, not from the event told just before', () => {
    const text =
      'A landslide hit Chitral, Pakistan, on Monday. On Tuesday, a bridge collapsed in Swat. ' +
      'On the same day as the landslide, a tree fell on a bus near Dir.';
    const got = pairs(extract(text, published));
    expect(got).toContain('2024-10-14 Dir:where');
    expect(got).not.toContain('2024-10-15 Dir:where');
  });
});

describe('a clause that goes on with the scene before it', () => {
  it('drafts "the road was reopened the next day", naming no place, at the place of the event before', () => {
    const text =
      'Early on Monday, rocks buried the road near Chitral, Pakistan. Engineers reopened the road the next day. ' +
      'On Tuesday, traders in Peshawar shut their shops.';
    // Not merged into Tuesday's closure in Peshawar: a place taken from the story is still a place.
    expect(pairs(extract(text, published))).toEqual([
      '2024-10-14 Chitral:where',
      '2024-10-15 Chitral:where',
      '2024-10-15 Peshawar:where',
    ]);
  });
});

describe('an opening date with the words naming its anchor', () => {
  it('dates the main clause by "The morning after the talks, …", not by a later clause\'s "later this year"', () => {
    const text =
      'The minister arrived in Kabul on Tuesday for talks. The morning after the talks, he toured a school in ' +
      'Herat, where he announced a new budget for later this year.';
    expect(pairs(extract(text, published))).toContain('2024-10-16 Herāt:where');
  });

  it('leaves out the place of what an event invites to ("inviting him to a summit in Cairo")', () => {
    const text = 'The envoy met the king in Riyadh on Tuesday, inviting him to a summit in Cairo.';
    expect(pairs(extract(text, published))).toEqual(['2024-10-15 Riyadh:where']);
  });
});

describe('a briefing and what it says', () => {
  it('finds what a briefing says from its "that" to the clause\'s end', () => {
    const text = 'She told reporters in Lima that the vote on Sunday was calm.';
    const trigger = { start: 4, end: 18, text: 'told reporters', type: 'statement' as const };
    expect(contentOf(text, trigger, { start: 0, end: text.length })).toEqual({ start: 27, end: text.length });
    expect(contentOf(text, { ...trigger, text: 'condemned' }, { start: 0, end: text.length })).toBeNull();
  });

  it('drafts "told reporters in Lima on Monday" on Monday, not on the Sunday of what was told', () => {
    const text = 'The head of the mission told reporters in Lima on Monday that the vote on Sunday had been calm.';
    expect(pairs(extract(text, published))).toEqual(['2024-10-14 Lima:where']);
  });

  it('drafts a news conference where it was given, not at the places of what was said', () => {
    const text = 'The mayor said at a news conference in Quetta on Friday that work in Turbat would resume soon.';
    expect(pairs(extract(text, published))).toEqual(['2024-10-18 Quetta:where']);
  });

  it('reads no event in a verb inside quotation marks ("well organised")', () => {
    for (const text of [
      'Observers in Lima called the vote on Sunday "well organised".',
      'On Sunday the vote in Lima was “well organised and calm”.',
    ]) {
      expect(pairs(extract(text, published))).toEqual([]);
    }
  });
});

describe('the event a clause tells beside an aside', () => {
  it('reads "flood-hit villages" as a description of the place, no flood told', () => {
    const drafts = extract('Rescuers reached the flood-hit villages of Dadu, Pakistan, on Tuesday.', published);
    expect(drafts.map((d) => d.type)).toEqual(['visit']);
  });

  it('starts a clause at ", will tour … on Monday" after an aside (", who visited … on Thursday,")', () => {
    const text =
      'The governor, who visited a relief camp in Sukkur, Pakistan, on Thursday, will tour the flood-hit ' +
      'villages of Dadu on Monday, his office said.';
    expect(pairs(extract(text, published))).toEqual(['2024-10-17 Sukkur:to', '2024-10-21 Dadu:to']);
  });
});

describe('the places of a clause that opens with an anchor', () => {
  it('gives a place after "A day after the quake," to the clause\'s own event, not to the quake', () => {
    const text =
      'An earthquake struck near Bam, Iran, on Tuesday. A day after the quake, the main hospital in Kerman, the ' +
      'provincial capital, admitted 200 injured people brought by road.';
    expect(pairs(extract(text, published))).toContain('2024-10-16 Kerman:where');
  });

  it('reads "the Utmanzai tribe" as people, not a place', () => {
    const text = 'On Tuesday, members of the Utmanzai tribe began a sit-in in Miranshah, Pakistan.';
    expect(pairs(extract(text, published))).toEqual(['2024-10-15 Miran Shah:where']);
  });
});

describe('a lede that sums up days', () => {
  it('reads "killed six civilians over two days, officials said on Wednesday" as a span of two days, no one day', () => {
    const text = 'Shelling killed six civilians in Kunar, Afghanistan, over two days, officials said on Wednesday.';
    // Published Wednesday 16 April 2025.
    const drafts = extract(text, '2025-04-16').filter((d) => d.places.some((p) => p.name === 'Kunar'));
    expect(drafts.map((d) => d.span && spanBounds(d.span))).toEqual([{ start: '2025-04-15', end: '2025-04-16' }]);
    expect(drafts[0]?.span?.precision).toBe('range');
  });
});

describe('a coordinated predicate with a new time', () => {
  it('reads "… in Kandahar that evening and flown out the next day to Kabul" as two events, each with its day', () => {
    const text =
      'Two nurses were released on Tuesday near Herat, Afghanistan. ' +
      'They were examined by doctors in Kandahar that evening and flown out the next day to Kabul.';
    const got = pairs(extract(text, published));
    expect(got).toContain('2024-10-15 Kandahār:where');
    expect(got).toContain('2024-10-16 Kabul:to');
    expect(got).not.toContain('2024-10-15 Kabul:to');
  });
});
