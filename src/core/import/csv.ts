/**
 * Importing a spreadsheet of events saved as CSV (or TSV, or semicolon-separated as European
 * spreadsheets write it). Parsing is papaparse's (quotes, line breaks in cells, delimiter
 * detection); this module maps the header to event fields and hands each row to the
 * {@link EventBuilder}. Rows are numbered as a spreadsheet shows them: the header is row 1.
 *
 * The template (public/templates/events-template.csv) documents the columns:
 * date, end date, title, summary, type, place, longitude, latitude, source, source url.
 */
import Papa from 'papaparse';
import { fieldFor, FIELD_NAMES, type EventField } from './event-fields.ts';
import { EventBuilder, type BuilderOptions } from './events.ts';
import { MAX_COLUMNS, MAX_ROWS } from './limits.ts';
import { formatCount, wordFor } from '../text/count.ts';
import { coded, fileProblem, quoteFound } from './problem.ts';
import { detectPreset } from './presets/detect-preset.ts';
import { presetRowReader, type PresetNotice, type PresetRowReader } from './presets/preset.ts';

export interface CsvOutcome {
  builder: EventBuilder;
  /** Data rows in the file (blank rows not counted), also those past the cap. */
  total: number;
  /** Set when no row can be read: no header, a required column missing. */
  fatal?: string;
  /** The known layout the header was recognised as (ACLED, UCDP GED), with its mapping. */
  preset?: PresetNotice;
}

/** Columns every file needs; a place needs `place`, `place ids`, or both coordinates. */
const REQUIRED: readonly EventField[] = ['start', 'title', 'type'];
const DELIMITERS = [',', ';', '\t', '|'];
/** Rows between two progress reports. */
const PROGRESS_EVERY = 5_000;

/**
 * @example
 * const { builder, total } = importCsv(text, { gazetteer, world, fileName: 'events.csv' });
 */
export function importCsv(text: string, options: BuilderOptions): CsvOutcome {
  const builder = new EventBuilder(options);
  const reader = new CsvRowReader(builder, options, countLines(text));
  // Row by row (Papa's step mode): each row becomes an event before the next is parsed, so the
  // file's rows (at a million rows, a million arrays of cells) are never all held at once. One
  // pass over the whole text, not chunks of it: a chunk is a copy, and every cell kept from it
  // would keep the copy alive.
  let r = 0;
  Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: false,
    delimitersToGuess: DELIMITERS,
    step: (results, parser) => {
      for (const error of results.errors) {
        if (error.type !== 'Quotes') continue;
        builder.report(
          fileProblem(
            `A quoted cell is never closed (${error.message}): everything after its opening quote was read as one cell. Add the missing closing quote (").`,
            { row: r + 1, expected: 'a closing quote', found: 'the end of the file' },
          ),
        );
      }
      reader.add(results.data, r++);
      if (reader.stopped) parser.abort();
    },
  });
  return reader.finish();
}

/**
 * Lines of a text: its rows, as Papa splits them, unless quoted cells hold line breaks (then it
 * has fewer rows). Counted before parsing, for the progress bar's total.
 */
export function countLines(text: string): number {
  const newline = text.includes('\n') ? '\n' : '\r';
  let lines = 0;
  for (let i = text.indexOf(newline); i !== -1; i = text.indexOf(newline, i + 1)) lines++;
  return text.endsWith(newline) || text === '' ? lines : lines + 1;
}

/** The rows of a CSV, one at a time: the header first, then each data row into the builder. */
class CsvRowReader {
  readonly #builder: EventBuilder;
  readonly #options: BuilderOptions;
  readonly #lines: number;
  readonly #maxRows: number;
  #headerIndex = -1;
  #header: readonly string[] = [];
  #mode: 'header' | 'rows' | 'preset' | 'count' | 'stopped' = 'header';
  #fatal: string | undefined;
  /** The columns as two arrays: a row is read a million times, and iterating a map allocates each time. */
  #fields: EventField[] = [];
  #indexes: number[] = [];
  #labels: Partial<Record<EventField, string>> = {};
  #preset: PresetRowReader | undefined;
  #total = 0;
  #firstSkipped: number | undefined;

  constructor(builder: EventBuilder, options: BuilderOptions, lines: number) {
    this.#builder = builder;
    this.#options = options;
    this.#lines = lines;
    this.#maxRows = options.maxRows ?? MAX_ROWS;
  }

  /** Nothing more will be read (a header too wide to be an event table). */
  get stopped(): boolean {
    return this.#mode === 'stopped';
  }

  /** Row `r` of the file, counted from 0 (the spreadsheet's row r + 1). */
  add(cells: readonly string[], r: number): void {
    if (this.#mode === 'header') {
      if (!isBlank(cells)) this.#readHeader(cells, r);
      return;
    }
    const read = r - this.#headerIndex - 1;
    if (read > 0 && read % PROGRESS_EVERY === 0) {
      // Data rows by lines, less the header's; never fewer than read already.
      const totalRows = Math.max(read, this.#lines - this.#headerIndex - 1);
      this.#options.onProgress?.({ rows: read, totalRows });
    }
    if (this.#mode === 'preset') this.#preset?.add(cells, r + 1);
    else if (this.#mode === 'count') this.#total += isBlank(cells) ? 0 : 1;
    else if (this.#mode === 'rows') this.#readRow(cells, r + 1);
  }

  finish(): CsvOutcome {
    const builder = this.#builder;
    if (this.#headerIndex === -1)
      return { builder, total: 0, fatal: 'The file has no rows: expected a header row and then one row per event.' };
    if (this.#fatal !== undefined) return { builder, total: this.#total, fatal: this.#fatal };
    if (this.#preset) {
      const { total, notice } = this.#preset.finish();
      return { builder, total, preset: notice };
    }
    const maxRows = this.#maxRows;
    if (this.#firstSkipped !== undefined) {
      builder.report(
        fileProblem(
          `${formatCount(this.#total - maxRows)} rows from row ${formatCount(this.#firstSkipped)} on were not loaded: ` +
            `a file may hold at most ${formatCount(maxRows)} rows. Split the file.`,
          {
            row: this.#firstSkipped,
            expected: `at most ${formatCount(maxRows)} rows`,
            found: `${formatCount(this.#total)} rows`,
          },
        ),
      );
    }
    return { builder, total: this.#total };
  }

  #readHeader(header: readonly string[], headerIndex: number): void {
    const builder = this.#builder;
    this.#headerIndex = headerIndex;
    this.#header = header;
    if (header.length > MAX_COLUMNS) {
      this.#fatal = `The header has ${formatCount(header.length)} columns: the limit is ${MAX_COLUMNS}. Is this an event table?`;
      this.#mode = 'stopped';
      return;
    }
    const preset = detectPreset(header);
    if (preset) {
      this.#preset = presetRowReader(preset, header, builder, {
        fileName: this.#options.fileName,
        maxRows: this.#maxRows,
      });
      this.#mode = 'preset';
      return;
    }
    const columns = mapHeader(header, headerIndex, builder);
    const has = (f: EventField) => columns.has(f);
    const missing = REQUIRED.filter((f) => !has(f));
    const hasPlace = has('place') || has('placeIds') || (has('longitude') && has('latitude'));
    if (missing.length > 0 || !hasPlace) {
      const wanted = [
        ...missing.map((f) => FIELD_NAMES[f][0]),
        ...(hasPlace ? [] : ['place (or longitude and latitude)']),
      ];
      for (const name of wanted) {
        builder.report(
          fileProblem(`Add a "${name}" column (see the template).`, {
            row: headerIndex + 1,
            field: name ?? '',
            expected: `a column named "${name}"`,
            found: `columns ${header.map((h) => quoteFound(h)).join(', ') || '(none)'}`,
          }),
        );
      }
      if (has('longitude') !== has('latitude')) {
        builder.report(
          fileProblem('Coordinates need both a longitude and a latitude column.', {
            row: headerIndex + 1,
            field: has('longitude') ? 'latitude' : 'longitude',
            expected: 'longitude and latitude columns',
            found: `only ${has('longitude') ? 'longitude' : 'latitude'}`,
          }),
        );
      }
      this.#fatal = `The file lacks ${wordFor(wanted.length, 'a required column', 'required columns')}: ${wanted.join(', ')}. The first row must name the columns, as in the template.`;
      // The rows are still counted, for the summary ("none of 120 rows loaded").
      this.#mode = 'count';
      return;
    }
    this.#fields = [...columns.keys()];
    this.#indexes = [...columns.values()];
    for (const [field, index] of columns) this.#labels[field] = (header[index] ?? '').trim();
    this.#mode = 'rows';
  }

  #readRow(cells: readonly string[], row: number): void {
    if (isBlank(cells)) return;
    this.#total++;
    if (this.#total > this.#maxRows) {
      this.#firstSkipped ??= row;
      return;
    }
    const header = this.#header;
    if (cells.length > header.length) {
      this.#builder.fail([
        {
          severity: 'error',
          row,
          field: '',
          expected: `${header.length} cells, as the header has`,
          found: `${cells.length} cells`,
          message:
            'The row has more cells than the header: a value with a comma in it needs double quotes around it ("Lahore, Pakistan").',
        },
      ]);
      return;
    }
    const values: Partial<Record<EventField, string>> = {};
    const fields = this.#fields;
    const indexes = this.#indexes;
    for (let c = 0; c < fields.length; c++) values[fields[c]!] = cells[indexes[c]!] ?? '';
    this.#builder.addRecord({ at: { row }, values, labels: this.#labels });
  }
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

/** Field → column index. Unknown and repeated columns are reported once, as warnings. */
function mapHeader(header: readonly string[], headerIndex: number, builder: EventBuilder): Map<EventField, number> {
  const columns = new Map<EventField, number>();
  const unused: string[] = [];
  header.forEach((name, i) => {
    const field = fieldFor(name);
    if (field === 'derived') return;
    if (field === undefined) {
      if (name.trim()) unused.push(name.trim());
      return;
    }
    const first = columns.get(field);
    if (first !== undefined) {
      builder.report({
        severity: 'warning',
        row: headerIndex + 1,
        field: name,
        expected: 'each field in one column',
        found: `"${header[first]}" and "${name}"`,
        message: `Both columns hold the ${FIELD_NAMES[field][0]}: the first one ("${header[first]}") is used, this one is not read.`,
      });
      return;
    }
    columns.set(field, i);
  });
  if (unused.length > 0) {
    builder.report({
      severity: 'warning',
      row: headerIndex + 1,
      field: unused.join(', ').slice(0, 200),
      expected: 'columns the map reads (see the template)',
      found: unused
        .map((u) => quoteFound(u))
        .join(', ')
        .slice(0, 200),
      ...coded({ key: 'problem.columnsUnused', params: { count: unused.length } }),
    });
  }
  return columns;
}
