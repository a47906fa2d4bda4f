/**
 * `npm run validate` checks the shipped dataset (geodata/sources.json, places.geojson,
 * events.json); `npm run validate -- FILE` checks a whole-dataset JSON file instead.
 *
 * On success it prints what the dataset holds: events, how many are dated to the day, sources by
 * kind (articles the map is built from, reports of the time) and contested aspects (an event's
 * aspect on which its sources disagree, as the card flags it).
 *
 * Exit codes: 0 valid, 1 the data has problems (each printed as `path: message`),
 * 2 a file could not be read or is not JSON.
 */
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { claimsByAspect } from '../core/dataset/claims.ts';
import { SOURCE_KINDS, sourceKind, type Dataset, type SourceKind } from '../core/dataset/schema.ts';
import { validateDataset, validateParts } from '../core/dataset/validate-dataset.ts';
import type { ValidationResult } from '../core/dataset/validate-dataset.ts';
import { countOf } from '../core/text/count.ts';
import { readJson, UnreadableFile } from './read-json.ts';

const EXIT_INVALID = 1;
const EXIT_UNREADABLE = 2;

/** The repository root, from this file's place rather than the working directory. */
const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

const SHIPPED = {
  sources: 'geodata/sources.json',
  places: 'geodata/places.geojson',
  events: 'geodata/events.json',
} as const;

/** What `npm run validate` counts in a valid dataset. */
export interface DatasetCounts {
  events: number;
  dayPrecisionEvents: number;
  sourcesByKind: Record<SourceKind, number>;
  /** Aspects, over all events, on which an event's sources disagree. */
  contestedAspects: number;
  /** Events with at least one contested aspect. */
  contestedEvents: number;
}

export function datasetCounts(dataset: Dataset): DatasetCounts {
  const sourcesByKind = Object.fromEntries(SOURCE_KINDS.map((k) => [k, 0])) as Record<SourceKind, number>;
  for (const s of dataset.sources) sourcesByKind[sourceKind(s)] += 1;
  const contestedPerEvent = dataset.events.map((e) => claimsByAspect(e.claims).filter((a) => a.disagree).length);
  return {
    events: dataset.events.length,
    dayPrecisionEvents: dataset.events.filter((e) => e.datePrecision === 'day').length,
    sourcesByKind,
    contestedAspects: contestedPerEvent.reduce((n, c) => n + c, 0),
    contestedEvents: contestedPerEvent.filter((c) => c > 0).length,
  };
}

/** The counts as the lines `npm run validate` prints under its "valid" line. */
export function describeCounts(c: DatasetCounts): string[] {
  const kinds = SOURCE_KINDS.map((k) => countOf(c.sourcesByKind[k], k));
  return [
    `  events: ${c.events}, of which ${c.dayPrecisionEvents} dated to the day`,
    `  sources by kind: ${kinds.join(', ')}`,
    `  contested aspects: ${c.contestedAspects}, in ${c.contestedEvents} events`,
  ];
}

export function main(args: string[]): number {
  const file = args.find((a) => a !== '--');
  let result: ValidationResult;
  let label: string;
  try {
    if (file !== undefined) {
      label = resolve(process.cwd(), file);
      result = validateDataset(readJson(label));
    } else {
      label = 'shipped dataset (geodata/)';
      result = validateParts({
        sources: readJson(resolve(REPO_ROOT, SHIPPED.sources)),
        places: readJson(resolve(REPO_ROOT, SHIPPED.places)),
        events: readJson(resolve(REPO_ROOT, SHIPPED.events)),
      });
    }
  } catch (err) {
    if (!(err instanceof UnreadableFile)) throw err;
    console.error(err.message);
    return EXIT_UNREADABLE;
  }

  if (!result.ok) {
    console.error(`${label}: ${result.problems.length} problem(s)`);
    for (const p of result.problems) console.error(`${p.path || '(root)'}: ${p.message}`);
    return EXIT_INVALID;
  }
  const { dataset } = result;
  console.log(
    `${label}: valid — "${dataset.id}": ${dataset.sources.length} sources, ` +
      `${dataset.places.features.length} places, ${dataset.events.length} events, ` +
      `${dataset.events.reduce((n, e) => n + e.claims.length, 0)} claims`,
  );
  for (const line of describeCounts(datasetCounts(dataset))) console.log(line);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
