/**
 * Export the dataset's layers for GIS tools and spreadsheets.
 *
 *   npm run -s export -- --out DIR [--format geojson|csv|kml|jsonfg|lpf] [--from DATE] [--to DATE] [--types a,b]
 *                        [--dataset FILE] [--flat] [--bbox]
 *
 * Reads the shipped geodata/ (places.geojson, sources.json, events.json) unless `--dataset`
 * names a whole-dataset JSON file. Exit codes: 0 done, 1 unreadable or invalid data, 2 bad
 * arguments. Argument parsing and file IO only: the work is in src/core/export-*.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { parseCalendarDate } from '../core/time/day.ts';
import { countOf } from '../core/text/count.ts';
import { exportLayers, type ExportOptions } from '../core/export/layers.ts';
import { EXPORT_FORMATS, FILE_EXTENSIONS, FORMAT_LAYERS, type ExportFormat } from '../core/export/request.ts';
import { layerText } from '../core/export/selection.ts';
import { EVENT_TYPES, type Dataset, type EventType } from '../core/dataset/schema.ts';
import { validateDataset, validateParts } from '../core/dataset/validate-dataset.ts';
import { readJson, UnreadableFile } from './read-json.ts';

export const FORMATS = EXPORT_FORMATS;
type Format = ExportFormat;

const EXIT_OK = 0;
const EXIT_BAD_DATA = 1;
const EXIT_USAGE = 2;

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

const USAGE = `usage: npm run -s export -- --out DIR [--format ${FORMATS.join('|')}] [--from DATE] [--to DATE]
                     [--types ${EVENT_TYPES.slice(0, 2).join(',')},…] [--dataset FILE] [--flat] [--bbox]
  DATE is YYYY, YYYY-MM or YYYY-MM-DD (--from takes its first day, --to its last)
  types: ${EVENT_TYPES.join(', ')}`;

export interface Io {
  log: (line: string) => void;
  error: (line: string) => void;
}

class UsageError extends Error {}

interface Request {
  out: string;
  format: Format;
  dataset: string | null;
  options: ExportOptions;
}

/** Runs the export and returns the process exit code. */
export function main(argv: string[], io: Io = { log: console.log, error: console.error }): number {
  let request: Request | 'help';
  try {
    request = parseRequest(argv);
  } catch (e) {
    if (!(e instanceof UsageError) && !isParseArgsError(e)) throw e;
    io.error(`export: ${(e as Error).message}\n${USAGE}`);
    return EXIT_USAGE;
  }
  if (request === 'help') {
    io.log(USAGE);
    return EXIT_OK;
  }

  let dataset: Dataset;
  try {
    dataset = loadDataset(request.dataset);
  } catch (e) {
    if (!(e instanceof UnreadableFile)) throw e;
    io.error(`export: ${(e as Error).message}`);
    return EXIT_BAD_DATA;
  }

  const layers = exportLayers(dataset, request.options);

  mkdirSync(request.out, { recursive: true });
  const write = (file: string, text: string, count: number, unit: string) => {
    const path = join(request.out, file);
    writeFileSync(path, text);
    io.log(`wrote ${path} (${countOf(count, unit)})`);
  };
  const { format } = request;
  if (format === 'lpf' && !request.options.nested) {
    io.error('export: --format lpf keeps each event whole in properties.record: leave out --flat');
    return EXIT_USAGE;
  }
  for (const name of FORMAT_LAYERS[format]) {
    const count = layers[name].features.length;
    write(
      `${name}.${FILE_EXTENSIONS[format]}`,
      layerText(format, name, layers, dataset),
      count,
      format === 'csv' ? 'row' : 'feature',
    );
  }
  return EXIT_OK;
}

function parseRequest(argv: string[]): Request | 'help' {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      out: { type: 'string' },
      format: { type: 'string', default: 'geojson' },
      from: { type: 'string' },
      to: { type: 'string' },
      types: { type: 'string' },
      dataset: { type: 'string' },
      flat: { type: 'boolean', default: false },
      bbox: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return 'help';
  if (!values.out) throw new UsageError('--out DIR is required');
  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`unknown --format "${values.format}"`);

  const options: ExportOptions = { nested: !values.flat, bbox: values.bbox };
  if (values.from !== undefined) options.from = parseDate('--from', values.from).first;
  if (values.to !== undefined) options.to = parseDate('--to', values.to).last;
  if (options.from !== undefined && options.to !== undefined && options.from > options.to) {
    throw new UsageError(`--from ${values.from} is after --to ${values.to}`);
  }
  if (values.types !== undefined) options.types = parseTypes(values.types);
  return { out: values.out, format, dataset: values.dataset ?? null, options };
}

function parseDate(flag: string, text: string) {
  const span = parseCalendarDate(text);
  if (!span) throw new UsageError(`${flag} "${text}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  return span;
}

function parseTypes(text: string): Set<EventType> {
  const names = text.split(',').map((t) => t.trim());
  const unknown = names.filter((t) => !(EVENT_TYPES as readonly string[]).includes(t));
  if (unknown.length > 0 || names.length === 0) {
    throw new UsageError(`unknown event type ${unknown.map((t) => `"${t}"`).join(', ')}`);
  }
  return new Set(names as EventType[]);
}

function isParseArgsError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

/** The dataset in `file`, or the shipped geodata/, checked record by record and across records. */
function loadDataset(file: string | null): Dataset {
  const result =
    file === null
      ? validateParts({
          sources: readJson(join(REPO_ROOT, 'geodata', 'sources.json')),
          places: readJson(join(REPO_ROOT, 'geodata', 'places.geojson')),
          events: readJson(join(REPO_ROOT, 'geodata', 'events.json')),
        })
      : validateDataset(readJson(file));
  if (result.ok) return result.dataset;
  const problems = result.problems.map((p) => `  ${p.path || '(root)'}: ${p.message}`);
  throw new UnreadableFile(
    `${file ?? 'the shipped dataset (geodata/)'} is not valid (npm run validate):\n${problems.join('\n')}`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
