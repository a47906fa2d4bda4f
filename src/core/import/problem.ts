/**
 * What an import says about a file it could not take as it is. Every problem names where (a
 * spreadsheet row or a JSON path), which field, what was expected and what was found, so a user
 * can open the file, go to the spot and fix it. Shared by every importer (CSV, GeoJSON, dataset
 * JSON) and shown as it is by the Import dialog.
 */
import { MAX_SHOWN_CHARS, shorten } from '../text/problem-text.ts';
import { say, type Message, type MessageKey } from '../text/translate.ts';
import type { Lang } from '../text/languages.ts';

/** `error`: the row, feature or event was not loaded. `warning`: it was loaded; check it. */
export type ProblemSeverity = 'error' | 'warning';

export interface ImportProblem {
  severity: ProblemSeverity;
  /** Row as a spreadsheet numbers it: the header is row 1, the first data row is row 2 (CSV). */
  row?: number;
  /** JSON path of the value at fault, e.g. `features[3].properties.start` (JSON and GeoJSON). */
  path?: string;
  /** The column or property, as the file names it; '' when the problem is about the whole file. */
  field: string;
  /** What a good value looks like. */
  expected: string;
  /** What the file holds there, quoted and shortened. */
  found: string;
  /** The reason and what to do, in plain words (English). */
  message: string;
  /** The same as a message for the reader's language, where the importer has one (`problem.*`). */
  code?: Message;
}

/** A value quoted in a problem is cut here: a 10,000-character cell would drown the reason. */
export const MAX_QUOTED_CHARS = MAX_SHOWN_CHARS;

/**
 * A found value as a problem shows it: text quoted and shortened, nothing as "(empty)".
 *
 * @example quoteFound('17/03/2011') // '"17/03/2011"'
 */
export function quoteFound(value: unknown): string {
  if (value === undefined) return '(nothing)';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    if (value.trim() === '') return '(empty)';
    return JSON.stringify(shorten(value, MAX_QUOTED_CHARS));
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

/** Where a problem is, as a person reads it: "row 12", "features[3].properties.start", "the file". */
export function problemPlace(p: Pick<ImportProblem, 'row' | 'path'>): string {
  if (p.row !== undefined) return `row ${p.row}`;
  if (p.path) return p.path;
  return 'the file';
}

/**
 * One line per problem, for a text copy of the list.
 *
 * @example formatProblem(p) // 'row 5 · date: expected YYYY-MM-DD, found "17/03/2011". The date …'
 */
export function formatProblem(p: ImportProblem): string {
  const field = p.field ? ` · ${p.field}` : '';
  const detail = p.expected || p.found ? `: expected ${p.expected || '—'}, found ${p.found || '—'}` : '';
  return `${p.severity === 'error' ? 'Not loaded' : 'Check'} · ${problemPlace(p)}${field}${detail}. ${p.message}`;
}

/** A problem about the whole file: nothing could be loaded from it. */
export function fileProblem(message: string, details: Partial<ImportProblem> = {}): ImportProblem {
  return { severity: 'error', field: '', expected: '', found: '', message, ...details };
}

/**
 * A look-up's failure as a problem's message: with its catalogue message when it has one, so the
 * Import dialog words it in the reader's language; else its English alone.
 */
export function said(failure: {
  message: string;
  code?: Message | undefined;
}): string | { message: string; code: Message } {
  return failure.code ? { message: failure.message, code: failure.code } : failure.message;
}

/** A problem's message worded by the catalogue, so its English and its translations are one text. */
export function coded(code: Message): { message: string; code: Message } {
  return { message: say('en', code), code };
}

/** The fixed "expected" and "found" texts of problems, by their English, to word them again. */
const FIXED_TEXTS: readonly MessageKey[] = [
  'expected.date',
  'expected.degrees',
  'expected.decimal',
  'expected.knownPlace',
  'expected.onePlace',
  'expected.placeOrCoordinates',
  'expected.globe',
  'expected.sourceForEvery',
  'expected.title',
  'expected.requiredColumn',
  'found.empty',
  'found.nothing',
];
let fixedByEnglish: Map<string, MessageKey> | undefined;

/**
 * A problem's `expected` or `found` in the reader's language, where it is one of the fixed texts
 * the importers use ("a decimal number of degrees", "(empty)"); anything else (a value quoted from
 * the file, a count) as it is. Problems keep their English, so a list made in the worker, or
 * downloaded as CSV, needs no messages of its own.
 *
 * @example problemText('es', 'a decimal number of degrees') // 'un número decimal de grados'
 */
export function problemText(lang: Lang, text: string): string {
  fixedByEnglish ??= new Map(FIXED_TEXTS.map((key) => [say('en', { key }), key]));
  const key = fixedByEnglish.get(text);
  return key ? say(lang, { key }) : text;
}
