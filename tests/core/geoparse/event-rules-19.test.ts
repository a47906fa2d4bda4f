/**
 * Round fifteen, which day (issue 18): readings of dates that a careful reader applies to any
 * article, each rule with sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/core/geoparse/resolve-dates.ts';
import { modifiesNoun } from '../../../src/core/geoparse/part-of-day-noun.ts';
import { extract, pairs } from '../../support/extract-drafts.ts';

// Published Friday 18 October 2024: "on Tuesday" is 15 October.
const published = '2024-10-18';
/** "date place" of each located place, whatever its role: this half of the rules is about the day. */
const dated = (text: string, on = published) => pairs(extract(text, on)).map((p) => p.replace(/:[\w-]+$/u, ''));

describe('a duration is no date', () => {
  it('reads "for a few seconds" as how long, not as a day', () => {
    const text = 'On Tuesday the hall fell silent for a few seconds, and then the crowd cheered.';
    expect(findDates(text, published).map((d) => d.text)).toEqual(['On Tuesday']);
  });

  it('keeps the weekday of a sentence that also tells how long something lasted', () => {
    const text =
      'When the judge read out the sentence on Tuesday, the courtroom in Quito went quiet for a few seconds before the lawyers shouted.';
    const got = dated(text);
    expect(got).toContain('2024-10-15 Quito');
    expect(got).not.toContain('2024-10-18 Quito');
  });
});

describe('a clock time beside "today" or "tonight" still counts from when it was told', () => {
  it('reads "at 14:30 today" and "20:30 tonight" as told from publication', () => {
    const kinds = findDates('The river rose at 14:30 today and again at about 20:30 tonight.', published).map(
      (d) => d.kind,
    );
    expect(kinds).toEqual(['relative-publication', 'relative-publication']);
  });

  it('dates an entry\'s "at 14:30 today" by the live blog\'s day header it sits under', () => {
    const text =
      'LIVE | Floods in Nepal\n\nFriday 18 October\n\n09:00 — Schools in Pokhara stayed shut this morning.\n\n' +
      'Thursday 17 October\n\n16:00 — A landslide hit Besisahar at around 14:30 today, blocking the highway.\n\n' +
      '08:00 — Rain fell all night in Pokhara, officials said.\n';
    const got = dated(text);
    expect(got).toContain('2024-10-17 Besisahar');
    expect(got).not.toContain('2024-10-18 Besisahar');
  });
});

describe("a live blog's entry that tells no date of its own happened on its header's day", () => {
  const blog =
    'LIVE | Floods in Nepal\n\nFriday 18 October 2024\n\n09:00 — Schools in Pokhara, Nepal, stayed shut this morning.\n\n' +
    'Wednesday 16 October 2024\n\n18:40 — Residents of Besisahar, Nepal, woke to a rain of mud and stones.\n\n' +
    '10:00 — The 2021 floods, which destroyed homes in Pokhara, are still remembered here.\n';

  it('dates a clause with a place and a verb but no date by the header it sits under', () => {
    const got = dated(blog);
    expect(got).toContain('2024-10-16 Besisahar');
  });

  it('does not give the header\'s day to a sentence that names another year ("The 2021 floods")', () => {
    expect(dated(blog)).not.toContain('2024-10-16 Pokhara');
  });
});

describe('a flashback goes on through its paragraph', () => {
  it('counts "two days later" from the flashback when the sentences between tell its scene', () => {
    const text =
      'Two engineers were freed near Gao, Mali, on Wednesday.\n\n' +
      'Their ordeal had begun on 4 March 2024, when gunmen stopped their truck near Ansongo. ' +
      'The driver was shot dead at the scene. Two days later, the burned truck was found in Gao.';
    const got = dated(text);
    expect(got).toContain('2024-03-06 Gao');
    expect(got).not.toContain('2024-10-18 Gao');
  });

  it('counts from the story again once a new paragraph begins', () => {
    const text =
      'Two engineers were freed near Gao, Mali, on Wednesday.\n\n' +
      'Their ordeal had begun on 4 March 2024, when gunmen stopped their truck near Ansongo. ' +
      'The driver was shot dead at the scene.\n\nTwo days later, the engineers were flown to Bamako.';
    expect(dated(text)).toContain('2024-10-18 Bamako');
  });
});

describe("the words naming an anchor end where the clause's own subject begins", () => {
  it('ends "the morning after the release they were flown to Bamako" at "the release"', () => {
    const [m] = findDates('The morning after the release they were flown to Bamako.', published);
    expect(m?.link?.anchor).toMatchObject({ text: 'the release', closed: true });
  });

  it("keeps the clause's place for the event, not for the anchor", () => {
    const text =
      'Two aid workers were released near Menaka, Mali, on Wednesday.\n\n' +
      'The morning after the release they were flown to Bamako on an army plane.';
    expect(dated(text)).toContain('2024-10-17 Bamako');
  });
});

describe("words naming an event no sentence told as such name the story's own", () => {
  it('counts "within hours of the verdict" from the story\'s first dated event', () => {
    const text =
      'When the judge read out the sentence in Quito, Ecuador, on Tuesday, the courtroom went quiet.\n\n' +
      'For the government, the result was a test. Within hours of the verdict, inmates in Machala took six guards hostage.\n\n' +
      'On Thursday, soldiers searched the prison in Latacunga.';
    const got = dated(text);
    expect(got).toContain('2024-10-15 Machala');
    expect(got).not.toContain('2024-10-17 Machala');
  });

  it("in a live blog told newest first, takes the story's first event from the bottom", () => {
    const text =
      'LIVE | Volcano in Guatemala\n\nFriday 18 October 2024\n\n10:00 — The president landed in Escuintla this morning.\n\n' +
      'Thursday 17 October 2024\n\n12:00 — Schools in Antigua Guatemala stayed shut a day after the eruption began.\n\n' +
      'Wednesday 16 October 2024\n\n07:00 — Residents of Alotenango, Guatemala, woke to a rain of ash.\n';
    const got = dated(text);
    expect(got).toContain('2024-10-17 Antigua Guatemala');
    expect(got).not.toContain('2024-10-19 Antigua Guatemala');
  });

  it('does not count "on the eve of the vote" from it: the vote may be still to come', () => {
    const text =
      'Police detained six protesters in Skopje, North Macedonia, on Tuesday.\n\n' +
      'The party has long opposed the deal. The envoy is due to meet party leaders in Ohrid on the eve of the vote, diplomats said.';
    expect(dated(text)).not.toContain('2024-10-14 Ohrid');
  });
});

describe('a part of the day before a noun says what kind of thing it is, not when', () => {
  it('reads "night flights" as a kind of flight and "at night and" as a time', () => {
    const flights = 'The airport is not equipped for night flights.';
    expect(modifiesNoun(flights, flights.indexOf('night'), flights.indexOf('night') + 5)).toBe(true);
    const atNight = 'The convoy left at night and reached Herat.';
    expect(modifiesNoun(atNight, atNight.indexOf('night'), atNight.indexOf('night') + 5)).toBe(false);
    const when = 'They heard it one night when the power was out.';
    expect(modifiesNoun(when, when.indexOf('night'), when.indexOf('night') + 5)).toBe(false);
  });

  it('gives no date to a sentence whose only time word is "night flights"', () => {
    const text =
      'Floods hit Herat, Afghanistan, on 3 May 2019.\n\n' +
      'Doctors said they had treated 58 patients and had sent six to Kabul by road, as the small airport was not equipped for night flights.';
    expect(dated(text)).not.toContain('2019-05-03 Kabul');
  });
});
