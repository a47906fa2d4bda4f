/**
 * The command line of the text CLIs (geoparse, extract-events), read with `node:util`
 * `parseArgs`, so each accepts and refuses arguments the same way: `--help` prints the usage, a
 * wrong option or a missing value says what was wrong followed by the usage (exit code 2), and
 * at least one input file is required.
 */

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
