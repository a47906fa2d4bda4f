/**
 * `npm run tile -- FILE --out DIR`: cuts a dataset too large for one browser into vector tiles,
 * for the app to open with `?data=…/events.pmtiles`. Writes DIR/events.pmtiles (one PMTiles v3
 * archive: any static host or object store serving HTTP range requests can serve it) and
 * DIR/counts.json beside it (events per day, the time extent, the types), which the timeline reads.
 *
 * FILE is a Time Atlas dataset JSON (any size), or a CSV or GeoJSON file read by the app's own
 * import (src/core/import), within its limits. Bad events are listed (file, row or path, field)
 * and left out; a file with nothing to cut stops with exit code 1.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parseJson } from '../core/dataset/load-dataset.ts';
import { gazetteerSchema, type Dataset } from '../core/dataset/schema.ts';
import { parseWorldIndex } from '../core/geoparse/world-index.ts';
import { isRecord, keepValidEvents } from '../core/import/dataset.ts';
import { importText } from '../core/import/file.ts';
import type { ImportProblem } from '../core/import/problem.ts';
import { countOf, formatBytes, formatCount } from '../core/text/count.ts';
import { decodeText } from '../core/text/decode-text.ts';
import { cutEventTiles, DEFAULT_CUT, EVENT_LAYER, type CutOptions } from '../core/tiles/cut-event-tiles.ts';
import { writePmtiles } from '../core/tiles/pmtiles-writer.ts';
import { tileCounts, tiledEvents } from '../core/tiles/tiled-events.ts';
import {
  defaultIo,
  DEFAULT_GAZETTEER,
  DEFAULT_WORLD_INDEX,
  readCommandLine,
  USAGE_ERROR,
  type CliIo,
} from './command-line.ts';

const USAGE = `usage: npm run tile -- FILE --out DIR [--max-zoom N] [--max-features N]

  FILE              a Time Atlas dataset JSON, or a CSV or GeoJSON file the app can import
  --out DIR         where to write events.pmtiles and counts.json (created if missing)
  --max-zoom N      the deepest zoom to cut (default: chosen for the data, ${DEFAULT_CUT.minMaxZoom}–14)
  --max-features N  the most events one tile may carry (default ${formatCount(DEFAULT_CUT.maxFeaturesPerTile)})`;

const OPTIONS = {
  out: { type: 'string', short: 'o' },
  'max-zoom': { type: 'string' },
  'max-features': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The archive and the counts file, as the app looks for them. */
export const ARCHIVE_NAME = 'events.pmtiles';
export const COUNTS_NAME = 'counts.json';
const SHOWN_PROBLEMS = 20;
const EXIT_NOTHING = 1;

export interface TileSummary {
  events: number;
  tiles: number;
  bytes: number;
  maxZoom: number;
  /** The largest tile, compressed, and its address. */
  largestTile: { z: number; x: number; y: number; bytes: number };
  thinnedTiles: number;
  seconds: number;
}

export function main(argv: readonly string[], io: CliIo = defaultIo): number {
  const started = performance.now();
  const line = readCommandLine(OPTIONS, argv, USAGE, io);
  if (typeof line === 'number') return line;
  const { values, files } = line;
  const usage = (message: string) => {
    io.err(`${message}\n${USAGE}\n`);
    return USAGE_ERROR;
  };
  if (files.length > 1) return usage(`one input file at a time, not ${files.length}`);
  if (!values.out) return usage('--out DIR is required');
  const cut: CutOptions = { ...DEFAULT_CUT };
  if (values['max-zoom'] !== undefined) {
    const z = Number(values['max-zoom']);
    if (!Number.isInteger(z) || z < 0 || z > 14)
      return usage(`--max-zoom must be a whole number from 0 to 14, not "${values['max-zoom']}"`);
    cut.maxZoom = z;
  }
  if (values['max-features'] !== undefined) {
    const n = Number(values['max-features']);
    if (!Number.isInteger(n) || n < 1)
      return usage(`--max-features must be a whole number above 0, not "${values['max-features']}"`);
    cut.maxFeaturesPerTile = n;
  }
  const file = resolve(files[0]!);
  const read = readDataset(file, io);
  if (!read) return EXIT_NOTHING;
  const { events, skipped } = tiledEvents(read);
  if (skipped.length > 0)
    io.err(`${file}: ${countOf(skipped.length, 'event')} left out: no place to draw them at (first: ${skipped[0]})\n`);
  if (events.length === 0) {
    io.err(`${file}: no event could be placed on the map: nothing to cut.\n`);
    return EXIT_NOTHING;
  }

  const result = cutEventTiles(events, cut);
  const tiles = result.tiles.map((t) => ({ ...t, data: gzipSync(t.data) }));
  const [west, south, east, north] = result.bounds;
  const { parts } = writePmtiles(tiles, {
    compress: (bytes) => gzipSync(bytes),
    minZoom: 0,
    maxZoom: result.maxZoom,
    bounds: result.bounds,
    center: [(west + east) / 2, (south + north) / 2, Math.min(result.maxZoom, 6)],
    metadata: {
      name: read.title,
      format: 'pbf',
      description: `Time Atlas events from ${basename(file)}`,
      vector_layers: [
        {
          id: EVENT_LAYER,
          minzoom: 0,
          maxzoom: result.maxZoom,
          fields: {
            id: 'String',
            title: 'String',
            type: 'String',
            first: 'Number',
            last: 'Number',
            datePrecision: 'String',
            place: 'String',
            precision: 'String',
          },
        },
      ],
    },
  });
  mkdirSync(values.out, { recursive: true });
  const archive = Buffer.concat(parts);
  writeFileSync(join(values.out, ARCHIVE_NAME), archive);
  const counts = tileCounts(events, { title: read.title, maxZoom: result.maxZoom, layer: EVENT_LAYER });
  writeFileSync(join(values.out, COUNTS_NAME), JSON.stringify(counts));

  const largest = tiles.reduce((a, b) => (b.data.byteLength > a.data.byteLength ? b : a));
  const summary: TileSummary = {
    events: events.length,
    tiles: tiles.length,
    bytes: archive.byteLength,
    maxZoom: result.maxZoom,
    largestTile: { z: largest.z, x: largest.x, y: largest.y, bytes: largest.data.byteLength },
    thinnedTiles: result.tiles.filter((t) => t.thinned > 0).length,
    seconds: (performance.now() - started) / 1000,
  };
  io.out(`${describeSummary(summary, join(values.out, ARCHIVE_NAME))}\n`);
  return 0;
}

/** The summary line: events, tiles, bytes, seconds, and the largest tile. */
export function describeSummary(s: TileSummary, archive: string): string {
  const thinned =
    s.thinnedTiles > 0
      ? `; ${countOf(s.thinnedTiles, 'tile')} hold a sample of their events (the rest show when zoomed in)`
      : '';
  return (
    `${archive}: ${countOf(s.events, 'event')} in ${countOf(s.tiles, 'tile')} (zoom 0–${s.maxZoom}), ` +
    `${formatBytes(s.bytes)}, in ${s.seconds.toFixed(1)} s; largest tile ${s.largestTile.z}/${s.largestTile.x}/${s.largestTile.y} ` +
    `${formatBytes(s.largestTile.bytes)}${thinned}`
  );
}

/**
 * The dataset in `file`: a dataset JSON is validated as a whole (no event limit: cutting tiles is
 * for what the browser cannot hold), anything else goes through the app's import. Prints the
 * problems and returns undefined when nothing can be cut.
 */
function readDataset(file: string, io: CliIo): Dataset | undefined {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    io.err(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : (err as Error).message}\n`);
    return undefined;
  }
  const decoded = decodeText(bytes, basename(file));
  if ('error' in decoded) {
    io.err(`${file}: ${decoded.error}\n`);
    return undefined;
  }
  const text = decoded.text;
  const first = text.trimStart()[0];
  if (first === '{') {
    const json = parseJson(text);
    if (!json.ok) {
      io.err(
        `${file}: not valid JSON at line ${json.error.line}, column ${json.error.column}: ${json.error.message}\n`,
      );
      return undefined;
    }
    if (isRecord(json.value) && 'events' in json.value && json.value.type === undefined) {
      const outcome = keepValidEvents(json.value);
      printProblems(file, outcome.problems, io);
      if (!outcome.ok) {
        io.err(`${file}: ${outcome.message}\n`);
        return undefined;
      }
      return outcome.dataset;
    }
  }
  const result = importText({ name: basename(file), text }, importContext());
  printProblems(file, result.problems, io);
  if (!result.ok) {
    io.err(`${file}: ${result.message}\n`);
    return undefined;
  }
  return result.dataset;
}

function importContext() {
  return {
    gazetteer: gazetteerSchema.parse(JSON.parse(readFileSync(DEFAULT_GAZETTEER, 'utf8'))).features,
    world: parseWorldIndex(JSON.parse(readFileSync(DEFAULT_WORLD_INDEX, 'utf8'))),
  };
}

/** Each problem as `file: row 3, field "start": message (expected …, found …)`, the first 20. */
function printProblems(file: string, problems: readonly ImportProblem[], io: CliIo): void {
  for (const p of problems.slice(0, SHOWN_PROBLEMS)) {
    const where = [p.row !== undefined ? `row ${p.row}` : p.path, p.field ? `field "${p.field}"` : '']
      .filter(Boolean)
      .join(', ');
    const detail = p.expected || p.found ? ` (expected ${p.expected || '?'}, found ${p.found || '?'})` : '';
    io.err(`${file}: ${where ? `${where}: ` : ''}${p.severity === 'error' ? '' : 'warning: '}${p.message}${detail}\n`);
  }
  if (problems.length > SHOWN_PROBLEMS)
    io.err(`${file}: … and ${countOf(problems.length - SHOWN_PROBLEMS, 'more problem')}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main(process.argv.slice(2));
}
