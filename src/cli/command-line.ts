/**
 * The command line of the text CLIs (geoparse, extract-events), read with `node:util`
 * `parseArgs`, so each accepts and refuses arguments the same way: `--help` prints the usage, a
 * wrong option or a missing value says what was wrong followed by the usage (exit code 2), and
 * at least one input file is required.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig['options']>;

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

/** What `parseArgs` reads, strict and with positionals, for the options `O`. */
type Values<O extends ParseArgsOptionsConfig> = ReturnType<
  typeof parseArgs<{ options: O; allowPositionals: true; strict: true }>
>['values'];

/**
 * The options and input files of `argv`, or the exit code to stop with (0 after `--help`,
 * USAGE_ERROR after a message on `io.err`). `options` are the CLI's own `parseArgs` options
 * (with a `help` flag: spread PLACE_INDEX_OPTIONS), read strictly with positionals, so their
 * values keep their types.
 *
 * @example
 * readCommandLine({ geojson: { type: 'boolean' }, ...PLACE_INDEX_OPTIONS }, argv, USAGE, io)
 */
export function readCommandLine<O extends ParseArgsOptionsConfig & { help: { type: 'boolean' } }>(
  options: O,
  argv: readonly string[],
  usage: string,
  io: CliIo,
): { values: Values<O>; files: string[] } | number {
  let parsed: { values: Values<O>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (err) {
    io.err(`${(err as Error).message}\n${usage}\n`);
    return USAGE_ERROR;
  }
  if ((parsed.values as { help?: boolean }).help) {
    io.out(`${usage}\n`);
    return 0;
  }
  if (parsed.positionals.length === 0) {
    io.err(`no input files\n${usage}\n`);
    return USAGE_ERROR;
  }
  return { values: parsed.values, files: parsed.positionals };
}
