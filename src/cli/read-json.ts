/**
 * Reading a JSON file for a CLI, with the error a user sees when it cannot be read or parsed.
 * Shared by `validate` and `export`, so both say the same about the same bad file.
 */
import { readFileSync } from 'node:fs';
import { parseJson } from '../core/dataset/load-dataset.ts';

/** A file that is missing, unreadable or not JSON: the message names the file and why. */
export class UnreadableFile extends Error {}

/**
 * The parsed JSON of the file at `path`; throws {@link UnreadableFile} when it cannot be had.
 *
 * @example readJson('geodata/events.json') // [{ id: 'datta-khel-strike', … }, …]
 */
export function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message;
    throw new UnreadableFile(`cannot read ${path}: ${reason}`);
  }
  const parsed = parseJson(text);
  if (!parsed.ok) throw new UnreadableFile(`${path}: ${parsed.error.message}`);
  return parsed.value;
}
