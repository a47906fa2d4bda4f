/**
 * The command line of the text CLIs (geoparse, extract-events), read with `node:util`
 * `parseArgs`, so each accepts and refuses arguments the same way: `--help` prints the usage, a
 * wrong option or a missing value says what was wrong followed by the usage (exit code 2), and
 * at least one input file is required.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The shipped curated gazetteer. */
export const DEFAULT_GAZETTEER = resolve(REPO, 'geodata/places.geojson');
/** The shipped world index of places. */
export const DEFAULT_WORLD_INDEX = resolve(REPO, 'geodata/world-places.json');

/**
 * The options every CLI that reads the place index takes (`--gazetteer PATH`, `--world PATH`,
 * `--no-world`) and `--help`; spread them into the CLI's own `parseArgs` options.
 */
export const PLACE_INDEX_OPTIONS = {
  gazetteer: { type: 'string' },
  world: { type: 'string' },
  'no-world': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The gazetteer and world index files the place-index options name (null: no world index). */
export function placeIndexPaths(values: { gazetteer?: string; world?: string; 'no-world'?: boolean }): {
  gazetteerPath: string;
  worldPath: string | null;
} {
  return {
    gazetteerPath: values.gazetteer ?? DEFAULT_GAZETTEER,
    worldPath: values['no-world'] ? null : (values.world ?? DEFAULT_WORLD_INDEX),
  };
}

export interface CliIo {
  out: (s: string) => void;
  err: (s: string) => void;
}

export const defaultIo: CliIo = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
};

/** Exit code of a command line that could not be read. */
export const USAGE_ERROR = 2;

/**
 * The options and input files of `argv`, or the exit code to stop with (0 after `--help`,
 * USAGE_ERROR after a message on `io.err`). `parse` is the CLI's own `parseArgs` call (strict,
 * with positionals and a `help` flag), so its option values keep their types.
 *
 * @example
 * readCommandLine((args) => parseArgs({ args, options: { help: { type: 'boolean' } }, allowPositionals: true, strict: true }), argv, USAGE, io)
 */
export function readCommandLine<V extends { help?: boolean }>(
  parse: (args: string[]) => { values: V; positionals: string[] },
  argv: readonly string[],
  usage: string,
  io: CliIo,
): { values: V; files: string[] } | number {
  let parsed: { values: V; positionals: string[] };
  try {
    parsed = parse([...argv]);
  } catch (err) {
    io.err(`${(err as Error).message}\n${usage}\n`);
    return USAGE_ERROR;
  }
  if (parsed.values.help) {
    io.out(`${usage}\n`);
    return 0;
  }
  if (parsed.positionals.length === 0) {
    io.err(`no input files\n${usage}\n`);
    return USAGE_ERROR;
  }
  return { values: parsed.values, files: parsed.positionals };
}
