/**
 * The seventh round of the extractor's rules, each with a text of our own words it must read
 * right. Every expectation names the rule it checks.
 */
import { describe, expect, it } from 'vitest';
import { findDates, spanBounds } from '../../../src/core/geoparse/resolve-dates.ts';
import { extract, pairs, unknownNotes } from '../../support/extract-drafts.ts';

const dayOf = (d: { span: Parameters<typeof spanBounds>[0] | null }) => (d.span ? spanBounds(d.span).start : 'none');

describe('a written date with a part of its day', () => {
  it('reads "on the night of March 3" as March 3, not as the night of publication', () => {
    const dates = findDates('A ferry sank off the coast on the night of March 3 with 40 people aboard.', '2025-03-06');
    expect(dates.map(dayOf)).toEqual(['2025-03-03']);
  });

  it('reads "shortly before midnight" as a time of that day, not a date counted from an event called midnight', () => {
    const dates = findDates('The bus overturned on 4 May, shortly before midnight, on a mountain road.', '2025-05-07');
    expect(dates.map(dayOf)).toEqual(['2025-05-04']);
    expect(dates.every((d) => d.kind !== 'relative-event')).toBe(true);
  });
});

describe('the ends of a route told in passing', () => {
  it('puts a crash at the place it happened, not at the ends of the route the vehicle was on', () => {
    const text =
      'SUKKUR, Pakistan, March 12, 2025 (Wire) – A passenger bus, travelling from Karachi to Lahore, overturned near Rohri on March 10, police said.';
    const located = pairs(extract(text, '2025-03-12'));
    expect(located).toContain('2025-03-10 Rohri:where');
    expect(located.some((p) => p.includes('Karachi') || p.includes('Lahore'))).toBe(false);
  });

  it('does not take a town no index holds as the event place when it is the start of the route', () => {
    const text =
      'SUKKUR, Pakistan, March 12, 2025 (Wire) – A goods train, running from Dhabeji to Peshawar, derailed near Rohri on March 10, officials said.';
    const located = pairs(extract(text, '2025-03-12'));
    expect(located).toContain('2025-03-10 Rohri:where');
    expect(located.some((p) => p.includes('Dhabeji'))).toBe(false);
  });
});

describe('a trip told from where it left to where it arrived', () => {
  const text = [
    'Nepal’s prime minister held talks in Beijing this morning, the last stop of a week abroad.',
    'The prime minister flew out of Kathmandu and arrived in Dhaka on Monday, where he met Bangladesh’s president.',
  ].join(' ');

  it('puts the visit and the meeting told with the arrival date at the destination, not the city left behind', () => {
    const located = pairs(extract(text, '2025-06-12'));
    expect(located).toContain('2025-06-09 Dhaka:to');
    expect(located).toContain('2025-06-09 Dhaka:where');
    expect(located.some((p) => p.includes('Kathmandu'))).toBe(false);
  });

  it('keeps the city left when the date is the departure’s', () => {
    const leaving = 'The prime minister left Kathmandu on Monday and reached Dhaka the same evening.';
    expect(pairs(extract(leaving, '2025-06-12'))).toContain('2025-06-09 Kathmandu:from');
  });
});

describe('a named site in a paragraph that names no place', () => {
  // `between` separates the last sentence from the one before: a blank line, or a space.
  const story = (between: string) =>
    'MULTAN, Pakistan, May 9, 2025 (Wire) – Traders in Multan kept their shops closed this morning after a fire at a cloth market.\n\n' +
    'On Tuesday evening, hundreds of mourners gathered for prayers in Bahawalpur, where three of the dead were buried.' +
    between +
    'The governor, who visited the injured at the Nishtar Hospital on Wednesday, promised compensation to every family.';

  it('puts it in the story’s town, not where an earlier paragraph’s event was', () => {
    const located = pairs(extract(story('\n\n'), '2025-05-09'));
    expect(located).toContain('2025-05-07 Multan:where');
    expect(located).not.toContain('2025-05-07 Bahawalpur:where');
  });

  it('puts it where the event told before it was when that is in the same paragraph', () => {
    const located = pairs(extract(story(' '), '2025-05-09'));
    expect(located).toContain('2025-05-07 Bahawalpur:where');
  });

  it('still reads "there" as the place told before, in whatever paragraph', () => {
    const text = [
      'MULTAN, Pakistan, May 9, 2025 (Wire) – Traders in Multan kept their shops closed this morning.',
      '',
      'On Tuesday, the chief minister arrived in Bahawalpur for the funerals.',
      '',
      'The next day he opened a new burns ward there.',
    ].join('\n');
    expect(pairs(extract(text, '2025-05-09'))).toContain('2025-05-07 Bahawalpur:where');
  });
});

describe('an anchor event named by its start', () => {
  it('counts "a week after the strike began" from the day the walkout began, not from the latest strike day told', () => {
    const text = [
      'KARACHI, Pakistan, Oct. 30, 2025 (Wire) – Dock workers in Karachi joined the strike this morning.',
      'The walkout began on Oct. 12, when crane drivers downed tools at the port in Gwadar.',
      'A week after the strike began, the union held a rally in Hyderabad.',
    ].join(' ');
    expect(pairs(extract(text, '2025-10-30'))).toContain('2025-10-19 Hyderabad:where');
  });
});

describe('an anchor event named by a noun', () => {
  const text = [
    'COLOMBO, Sri Lanka, June 20, 2025 (Wire) – A court in Colombo heard the appeal this morning.',
    'Voters queued at schools in Kandy on polling day, Thursday, June 12.',
    'The count was announced in Galle on Friday: the governing party won by 40 votes.',
    'Two days after the vote, students marched in Matara.',
  ].join(' ');

  it('reads "the vote" as polling day, not as the day a count of votes was told', () => {
    expect(pairs(extract(text, '2025-06-20'))).toContain('2025-06-14 Matara:where');
  });
});

describe('an anchor that would put the event after publication', () => {
  it('takes the earlier event the words name, not the one told in the opening paragraph', () => {
    const text = [
      'NAGPUR, India, Feb. 6, 2025 (Wire) – Investigators began an inquiry in Nagpur this morning into the derailment of a goods train.',
      'Twelve wagons left the tracks near Wardha on Feb. 3, spilling coal across the line.',
      'Two days after the derailment, the first passenger train passed through Wardha.',
    ].join(' ');
    const located = pairs(extract(text, '2025-02-06'));
    expect(located).toContain('2025-02-03 Wardha:where');
    expect(located).toContain('2025-02-05 Wardha:where');
  });
});

describe('a subject done on a day counted from another event', () => {
  it('ends the anchor "the riots" before the clause’s own verb, which keeps its own date and place', () => {
    const text = [
      'PESHAWAR, Pakistan, June 20, 2025 (Wire) – Shops reopened in Kohat this morning.',
      'Rioters burned cars in Kohat on June 10.',
      'The curfew imposed two days after the riots was lifted on Monday in Kohat.',
    ].join(' ');
    const link = findDates(text, '2025-06-20').find((d) => d.kind === 'relative-event')?.link;
    expect(link && link.anchor !== 'previous' ? link.anchor.text : null).toBe('the riots');
    expect(pairs(extract(text, '2025-06-20'))).toContain('2025-06-16 Kohat:where');
  });
});

describe('cases of a disease found in a place', () => {
  const text = (found: string) =>
    `POKHARA, Nepal, Oct. 9, 2025 (Wire) – Hospitals in Pokhara are full. ${found} Doctors have asked for more beds.`;

  it('reads "cases were confirmed in X on D" as an event there, though "confirm" alone is a saying', () => {
    const located = pairs(extract(text('Cholera cases were confirmed in Baglung on Oct. 2.'), '2025-10-09'));
    expect(located).toContain('2025-10-02 Baglung:where');
  });

  it('still reads "officials confirmed that …" as a saying', () => {
    const saying = text('Officials in Baglung confirmed on Oct. 2 that the water supply was safe.');
    expect(pairs(extract(saying, '2025-10-09')).some((p) => p.startsWith('2025-10-02'))).toBe(false);
  });

  it('reads "no new cases were reported in X" as no event', () => {
    const none = text('No new cases were reported in Baglung on Oct. 2.');
    expect(pairs(extract(none, '2025-10-09')).some((p) => p.includes('Baglung'))).toBe(false);
  });

  it('puts a "where" clause at the place named just before it', () => {
    const located = pairs(
      extract(
        text('The outbreak began in a camp and moved to Kusma, where an outbreak was reported on Oct. 4.'),
        '2025-10-09',
      ),
    );
    expect(located).toContain('2025-10-04 Kusma:where');
  });

  it('dates what "was reported on D", not a saying on D', () => {
    const located = pairs(extract(text('An outbreak of measles was reported on Oct. 3 in Baglung.'), '2025-10-09'));
    expect(located).toContain('2025-10-03 Baglung:where');
  });

  it('reads a date before a word that starts like "am" ("on Oct. 2 among pupils")', () => {
    const dates = findDates('Cases were confirmed on Oct. 2 among pupils of a school.', '2025-10-09');
    expect(dates.map(dayOf)).toEqual(['2025-10-02']);
  });
});

describe('a town no index holds, told as where something spread or as a route', () => {
  it('reads "spread to X" as a place, so the event is not put at the country', () => {
    const text =
      'LAHORE, Pakistan, Jan. 16, 2025 (Wire) – Nurses in Lahore marched this morning. The walkout spread to Kotmirza on Monday, when nurses at two hospitals stopped work.';
    const located = pairs(extract(text, '2025-01-16'));
    expect(located).toContain('2025-01-13 Kotmirza:where');
    expect(located).not.toContain('2025-01-13 Pakistan:where');
  });

  it('does not draw such a town in a place that only names a route with another ("the Lahore–Multan line")', () => {
    const text =
      'LAHORE, Pakistan, Jan. 16, 2025 (Wire) – Nurses in Lahore marched this morning. On Monday a goods train derailed near Dherkalan on the Lahore–Multan line.';
    expect(unknownNotes(extract(text, '2025-01-16'))).toContain('unknown place: Dherkalan, in Pakistan');
  });
});

describe('a date told as a possessive ("Monday’s blast")', () => {
  it('dates the noun it is told with, and the clause’s other date is its verb’s event', () => {
    const text =
      'MARDAN, Pakistan, March 6, 2025 (Wire) – Lawyers gathered outside the courts in Mardan this morning to mourn the victims of Monday’s blast.';
    const drafts = extract(text, '2025-03-06');
    expect(pairs(drafts)).toContain('2025-03-06 Mardan:where');
    expect(drafts.find((d) => d.type === 'attack')?.dateText).toBe('Monday');
  });
});

describe('a verb that starts like a date word', () => {
  it('reads no date in "if the strike lasts another week"', () => {
    expect(findDates('Exporters fear losses if the strike lasts another week.', '2025-03-03')).toEqual([]);
  });
});

describe('a verb joined after a closed anchor', () => {
  it('ends the anchor "the attack" before "and met", which is the traveller’s event that day', () => {
    const text = [
      'QUETTA, Pakistan, May 9, 2025 (Wire) – Traders in Quetta held a vigil this morning.',
      'A bomb exploded in Mastung on May 5.',
      'The minister arrived a day after the attack and met officials in Kalat.',
    ].join(' ');
    const link = findDates(text, '2025-05-09').find((d) => d.kind === 'relative-event')?.link;
    expect(link && link.anchor !== 'previous' ? link.anchor.text : null).toBe('the attack');
    expect(pairs(extract(text, '2025-05-09'))).toContain('2025-05-06 Kalat:where');
  });
});

describe('"the X held the day after Y"', () => {
  it('dates the rally from the funeral and puts it where the clause’s verb says, outside the anchor', () => {
    const text = [
      'GALLE, Sri Lanka, June 20, 2025 (Wire) – Mourners gathered in Matara this morning.',
      'The funeral of the candidate was held in Matara on Sunday.',
      'A rally held the day after the funeral drew thousands in Galle.',
    ].join(' ');
    const drafts = extract(text, '2025-06-20');
    const rally = drafts.find((d) => d.type === 'protest');
    expect(rally && dayOf(rally)).toBe('2025-06-16');
    expect(rally?.places.map((p) => `${p.name}:${p.role}`)).toContain('Galle:where');
  });
});

describe('an event told again as one the reader knows ("the blaze")', () => {
  it('keeps the place of the event of its kind told just before', () => {
    const text =
      'LAHORE, Pakistan, April 8, 2025 (Wire) – A fire broke out at a warehouse in Sialkot late on Monday, and firemen were still fighting the blaze this morning.';
    expect(pairs(extract(text, '2025-04-08'))).toContain('2025-04-08 Sialkot:where');
  });
});

describe('towns from the country shards, read as a reader would', () => {
  it('puts the event of a ", where …" clause at a known town before it', () => {
    const text = [
      'KATHMANDU, Nepal, Oct. 2, 2025 (Wire) – Health officials opened a clinic in Biratnagar this morning.',
      'Inspectors traced the outbreak to Itahari, where the first cases were confirmed on Sept. 25.',
    ].join(' ');
    expect(pairs(extract(text, '2025-10-02'))).toContain('2025-09-25 Itahari:where');
  });

  it('puts a train that passed through a town in the town, not in the country', () => {
    const text = [
      'CHENNAI, India, Feb. 11, 2025 (Wire) – Engineers repaired the track near Kakinada on Sunday.',
      'The next day the first goods train passed slowly through Tuni, officials said.',
    ].join(' ');
    const found = pairs(extract(text, '2025-02-11'));
    expect(found).toContain('2025-02-10 Tuni:where');
    expect(found).not.toContain('2025-02-10 India:where');
  });

  it('names a town as the article writes it, not with the GeoNames diacritics', () => {
    const text =
      'CHENNAI, India, Feb. 11, 2025 (Wire) – Engineers repaired the track near Kakinada on Sunday, officials said.';
    const names = extract(text, '2025-02-11').flatMap((d) => d.places.map((p) => p.name));
    expect(names).toContain('Kakinada');
    expect(names.some((n) => /\p{M}|ā/u.test(n.normalize('NFD')))).toBe(false);
  });
});
