/**
 * Whole-dataset validation: the zod schemas check each record on its own, then the cross-record
 * checks here make sure the records fit together (ids unique, references resolve, aliases point
 * to one place, parent chains end). Every problem carries the JSON path of the value at fault,
 * so an analyst editing a file by hand can go straight to it.
 */
import type { z } from 'zod';
import { assembleDataset } from './load-dataset.ts';
import { datasetSchema, eventsSchema, gazetteerSchema, sourceSchema } from './schema.ts';
import type { Dataset } from './schema.ts';
import { describeValue, valueAt } from '../text/problem-text.ts';
import { foldLetters } from '../text/fold-letters.ts';

/** One thing wrong with a dataset: where (`events[3].places[0].place`) and why, in plain words. */
export interface Problem {
  path: string;
  message: string;
}

export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

type PathSegment = PropertyKey;

/** `["events", 3, "places", 0, "place"]` → `events[3].places[0].place`. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && /^[A-Za-z_$][\w$]*$/.test(segment)) out += out ? `.${segment}` : segment;
    else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out;
}

/**
 * Check a whole dataset (the shape `npm run validate -- FILE` reads). On success the dataset is
 * returned parsed, with defaults filled in; on failure every problem found is listed. The
 * cross-record checks run only once every record is well-formed, because they rely on the types.
 *
 * @example
 * const result = validateDataset(JSON.parse(text));
 * if (!result.ok) for (const p of result.problems) console.log(`${p.path}: ${p.message}`);
 */
export function validateDataset(input: unknown): ValidationResult {
  const parsed = datasetSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: zodProblems(parsed.error.issues, input, []) };
  return crossCheck(parsed.data);
}

/**
 * Check the three shipped files (`sources.json`, `places.geojson`, `events.json`) and assemble
 * the default dataset from them. Paths are the same as in a whole-dataset file
 * (`places.features[2].properties.id`), so one set of messages serves both.
 */
export function validateParts(parts: { sources: unknown; places: unknown; events: unknown }): ValidationResult {
  const sources = sourceSchema.array().min(1).safeParse(parts.sources);
  const places = gazetteerSchema.safeParse(parts.places);
  const events = eventsSchema.safeParse(parts.events);
  if (!sources.success || !places.success || !events.success) {
    return {
      ok: false,
      problems: [
        ...(sources.success ? [] : zodProblems(sources.error.issues, parts.sources, ['sources'])),
        ...(places.success ? [] : zodProblems(places.error.issues, parts.places, ['places'])),
        ...(events.success ? [] : zodProblems(events.error.issues, parts.events, ['events'])),
      ],
    };
  }
  return crossCheck(assembleDataset({ sources: sources.data, places: places.data, events: events.data }));
}

// ---------------------------------------------------------------- schema problems

/** Zod issues as problems, each with where it is (`prefix` then the issue's path) in plain words. */
export function zodProblems(issues: readonly z.core.$ZodIssue[], input: unknown, prefix: PathSegment[]): Problem[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    const local = issue.path;
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      // A union (a 2- or 3-number position) fails as a whole; the branch with the fewest issues is
      // the one the author most likely meant, so report its issues instead of a bare "Invalid input".
      const closest = issue.errors.reduce((a, b) => (b.length < a.length ? b : a));
      const base = valueAt(input, local);
      return zodProblems(closest, base, path);
    }
    return [{ path: formatPath(path), message: describeIssue(issue, valueAt(input, local)) }];
  });
}

function describeIssue(issue: z.core.$ZodIssue, found: unknown): string {
  if (issue.code === 'invalid_type' && found === undefined) {
    return `missing: expected a ${issue.expected}, found nothing`;
  }
  if (issue.code === 'unrecognized_keys') return issue.message;
  return `${issue.message} (found ${describeValue(found)})`;
}

// ---------------------------------------------------------------- cross-record checks

/** Case- and diacritic-insensitive form of a place name: "Dattá  Khel" and "datta khel" match. */
export function nameKey(name: string): string {
  return foldLetters(name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()).trim().replace(/\s+/g, ' ');
}

function crossCheck(dataset: Dataset): ValidationResult {
  const problems: Problem[] = [];
  const report = (path: string, message: string) => problems.push({ path, message });

  const sourceIds = uniqueIds(
    dataset.sources.map((s, i) => ({ id: s.id, path: `sources[${i}].id` })),
    'source',
    report,
  );
  const features = dataset.places.features;
  const placeIds = uniqueIds(
    features.map((f, i) => ({ id: f.properties.id, path: `places.features[${i}].properties.id` })),
    'place',
    report,
  );
  uniqueIds(
    dataset.events.map((e, i) => ({ id: e.id, path: `events[${i}].id` })),
    'event',
    report,
  );

  checkAliases(dataset, report);
  checkParents(dataset, placeIds, report);

  dataset.events.forEach((event, i) => {
    event.places.forEach((p, j) => {
      if (!placeIds.has(p.place)) {
        report(
          `events[${i}].places[${j}].place`,
          `unknown place "${p.place}": expected the id of a place in the gazetteer${suggestPlace(dataset, p.place)}`,
        );
      }
    });
    event.sources.forEach((s, j) => {
      if (!sourceIds.has(s)) {
        report(`events[${i}].sources[${j}]`, `unknown source "${s}": expected one of ${listIds(sourceIds)}`);
      }
    });
    const eventSources = new Set(event.sources);
    event.claims.forEach((claim, j) => {
      const path = `events[${i}].claims[${j}].source`;
      if (!sourceIds.has(claim.source)) {
        report(path, `unknown source "${claim.source}": expected one of ${listIds(sourceIds)}`);
      } else if (!eventSources.has(claim.source)) {
        report(
          path,
          `claim cites "${claim.source}", which is not among the event's sources (${[...eventSources].join(', ')}): add it to events[${i}].sources`,
        );
      }
    });
  });

  return problems.length === 0 ? { ok: true, dataset } : { ok: false, problems };
}

type Report = (path: string, message: string) => void;

/** Report every repeated id and return the set of ids (each once). */
function uniqueIds(items: { id: string; path: string }[], kind: string, report: Report): Set<string> {
  const firstPath = new Map<string, string>();
  for (const { id, path } of items) {
    const first = firstPath.get(id);
    if (first === undefined) firstPath.set(id, path);
    else report(path, `duplicate ${kind} id "${id}": already used at ${first}; ids must be unique`);
  }
  return new Set(firstPath.keys());
}

function listIds(ids: Set<string>): string {
  return ids.size === 0 ? '(no sources listed)' : [...ids].map((id) => `"${id}"`).join(', ');
}

/** " (did you mean "lahore"?)" when the unknown id is a name or alias of a place. */
function suggestPlace(dataset: Dataset, unknown: string): string {
  const key = nameKey(unknown.replace(/-/g, ' '));
  const match = dataset.places.features.find((f) =>
    [f.properties.name, ...f.properties.aliases].some((n) => nameKey(n.replace(/-/g, ' ')) === key),
  );
  return match ? ` (did you mean "${match.properties.id}"?)` : '';
}

/** A name or alias may be shared by spellings of one place, never by two places. */
function checkAliases(dataset: Dataset, report: Report): void {
  const owner = new Map<string, { id: string; path: string; name: string }>();
  dataset.places.features.forEach((f, i) => {
    const base = `places.features[${i}].properties`;
    const names = [
      { name: f.properties.name, path: `${base}.name` },
      ...f.properties.aliases.map((name, j) => ({ name, path: `${base}.aliases[${j}]` })),
    ];
    for (const { name, path } of names) {
      const key = nameKey(name);
      const first = owner.get(key);
      if (first === undefined) owner.set(key, { id: f.properties.id, path, name });
      else if (first.id !== f.properties.id) {
        report(
          path,
          `ambiguous name "${name}": "${first.name}" at ${first.path} already names place "${first.id}"; ` +
            `a name or alias (ignoring case and accents) must point to one place`,
        );
      }
    }
  });
}

/** Every parent must exist, and following parents must reach the top (null), not loop. */
function checkParents(dataset: Dataset, placeIds: Set<string>, report: Report): void {
  const parentOf = new Map<string, string | null>();
  for (const f of dataset.places.features) {
    if (!parentOf.has(f.properties.id)) parentOf.set(f.properties.id, f.properties.parent);
  }
  const inReportedCycle = new Set<string>();
  dataset.places.features.forEach((f, i) => {
    const { id, parent } = f.properties;
    const path = `places.features[${i}].properties.parent`;
    if (parent === null) return;
    if (!placeIds.has(parent)) {
      report(path, `unknown parent "${parent}": expected the id of a place in the gazetteer, or null`);
      return;
    }
    if (inReportedCycle.has(id)) return;
    const chain = [id];
    let here: string | null | undefined = parent;
    while (here !== null && here !== undefined && !chain.includes(here)) {
      chain.push(here);
      here = parentOf.get(here);
    }
    if (here === id) {
      chain.forEach((c) => inReportedCycle.add(c));
      report(path, `parent chain loops back to itself: ${[...chain, id].join(' → ')}`);
    }
  });
}
