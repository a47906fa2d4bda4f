/**
 * `npm run validate` checks the shipped dataset (geodata/sources.json, places.geojson,
 * events.json); `npm run validate -- FILE` checks a whole-dataset JSON file instead.
 *
 * Exit codes: 0 valid, 1 the data has problems (each printed as `path: message`),
 * 2 a file could not be read or is not JSON.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateDataset, validateParts } from '../core/dataset/validate-dataset.ts';
import type { ValidationResult } from '../core/dataset/validate-dataset.ts';
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

function main(args: string[]): number {
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
  return 0;
}

process.exitCode = main(process.argv.slice(2));
