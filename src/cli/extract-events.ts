/**
 * Draft dated, placed events from articles.
 *
 *   npm run extract-events -- [--published YYYY-MM-DD] [--dataset OUT.json] FILE...
 *   options: --gazetteer PATH, --world PATH | --no-world (as `geoparse`)
 *
 * Prints `[{ file, published, events: [{ start, end, precision, type, title, places, actors,
 * claims, evidence }] }]`. Without --published, each file's byline or dateline date is used and
 * `published.from` says which; a file with neither is reported and skipped (exit code 1).
 * --dataset also writes the drafts of all files, merged across articles, as a dataset the app
 * loads (check it with `npm run validate -- OUT.json`).
 */
import { writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateDataset } from '../core/dataset/validate-dataset.ts';
import { parseCalendarDate } from '../core/time/day.ts';
import { createPlaceMatcher } from '../core/geoparse/find-places.ts';
import { extractEvents, type EventDraft } from '../core/geoparse/extract-events.ts';
import type { PlaceContext } from '../core/geoparse/event-places.ts';
import { mergeDrafts } from '../core/geoparse/merge-events.ts';
import { spanBounds } from '../core/geoparse/resolve-dates.ts';
import { findPublicationDate } from '../core/geoparse/publication-date.ts';
import { draftsToDataset, slug, type ArticleSource } from '../core/geoparse/events-dataset.ts';
import { loadPlaceIndex, readTextFile } from './geoparse.ts';
import {
  PLACE_INDEX_OPTIONS,
  defaultIo,
  placeIndexPaths,
  readCommandLine,
  USAGE_ERROR,
  type CliIo,
} from './command-line.ts';
import { countOf } from '../core/text/count.ts';
import { withTownShards } from './world-towns.ts';

const USAGE =
  'usage: extract-events [--published YYYY-MM-DD] [--dataset OUT.json] [--gazetteer PATH] [--world PATH | --no-world] FILE...';

/**
 * The place index (the shipped files by default, see loadPlaceIndex) and its matcher;
 * `forText(text)` adds the towns of the countries an article is about (none with --no-world).
 */
export function loadPlaceContext(gazetteerPath?: string, worldPath?: string | null) {
  const { gazetteer, world } = loadPlaceIndex(gazetteerPath, worldPath);
  const context: PlaceContext = { gazetteer, world };
  return withTownShards(
    { context, matcher: createPlaceMatcher(gazetteer, world) },
    worldPath === null ? null : undefined,
  );
}

/** The JSON shape the CLI prints for one draft. */
export function draftJson(d: EventDraft, file: string) {
  const bounds = d.span ? spanBounds(d.span) : { start: null, end: null };
  const evidence = d.evidence.find((e) => e.source === slug(basename(file))) ?? d.evidence[0];
  return {
    ...bounds,
    precision: d.span?.precision ?? null,
    type: d.type,
    title: d.title,
    places: d.places.map((p) => ({
      name: p.name,
      id: p.placeId,
      lon: p.lon,
      lat: p.lat,
      role: p.role,
      precision: p.precision,
      ...(p.unknown ? { unknown: `unknown place: ${p.unknown.name}, in ${p.unknown.withinName}` } : {}),
      ...(p.choice ? { choice: p.choice } : {}),
      ...(p.fallback ? { fallback: p.fallback } : {}),
    })),
    actors: d.actors,
    claims: d.claims,
    evidence: evidence ? { start: evidence.start, end: evidence.end, text: evidence.text } : null,
    date: { text: d.dateText, kind: d.dateKind, note: d.dateNote },
    sources: d.sources,
    notes: d.notes,
  };
}

export function main(argv: readonly string[], io: CliIo = defaultIo): number {
  const line = readCommandLine(
    { published: { type: 'string' }, dataset: { type: 'string' }, ...PLACE_INDEX_OPTIONS },
    argv,
    USAGE,
    io,
  );
  if (typeof line === 'number') return line;
  const { values, files } = line;
  const published = values.published ?? null;
  if (published !== null && parseCalendarDate(published)?.precision !== 'day') {
    io.err(`--published "${published}" is not a date written YYYY-MM-DD\n`);
    return USAGE_ERROR;
  }
  const datasetPath = values.dataset ?? null;
  const { gazetteerPath, worldPath } = placeIndexPaths(values);
  let loaded: ReturnType<typeof loadPlaceContext>;
  try {
    loaded = loadPlaceContext(gazetteerPath, worldPath);
  } catch (e) {
    io.err(`extract-events: cannot load the gazetteer: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }

  let failed = false;
  const results: unknown[] = [];
  const all: EventDraft[] = [];
  const sources: ArticleSource[] = [];
  for (const file of files) {
    const read = readTextFile(file);
    if ('error' in read) {
      io.err(`extract-events: ${read.error}\n`);
      failed = true;
      continue;
    }
    const found = published === null ? findPublicationDate(read.text) : null;
    const date = published ?? found?.date;
    if (!date) {
      io.err(`extract-events: ${file}: no --published given and no byline or dateline date found in its first lines\n`);
      failed = true;
      continue;
    }
    const source = slug(basename(file), 'article');
    const drafts = extractEvents(read.text, { source, published: date, ...loaded.forText(read.text) });
    all.push(...drafts);
    const title =
      read.text
        .split(/\r?\n/u)
        .find((l) => l.trim() !== '')
        ?.trim() ?? source;
    sources.push({ id: source, title, published: date, outlet: basename(file) });
    results.push({
      file,
      published: found ? { date, from: found.from, line: found.line } : { date, from: 'option' },
      events: drafts.map((d) => draftJson(d, file)),
    });
  }
  io.out(`${JSON.stringify(results, null, 2)}\n`);

  if (datasetPath !== null && sources.length > 0) {
    const { dataset, skipped } = draftsToDataset(mergeDrafts(all), sources, loaded.context, {
      id: 'article-drafts',
      title: `Draft timeline from ${countOf(sources.length, 'article')}`,
    });
    const check = validateDataset(dataset);
    if (!check.ok) {
      io.err(
        `extract-events: the drafted dataset does not validate:\n${check.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}\n`,
      );
      return 1;
    }
    writeFileSync(datasetPath, `${JSON.stringify(dataset, null, 2)}\n`);
    io.err(`extract-events: wrote ${countOf(dataset.events.length, 'event')} to ${datasetPath}\n`);
    for (const s of skipped) io.err(`  left out: ${s.title}: ${s.reason}\n`);
  }
  return failed ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
