/**
 * Guided tours: a JSON file of steps a class walks through, each a day on the time axis with an
 * optional event to open, an optional camera, a caption in our own words and an optional question.
 * A tour is checked in two passes, like a dataset: the schema checks the file on its own, then
 * {@link validateTour} checks it against the dataset it will play over (the events exist, the days
 * are inside the dataset's time range). Every problem names the JSON path of the value at fault.
 */
import { z } from 'zod';
import { formatDay, parseCalendarDate } from '../time/day.ts';
import { datasetExtent, eventSpan, type EpochSpan } from '../time/event-times.ts';
import { parseJson } from '../dataset/load-dataset.ts';
import { languageTagSchema, translationsSchema, type Dataset } from '../dataset/schema.ts';
import type { Translations } from '../text/localise.ts';
import { formatPath, type Problem } from '../dataset/validate-dataset.ts';
import { describeValue, valueAt } from '../text/problem-text.ts';

const MAX_CAPTION_LENGTH = 600;
const MAX_QUESTION_LENGTH = 400;
const MAX_TITLE_LENGTH = 120;
const MAX_DESCRIPTION_LENGTH = 600;
/** A lesson, not a slideshow of the whole archive: longer tours are split into several. */
export const MAX_TOUR_STEPS = 40;
/** Past MapLibre's useful range for this app; as in the URL state. */
const MAX_ZOOM = 22;
/** Web Mercator stops at about ±85.05°. */
const MAX_LATITUDE = 85;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id is lower-case letters, digits and single hyphens, e.g. "crisis-2011"');
const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `at most ${max} characters`);

/** A step's day: exactly `YYYY-MM-DD` (a tour shows one day, not "some time in March"). */
const daySchema = z
  .string()
  .regex(DAY, 'a step time is one day written YYYY-MM-DD, e.g. "2011-03-17"')
  .refine((s) => parseCalendarDate(s) !== null, 'this date does not exist in the calendar');

export const tourCameraSchema = z.strictObject({
  lon: z.number().finite().min(-180, 'longitude is -180 to 180').max(180, 'longitude is -180 to 180'),
  lat: z
    .number()
    .finite()
    .min(-MAX_LATITUDE, `latitude is -${MAX_LATITUDE} to ${MAX_LATITUDE} on a web map`)
    .max(MAX_LATITUDE, `latitude is -${MAX_LATITUDE} to ${MAX_LATITUDE} on a web map`),
  zoom: z.number().finite().min(0, `zoom is 0 to ${MAX_ZOOM}`).max(MAX_ZOOM, `zoom is 0 to ${MAX_ZOOM}`),
});

export const tourStepSchema = z.strictObject({
  time: daySchema,
  /** Id of the event the step opens; it must have started by `time`. */
  event: id.optional(),
  camera: tourCameraSchema.optional(),
  /** What the class reads at this step, in our own words (never quoted from the sources). */
  caption: text(MAX_CAPTION_LENGTH),
  /** Something to discuss before moving on. */
  question: text(MAX_QUESTION_LENGTH).optional(),
  /** The caption and question in other languages, by language tag. */
  translations: translationsSchema({
    caption: text(MAX_CAPTION_LENGTH),
    question: text(MAX_QUESTION_LENGTH),
  }).optional(),
});

/** The tour file as written. `dataset` names the dataset id it was written for, when given. */
export const tourFileSchema = z.strictObject({
  id,
  title: text(MAX_TITLE_LENGTH),
  description: text(MAX_DESCRIPTION_LENGTH).optional(),
  dataset: id.optional(),
  /** The language the tour is written in (a BCP 47 tag); English when absent. */
  lang: languageTagSchema.optional(),
  /** The title and description in other languages, by language tag. */
  translations: translationsSchema({
    title: text(MAX_TITLE_LENGTH),
    description: text(MAX_DESCRIPTION_LENGTH),
  }).optional(),
  steps: z
    .array(tourStepSchema)
    .min(1, 'a tour needs at least one step')
    .max(MAX_TOUR_STEPS, `at most ${MAX_TOUR_STEPS} steps: split a longer tour in two`),
});
export type TourFile = z.infer<typeof tourFileSchema>;

/** A step ready to play: its day as an epoch day (see `day.ts`), never a loose string. */
export interface TourStep {
  day: number;
  event?: string;
  camera?: { lon: number; lat: number; zoom: number };
  caption: string;
  question?: string;
  translations?: Translations<'caption' | 'question'>;
}

export interface Tour {
  id: string;
  title: string;
  description?: string;
  /** The language the tour is written in; absent means English. */
  lang?: string;
  translations?: Translations<'title' | 'description'>;
  steps: TourStep[];
}

export type TourResult = { ok: true; tour: Tour } | { ok: false; problems: Problem[] };

/**
 * Check a parsed tour file against the dataset it will play over. On success the tour comes back
 * with each step's day as an epoch day; on failure every problem found is listed, with its path.
 *
 * @example
 * const result = validateTour(JSON.parse(text), dataset);
 * if (!result.ok) for (const p of result.problems) console.log(`${p.path}: ${p.message}`);
 */
export function validateTour(input: unknown, dataset: Dataset): TourResult {
  const parsed = tourFileSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: schemaProblems(parsed.error.issues, input) };
  const file = parsed.data;
  const problems = crossCheck(file, dataset);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, tour: toTour(file) };
}

/**
 * {@link validateTour} for the text of a file: a JSON syntax error is reported with its line and
 * column, as one problem at the root (`$`).
 */
export function parseTour(text: string, dataset: Dataset): TourResult {
  const json = parseJson(text);
  if (!json.ok) return { ok: false, problems: [{ path: '$', message: json.error.message }] };
  return validateTour(json.value, dataset);
}

/** One line per problem, as the UI and the tests show them: `steps[2].event: unknown event …`. */
export function describeProblems(problems: readonly Problem[]): string[] {
  return problems.map((p) => `${p.path}: ${p.message}`);
}

// ---------------------------------------------------------------- schema problems

function schemaProblems(issues: readonly z.core.$ZodIssue[], input: unknown): Problem[] {
  return issues.map((issue) => {
    const found = valueAt(input, issue.path);
    const path = issue.path.length === 0 ? '$' : formatPath(issue.path);
    if (issue.code === 'invalid_type' && found === undefined) {
      return { path, message: `missing: expected ${article(issue.expected)}` };
    }
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.map((k) => `"${k}"`).join(', ');
      return { path, message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${keys}${fieldHint(issue.path)}` };
    }
    return { path, message: `${issue.message} (found ${describeValue(found)})` };
  });
}

/** Which fields the object at `path` may have, so a typo ("captoin") is easy to spot. */
function fieldHint(path: readonly PropertyKey[]): string {
  const last = path.at(-1);
  const shape =
    path.length === 0
      ? tourFileSchema.shape
      : last === 'camera'
        ? tourCameraSchema.shape
        : typeof last === 'number'
          ? tourStepSchema.shape
          : undefined;
  return shape ? `: expected ${Object.keys(shape).join(', ')}` : '';
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

// ---------------------------------------------------------------- cross-checks with the dataset

function crossCheck(file: TourFile, dataset: Dataset): Problem[] {
  const problems: Problem[] = [];
  if (file.dataset !== undefined && file.dataset !== dataset.id) {
    problems.push({
      path: 'dataset',
      message: `this tour is for the dataset "${file.dataset}", but the map shows "${dataset.id}"`,
    });
    // Every event and day check would fail for the wrong dataset too: one clear message is enough.
    return problems;
  }
  const spans = new Map(dataset.events.map((e) => [e.id, eventSpan(e)]));
  const range: EpochSpan | undefined = datasetExtent(dataset.events, { includeBackground: true });
  file.steps.forEach((step, i) => {
    const day = (parseCalendarDate(step.time) as { first: number }).first;
    if (range && (day < range.first || day > range.last)) {
      problems.push({
        path: `steps[${i}].time`,
        message: `${step.time} is outside the dataset's time range (${formatDay(range.first)} to ${formatDay(range.last)})`,
      });
    }
    if (step.event === undefined) return;
    const span = spans.get(step.event);
    if (!span) {
      problems.push({
        path: `steps[${i}].event`,
        message: `unknown event "${step.event}": expected the id of an event in "${dataset.id}"${suggestEvent(dataset, step.event)}`,
      });
    } else if (day < span.first) {
      problems.push({
        path: `steps[${i}].time`,
        message: `${step.time} is before the event "${step.event}" starts (${formatDay(span.first)}), so the map would not show it yet`,
      });
    }
  });
  return problems;
}

/** " (did you mean "datta-khel-strike"?)" for an id that shares most of its words with a real one. */
function suggestEvent(dataset: Dataset, unknown: string): string {
  const words = new Set(unknown.split('-'));
  let best: { id: string; score: number } | undefined;
  for (const e of dataset.events) {
    const theirs = e.id.split('-');
    const shared = theirs.filter((w) => words.has(w)).length;
    const score = shared / Math.max(theirs.length, words.size);
    if (score > (best?.score ?? 0)) best = { id: e.id, score };
  }
  return best && best.score >= 0.5 ? ` (did you mean "${best.id}"?)` : '';
}

function toTour(file: TourFile): Tour {
  return {
    id: file.id,
    title: file.title,
    ...(file.description === undefined ? {} : { description: file.description }),
    ...(file.lang === undefined ? {} : { lang: file.lang }),
    ...(file.translations === undefined ? {} : { translations: file.translations }),
    steps: file.steps.map((s) => ({
      day: (parseCalendarDate(s.time) as { first: number }).first,
      ...(s.event === undefined ? {} : { event: s.event }),
      ...(s.camera === undefined ? {} : { camera: s.camera }),
      caption: s.caption,
      ...(s.question === undefined ? {} : { question: s.question }),
      ...(s.translations === undefined ? {} : { translations: s.translations }),
    })),
  };
}
