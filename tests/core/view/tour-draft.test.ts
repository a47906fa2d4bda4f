import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  checkDraft,
  draftToFile,
  idFromTitle,
  roundCamera,
  type TourDraft,
} from '../../../src/core/view/tour-draft.ts';
import { validateParts } from '../../../src/core/dataset/validate-dataset.ts';
import { validateTour } from '../../../src/core/view/tour.ts';

const ROOT = new URL('../../../', import.meta.url);
const read = (path: string): unknown => JSON.parse(readFileSync(new URL(path, ROOT), 'utf8')) as unknown;
const parts = validateParts({
  sources: read('geodata/sources.json'),
  places: read('geodata/places.geojson'),
  events: read('geodata/events.json'),
});
if (!parts.ok) throw new Error('the shipped dataset is invalid');
const dataset = parts.dataset;

const good: TourDraft = {
  id: 'lesson-4',
  title: 'Lesson 4',
  description: '  ',
  steps: [
    {
      time: '2011-03-17',
      event: 'datta-khel-strike',
      camera: { lon: 70.1, lat: 33, zoom: 7 },
      caption: ' The strike. ',
      question: '',
    },
    { time: '2011-05-02', event: null, camera: null, caption: 'Abbottabad.', question: 'What changed?' },
  ],
};

describe('draftToFile', () => {
  test('a draft becomes a tour file the checker accepts; empty texts are left out', () => {
    const file = draftToFile(good, dataset.id);
    expect(file).toEqual({
      id: 'lesson-4',
      title: 'Lesson 4',
      dataset: dataset.id,
      steps: [
        {
          time: '2011-03-17',
          event: 'datta-khel-strike',
          camera: { lon: 70.1, lat: 33, zoom: 7 },
          caption: 'The strike.',
        },
        { time: '2011-05-02', caption: 'Abbottabad.', question: 'What changed?' },
      ],
    });
    expect(validateTour(file, dataset).ok).toBe(true);
  });

  test('the draft is not changed', () => {
    const copy = structuredClone(good);
    draftToFile(good, dataset.id);
    expect(good).toEqual(copy);
  });
});

describe('checkDraft', () => {
  test('a good draft has no problems', () => {
    expect(checkDraft(good, dataset).count).toBe(0);
  });

  test('each problem is filed under the field it is about', () => {
    const bad: TourDraft = {
      ...good,
      id: 'Lesson 4',
      title: '',
      steps: [
        { ...good.steps[0]!, caption: '' },
        { ...good.steps[1]!, time: '2011-02-30', event: 'datta-khel-strik' },
      ],
    };
    const { fields, general } = checkDraft(bad, dataset);
    expect(fields.get('id')?.[0]).toMatch(/lower-case letters/);
    expect(fields.get('title')?.[0]).toMatch(/must not be empty/);
    expect(fields.get('steps[0].caption')?.[0]).toMatch(/must not be empty/);
    expect(fields.get('steps[1].time')?.[0]).toMatch(/does not exist in the calendar/);
    expect(general).toEqual([]);
  });

  test('an event the dataset lacks is named with a suggestion; no steps is a general problem', () => {
    const typo = checkDraft({ ...good, steps: [{ ...good.steps[0]!, event: 'datta-khel-strik' }] }, dataset);
    expect(typo.fields.get('steps[0].event')?.[0]).toMatch(
      /unknown event "datta-khel-strik".*did you mean "datta-khel-strike"/,
    );
    const empty = checkDraft({ ...good, steps: [] }, dataset);
    expect(empty.general).toEqual(['steps: a tour needs at least one step (found [])']);
  });
});

describe('helpers', () => {
  test.each([
    { title: 'The 2011 crisis!', id: 'the-2011-crisis' },
    { title: '  Café — Lahore  ', id: 'cafe-lahore' },
    { title: '!!!', id: '' },
  ])('idFromTitle($title) = "$id"', ({ title, id }) => {
    expect(idFromTitle(title)).toBe(id);
  });

  test('roundCamera keeps about 10 m and a hundredth of a zoom level', () => {
    expect(roundCamera({ lon: 70.123456, lat: 33.987654, zoom: 6.54321 })).toEqual({
      lon: 70.1235,
      lat: 33.9877,
      zoom: 6.54,
    });
  });
});
