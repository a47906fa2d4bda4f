/**
 * Two readings of news English: a day an event is arranged for ("has called a march for
 * Saturday", "set the vote for Monday") lies ahead of publication, and the event is a plan on it,
 * as "will march on Saturday" is; and ", and" before a second event with a date of its own ends
 * the first event's clause, so each keeps its own day and place; and a section's number opening a
 * line ("2.2 - 30 June 2025:") is no day; a crossing is named after its place ("the Dilucu border
 * gate in Iğdır province"); and a dateline's spaced hyphen ends it ("NAIROBI, March 14 - On Monday").
 */
import { describe, expect, it } from 'vitest';
import { extract, pairs } from '../../support/extract-drafts.ts';

// Published Thursday 14 March 2024.
const published = '2024-03-14';
const dated = (text: string) => pairs(extract(text, published)).map((p) => p.replace(/:[\w-]+$/u, ''));

describe('an event called, set or scheduled for a day', () => {
  it('is planned for the coming weekday', () => {
    expect(
      dated('MOMBASA, Kenya, March 14 - Dock workers have called a strike at the port of Mombasa for Saturday.'),
    ).toContain('2024-03-16 Mombasa');
    expect(dated('NAKURU, Kenya, March 14 - The county assembly set a fresh vote in Nakuru for Monday.')).toContain(
      '2024-03-18 Nakuru',
    );
  });

  it('leaves a day told in the past as the last one', () => {
    expect(
      dated('MOMBASA, Kenya, March 14 - Dock workers called a strike at the port of Mombasa on Saturday.'),
    ).toContain('2024-03-09 Mombasa');
    expect(
      dated('MOMBASA, Kenya, March 14 - Police in Mombasa called for calm on Saturday after clashes at the port.'),
    ).not.toContain('2024-03-16 Mombasa');
  });
});

describe('", and" before a second event with a date of its own', () => {
  it('gives each event its own date and place', () => {
    const found = dated(
      'NAIROBI, March 14 - A flood hit Kisumu on 3 August 2019, and a landslide buried houses in Kericho on 9 July 2021.',
    );
    expect(found).toEqual(expect.arrayContaining(['2019-08-03 Kisumu', '2021-07-09 Kericho']));
    expect(found).not.toContain('2019-08-03 Kericho');
    const history = dated(
      'NAIROBI, March 14 - The fire at a depot in Kisumu on 2 May 2018 killed nine people, and the blast at Kericho ' +
        'on 6 June 2015, in which 30 workers died, remains the worst in the region.',
    );
    expect(history).toEqual(expect.arrayContaining(['2018-05-02 Kisumu', '2015-06-06 Kericho']));
  });

  it('leaves a second event without a date of its own on the first one’s day', () => {
    expect(
      dated('NAIROBI, March 14 - A flood hit Kisumu on 3 August 2019, and a landslide buried houses in Kericho.'),
    ).toEqual(expect.arrayContaining(['2019-08-03 Kisumu', '2019-08-03 Kericho']));
  });
});

describe("a section's number opening a line", () => {
  const bulletin = (entry: string) =>
    `MINISTRY OF HEALTH - SITUATION UPDATE No. 2\nNairobi, 14 March 2024\n\n2. Summary of events\n\n${entry}\n`;

  it('is no day: "2.2 - 9 March 2024" is the ninth, not the second to the ninth', () => {
    expect(dated(bulletin('2.2 - 9 March 2024: Rapid response teams were deployed to Kericho.'))).toContain(
      '2024-03-09 Kericho',
    );
    expect(dated(bulletin('3.1.2. 11 March 2024: A case was confirmed in Kisumu.'))).toContain('2024-03-11 Kisumu');
  });

  it('leaves a range that opens a line a range', () => {
    expect(dated(bulletin('2 - 9 March 2024: Rapid response teams were deployed to Kericho.'))).not.toContain(
      '2024-03-09 Kericho',
    );
  });
});

describe('a crossing named after its place', () => {
  const unknownAt = (text: string) =>
    extract(text, published).flatMap((d) => d.places.filter((p) => p.unknown).map((p) => `${p.name}:${p.role}`));

  it('is that place, though no index holds it', () => {
    expect(
      unknownAt(
        'NAIROBI, Kenya, March 14 - Police arrested two smugglers at the Lwakhakha border gate in Bungoma on Monday.',
      ),
    ).toContain('Lwakhakha:where');
  });

  it('is not read on the way to it', () => {
    expect(
      unknownAt('NAIROBI, Kenya, March 14 - Police closed the road to the Lwakhakha border gate in Bungoma on Monday.'),
    ).not.toContain('Lwakhakha:where');
  });
});

describe("a dateline's hyphen before a sentence that opens with its day", () => {
  it('ends the dateline: "NAIROBI, March 14 - On Monday …" is Monday, not a range to it', () => {
    for (const dateline of ['NAIROBI, March 14', 'NAIROBI, Kenya, 14 March', 'NAIROBI, Kenya, March 14, 2024'])
      expect(dated(`${dateline} - On Monday police arrested two men in Kisumu.`)).toContain('2024-03-11 Kisumu');
  });

  it('leaves a range in the body a range', () => {
    const drafts = extract('Traders in Kisumu held a strike from March 4 - 8, officials said.', published);
    expect(drafts.map((d) => d.span?.precision)).toEqual(['range']);
  });
});
