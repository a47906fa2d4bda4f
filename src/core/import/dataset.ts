/**
 * Importing a Time Atlas dataset file (the JSON that `npm run validate` checks), and the last
 * step of every import: the whole-dataset validation. Problems confined to single events drop
 * those events and keep the rest, so one bad event does not cost a user the other 999; problems
 * in the sources or the gazetteer, which many events lean on, stop the import with the full list.
 */
import { MAX_EVENTS } from './limits.ts';
import { formatCount } from '../text/count.ts';
import { fileProblem, type ImportProblem } from './problem.ts';
import { validateDataset, type Problem } from '../dataset/validate-dataset.ts';
import type { Dataset, Place, Source, TimeEvent } from '../dataset/schema.ts';
import { isSchemaValidEvent } from './event-check.ts';

export type DatasetOutcome =
  | { ok: true; dataset: Dataset; problems: ImportProblem[]; total: number; failed: number }
  | { ok: false; message: string; problems: ImportProblem[]; total: number };

const EVENT_PATH = /^events\[(\d+)\]/;

/** A validator problem in the import's shape: the path, its last field, and "(found …)" split off. */
export function toImportProblem(p: Problem): ImportProblem {
  const field = /([A-Za-z_$][\w$]*)(?:\[\d+\])*$/.exec(p.path)?.[1] ?? '';
  const missing = /^missing: expected (.*), found nothing$/.exec(p.message);
  if (missing) {
    return {
      severity: 'error',
      path: p.path,
      field,
      expected: missing[1] ?? '',
      found: '(nothing)',
      message: `The ${field || 'value'} is missing.`,
    };
  }
  const found = /^(.*) \(found (.*)\)$/s.exec(p.message);
  const wrongType = found ? /^Invalid input: expected (\w+), received (\w+)$/.exec(found[1] ?? '') : null;
  if (found && wrongType) {
    return {
      severity: 'error',
      path: p.path,
      field,
      expected: withArticle(wrongType[1] ?? ''),
      found: found[2] ?? '',
      message: `The ${field || 'value'} must be ${withArticle(wrongType[1] ?? '')}, not ${withArticle(wrongType[2] ?? '')}.`,
    };
  }
  return {
    severity: 'error',
    path: p.path,
    field,
    expected: found ? (found[1] ?? '') : '',
    found: found ? (found[2] ?? '') : '',
    message: found ? `Not valid: ${found[1]}.` : `${p.message.charAt(0).toUpperCase()}${p.message.slice(1)}.`,
  };
}

/**
 * Validates a dataset; when every problem lies inside single events, drops those events (each
 * problem listed) and validates the rest again.
 */
export function keepValidEvents(input: unknown): DatasetOutcome {
  const events = isRecord(input) && Array.isArray(input.events) ? (input.events as unknown[]) : undefined;
  const total = events?.length ?? 0;
  const first = validateDataset(input);
  if (first.ok) return { ok: true, dataset: first.dataset, problems: [], total, failed: 0 };

  const bad = new Set<number>();
  for (const p of first.problems) {
    const m = EVENT_PATH.exec(p.path);
    if (!m || !events) {
      return {
        ok: false,
        message:
          'The dataset has problems outside its events (in its sources, places or header), which its events rely on: nothing was loaded.',
        problems: first.problems.map(toImportProblem),
        total,
      };
    }
    bad.add(Number(m[1]));
  }
  const problems = first.problems.map(toImportProblem);
  const kept = (events ?? []).filter((_, i) => !bad.has(i));
  if (kept.length === 0) {
    return { ok: false, message: 'Every event has a problem: nothing was loaded.', problems, total };
  }
  const second = validateDataset({ ...(input as object), events: kept });
  if (!second.ok) {
    // Dropping events cannot create problems elsewhere; if it did, say so rather than loop.
    return {
      ok: false,
      message: 'The dataset could not be repaired by leaving out its bad events: nothing was loaded.',
      problems: [...problems, ...second.problems.map(toImportProblem)],
      total,
    };
  }
  return { ok: true, dataset: second.dataset, problems, total, failed: bad.size };
}

/** A dataset an importer has just assembled, before the whole-dataset check. */
export interface BuiltDataset {
  id: string;
  title: string;
  description: string;
  sources: Source[];
  places: { type: 'FeatureCollection'; features: Place[] };
  events: TimeEvent[];
}

/**
 * {@link keepValidEvents} for a dataset an importer built, without checking its events with the
 * schema a second time (a million zod runs, issue #17): when the quick check passes every event
 * as it is (see event-check.ts), the schema checks the rest of the dataset, and the events'
 * cross-record checks (ids unique, their places and sources in the dataset) are done here. At the
 * first doubt the whole dataset goes through {@link keepValidEvents}, so every problem and every
 * message is the one the full check gives.
 */
export function keepValidBuiltEvents(candidate: BuiltDataset): DatasetOutcome {
  const { events } = candidate;
  if (!events.every(isSchemaValidEvent)) return keepValidEvents(candidate);
  const rest = validateDataset({ ...candidate, events: [] });
  if (!rest.ok) return keepValidEvents(candidate);
  const sourceIds = new Set(rest.dataset.sources.map((s) => s.id));
  const placeIds = new Set(rest.dataset.places.features.map((f) => f.properties.id));
  const eventIds = new Set<string>();
  for (const event of events) {
    if (eventIds.has(event.id)) return keepValidEvents(candidate);
    eventIds.add(event.id);
    for (const p of event.places) if (!placeIds.has(p.place)) return keepValidEvents(candidate);
    for (const s of event.sources) if (!sourceIds.has(s)) return keepValidEvents(candidate);
    // The quick check passes only events without claims, whose sources would need checking too.
  }
  return { ok: true, dataset: { ...rest.dataset, events }, problems: [], total: events.length, failed: 0 };
}

/**
 * Imports a parsed dataset JSON file. Events past {@link MAX_EVENTS} are not loaded, with one
 * problem that says which.
 *
 * @example importDatasetJson(JSON.parse(text)) // { ok: true, dataset, problems: [...], total: 27, failed: 0 }
 */
export function importDatasetJson(value: unknown): DatasetOutcome {
  if (!isRecord(value) || !Array.isArray(value.events)) {
    return {
      ok: false,
      message: 'Not a Time Atlas dataset: expected an object with "sources", "places" and "events".',
      problems: [],
      total: 0,
    };
  }
  const events = value.events as unknown[];
  const capped: ImportProblem[] = [];
  let input: unknown = value;
  if (events.length > MAX_EVENTS) {
    capped.push(
      fileProblem(
        `Events ${formatCount(MAX_EVENTS + 1)}–${formatCount(events.length)} (${formatCount(events.length - MAX_EVENTS)}) ` +
          `were not loaded: a file may hold at most ${formatCount(MAX_EVENTS)} events. Split the file.`,
        {
          path: `events[${MAX_EVENTS}]`,
          field: 'events',
          expected: `at most ${formatCount(MAX_EVENTS)} events`,
          found: `${formatCount(events.length)} events`,
        },
      ),
    );
    input = { ...value, events: events.slice(0, MAX_EVENTS) };
  }
  if (isRecord(value.places) && Array.isArray(value.places.features) && value.places.features.length > MAX_EVENTS) {
    return {
      ok: false,
      message: `The gazetteer has ${formatCount(value.places.features.length)} places: the limit is ${formatCount(MAX_EVENTS)}.`,
      problems: [],
      total: events.length,
    };
  }
  const outcome = keepValidEvents(input);
  const failed = events.length - (outcome.ok ? outcome.dataset.events.length : 0);
  return outcome.ok
    ? { ...outcome, problems: [...outcome.problems, ...capped], total: events.length, failed }
    : { ...outcome, problems: [...outcome.problems, ...capped], total: events.length };
}

const withArticle = (noun: string) => `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
