/**
 * What the data builders share about where they run: the repository root, the shared source
 * folder, and their command line, read with `node:util` `parseArgs` so every builder accepts and
 * refuses arguments the same way.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** The repository this builder belongs to (two folders above scripts/geodata/lib/). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
/** The machine's shared folder of downloaded sources, beside the repository. */
export const DEFAULT_SHARED = resolve(REPO_ROOT, '../shared');

/**
 * The builder's `--shared DIR` (absolute; the default beside the repository) and any positional
 * arguments, or an error that gives `usage` when the command line is wrong.
 *
 * @example builderArgs(['--shared', '/data'], 'build-basemap.ts [--shared DIR]') // { shared: '/data', positionals: [] }
 */
export function builderArgs(
  argv: readonly string[],
  usage: string,
  { positionals: allowed = 0 }: { positionals?: number } = {},
): { shared: string; positionals: string[] } {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (err) {
    throw new Error(`${(err as Error).message}. Usage: npx tsx scripts/geodata/${usage}`, { cause: err });
  }
  if (parsed.positionals.length > allowed) {
    throw new Error(`unknown argument "${parsed.positionals[allowed]}". Usage: npx tsx scripts/geodata/${usage}`);
  }
  return { shared: resolve(parsed.values.shared ?? DEFAULT_SHARED), positionals: parsed.positionals };
}

function parse(argv: readonly string[]) {
  return parseArgs({ args: [...argv], options: { shared: { type: 'string' } }, allowPositionals: true, strict: true });
}
