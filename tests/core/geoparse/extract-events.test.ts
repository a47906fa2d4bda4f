import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../src/core/geoparse/extract-events.ts';
import { mergeDrafts } from '../../../src/core/geoparse/merge-events.ts';
import { spanBounds } from '../../../src/core/geoparse/resolve-dates.ts';
import { draftsToDataset } from '../../../src/core/geoparse/events-dataset.ts';
import { findPublicationDate } from '../../../src/core/geoparse/publication-date.ts';
import { validateDataset } from '../../../src/core/dataset/validate-dataset.ts';
import { loadPlaceContext } from '../../../src/cli/extract-events.ts';

const loaded = loadPlaceContext();
const extract = (text: string, published: string, source = 'wire') =>
  extractEvents(text, { source, published, ...loaded });
const summary = (text: string, published: string) =>
  extract(text, published).map((d) => ({
    type: d.type,
    ...(d.span ? spanBounds(d.span) : {}),
    places: d.places.filter((p) => p.role !== 'mentioned').map((p) => `${p.name}:${p.role}`),
  }));

describe('extractEvents', () => {
  it('links "the next day" to the event told before it, and reads a trip as to', () => {
    const text = 'The spy chief went to Washington on 10 April 2011. He left the next day for Turkey.';
    expect(summary(text, '2011-04-25')).toEqual([
      { type: 'visit', start: '2011-04-10', end: '2011-04-10', places: ['Washington:to'] },
      { type: 'visit', start: '2011-04-11', end: '2011-04-11', places: ['Turkey:to'] },
    ]);
  });

  it('links "a day after the release" to the release, wherever in the text it is dated', () => {
    const text =
      'A drone strike hit Datta Khel a day after the release of the contractor. He was freed on March 16 in Lahore.';
    const strike = extract(text, '2011-08-02').find((d) => d.type === 'strike');
    expect(strike?.span && spanBounds(strike.span)).toEqual({ start: '2011-03-17', end: '2011-03-17' });
    expect(strike?.places.map((p) => p.name)).toEqual(['Datta Khel']);
  });

  it('puts a call from one place to another', () => {
    const text = 'On March 17, the ambassador in Islamabad phoned Washington to stop a strike.';
    const call = extract(text, '2011-08-02').find((d) => d.type === 'phone-call');
    expect(call?.places.map((p) => `${p.name}:${p.role}`)).toEqual(['Islamabad:from', 'Washington:to']);
  });

  it('draws an unknown town as its district, says so, and keeps the casualty figure as a claim', () => {
    const text = 'A drone struck a house in Mir Ali, in North Waziristan, on Friday, killing at least four militants.';
    const [strike] = extract(text, '2012-10-14');
    const place = strike?.places.find((p) => p.role === 'where');
    expect(place).toMatchObject({ name: 'Mir Ali', placeId: null, precision: 'district' });
    expect(strike?.notes).toContain('unknown place: Mir Ali, in North Waziristan');
    expect(strike?.claims[0]?.killed).toEqual({ min: 4, max: null, who: 'militants' });
  });

  it('merges one strike told by two articles and keeps both figures', () => {
    const a = extract('A drone strike on 17 March 2011 hit Datta Khel, killing 45 civilians.', '2011-04-25', 'rsis');
    const b = extract('The March 17 strike in Datta Khel killed at least 20 militants.', '2011-08-02', 'ap');
    const merged = mergeDrafts([...a, ...b]);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.sources).toEqual(['rsis', 'ap']);
    expect(merged[0]?.claims.map((c) => c.killed)).toEqual([
      { min: 45, max: 45, who: 'civilians' },
      { min: 20, max: null, who: 'militants' },
    ]);
  });

  it('writes a dataset the validator accepts', () => {
    const drafts = extract('A drone struck a house in Mir Ali, in North Waziristan, on Friday.', '2012-10-14');
    const { dataset } = draftsToDataset(
      drafts,
      [{ id: 'wire', title: 'Strike', published: '2012-10-14' }],
      loaded.context,
      {
        id: 'test',
        title: 'Test',
      },
    );
    const result = validateDataset(dataset);
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(dataset.places.features.find((f) => f.properties.name === 'Mir Ali')?.geometry.type).not.toBe('Point');
  });
});

describe('findPublicationDate', () => {
  it.each([
    ['PESHAWAR, Pakistan, Oct. 14, 2012 (Wire) – A drone…', { date: '2012-10-14', from: 'dateline' }],
    ['Headline\n\nBy Staff Reporter | 9 June 2013\n\nText', { date: '2013-06-09', from: 'byline' }],
    ['ISLAMABAD: no date in this dateline', null],
  ])('%s', (text, expected) => {
    const found = findPublicationDate(text);
    expect(found && { date: found.date, from: found.from }).toEqual(expected);
  });
});

describe('events found from a clause’s structure', () => {
  it('drafts a clause with a date, a place and a verb the trigger list lacks', () => {
    expect(summary('Dock workers in Karachi walked off the job on Monday.', '2021-03-18')).toEqual([
      { type: 'protest', start: '2021-03-15', end: '2021-03-15', places: ['Karachi:where'] },
    ]);
    expect(summary('Farmers blocked the main road in Lahore on Friday.', '2021-03-18')).toEqual([
      { type: 'other', start: '2021-03-12', end: '2021-03-12', places: ['Lahore:where'] },
    ]);
  });

  it('drafts nothing from a verb without a place, a date, or with a date still to come', () => {
    expect(summary('Farmers blocked the main road on Friday.', '2021-03-18')).toEqual([]);
    expect(summary('Farmers blocked the main road in Lahore.', '2021-03-18')).toEqual([]);
    expect(summary('Farmers in Lahore blocked roads after 12 years of waiting.', '2021-03-18')).toEqual([]);
  });

  it('reads the lemma of a classed verb: a convoy that reached a town made a trip there', () => {
    const [trip] = summary('An aid convoy reached Kabul on 14 August 2020.', '2020-08-20');
    expect(trip).toEqual({ type: 'visit', start: '2020-08-14', end: '2020-08-14', places: ['Kabul:to'] });
  });

  it('splits "…, and flew on to Tehran on Monday" into its own event', () => {
    const text = 'He travelled to Islamabad on Sunday, and flew on to Tehran on Monday.';
    expect(summary(text, '2018-10-22').map((d) => `${d.start} ${d.places.join(' ')}`)).toEqual([
      '2018-10-21 Islamabad:to',
      '2018-10-22 Tehran:to',
    ]);
  });

  it('drafts a clause whose only place is one we cannot find, drawn as the country', () => {
    const text = 'Floods hit Lahore last week. A bus overturned near Sheikhupura on Tuesday, injuring 14 people.';
    const bus = extract(text, '2019-06-12').find((d) => d.notes.some((n) => n.includes('Sheikhupura')));
    expect(bus?.type).toBe('accident');
    expect(bus?.span && spanBounds(bus.span)).toEqual({ start: '2019-06-11', end: '2019-06-11' });
    expect(bus?.notes).toContain('unknown place: Sheikhupura, in Pakistan');
  });

  it('keeps two events of one kind in one clause when each has its own date', () => {
    const text = 'Last month, a train derailed near Hyderabad, and in April floods swept through villages in Swat.';
    expect(summary(text, '2019-06-12')).toEqual([
      { type: 'accident', start: '2019-05-01', end: '2019-05-31', places: ['Hyderabad:where'] },
      { type: 'accident', start: '2019-04-01', end: '2019-04-30', places: ['Swat:where'] },
    ]);
    // One date: the kind's words are one event ("drone attacks … in one attack").
    expect(summary('A fire broke out in a Lahore market on Monday and the blaze spread.', '2019-06-12')).toHaveLength(
      1,
    );
  });

  it('types a fire as an accident and keeps its dead as a claim', () => {
    const [fire] = extract('A fire at a depot in Peshawar killed three men on Tuesday.', '2016-08-18');
    expect(fire?.type).toBe('accident');
    expect(fire?.claims.map((c) => c.killed?.min)).toEqual([3]);
  });
});
