/**
 * Round nineteen, false hits (r19f): readings that keep a draft off a place or a day the text
 * does not give it, each as a careful reader of any news story applies it, with texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { extract, pairs } from '../../support/extract-drafts.ts';
import { namesNoDay } from '../../../src/core/geoparse/part-of-day-noun.ts';
import { backgroundSpans } from '../../../src/core/geoparse/background-notes.ts';
import { isSourcePlace } from '../../../src/core/geoparse/source-places.ts';
import { isForecastBound } from '../../../src/core/geoparse/forecast-dates.ts';
import { toldAsNone } from '../../../src/core/geoparse/state-told.ts';
import { purposeBefore } from '../../../src/core/geoparse/purpose-places.ts';
import { isOrigin } from '../../../src/core/geoparse/from-places.ts';
import { findTriggers } from '../../../src/core/geoparse/triggers.ts';
import { isPeopleOrigin, setAsideOrigins } from '../../../src/core/geoparse/people-from.ts';
import { isRouteEnd, type DraftPlace } from '../../../src/core/geoparse/event-places.ts';
import { isApposedReference } from '../../../src/core/geoparse/town-before.ts';
import type { PlaceMention } from '../../../src/core/geoparse/match-context.ts';
import { isLandmarkName, namesLandform } from '../../../src/core/geoparse/landmark-names.ts';

// Published Thursday 14 March 2024.
const published = '2024-03-14';
/** "date place" of each located place, whatever its role. */
const dated = (text: string, on = published) => pairs(extract(text, on)).map((p) => p.replace(/:[\w-]+$/u, ''));
const at = (text: string, name: string) => ({ start: text.indexOf(name) });
const named = (text: string, name: string) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length });

describe('people named by where they come from', () => {
  it('reads a phrase opening its clause as the people’s origin', () => {
    const a = 'A 70-year-old man from Kalpi was crushed by a falling wall in Orai on Monday.';
    expect(isPeopleOrigin(a, at(a, 'Kalpi'))).toBe(true);
    const b = 'Officials said that the girl from Dhanpur, aged six, died on Tuesday.';
    expect(isPeopleOrigin(b, at(b, 'Dhanpur'))).toBe(true);
    const c = 'On Wednesday, about 200 farmers from a village in Sirsa marched through Hisar.';
    expect(isPeopleOrigin(c, at(c, 'Sirsa'))).toBe(true);
  });

  it('does not read a verb’s "from" so', () => {
    const a = 'Soldiers evacuated about 1,200 people from Kalpi on Monday.';
    expect(isPeopleOrigin(a, at(a, 'Kalpi'))).toBe(false);
    const b = 'A helicopter flew the injured from Kalpi to Lucknow.';
    expect(isPeopleOrigin(b, at(b, 'Kalpi'))).toBe(false);
    const c = 'The minister spoke with his counterpart from Kathmandu.';
    expect(isPeopleOrigin(c, at(c, 'Kathmandu'))).toBe(false);
  });

  it('puts the event where the clause does, and at the origin only when the clause names no other place', () => {
    const story = (second: string) =>
      `Gunmen shot two policemen in Bhaipheru, a town in Kasur district, on Sunday. ${second}`;
    const elsewhere = dated(story('On Monday, a 40-year-old man from Bhaipheru was shot near Lahore.'));
    expect(elsewhere).toContain('2024-03-11 Lahore');
    expect(elsewhere).not.toContain('2024-03-11 Bhaipheru');
    expect(dated(story('On Monday, the son of a shopkeeper in Bhaipheru was shot dead.'))).toContain(
      '2024-03-11 Bhaipheru',
    );
    // Alone, the origin stands for the event: setAsideOrigins leaves it where it is.
    const alone = 'A herder from Kalpi was confirmed positive for anthrax.';
    const place = { role: 'where', mention: { start: alone.indexOf('Kalpi'), end: alone.indexOf('Kalpi') + 5 } };
    const drafted = [place] as unknown as DraftPlace[];
    setAsideOrigins(alone, drafted);
    expect(drafted[0]?.role).toBe('where');
  });
});

describe('a valley, a range, a town’s bridge', () => {
  const span = (text: string) => ({ start: 0, end: text.length, text });

  it('reads a name before "valley" or "mountains" as the land around, no place of the event', () => {
    const text =
      'Snow fell in Garam Chashma, a village in Chitral district, on Monday. ' +
      'Snow cut off dozens of homes in the upper Garam Chashma valley on Tuesday.';
    const got = dated(text);
    expect(got).toContain('2024-03-11 Garam Chashma');
    expect(got).not.toContain('2024-03-12 Garam Chashma');
    const range = 'Roads were shut at the foot of the Tirich mountains.';
    expect(isLandmarkName(span(range), named(range, 'Tirich'), [])).toBe(true);
  });

  it('reads an unknown bridge’s name as a landmark of the town named before it', () => {
    const got = dated('Flood water rose in Peshawar on Monday and reached the deck of the Warsak bridge.');
    expect(got).toEqual(['2024-03-11 Peshawar']);
  });

  it('keeps a bridge named in a sentence with no town before it, and a district’s valley', () => {
    const alone = 'On Monday, the old Ghulamabad bridge collapsed into the river.';
    expect(isLandmarkName(span(alone), named(alone, 'Ghulamabad'), [])).toBe(false);
    const valley = 'Snow closed roads in the Swat valley.';
    const swat = { ...named(valley, 'Swat'), kind: 'district', form: 'name' } as PlaceMention;
    expect(namesLandform(valley, swat)).toBe(false);
    expect(namesLandform(valley, { ...swat, kind: 'town' })).toBe(true);
  });

  it('reads "the Gulf of …" as a sea, not the port it is named after', () => {
    const gulf = 'The navy patrolled the Gulf of Oman on Monday.';
    const oman = { ...named(gulf, 'Oman'), kind: 'country', form: 'name' } as PlaceMention;
    expect(namesLandform(gulf, oman)).toBe(true);
    const port = 'The navy docked in Oman on Monday.';
    expect(namesLandform(port, { ...oman, ...named(port, 'Oman') })).toBe(false);
  });
});

describe('a bulletin speaking of itself', () => {
  const types = (s: string) => findTriggers(s).map((t) => t.type);
  it('reads "this release" as the document, no one set free', () => {
    expect(types('This release gathers the earlier bulletins and adds figures as of noon today.')).not.toContain(
      'release',
    );
    expect(types('Update 2 (this release) lists the new cases.')).not.toContain('release');
  });
  it('keeps a release of people', () => {
    expect(types('The release of the two engineers was secured on Friday.')).toContain('release');
    expect(types('The Ministry welcomed the release of the detained nurses.')).toContain('release');
  });
});

describe('a part of the day that names no day', () => {
  it('reads the first half of a compound as no time ("night-vision goggles")', () => {
    const text = 'Police in Quetta have long lacked night-vision goggles.';
    const at = text.indexOf('night');
    expect(namesNoDay(text, at, at + 5)).toBe(true);
    const late = 'The convoy reached Quetta late at night.';
    expect(namesNoDay(late, late.indexOf('night'), late.indexOf('night') + 5)).toBe(false);
  });

  it('reads "another night", "a night of …" as no day of their own', () => {
    const story = (second: string) => `Floods hit Peshawar on Monday. ${second}`;
    expect(dated(story('Hundreds of families spent another night in tents in Nowshera.'))).toEqual([
      '2024-03-11 Peshawar',
    ]);
    expect(dated(story('Hundreds of families spent the night in tents in Nowshera.'))).toContain('2024-03-11 Nowshera');
  });
});

describe('background told beside a log’s entries', () => {
  const log = (entry: string) =>
    'Live: floods in Sindh\n\nPublished 14 March 2024\n\nDay 1 — Tuesday 12 March\n\n09:00 — Water rose in Sukkur overnight.\n\n' +
    `Day 2 — Wednesday 13 March\n\n${entry}\n\n11:00 — Rescuers reached Larkana by boat.\n`;

  it('does not date an entry opening "For context:" by its header', () => {
    const got = dated(log('10:00 — For context: this is the third storm to hit Dadu in less than a month.'));
    expect(got).not.toContain('2024-03-13 Dadu');
    expect(got).toContain('2024-03-13 Larkana');
  });

  it('still dates an entry of news by its header', () => {
    expect(dated(log('10:00 — The storm hit Dadu hard, the district office said.'))).toContain('2024-03-13 Dadu');
  });

  it('does not date what a "Background" heading tells by the update above it', () => {
    const bulletin = (tail: string) =>
      'Sindh: cholera, health department bulletin\n\nPublished 14 March 2024\n\n' +
      'Update 1 — 11 March 2024\n\nThree cases were confirmed in Sukkur.\n\n' +
      `Update 2 — 13 March 2024\n\nTwo more cases were confirmed in Larkana.\n\n${tail}`;
    expect(dated(bulletin('Background\n\nMost cases in Dadu were confirmed among children.\n'))).not.toContain(
      '2024-03-13 Dadu',
    );
    expect(dated(bulletin('Most cases in Dadu were confirmed among children.\n'))).toContain('2024-03-13 Dadu');
    expect(backgroundSpans('Background\n\nCholera is common here.\n\nMedia contact\n\nPress office')).toEqual([
      { start: 10, end: 37 },
    ]);
  });
});

describe('a source’s or a body’s seat', () => {
  it('sets aside the seat of a source told after "according to"', () => {
    expect(
      dated(
        'On Monday, the river rose above the danger mark at Kotri, according to the irrigation department in Hyderabad.',
      ),
    ).toEqual(['2024-03-11 Kotri']);
    const text = 'Ten homes fell in Kalpi, according to the relief office in Orai.';
    expect(isSourcePlace(text, at(text, 'Orai'))).toBe(true);
  });

  it('sets aside a seat told in a "whose … is in" clause', () => {
    expect(
      dated('On Monday, the governor of Sindh, whose office is in Karachi, toured flooded villages near Dadu.'),
    ).toEqual(['2024-03-11 Dadu']);
  });

  it('keeps a readout’s places and the people of the place', () => {
    const readout = 'The two ministers spoke by phone, according to readouts issued in Baku and Yerevan.';
    expect(isSourcePlace(readout, at(readout, 'Baku'))).toBe(false);
    const residents = 'Water entered 300 homes, according to residents of Kalpi.';
    expect(isSourcePlace(residents, at(residents, 'Kalpi'))).toBe(false);
  });
});

describe('places that only say where another lies or where a way goes', () => {
  it('sets aside the far end of a route or a bridge', () => {
    expect(dated('On Monday, floods cut the main route used by lorries to Karachi near Hyderabad.')).toEqual([
      '2024-03-11 Hyderabad',
    ]);
    const bridge = 'Traffic on the bridge to Nepal was halted.';
    expect(isRouteEnd(bridge, named(bridge, 'Nepal'))).toBe(true);
  });

  it('sets aside a place told as upstream of, or across the border from, the event’s', () => {
    const river = 'Kotri, a town downstream of Hyderabad on the Indus, began evacuating families.';
    expect(isApposedReference(river, named(river, 'Hyderabad'))).toBe(true);
    const border = 'Officials met in Torkham, across the border from Landi Kotal, and agreed to reopen it.';
    expect(isApposedReference(border, named(border, 'Landi Kotal'))).toBe(true);
  });

  it('keeps a place the event reaches', () => {
    expect(dated('On Monday, floods cut the road in Hyderabad and reached Karachi.')).toContain('2024-03-11 Karachi');
    const went = 'Officials crossed the border from Landi Kotal on Monday.';
    expect(isApposedReference(went, named(went, 'Landi Kotal'))).toBe(false);
  });
});

describe('the bound of a forecast', () => {
  const log = (entry: string) =>
    'Live: floods in Sindh\n\nPublished 14 March 2024\n\nDay 1 — Tuesday 12 March\n\n09:00 — Water rose in Sukkur overnight.\n\n' +
    `Day 2 — Wednesday 13 March\n\n${entry}\n\n11:00 — Rescuers reached Larkana by boat.\n`;

  it('reads "could … by the weekend" as no day anything happened on', () => {
    const got = dated(
      log(
        '10:00 — The river fell in Dadu overnight, but the irrigation office warns that more rain could push it up again by the weekend.',
      ),
    );
    expect(got).toContain('2024-03-13 Dadu');
    expect(got).not.toContain('2024-03-09 Dadu');
    const until = 'Forecasters expect showers to continue until Friday.';
    expect(isForecastBound(until, { start: until.indexOf('Friday'), text: 'Friday' })).toBe(true);
  });

  it('keeps a deadline told of what happened', () => {
    expect(dated(log('10:00 — By the weekend, water had reached Dadu, the irrigation office said.'))).toContain(
      '2024-03-09 Dadu',
    );
    const past = 'Water had reached the town by Friday.';
    expect(isForecastBound(past, { start: past.indexOf('Friday'), text: 'Friday' })).toBe(false);
  });
});

describe('an event told as none', () => {
  it('reads "any raid", "no strike" as no event', () => {
    expect(extract('On Monday, the army denied any raid in Bannu.', published)).toEqual([]);
    const text = 'The statement did not mention any strike on the camp.';
    expect(toldAsNone(text, { start: text.indexOf('strike') })).toBe(true);
  });

  it('keeps an event told as done', () => {
    expect(dated('On Monday, the army carried out a raid in Bannu.')).toEqual(['2024-03-11 Bannu']);
    const text = 'Update No. 4 reports a strike on the camp.';
    expect(toldAsNone(text, { start: text.indexOf('strike') })).toBe(false);
  });
});

describe('a place in what the event is for', () => {
  it('sets aside the places of a purpose told after the event’s own place', () => {
    expect(
      dated(
        'On Monday, the health secretary met district officers in Sukkur to agree on a vaccination drive in Dadu and Larkana.',
      ),
    ).toEqual(['2024-03-11 Sukkur']);
    expect(purposeBefore(' in Sukkur to postpone the reopening of schools in ')).toBe(true);
  });

  it('keeps a list of the event’s places, an event told in the purpose, and a way somewhere', () => {
    expect(dated('On Monday, the health secretary met district officers in Sukkur and Dadu.')).toEqual([
      '2024-03-11 Sukkur',
      '2024-03-11 Dadu',
    ]);
    expect(dated('On Monday, protesters gathered in Karachi to denounce an attack in Quetta.')).toContain(
      '2024-03-11 Quetta',
    );
    expect(purposeBefore(' spread to villages in ')).toBe(false);
    expect(purposeBefore(' were taken to hospital in ')).toBe(false);
  });
});

describe('where the people a relative clause tells of came from', () => {
  const place = (text: string, name: string) => named(text, name);
  it('reads "who came from", "some of whom had travelled from" as the people’s origin', () => {
    const got = dated(
      'On Monday, hundreds of passengers were stranded at the ferry terminal in Sukkur, some of whom had travelled from Larkana.',
    );
    expect(got).toContain('2024-03-11 Sukkur');
    expect(got).not.toContain('2024-03-11 Larkana');
    const refugees = 'Most of the cases are among refugees who came from Sudan.';
    expect(isOrigin(refugees, place(refugees, 'Sudan'))).toBe(true);
  });

  it('keeps the end of a call told so', () => {
    expect(
      dated('On Monday, the minister spoke by telephone with the Iranian president, who called from Tehran.'),
    ).toEqual(['2024-03-11 Tehran']);
    const came = 'Relief lorries came from Sukkur on Monday.';
    expect(isOrigin(came, place(came, 'Sukkur'))).toBe(false);
  });
});

describe('the cause told after the event', () => {
  it('sets aside the places of "following a rise in cases in …"', () => {
    expect(
      dated(
        'On Monday, the district administration in Sukkur declared a health emergency, following a sharp rise in cases in Rohri and Pano Aqil.',
      ),
    ).toEqual(['2024-03-11 Sukkur']);
  });
  it('keeps the places the event itself is told in', () => {
    expect(
      dated('On Monday, the district administration declared a health emergency in Sukkur, Rohri and Pano Aqil.'),
    ).toEqual(['2024-03-11 Sukkur', '2024-03-11 Rohri', '2024-03-11 Pano Aqil']);
  });
});
