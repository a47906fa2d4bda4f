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
import type { Dataset } from '../dataset/schema.ts';

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
