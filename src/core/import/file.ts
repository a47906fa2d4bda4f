/**
 * One entry point for every import: the bytes of a file in, a dataset and the list of problems
 * out. Checks the size, decodes the text (UTF-8, UTF-16 with a byte-order mark, or the Windows
 * code page older Excel writes), tells the formats apart by their content, and hands over to the
 * CSV, GeoJSON or dataset importer. Runs in a Web Worker in the app (src/core/import/import.worker.ts),
 * and as it is in unit tests.
 */
import { parseJson } from '../dataset/load-dataset.ts';
import { importCsv } from './csv.ts';
import { importDatasetJson, isRecord, keepValidBuiltEvents, type BuiltDataset } from './dataset.ts';
import { importGeoJson } from './geojson.ts';
import { isJsonFg, jsonFgAsGeoJson } from './jsonfg.ts';
import { isLpf, lpfAsGeoJson } from './lpf.ts';
import { inPlacemarks, isKml, kmlAsGeoJson, placemarkPath } from './kml.ts';
import { kmzText } from './kmz.ts';
import type { BuilderOptions, EventBuilder } from './events.ts';
import { checkFileSize } from './limits.ts';
import { say, type Message } from '../text/translate.ts';
import { slugify } from './places.ts';
import { coded, fileProblem, type ImportProblem } from './problem.ts';
import type { PresetNotice } from './presets/preset.ts';
import type { Dataset } from '../dataset/schema.ts';
import { decodeText, type DecodedText } from '../text/decode-text.ts';

export type ImportFormat = 'csv' | 'geojson' | 'jsonfg' | 'lpf' | 'kml' | 'dataset';

/** What a file picker offers for {@link importFile}: the extensions and media types of the formats it reads. */
export const IMPORT_ACCEPT =
  '.csv,.tsv,.txt,.json,.geojson,.kml,.kmz,text/csv,application/json,application/geo+json,' +
  'application/vnd.google-earth.kml+xml,application/vnd.google-earth.kmz';

export interface ImportSummary {
  format: ImportFormat;
  /** What one record of this format is called: "row", "feature", "event". */
  unit: 'row' | 'feature' | 'event';
  /** Records in the file. */
  total: number;
  loaded: number;
  /** Records not loaded because of an error. */
  failed: number;
  /** Problems that did not stop a record from loading. */
  warnings: number;
  /** The known layout a CSV was recognised as (ACLED, UCDP GED), and how its columns were read. */
  preset?: PresetNotice;
}

export type ImportResult =
  | { ok: true; fileName: string; dataset: Dataset; problems: ImportProblem[]; summary: ImportSummary }
  | {
      ok: false;
      fileName: string;
      message: string;
      /** The message for the reader's language, where the failure has one in the catalogue. */
      code?: Message;
      problems: ImportProblem[];
      summary?: ImportSummary;
    };

export type ImportContext = Omit<BuilderOptions, 'fileName'>;

const UNITS = {
  csv: 'row',
  geojson: 'feature',
  jsonfg: 'feature',
  lpf: 'feature',
  kml: 'feature',
  dataset: 'event',
} as const;
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const PDF = [0x25, 0x50, 0x44, 0x46];
const MAX_TITLE = 200;

/**
 * @example
 * const result = importFile({ name: 'events.csv', bytes }, { gazetteer, world });
 * if (result.ok) load(result.dataset, [describeImport(result)]);
 */
export function importFile(file: { name: string; bytes: Uint8Array }, context: ImportContext): ImportResult {
  const decoded = decodeFile(file);
  return decoded.ok ? importText({ name: file.name, text: decoded.text }, context, decoded.early) : decoded.result;
}

/**
 * The first half of {@link importFile}: the size check and the text of the bytes, with the
 * warnings to list first. The import worker calls it apart, so the bytes can be collected while
 * the text is read (at 500 MB they are as large again as the text).
 */
export function decodeFile(file: {
  name: string;
  bytes: Uint8Array;
}): { ok: true; text: string; early: ImportProblem[] } | { ok: false; result: ImportResult } {
  const { name, bytes } = file;
  const fail = (message: string): { ok: false; result: ImportResult } => ({
    ok: false,
    result: { ok: false, fileName: name, message, problems: [fileProblem(message)] },
  });
  const size = checkFileSize(bytes.byteLength, name);
  if (!size.ok) return fail(size.message);
  const decoded = decode(bytes, name);
  if ('error' in decoded) return fail(decoded.error);
  const early: ImportProblem[] = [];
  if (size.warning) early.push({ ...fileProblem(size.warning), severity: 'warning' });
  if (decoded.warning) early.push({ ...fileProblem(decoded.warning), severity: 'warning' });
  return { ok: true, text: decoded.text, early };
}

/** {@link importFile} for text already decoded. */
export function importText(
  file: { name: string; text: string },
  context: ImportContext,
  early: ImportProblem[] = [],
): ImportResult {
  const { name, text } = file;
  const options: BuilderOptions = { ...context, fileName: name };
  if (text.trim() === '') {
    return {
      ok: false,
      fileName: name,
      ...coded({ key: 'problem.fileEmpty', params: { file: name } }),
      problems: [fileProblem(`${name} has no text in it.`)],
    };
  }
  const first = text.trimStart()[0];
  if (first === '<') return importXml(name, text, options, early);
  if (first !== '{' && first !== '[') {
    const outcome = importCsv(text, options);
    const result = finishBuilder('csv', name, outcome.builder, outcome.total, outcome.fatal, early);
    return outcome.preset && result.summary
      ? { ...result, summary: { ...result.summary, preset: outcome.preset } }
      : result;
  }
  const json = parseJson(text);
  if (!json.ok) {
    const message = `${name} is not valid JSON: ${json.error.message}.`;
    return {
      ok: false,
      fileName: name,
      message,
      problems: [
        ...early,
        fileProblem(
          `The JSON text is broken here (${json.error.message}). Was the file cut short while saving or downloading?`,
          {
            path: `line ${json.error.line}, column ${json.error.column}`,
            expected: 'valid JSON',
            found:
              json.error.offset >= text.length
                ? 'the end of the file'
                : JSON.stringify(text.slice(json.error.offset, json.error.offset + 20)),
          },
        ),
      ],
    };
  }
  const value = json.value;
  if (isRecord(value) && (value.type === 'FeatureCollection' || value.type === 'Feature')) {
    // JSON-FG and Linked Places are GeoJSON with their own time members: read as GeoJSON once those are properties.
    const format = isLpf(value) ? 'lpf' : isJsonFg(value) ? 'jsonfg' : 'geojson';
    const geojson = format === 'lpf' ? lpfAsGeoJson(value) : format === 'jsonfg' ? jsonFgAsGeoJson(value) : value;
    const outcome = importGeoJson(geojson, options);
    return finishBuilder(format, name, outcome.builder, outcome.total, outcome.fatal, early, outcome.meta);
  }
  if (isRecord(value) && 'events' in value) {
    const outcome = importDatasetJson(value);
    const problems = [...early, ...outcome.problems];
    if (!outcome.ok) {
      return {
        ok: false,
        fileName: name,
        message: outcome.message,
        problems,
        summary: summary('dataset', outcome.total, 0, outcome.total, problems),
      };
    }
    return {
      ok: true,
      fileName: name,
      dataset: outcome.dataset,
      problems,
      summary: summary('dataset', outcome.total, outcome.dataset.events.length, outcome.failed, problems),
    };
  }
  const found = Array.isArray(value)
    ? 'a JSON list'
    : isRecord(value)
      ? `an object with ${describeKeys(value)}`
      : `the JSON value ${JSON.stringify(value).slice(0, 40)}`;
  const message =
    `${name} is JSON, but neither a Time Atlas dataset (an object with "sources", "places" and "events") ` +
    `nor a GeoJSON FeatureCollection: it holds ${found}.`;
  return {
    ok: false,
    fileName: name,
    message,
    problems: [...early, fileProblem(message, { expected: 'a dataset or a FeatureCollection', found })],
  };
}

/** A text that opens with `<`: KML, or a clear word on what else it is. */
function importXml(name: string, text: string, options: BuilderOptions, early: ImportProblem[]): ImportResult {
  const fail = (message: string, problem: ImportProblem): ImportResult => ({
    ok: false,
    fileName: name,
    message,
    problems: [...early, problem],
  });
  if (!isKml(text)) {
    const root = /<\s*([A-Za-z][\w:.-]*)/u.exec(
      text.replace(/<\?[^>]*\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/giu, ''),
    )?.[1];
    const found = root ? `<${root}>` : 'markup';
    const message =
      `${name} is ${root?.toLowerCase() === 'html' ? 'a web page (HTML)' : `XML (its root is ${found})`}, not a data file: ` +
      `import KML, a CSV, JSON or GeoJSON file.`;
    return fail(message, fileProblem(message, { expected: 'a <kml> document', found }));
  }
  const read = kmlAsGeoJson(text);
  if (!read.ok) {
    const message = `${name} is not well-formed KML: ${read.message}.`;
    return fail(
      message,
      fileProblem(`The XML is broken here (${read.message}). Was the file cut short while saving or downloading?`, {
        ...(read.line === undefined ? {} : { path: `line ${read.line}, column ${read.column ?? 1}` }),
        expected: 'well-formed KML',
        found: read.line === undefined ? 'a broken document' : 'broken markup',
      }),
    );
  }
  const untyped: ImportProblem[] =
    read.untyped === 0
      ? []
      : [
          {
            ...fileProblem('', { field: 'type', expected: 'a type of event', found: '(none)' }),
            ...coded({ key: 'problem.kmlUntyped', params: { count: read.untyped, file: name } }),
            severity: 'warning',
          },
        ];
  const outcome = importGeoJson(read.collection, { ...options, recordName: (path) => placemarkPath(path, []) });
  const result = finishBuilder('kml', name, outcome.builder, outcome.total, outcome.fatal, [...early, ...untyped]);
  return { ...result, problems: inPlacemarks(result.problems, read.names) };
}

function describeKeys(value: Record<string, unknown>): string {
  const keys = Object.keys(value);
  if (keys.length === 0) return 'no members';
  return `the members ${keys
    .slice(0, 5)
    .map((k) => JSON.stringify(k))
    .join(', ')}${keys.length > 5 ? ', …' : ''}`;
}

function finishBuilder(
  format: ImportFormat,
  name: string,
  builder: EventBuilder,
  total: number,
  fatal: string | undefined,
  early: ImportProblem[],
  meta?: { id?: string; title?: string },
): ImportResult {
  if (fatal) {
    const detailed = builder.problems.some((p) => p.severity === 'error');
    const problems = [...early, ...(detailed ? [] : [fileProblem(fatal)]), ...builder.problems];
    return { ok: false, fileName: name, message: fatal, problems, summary: summary(format, total, 0, total, problems) };
  }
  const parts = builder.finish();
  const base = name.replace(/\.[^.]*$/, '') || name;
  const candidate: BuiltDataset = {
    id: (meta?.id && slugify(meta.id)) || slugify(base) || 'imported',
    title: (meta?.title || base || 'Imported events').slice(0, MAX_TITLE),
    description: `Imported from ${name}.`,
    sources: parts.sources,
    places: { type: 'FeatureCollection', features: parts.places },
    events: parts.events,
  };
  const unit = UNITS[format];
  if (parts.events.length === 0) {
    const none = coded({ key: 'problem.noneLoaded', params: { total, unit, file: name } });
    const problems = [...early, ...builder.problems];
    return {
      ok: false,
      fileName: name,
      ...none,
      problems,
      summary: summary(format, total, 0, builder.failed, problems),
    };
  }
  // The builder checks each event; this whole-dataset pass is the same gate every dataset goes through.
  const checked = keepValidBuiltEvents(candidate);
  const problems = [...early, ...builder.problems, ...checked.problems];
  if (!checked.ok) return { ok: false, fileName: name, message: checked.message, problems };
  const failed = builder.failed + (parts.events.length - checked.dataset.events.length);
  return {
    ok: true,
    fileName: name,
    dataset: checked.dataset,
    problems,
    summary: summary(format, total, checked.dataset.events.length, failed, problems),
  };
}

function summary(
  format: ImportFormat,
  total: number,
  loaded: number,
  failed: number,
  problems: ImportProblem[],
): ImportSummary {
  return {
    format,
    unit: UNITS[format],
    total,
    loaded,
    failed,
    warnings: problems.filter((p) => p.severity === 'warning').length,
  };
}

/**
 * The one-line notice a loaded import leaves on the page.
 *
 * @example describeImport(result) // 'Loaded 998 of 1,000 rows from events.csv; 2 rows have problems (see Import).'
 */
export function describeImport(result: ImportResult): string {
  const s = result.summary;
  if (!result.ok || !s) return result.ok ? `Loaded ${result.fileName}.` : result.message;
  return say('en', importSummary(result, s));
}

/**
 * The summary of a loaded import as a message, for the reader's language; `seeImport` adds the
 * pointer to the Import dialog (in a notice on the page, not in the dialog itself).
 */
export function importSummary(result: ImportResult, s: ImportSummary, seeImport = true): Message {
  const items: Message = { key: 'import.units', params: { count: s.total, unit: s.unit } };
  const main: Message =
    s.loaded === s.total
      ? { key: 'import.loadedAll', params: { items, file: result.fileName } }
      : { key: 'import.loadedSome', params: { loaded: s.loaded, items, file: result.fileName } };
  const failed: Message | string =
    s.failed > 0 ? { key: 'import.summaryFailed', params: { count: s.failed, unit: s.unit } } : '';
  const warnings: Message | string =
    s.warnings > 0
      ? { key: 'import.summaryWarnings', params: { count: s.warnings, first: s.failed > 0 ? 'no' : 'yes' } }
      : '';
  const see = seeImport && (s.failed > 0 || s.warnings > 0) ? 'yes' : 'no';
  return { key: 'import.summary', params: { main, failed, warnings, seeImport: see } };
}

// ---------------------------------------------------------------- decoding

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Bytes to text (by the rules of `decodeText`), or why they are not a file to import. */
export function decode(bytes: Uint8Array, name: string): DecodedText {
  if (startsWith(bytes, ZIP)) {
    // A KMZ is a ZIP whose main document is KML: read that document.
    const kmz = kmzText(bytes, name);
    if (kmz) return 'error' in kmz ? { error: `${kmz.error}.` } : kmz;
    return {
      error:
        `${name} is a compressed file (an Excel or LibreOffice workbook, or a ZIP), not text. ` +
        `In your spreadsheet, use File → Save As → "CSV UTF-8" and import that file.`,
    };
  }
  if (startsWith(bytes, PDF))
    return { error: `${name} is a PDF document, not a data file: import a CSV, JSON or GeoJSON file.` };
  const decoded = decodeText(bytes, name);
  return 'error' in decoded ? { error: `${decoded.error}: import a CSV, JSON or GeoJSON file.` } : decoded;
}
