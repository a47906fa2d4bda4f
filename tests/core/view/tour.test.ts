/**
 * Guided tours: good tour files play, broken ones say what is wrong and where (a JSON path), and
 * the shipped tour fits the shipped dataset. Fixtures are files: tests/fixtures/tours/good and
 * tests/fixtures/tours/broken, one mistake per broken file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dayFromYmd, formatDay } from '../../../src/core/time/day.ts';
import { eventSpan } from '../../../src/core/time/event-times.ts';
import type { Dataset } from '../../../src/core/dataset/schema.ts';
import { describeProblems, parseTour, validateTour, type TourFile } from '../../../src/core/view/tour.ts';
import { validateParts } from '../../../src/core/dataset/validate-dataset.ts';
import { COPY_RUN_LENGTH, copiedRuns } from '../../../src/core/dataset/copy-check.ts';

const REPO_ROOT = new URL('../../../', import.meta.url);
const FIXTURES = new URL('tests/fixtures/tours/', REPO_ROOT);
const SHIPPED_TOURS = new URL('geodata/tours/', REPO_ROOT);
const FINGERPRINTS = new URL('tests/fixtures/article-fingerprints.json', REPO_ROOT);
/** What the issue asks of the shipped tour through the crisis. */
const SHIPPED_STEPS = { min: 7, max: 10 };

const readJson = (url: URL): unknown => JSON.parse(readFileSync(url, 'utf8')) as unknown;
const jsonFiles = (dir: URL) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();

/**
 * Steps of a tour that are not on their event's day: a step must show its event while it happens,
 * not before it starts (the map would not draw it) nor after it ends (the class would read about
 * something already over, e.g. the 2 May raid on "15 May").
 */
function stepsOffTheirEventsDay(tour: TourFile, dataset: Dataset): string[] {
  const events = new Map(dataset.events.map((e) => [e.id, e]));
  return tour.steps.flatMap((step, i) => {
    if (step.event === undefined) return [];
    const event = events.get(step.event);
    if (event === undefined) return [`steps[${i}]: no event "${step.event}"`];
    const span = eventSpan(event);
    const day = dayFromYmd(...(step.time.split('-').map(Number) as [number, number, number]));
    if (day >= span.first && day <= span.last) return [];
    return [`steps[${i}]: ${step.time} is outside "${event.id}" (${formatDay(span.first)} to ${formatDay(span.last)})`];
  });
}

function loadShipped(): Dataset {
  const result = validateParts({
    sources: readJson(new URL('geodata/sources.json', REPO_ROOT)),
    places: readJson(new URL('geodata/places.geojson', REPO_ROOT)),
    events: readJson(new URL('geodata/events.json', REPO_ROOT)),
  });
  if (!result.ok) throw new Error(`the shipped dataset is invalid:\n${describeProblems(result.problems).join('\n')}`);
  return result.dataset;
}

const dataset = loadShipped();

describe('good tours', () => {
  it.each(jsonFiles(new URL('good/', FIXTURES)))('%s is valid', (file) => {
    const result = parseTour(readFileSync(new URL(`good/${file}`, FIXTURES), 'utf8'), dataset);
    expect(result.ok ? [] : describeProblems(result.problems)).toEqual([]);
  });

  it('turns each step time into an epoch day and keeps optional fields only when given', () => {
    const result = validateTour(readJson(new URL('good/three-steps.json', FIXTURES)), dataset);
    if (!result.ok) throw new Error(describeProblems(result.problems).join('\n'));
    const [first, second] = result.tour.steps;
    expect(first).toEqual({
      day: dayFromYmd(2011, 3, 16),
      event: 'davis-release',
      camera: { lon: 74.35, lat: 31.56, zoom: 6 },
      caption: 'Davis is released in Lahore.',
      question: 'Why was the release controversial?',
    });
    expect(second).toEqual({ day: dayFromYmd(2011, 3, 17), caption: second?.caption });
  });

  it('does not change the object it checks', () => {
    const input = readJson(new URL('good/three-steps.json', FIXTURES));
    const before = structuredClone(input);
    validateTour(input, dataset);
    expect(input).toEqual(before);
  });
});

/** Each broken fixture, the path its problem must name, and what the message must say. */
const BROKEN: { file: string; path: string; message: RegExp }[] = [
  { file: 'truncated.json', path: '$', message: /invalid JSON at line \d+, column \d+.*truncated/ },
  { file: 'missing-caption.json', path: 'steps[1].caption', message: /missing: expected a string/ },
  { file: 'impossible-date.json', path: 'steps[0].time', message: /does not exist in the calendar.*"2011-02-30"/ },
  { file: 'month-only-time.json', path: 'steps[0].time', message: /one day written YYYY-MM-DD.*found "2011-03"/ },
  {
    file: 'unknown-event.json',
    path: 'steps[1].event',
    message: /unknown event "datta-khel-drone-strike".*did you mean "datta-khel-strike"/,
  },
  { file: 'before-event.json', path: 'steps[0].time', message: /before the event "datta-khel-strike" starts/ },
  { file: 'outside-range.json', path: 'steps[0].time', message: /outside the dataset's time range \(2003-01-01 to / },
  {
    file: 'misspelt-field.json',
    path: 'steps[0]',
    message: /unknown field "questoin": expected time, event, .*question/,
  },
  { file: 'bad-camera.json', path: 'steps[0].camera.lat', message: /latitude is -85 to 85.*169\.7/ },
  { file: 'no-steps.json', path: 'steps', message: /at least one step/ },
  { file: 'other-dataset.json', path: 'dataset', message: /for the dataset "syria-2013".*"us-pakistan-2011"/ },
  { file: 'bad-id.json', path: 'id', message: /lower-case letters.*"Crisis 2011"/ },
];

describe('broken tours', () => {
  it('every broken fixture is in the table, and every row has its file', () => {
    expect(BROKEN.map((b) => b.file).sort()).toEqual(jsonFiles(new URL('broken/', FIXTURES)));
  });

  it.each(BROKEN)('$file: $path', ({ file, path, message }) => {
    const result = parseTour(readFileSync(new URL(`broken/${file}`, FIXTURES), 'utf8'), dataset);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.path).toBe(path);
    expect(result.problems[0]?.message).toMatch(message);
  });

  it('lists every problem in a file, not only the first', () => {
    const result = validateTour(
      {
        id: 'several',
        title: 'Several mistakes',
        steps: [
          { time: '2011-03-17', event: 'nope', caption: 'x' },
          { time: '2011-13-01', caption: '' },
        ],
      },
      dataset,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    // Schema problems come first; the dataset checks run once the file is well-formed.
    expect(result.problems.map((p) => p.path)).toEqual(['steps[1].time', 'steps[1].caption']);
  });

  it('says what a file that is not a tour at all is', () => {
    const result = validateTour([1, 2, 3], dataset);
    expect(result.ok ? [] : describeProblems(result.problems)).toEqual([
      expect.stringMatching(/^\$: .*expected object/),
    ]);
  });
});

describe('the shipped tours', () => {
  const files = jsonFiles(SHIPPED_TOURS);

  it('include the tour through the 2011 crisis', () => {
    expect(files).toContain('crisis-2011.json');
  });

  it.each(files)('%s is valid against the shipped dataset, and its id is its file name', (file) => {
    const result = validateTour(readJson(new URL(file, SHIPPED_TOURS)), dataset);
    if (!result.ok) throw new Error(describeProblems(result.problems).join('\n'));
    expect(`${result.tour.id}.json`).toBe(file);
  });

  it(`the crisis tour has ${SHIPPED_STEPS.min}–${SHIPPED_STEPS.max} steps in time order, each with a question`, () => {
    const result = validateTour(readJson(new URL('crisis-2011.json', SHIPPED_TOURS)), dataset);
    if (!result.ok) throw new Error(describeProblems(result.problems).join('\n'));
    const days = result.tour.steps.map((s) => s.day);
    expect(days.length).toBeGreaterThanOrEqual(SHIPPED_STEPS.min);
    expect(days.length).toBeLessThanOrEqual(SHIPPED_STEPS.max);
    expect(days).toEqual([...days].sort((a, b) => a - b));
    expect(result.tour.steps.every((s) => s.question && s.event && s.camera)).toBe(true);
  });

  it.each(files)("%s puts every step on its event's day, within the event's span", (file) => {
    expect(stepsOffTheirEventsDay(readJson(new URL(file, SHIPPED_TOURS)) as TourFile, dataset)).toEqual([]);
  });

  it("the day check flags a step after its event's span and one before it, not one inside it", () => {
    const step = (time: string, event: string) => ({ time, event, caption: 'x' });
    const tour: TourFile = {
      id: 'off-days',
      title: 'Steps off their days',
      steps: [
        step('2011-05-15', 'bin-laden-raid'),
        step('2011-03-16', 'datta-khel-strike'),
        step('2011-01-27', 'davis-detention'),
        step('2011-03-16', 'davis-detention'),
      ],
    };
    expect(stepsOffTheirEventsDay(tour, dataset)).toEqual([
      'steps[0]: 2011-05-15 is outside "bin-laden-raid" (2011-05-02 to 2011-05-02)',
      'steps[1]: 2011-03-16 is outside "datta-khel-strike" (2011-03-17 to 2011-03-17)',
    ]);
  });

  it(`no caption or question shares ${COPY_RUN_LENGTH} words in a row with an article`, () => {
    const fingerprints = new Set((readJson(FINGERPRINTS) as { fingerprints: string[] }).fingerprints);
    expect(fingerprints.size).toBeGreaterThan(1000);
    const copied: string[] = [];
    for (const file of files) {
      const tour = readJson(new URL(file, SHIPPED_TOURS)) as { steps: { caption: string; question?: string }[] };
      tour.steps.forEach((step, i) => {
        for (const text of [step.caption, step.question ?? '']) {
          for (const run of copiedRuns(text, fingerprints)) copied.push(`${file} steps[${i}]: "${run}"`);
        }
      });
    }
    expect(copied).toEqual([]);
  });
});
