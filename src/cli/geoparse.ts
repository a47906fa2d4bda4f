/**
 * Finds the places named in text files.
 *
 *   npx tsx src/cli/geoparse.ts FILE...             JSON: [{ file, mentions: [...] }, ...]
 *   npx tsx src/cli/geoparse.ts --geojson FILE...   one FeatureCollection of the places found
 *   options: --gazetteer PATH (default geodata/places.geojson), --world PATH (default
 *            geodata/world-places.json), --no-world (curated gazetteer only)
 *
 * With the world index, each file also gets the towns of the countries it is about (the town
 * shards in geodata/world-towns, as extract-events uses them: src/cli/world-towns.ts).
 *
 * A file that cannot be read, or is not text (a NUL byte, broken UTF-16), is reported on stderr
 * and skipped; the other files are still parsed and printed, and the exit code is 1. A batch
 * over a folder should not lose its good files to one bad one, and the exit code still fails CI.
 * A file that is not UTF-8 is read as Windows-1252, as the import does, with a warning on stderr.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gazetteerSchema } from '../core/dataset/schema.ts';
import { parseWorldIndex } from '../core/geoparse/world-index.ts';
import { createPlaceMatcher, type PlaceMatcher } from '../core/geoparse/find-places.ts';
import { mentionsToFeatureCollection, type FileMentions } from '../core/geoparse/mentions-geojson.ts';
import { decodeText } from '../core/text/decode-text.ts';
import { withTownShards } from './world-towns.ts';
import {
  DEFAULT_GAZETTEER,
  DEFAULT_WORLD_INDEX,
  PLACE_INDEX_OPTIONS,
  defaultIo,
  placeIndexPaths,
  readCommandLine,
  type CliIo,
} from './command-line.ts';

export { mentionsToFeatureCollection, type FileMentions };
export { DEFAULT_GAZETTEER, DEFAULT_WORLD_INDEX };

const USAGE = 'usage: geoparse [--geojson] [--gazetteer PATH] [--world PATH | --no-world] FILE...';

/** Reads the gazetteer and the world index (none when `worldPath` is null); throws a plain error on a bad file. */
export function loadPlaceIndex(gazetteerPath = DEFAULT_GAZETTEER, worldPath: string | null = DEFAULT_WORLD_INDEX) {
  const gazetteer = gazetteerSchema.parse(JSON.parse(readFileSync(gazetteerPath, 'utf8')));
  const world = worldPath === null ? [] : parseWorldIndex(JSON.parse(readFileSync(worldPath, 'utf8')));
  return { gazetteer, world };
}

/** Builds the matcher from the shipped files (or others); throws a plain error on a bad file. */
export function loadPlaceMatcher(
  gazetteerPath = DEFAULT_GAZETTEER,
  worldPath: string | null = DEFAULT_WORLD_INDEX,
): PlaceMatcher {
  const { gazetteer, world } = loadPlaceIndex(gazetteerPath, worldPath);
  return createPlaceMatcher(gazetteer, world);
}

/**
 * Reads a file as text by the import's rules (`decodeText`: UTF-8, UTF-16 with a byte-order mark,
 * Windows-1252 with a warning), or says why it cannot.
 */
export function readTextFile(path: string): { text: string; warning?: string } | { error: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { error: `cannot read ${path}${code ? ` (${code})` : ''}` };
  }
  return decodeText(bytes, path);
}

export type { CliIo } from './command-line.ts';

/** Runs the CLI; returns the exit code (0 all good, 1 a file failed, 2 usage error). */
export function main(argv: readonly string[], io: CliIo = defaultIo): number {
  const line = readCommandLine({ geojson: { type: 'boolean' }, ...PLACE_INDEX_OPTIONS }, argv, USAGE, io);
  if (typeof line === 'number') return line;
  const { values, files } = line;
  const geojson = values.geojson ?? false;
  const { gazetteerPath, worldPath } = placeIndexPaths(values);

  let matcherFor: (text: string) => PlaceMatcher;
  try {
    const { gazetteer, world } = loadPlaceIndex(gazetteerPath, worldPath);
    const index = withTownShards(
      { matcher: createPlaceMatcher(gazetteer, world), context: { gazetteer, world } },
      worldPath === null ? null : undefined,
    );
    matcherFor = (text) => index.forText(text).matcher;
  } catch (e) {
    io.err(`geoparse: cannot load the gazetteer: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }

  let failed = false;
  const results: FileMentions[] = [];
  for (const file of files) {
    const read = readTextFile(file);
    if ('error' in read) {
      io.err(`geoparse: ${read.error}\n`);
      failed = true;
      continue;
    }
    if (read.warning) io.err(`geoparse: warning: ${read.warning}\n`);
    let mentions;
    try {
      mentions = matcherFor(read.text).find(read.text);
    } catch (e) {
      // A broken town shard: that file fails with the shard's name and row, the others go on.
      io.err(`geoparse: ${file}: ${e instanceof Error ? e.message : String(e)}\n`);
      failed = true;
      continue;
    }
    results.push({ file, mentions });
  }
  io.out(`${JSON.stringify(geojson ? mentionsToFeatureCollection(results) : results, null, 2)}\n`);
  return failed ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
