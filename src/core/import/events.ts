/**
 * Turns the records of a user's file (CSV rows, GeoJSON features) into dataset events, one at a
 * time, collecting every problem of a record rather than the first. A record with an error is
 * not loaded and is listed; a record with a warning is loaded and listed. What the records need
 * besides events (places, sources) is gathered here too, so `finish` returns a whole dataset.
 */
import { z } from 'zod';
import type { WorldPlace } from '../geoparse/world-index.ts';
import { parseImportDate, DATE_EXPECTED } from './dates.ts';
import { MAX_CELL_CHARS, MAX_PROBLEMS, formatCount } from './limits.ts';
import { PlaceResolver, slugify } from './places.ts';
import { quoteFound, type ImportProblem } from './problem.ts';
import {
  EVENT_TYPES,
  eventSchema,
  sourceSchema,
  type Dataset,
  type EventType,
  type Place,
  type Source,
  type TimeEvent,
} from '../dataset/schema.ts';

/** The fields an imported record may carry; `FIELD_NAMES` says how files may spell them. */
export type EventField =
  | 'id'
  | 'start'
  | 'end'
  | 'title'
  | 'summary'
  | 'type'
  | 'place'
  | 'placeIds'
  | 'longitude'
  | 'latitude'
  | 'source'
  | 'sourceUrl'
  | 'sourceDate'
  | 'actors';

/**
 * Column headers and property keys each field is read from, compared without case, spaces or
 * punctuation ("Start Date", "start_date" and "startDate" are one). Includes the columns of our
 * own CSV export, so an exported file loads again.
 */
export const FIELD_NAMES: Readonly<Record<EventField, readonly string[]>> = {
  id: ['id', 'event id'],
  start: ['date', 'start', 'start date', 'begin', 'when', 'date start'],
  end: ['end date', 'end', 'until', 'date end'],
  title: ['title', 'name', 'headline', 'event'],
  summary: ['summary', 'description', 'details', 'notes', 'text'],
  type: ['type', 'event type', 'category', 'kind'],
  place: ['place', 'place name', 'place names', 'location', 'where'],
  placeIds: ['place ids', 'place id'],
  longitude: ['longitude', 'lon', 'lng', 'long', 'x'],
  latitude: ['latitude', 'lat', 'y'],
  source: ['source', 'source name', 'source title', 'source titles', 'outlet'],
  sourceUrl: ['source url', 'url', 'link', 'source link'],
  sourceDate: ['source date', 'published'],
  actors: ['actors', 'who', 'people'],
};

/**
 * Columns of our own CSV export that are derived from the others (so nothing is lost by not
 * reading them): they are passed over without a warning.
 */
export const DERIVED_COLUMNS: readonly string[] = [
  'date precision',
  'first day',
  'last day',
  'edtf',
  'location precision',
  'source ids',
  'background',
  'implied',
  'killed min',
  'killed max',
  'claims count',
  'contested',
];

/** The form names are compared in: "Start_Date" → "startdate". */
export const fieldKey = (name: string) =>
  name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

const FIELD_BY_KEY = new Map<string, EventField>(
  (Object.entries(FIELD_NAMES) as [EventField, readonly string[]][]).flatMap(([field, names]) =>
    names.map((n) => [fieldKey(n), field] as const),
  ),
);
const DERIVED_KEYS = new Set(DERIVED_COLUMNS.map(fieldKey));

/** The field a header or property key stands for; `derived` for our export's computed columns. */
export function fieldFor(name: string): EventField | 'derived' | undefined {
  const key = fieldKey(name);
  return FIELD_BY_KEY.get(key) ?? (DERIVED_KEYS.has(key) ? 'derived' : undefined);
}

/** Lists in one cell (places, actors) are split at semicolons, as our CSV export writes them. */
const LIST_SEPARATOR = /\s*;\s*/;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;
const MAX_ID_SLUG = 60;
/** The source of rows that name none: the file itself. */
const FILE_SOURCE_ID = 'imported-file';
const MAX_DATE_NOTE = 600;
/** A row's place and source names are quoted at most this long in the notes the import writes. */
const MAX_NOTE_QUOTE = 80;

/** Where a record is in the file: a spreadsheet row, or the JSON path of a feature. */
export type RecordLocation = { row: number } | { path: string };

export interface RawRecord {
  at: RecordLocation;
  /** Text of each field, as found (not yet trimmed). */
  values: Partial<Record<EventField, string>>;
  /** How the file names each field (a CSV header, a property key), for messages. */
  labels: Partial<Record<EventField, string>>;
  /** A GeoJSON feature's geometry; absent for CSV rows. */
  geometry?: unknown;
}

export interface BuilderOptions {
  gazetteer: readonly Place[];
  world: readonly WorldPlace[];
  fileName: string;
  /** `YYYY-MM-DD`: stands in for a source's unknown publication date, and is said to. */
  importedOn: string;
}

/**
 * @example
 * const builder = new EventBuilder({ gazetteer, world, fileName: 'events.csv', importedOn: '2025-01-31' });
 * builder.addRecord({ at: { row: 2 }, values: { start: '2011-03-17', title: 'Strike', type: 'strike', place: 'Datta Khel' }, labels: {} });
 * builder.finish() // { events: [...], places: [...], sources: [...] }
 */
export class EventBuilder {
  readonly places: PlaceResolver;
  readonly problems: ImportProblem[] = [];
  /** Problems past MAX_PROBLEMS: counted, not kept. */
  unlisted = 0;
  /** Records with at least one error (not loaded). */
  failed = 0;
  readonly #events: TimeEvent[] = [];
  readonly #ids = new Map<string, string>();
  readonly #sources = new Map<string, Source>();
  readonly #sourceKeys = new Map<string, string>();
  readonly #usedSources = new Set<string>();
  readonly #options: BuilderOptions;
  #withoutSource = 0;

  constructor(options: BuilderOptions) {
    this.#options = options;
    this.places = new PlaceResolver(options);
  }

  get events(): readonly TimeEvent[] {
    return this.#events;
  }

  report(problem: ImportProblem): void {
    if (this.problems.length < MAX_PROBLEMS) this.problems.push(problem);
    else this.unlisted++;
  }

  /** Registers a source the file describes (our GeoJSON export's metadata). */
  addSource(source: Source): void {
    if (!this.#sources.has(source.id)) this.#sources.set(source.id, source);
  }

  hasSource(id: string): boolean {
    return this.#sources.has(id);
  }

  /** Reads one flat record (a CSV row, a GeoJSON feature's properties); true when it loaded. */
  addRecord(record: RawRecord): boolean {
    const errors: ImportProblem[] = [];
    const warnings: ImportProblem[] = [];
    const label = (f: EventField) => record.labels[f] ?? f;
    const problem = (
      severity: ImportProblem['severity'],
      field: EventField | 'geometry',
      expected: string,
      found: string,
      message: string,
    ) => {
      const name = field === 'geometry' ? 'geometry' : label(field);
      const at =
        'row' in record.at
          ? { row: record.at.row }
          : {
              path:
                field === 'geometry'
                  ? record.at.path.replace(/\.properties$/, '.geometry')
                  : `${record.at.path}.${name}`,
            };
      (severity === 'error' ? errors : warnings).push({
        severity,
        ...at,
        field: name,
        expected,
        found,
        message,
      });
    };
    const where = 'row' in record.at ? `row ${record.at.row}` : record.at.path.replace(/\.properties$/, '');

    const value = (f: EventField): string => {
      const v = record.values[f];
      return v === undefined ? '' : v.trim();
    };
    for (const [field, text] of Object.entries(record.values) as [EventField, string][]) {
      if (text.length > MAX_CELL_CHARS) {
        problem(
          'error',
          field,
          `at most ${formatCount(MAX_CELL_CHARS)} characters`,
          `${formatCount(text.length)} characters`,
          'The text is far too long for one field: is a quote missing, so that cells ran together?',
        );
        record.values[field] = '';
      }
    }

    const title = value('title');
    if (!title) problem('error', 'title', 'a title', quoteFound(record.values.title), 'Every event needs a title.');

    const startText = value('start');
    const start = startText ? parseImportDate(startText) : undefined;
    if (!start) problem('error', 'start', DATE_EXPECTED, '(empty)', 'Every event needs a date.');
    else if (!start.ok) problem('error', 'start', start.expected, quoteFound(startText), start.message);
    const endText = value('end');
    const end = endText ? parseImportDate(endText) : undefined;
    if (end && !end.ok) problem('error', 'end', end.expected, quoteFound(endText), end.message);

    const typeText = value('type');
    const type = eventType(typeText);
    if (!type) {
      problem(
        'error',
        'type',
        `one of ${EVENT_TYPES.join(', ')}`,
        quoteFound(typeText),
        typeText ? `"${shorten(typeText)}" is not an event type the map knows.` : 'Every event needs a type.',
      );
    }

    const eventPlaces = this.#placesOf(record, value, where, problem);
    const sources = this.#sourceOf(value, label, problem);
    const actors = value('actors') ? value('actors').split(LIST_SEPARATOR).filter(Boolean) : [];

    const id = this.#idOf(value('id'), title, record.at, label('id'), problem);

    if (errors.length > 0 || !start?.ok || !type || !eventPlaces || !id) {
      this.#fail([...errors, ...warnings]);
      return false;
    }
    // An EDTF interval in the date cell ("2011-05-16/2011-08-02") gives the end when no column does.
    const endDate = end?.ok && end.date !== start.date ? end.date : (start.end ?? undefined);
    const dateWords = startText === start.date ? '' : ` (written "${shorten(startText)}")`;
    const event = {
      id,
      title,
      summary: value('summary') || title,
      start: start.date,
      ...(endDate ? { end: endDate } : {}),
      datePrecision: endDate ? 'range' : start.precision,
      dateNote: `From ${where} of ${this.#options.fileName}${dateWords}.`.slice(0, MAX_DATE_NOTE),
      type,
      places: eventPlaces,
      actors,
      sources: [sources],
      claims: [],
      background: false,
      implied: false,
    };
    const parsed = eventSchema.safeParse(event);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = fieldOfIssue(issue.path);
        const found = valueAt(event, issue.path);
        problem('error', field, schemaExpected(issue, field), describeFound(found), schemaMessage(issue, field));
      }
      this.#fail([...errors, ...warnings]);
      return false;
    }
    this.#accept(parsed.data, record.at, warnings);
    return true;
  }

  /**
   * Adds an event the file gives whole (our own GeoJSON export's `record`), already parsed; the
   * caller has resolved its places and sources. False when its id is already taken.
   */
  addEvent(event: TimeEvent, at: RecordLocation, warnings: ImportProblem[] = []): boolean {
    const first = this.#ids.get(event.id);
    if (first !== undefined) {
      const place = 'row' in at ? { row: at.row } : { path: `${at.path}.id` };
      this.#fail([
        {
          severity: 'error',
          ...place,
          field: 'id',
          expected: 'an id no other event has',
          found: quoteFound(event.id),
          message: `Duplicate id: ${first} already has the id "${event.id}".`,
        },
        ...warnings,
      ]);
      return false;
    }
    this.#accept(event, at, warnings);
    return true;
  }

  /** Marks a record as not loaded, with its problems. */
  fail(problems: ImportProblem[]): void {
    this.#fail(problems);
  }

  /** The events, places and sources of everything loaded. */
  finish(): Pick<Dataset, 'events' | 'sources'> & { places: Place[] } {
    if (this.#withoutSource > 0) {
      this.report({
        severity: 'warning',
        field: 'source',
        expected: 'a source for every event',
        found: `${formatCount(this.#withoutSource)} without one`,
        message:
          `${formatCount(this.#withoutSource)} loaded ${this.#withoutSource === 1 ? 'event names' : 'events name'} ` +
          `no source; ${this.#withoutSource === 1 ? 'it cites' : 'they cite'} the file ${this.#options.fileName} itself.`,
      });
    }
    if (this.unlisted > 0) {
      this.problems.push({
        severity: 'warning',
        field: '',
        expected: '',
        found: '',
        message: `${formatCount(this.unlisted)} more problems are not listed (at most ${formatCount(MAX_PROBLEMS)} are). Fix these first and import again.`,
      });
    }
    return {
      events: this.#events,
      places: this.places.usedPlaces(),
      sources: [...this.#sources.values()].filter((s) => this.#usedSources.has(s.id)),
    };
  }

  #fail(problems: ImportProblem[]): void {
    this.failed++;
    for (const p of problems) this.report(p);
  }

  #accept(event: TimeEvent, at: RecordLocation, warnings: ImportProblem[]): void {
    this.#ids.set(event.id, 'row' in at ? `row ${at.row}` : at.path);
    this.#events.push(event);
    if (event.sources.includes(FILE_SOURCE_ID)) this.#withoutSource++;
    for (const p of event.places) this.places.use(p.place);
    for (const s of [...event.sources, ...event.claims.map((c) => c.source)]) this.#usedSources.add(s);
    for (const w of warnings) this.report(w);
  }

  #placesOf(
    record: RawRecord,
    value: (f: EventField) => string,
    where: string,
    problem: (s: ImportProblem['severity'], f: EventField | 'geometry', e: string, found: string, m: string) => void,
  ): TimeEvent['places'] | undefined {
    const lonText = value('longitude');
    const latText = value('latitude');
    const name = value('place');
    const ids = value('placeIds') ? value('placeIds').split(LIST_SEPARATOR).filter(Boolean) : [];
    const names = name ? name.split(LIST_SEPARATOR).filter(Boolean) : [];
    const refs: TimeEvent['places'] = [];
    const add = (place: Place, role: 'where' | 'mentioned') => {
      if (!refs.some((r) => r.place === place.properties.id)) refs.push({ place: place.properties.id, role });
    };

    // Place ids are exact (our own CSV export writes them, and coordinates derived from them).
    if ((lonText || latText) && ids.length === 0) {
      const lon = coordinate(lonText, 'longitude', problem);
      const lat = coordinate(latText, 'latitude', problem);
      if (lon === undefined || lat === undefined) return undefined;
      // The first name labels the point and is checked against it; a list names the other places too.
      const found = this.places.atPoint(lon, lat, { name: names[0], where });
      if (!found.ok) {
        problem('error', 'latitude', found.expected, `longitude ${lon}, latitude ${lat}`, found.message);
        return undefined;
      }
      if (found.warning)
        problem('warning', 'latitude', 'coordinates near the named place', `${lon}, ${lat}`, found.warning);
      add(found.place, 'where');
      return refs;
    }
    if (record.geometry !== undefined && record.geometry !== null) {
      const found = this.places.fromGeometry(record.geometry, { name: name || undefined, where });
      if (!found.ok) {
        problem('error', 'geometry', found.expected, geometryText(record.geometry), found.message);
        return undefined;
      }
      if (found.warning) problem('warning', 'geometry', 'coordinates near the named place', '', found.warning);
      add(found.place, 'where');
      return refs;
    }
    if (ids.length === 0 && names.length === 0) {
      problem(
        'error',
        'place',
        'a place name, or longitude and latitude',
        '(empty)',
        'Every event needs a place: a name (e.g. Lahore) or longitude and latitude.',
      );
      return undefined;
    }
    let ok = true;
    // Ids first: our own export lists ids and names of the same places, and ids are exact.
    const lookups = ids.length > 0 ? ids.map((id) => ({ id, text: id })) : names.map((text) => ({ id: '', text }));
    lookups.forEach(({ id, text }, i) => {
      const byId = id ? this.places.byId(id) : undefined;
      const found = byId ? { ok: true as const, place: byId } : this.places.byName(text);
      if (!found.ok) {
        ok = false;
        problem('error', id ? 'placeIds' : 'place', found.expected, quoteFound(text), found.message);
      } else add(found.place, i === 0 ? 'where' : 'mentioned');
    });
    return ok ? refs : undefined;
  }

  #sourceOf(
    value: (f: EventField) => string,
    label: (f: EventField) => string,
    problem: (s: ImportProblem['severity'], f: EventField, e: string, found: string, m: string) => void,
  ): string {
    const name = value('source');
    let url = value('sourceUrl');
    if (url && !isHttpUrl(url)) {
      problem(
        'warning',
        'sourceUrl',
        'an http:// or https:// address',
        quoteFound(url),
        'Only http(s) links are kept: this link was left out.',
      );
      url = '';
    }
    if (!name && !url) {
      return this.#fileSource();
    }
    const dateText = value('sourceDate');
    const date = dateText ? parseImportDate(dateText) : undefined;
    if (date && !date.ok) {
      problem('warning', 'sourceDate', date.expected, quoteFound(dateText), `${date.message} The date was left out.`);
    }
    const published = date?.ok ? date.date : undefined;
    const key = `${name}\u0000${url}\u0000${published ?? ''}`;
    const known = this.#sourceKeys.get(key);
    if (known) return known;
    const host = url ? new URL(url).host : '';
    const id = this.#uniqueSourceId(slugify(name || host, MAX_ID_SLUG) || 'source');
    const quoted = `"${shorten(name || url, MAX_NOTE_QUOTE)}"`;
    const source: Source = {
      id,
      outlet: (url ? host : name).slice(0, 200),
      title: (name || url).slice(0, 300),
      published: published ?? this.#options.importedOn,
      ...(url ? { url } : {}),
      note: (published
        ? `Named as ${quoted} in the ${label('source')} column of ${this.#options.fileName}.`
        : `Named as ${quoted} in ${this.#options.fileName}, which gives no publication date: the date shown is the day of import.`
      ).slice(0, 1000),
    };
    const checked = sourceSchema.safeParse(source);
    if (!checked.success) {
      // Only a URL `new URL` accepts and zod does not can get here; keep the source without it.
      const { url: _dropped, ...rest } = source;
      this.#sources.set(id, rest);
    } else this.#sources.set(id, checked.data);
    this.#sourceKeys.set(key, id);
    return id;
  }

  #fileSource(): string {
    const id = FILE_SOURCE_ID;
    if (!this.#sources.has(id)) {
      this.#sources.set(id, {
        id,
        outlet: 'Imported file',
        title: this.#options.fileName.slice(0, 300) || 'Imported file',
        published: this.#options.importedOn,
        note: 'The file names no source for these events; the date shown is the day of import.',
      });
    }
    return id;
  }

  #uniqueSourceId(base: string): string {
    let id = base;
    for (let n = 2; this.#sources.has(id) || id === FILE_SOURCE_ID; n++) id = `${base}-${n}`;
    return id;
  }

  #idOf(
    given: string,
    title: string,
    at: RecordLocation,
    label: string,
    problem: (s: ImportProblem['severity'], f: EventField, e: string, found: string, m: string) => void,
  ): string | undefined {
    let id: string;
    if (given) {
      id = ID.test(given) ? given : slugify(given, MAX_ID_SLUG);
      if (!id) {
        problem(
          'error',
          'id',
          'letters or digits',
          quoteFound(given),
          `The id "${shorten(given)}" has no letters or digits.`,
        );
        return undefined;
      }
      if (id !== given) {
        problem(
          'warning',
          'id',
          'lower-case letters, digits and hyphens',
          quoteFound(given),
          `The id was written as "${id}" (${label} may hold only lower-case letters, digits and hyphens).`,
        );
      }
      const first = this.#ids.get(id);
      if (first !== undefined) {
        problem(
          'error',
          'id',
          'an id no other event has',
          quoteFound(given),
          `Duplicate id: ${first} already has the id "${id}".`,
        );
        return undefined;
      }
    } else {
      // Row number (or feature number) keeps generated ids stable when the file is imported again.
      const n = 'row' in at ? at.row : Number(/\[(\d+)\]/.exec(at.path)?.[1] ?? this.#events.length) + 1;
      const base = `${slugify(title, MAX_ID_SLUG) || 'event'}-${n}`;
      id = base;
      for (let k = 2; this.#ids.has(id); k++) id = `${base}-${k}`;
    }
    return id;
  }
}

/** "Drone strike", "diplomatic_meeting", "STRIKES" → the schema's types. */
export function eventType(text: string): EventType | undefined {
  const key = text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  const known = (t: string): t is EventType => (EVENT_TYPES as readonly string[]).includes(t);
  if (known(key)) return key;
  if (key.endsWith('s') && known(key.slice(0, -1))) return key.slice(0, -1) as EventType;
  return undefined;
}

export function isHttpUrl(text: string): boolean {
  if (!/^https?:\/\//i.test(text)) return false;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

function coordinate(
  text: string,
  field: 'longitude' | 'latitude',
  problem: (s: ImportProblem['severity'], f: EventField, e: string, found: string, m: string) => void,
): number | undefined {
  const other = field === 'longitude' ? 'latitude' : 'longitude';
  if (!text) {
    problem('error', field, 'a decimal number', '(empty)', `The ${other} is given but the ${field} is not: give both.`);
    return undefined;
  }
  if (DECIMAL.test(text)) return Number(text);
  const hint = DECIMAL_COMMA.test(text)
    ? ` Write the decimal separator as a point: ${text.replace(',', '.')}.`
    : /[°'"NSEW]/i.test(text)
      ? ' Write degrees as a decimal number (32.9 rather than 32°54′N); south and west are negative.'
      : '';
  problem('error', field, 'a decimal number of degrees', quoteFound(text), `The ${field} is not a number.${hint}`);
  return undefined;
}

const FIELD_OF_SCHEMA_KEY: Record<string, EventField> = {
  id: 'id',
  title: 'title',
  summary: 'summary',
  start: 'start',
  end: 'end',
  datePrecision: 'start',
  dateNote: 'start',
  type: 'type',
  places: 'place',
  actors: 'actors',
  sources: 'source',
};

function fieldOfIssue(path: readonly PropertyKey[]): EventField {
  return FIELD_OF_SCHEMA_KEY[String(path[0])] ?? 'title';
}

function schemaExpected(issue: z.core.$ZodIssue, field: EventField): string {
  if (issue.code === 'too_big' && typeof issue.maximum === 'number') return `at most ${issue.maximum} characters`;
  if (field === 'end' && issue.code === 'custom') return 'an end date on or after the date';
  return issue.message;
}

function schemaMessage(issue: z.core.$ZodIssue, field: EventField): string {
  if (issue.code === 'too_big' && typeof issue.maximum === 'number') {
    return `The ${field} is too long: shorten it to ${issue.maximum} characters or fewer.`;
  }
  return `The ${field} is not valid: ${issue.message}.`;
}

/** "Point [32.9, 169.7]": a geometry in a problem, short. */
function geometryText(geometry: unknown): string {
  if (typeof geometry !== 'object' || geometry === null) return quoteFound(geometry);
  const { type, coordinates } = geometry as { type?: unknown; coordinates?: unknown };
  if (type === 'Point' && Array.isArray(coordinates)) return `Point ${JSON.stringify(coordinates).slice(0, 60)}`;
  return typeof type === 'string' ? `a ${type.slice(0, 40)}` : 'an object without a type';
}

function describeFound(value: unknown): string {
  if (typeof value === 'string' && value.length > 60) return `${formatCount(value.length)} characters`;
  return quoteFound(value);
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let here: unknown = root;
  for (const segment of path) {
    if (here === null || typeof here !== 'object') return undefined;
    here = (here as Record<PropertyKey, unknown>)[segment];
  }
  return here;
}

const shorten = (s: string, max = 60) => (s.length > max ? `${s.slice(0, max)}…` : s);
