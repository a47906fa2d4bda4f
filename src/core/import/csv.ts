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
import { fileProblem, quoteFound } from './problem.ts';
import { detectPreset } from './presets/detect-preset.ts';
import { importPresetRows, type PresetNotice } from './presets/preset.ts';

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
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, delimitersToGuess: DELIMITERS });
  const rows = parsed.data;
  for (const error of parsed.errors) {
    if (error.type !== 'Quotes') continue;
    builder.report(
      fileProblem(
        `A quoted cell is never closed (${error.message}): everything after its opening quote was read as one cell. Add the missing closing quote (").`,
        {
          ...(error.row !== undefined ? { row: error.row + 1 } : {}),
          expected: 'a closing quote',
          found: 'the end of the file',
        },
      ),
    );
  }

  const headerIndex = rows.findIndex((r) => !isBlank(r));
  const header = rows[headerIndex];
  if (!header)
    return { builder, total: 0, fatal: 'The file has no rows: expected a header row and then one row per event.' };
  if (header.length > MAX_COLUMNS) {
    return {
      builder,
      total: 0,
      fatal: `The header has ${formatCount(header.length)} columns: the limit is ${MAX_COLUMNS}. Is this an event table?`,
    };
  }

  const preset = detectPreset(header);
  if (preset) {
    const body = rows.slice(headerIndex + 1);
    const { total, notice } = importPresetRows(preset, header, body, builder, {
      fileName: options.fileName,
      maxRows: options.maxRows ?? MAX_ROWS,
      // Spreadsheet numbering, as for any CSV: the header is row headerIndex + 1.
      firstRow: headerIndex + 2,
    });
    return { builder, total, preset: notice };
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
    return {
      builder,
      total: rows.slice(headerIndex + 1).filter((r) => !isBlank(r)).length,
      fatal: `The file lacks ${wordFor(wanted.length, 'a required column', 'required columns')}: ${wanted.join(', ')}. The first row must name the columns, as in the template.`,
    };
  }

  const labels: Partial<Record<EventField, string>> = {};
  for (const [field, index] of columns) labels[field] = (header[index] ?? '').trim();

  // Arrays, not the map: a row is read a million times, and iterating a map allocates each time.
  const fields = [...columns.keys()];
  const indexes = [...columns.values()];
  let total = 0;
  let firstSkipped: number | undefined;
  const maxRows = options.maxRows ?? MAX_ROWS;
  // Data rows: the header and the empty row after a file's last line break are not counted.
  const totalRows = rows.length - headerIndex - 1 - (rows.length > 0 && isBlank(rows[rows.length - 1] ?? []) ? 1 : 0);
  for (let r = headerIndex + 1; r < rows.length; r++) {
    const read = r - headerIndex - 1;
    if (read > 0 && read % PROGRESS_EVERY === 0) options.onProgress?.({ rows: read, totalRows });
    const cells = rows[r] ?? [];
    if (isBlank(cells)) continue;
    total++;
    const row = r + 1;
    if (total > maxRows) {
      firstSkipped ??= row;
      continue;
    }
    if (cells.length > header.length) {
      builder.fail([
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
      continue;
    }
    const values: Partial<Record<EventField, string>> = {};
    for (let c = 0; c < fields.length; c++) values[fields[c]!] = cells[indexes[c]!] ?? '';
    builder.addRecord({ at: { row }, values, labels });
  }
  if (firstSkipped !== undefined) {
    builder.report(
      fileProblem(
        `${formatCount(total - maxRows)} rows from row ${formatCount(firstSkipped)} on were not loaded: ` +
          `a file may hold at most ${formatCount(maxRows)} rows. Split the file.`,
        { row: firstSkipped, expected: `at most ${formatCount(maxRows)} rows`, found: `${formatCount(total)} rows` },
      ),
    );
  }
  return { builder, total };
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
      message: `${wordFor(unused.length, 'This column is', 'These columns are')} not read. Rename ${wordFor(unused.length, 'it', 'them')} if ${wordFor(unused.length, 'it holds', 'they hold')} one of the template's fields.`,
    });
  }
  return columns;
}
