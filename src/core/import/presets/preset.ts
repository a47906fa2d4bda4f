/**
 * Import presets: the layouts of datasets analysts export from elsewhere (ACLED, UCDP GED),
 * recognised from their header and read column by column into events. A preset says which of
 * its columns become which field and reads one row; this module runs it over a file's rows,
 * keeps every column it does not map in the event's `original`, names each bad row and column,
 * and loads the good rows.
 */
import { eventSchema, type Precision, type Source, type TimeEvent } from '../../dataset/schema.ts';
import type { EventBuilder } from '../events.ts';
import { slugify } from '../places.ts';
import { quoteFound, type ImportProblem } from '../problem.ts';
import { countOf, formatCount } from '../../text/count.ts';

/** One column of a preset and what it becomes, for the "Recognised …" notice. */
export interface ColumnMapping {
  column: string;
  field: string;
}

/** What the Import dialog says about a recognised layout. */
export interface PresetNotice {
  id: PresetId;
  name: string;
  /** "an ACLED", "a UCDP GED": the article goes by how the name is said. */
  withArticle: string;
  columns: number;
  mapping: ColumnMapping[];
  /** Columns kept as they are in each event's `original`. */
  kept: string[];
}

export type PresetId = 'acled' | 'ucdp-ged';

/** A data row of the file, read by column name (lower case, as the presets' headers are). */
export interface PresetRow {
  row: number;
  get(column: string): string;
}

/** A row's problems: each names the row and the column. */
export class RowProblems {
  readonly list: ImportProblem[] = [];
  constructor(readonly row: number) {}

  error(column: string, expected: string, found: string, message: string): void {
    this.list.push({ severity: 'error', row: this.row, field: column, expected, found: quoteFound(found), message });
  }

  warning(column: string, expected: string, found: string, message: string): void {
    this.list.push({ severity: 'warning', row: this.row, field: column, expected, found: quoteFound(found), message });
  }

  get failed(): boolean {
    return this.list.some((p) => p.severity === 'error');
  }
}

/** What a preset reads from a row: the event without the fields the runner fills in. */
export type PresetEvent = Omit<TimeEvent, 'original' | 'background' | 'implied'>;

export interface PresetContext {
  builder: EventBuilder;
  fileName: string;
  /** The id of a source the row cites by name, registered on first use. */
  sourceNamed(name: string, presetName: string): string;
  /** The dataset the rows come from (ACLED, UCDP), cited by the figures it codes itself. */
  presetSource: string;
  /** A place for coordinates known to `precision`; `names` are the row's place names, finest first. */
  locate(
    problems: RowProblems,
    at: { lon: number; lat: number; precision: Precision; names: string[]; area?: string },
  ): string | undefined;
}

export interface Preset {
  id: PresetId;
  name: string;
  withArticle: string;
  /** True when a header (lower-cased, trimmed) is this layout's. */
  matches(header: readonly string[]): boolean;
  /** Column → field, for the notice; columns not listed are kept in `original`. */
  mapping: readonly ColumnMapping[];
  /** Columns read and also kept verbatim in `original` (the dataset's own codes and vocabulary). */
  keepAlso: readonly string[];
  /** The dataset itself, cited by the figures it codes. */
  source(fileName: string): Source;
  read(row: PresetRow, problems: RowProblems, ctx: PresetContext): PresetEvent | undefined;
}

const MAX_ORIGINAL_CHARS = 2000;
const MAX_SOURCE_TITLE = 300;
const MAX_ID_SLUG = 60;

/** Reads a file in a preset's layout one row at a time (the CSV is parsed in chunks). */
export interface PresetRowReader {
  /** One data row; `rowNumber` is the spreadsheet's (the header is row 1). */
  add(cells: readonly string[], rowNumber: number): void;
  /** After the last row: the rows read (blank ones not counted) and the notice. */
  finish(): { total: number; notice: PresetNotice };
}

/**
 * Reads the data rows of a file in a preset's layout into `builder`, one at a time.
 *
 * @example const reader = presetRowReader(acledPreset, header, builder, { fileName, maxRows }); reader.add(cells, 2);
 */
export function presetRowReader(
  preset: Preset,
  header: readonly string[],
  builder: EventBuilder,
  options: { fileName: string; maxRows: number },
): PresetRowReader {
  const names = header.map((h) => h.trim().toLowerCase());
  const index = new Map<string, number>();
  names.forEach((n, i) => {
    if (!index.has(n)) index.set(n, i);
  });
  const mapped = new Set(preset.mapping.map((m) => m.column));
  const keep = names.filter((n) => n !== '' && (!mapped.has(n) || preset.keepAlso.includes(n)));
  const presetSource = preset.source(options.fileName);
  builder.addSource(presetSource);
  const sourceIds = new Map<string, string>();
  const ctx: PresetContext = {
    builder,
    fileName: options.fileName,
    presetSource: presetSource.id,
    sourceNamed(name, presetName) {
      const known = sourceIds.get(name);
      if (known) return known;
      let id = slugify(name, MAX_ID_SLUG) || 'source';
      for (let n = 2; builder.hasSource(id); n++) id = `${slugify(name, MAX_ID_SLUG) || 'source'}-${n}`;
      builder.addSource({
        id,
        outlet: name.slice(0, 200),
        title: `${name} (as cited by ${presetName})`.slice(0, MAX_SOURCE_TITLE),
        note: `${presetName} cites this source in ${options.fileName}, which gives no publication date.`,
      });
      sourceIds.set(name, id);
      return id;
    },
    locate: (problems, at) => locate(builder, problems, at, options.fileName),
  };

  let total = 0;
  const add = (cells: readonly string[], rowNumber: number): void => {
    if (cells.every((c) => c.trim() === '')) return;
    total++;
    if (total > options.maxRows) return;
    const get = (column: string) => {
      const i = index.get(column);
      return i === undefined ? '' : (cells[i] ?? '').trim();
    };
    const problems = new RowProblems(rowNumber);
    const event = preset.read({ row: rowNumber, get }, problems, ctx);
    if (!event || problems.failed) {
      builder.fail(problems.list);
      return;
    }
    const original: Record<string, string> = {};
    for (const column of keep) {
      const value = get(column);
      if (value !== '') original[column] = value.slice(0, MAX_ORIGINAL_CHARS);
    }
    const parsed = eventSchema.safeParse({ ...event, original, background: false, implied: false });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.error(
          String(issue.path[0] ?? ''),
          issue.message,
          '',
          `The row does not make a valid event: ${issue.message}.`,
        );
      }
      builder.fail(problems.list);
      return;
    }
    builder.addEvent(parsed.data, { row: rowNumber }, problems.list);
  };
  const finish = (): { total: number; notice: PresetNotice } => {
    if (total > options.maxRows) {
      builder.report({
        severity: 'warning',
        field: '',
        expected: `at most ${formatCount(options.maxRows)} rows`,
        found: `${formatCount(total)} rows`,
        message: `Only the first ${formatCount(options.maxRows)} rows were loaded. Split the file.`,
      });
    }
    return {
      total,
      notice: {
        id: preset.id,
        name: preset.name,
        withArticle: preset.withArticle,
        columns: names.filter(Boolean).length,
        mapping: preset.mapping.filter((m) => index.has(m.column)),
        kept: keep,
      },
    };
  };
  return { add, finish };
}

/**
 * The Import dialog's line about a recognised layout.
 *
 * @example describePreset(notice) // 'Recognised an ACLED export: 31 columns; event_date → date, …; 19 columns kept as they are with each event.'
 */
export function describePreset(notice: PresetNotice): string {
  const mapping = notice.mapping.map((m) => `${m.column} → ${m.field}`).join(', ');
  return (
    `Recognised ${notice.withArticle} export: ${countOf(notice.columns, 'column')}; ${mapping}; ` +
    `${countOf(notice.kept.length, 'column')} kept as they are with each event.`
  );
}

/**
 * A place for a row's coordinates. Known exactly, the coordinates are the place (checked against
 * the row's place name, as any import's are). Known only to a district or a province, the event
 * goes to that area when the gazetteer has it by name, else to a point marked with that
 * precision, which the map draws as approximate rather than as a pin.
 */
function locate(
  builder: EventBuilder,
  problems: RowProblems,
  at: { lon: number; lat: number; precision: Precision; names: string[]; area?: string },
  fileName: string,
): string | undefined {
  const where = `row ${problems.row}`;
  const [name] = at.names;
  if (at.precision === 'exact' || at.precision === 'settlement') {
    const found = builder.places.atPoint(at.lon, at.lat, { ...(name ? { name } : {}), where });
    if (!found.ok) {
      problems.error('latitude', found.expected, `${at.lon}, ${at.lat}`, found.message);
      return undefined;
    }
    if (found.warning)
      problems.warning('latitude', 'coordinates near the named place', `${at.lon}, ${at.lat}`, found.warning);
    return found.place.properties.id;
  }
  if (at.area) {
    const area = builder.places.byName(at.area);
    const g = area.ok ? area.place.geometry.type : undefined;
    if (area.ok && (g === 'Polygon' || g === 'MultiPolygon')) return area.place.properties.id;
  }
  if (!(Math.abs(at.lon) <= 180 && Math.abs(at.lat) <= 90)) {
    problems.error(
      'latitude',
      'longitude −180…180 and latitude −90…90',
      `${at.lon}, ${at.lat}`,
      'The coordinates are outside the globe.',
    );
    return undefined;
  }
  const label = at.area || name || `${at.lat}, ${at.lon}`;
  const id = `approx-${slugify(`${label} ${at.precision} ${at.lat.toFixed(3)} ${at.lon.toFixed(3)}`, 80)}`;
  const place = builder.places.adopt(
    id,
    label,
    at.precision,
    { type: 'Point', coordinates: [at.lon, at.lat] },
    `${where} of ${fileName} (known to ${at.precision} precision)`,
  );
  return place.properties.id;
}

/** A decimal degree, or undefined (a problem is recorded) when the cell is empty or not a number. */
export function readCoordinate(
  row: PresetRow,
  problems: RowProblems,
  column: 'latitude' | 'longitude',
): number | undefined {
  const text = row.get(column);
  if (text === '') {
    problems.error(
      column,
      'a decimal number of degrees',
      text,
      `The ${column} is missing: every row needs coordinates.`,
    );
    return undefined;
  }
  const n = Number(text);
  if (!/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/.test(text) || !Number.isFinite(n)) {
    problems.error(column, 'a decimal number of degrees', text, `The ${column} is not a number.`);
    return undefined;
  }
  return n;
}

/** A whole number of people, or undefined (with a problem) when the cell holds something else. */
export function readCount(row: PresetRow, problems: RowProblems, column: string): number | undefined {
  const text = row.get(column);
  if (text === '') return undefined;
  if (!/^\d+$/.test(text)) {
    problems.error(column, 'a whole number of people', text, `The ${column} figure is not a whole number.`);
    return undefined;
  }
  return Number(text);
}
