/**
 * Turns the records of a user's file (CSV rows, GeoJSON features) into dataset events, one at a
 * time, collecting every problem of a record rather than the first. A record with an error is
 * not loaded and is listed; a record with a warning is loaded and listed. What the records need
 * besides events (places, sources) is gathered here too, so `finish` returns a whole dataset.
 * The field vocabulary (event-fields.ts), sources (source-registry.ts), ids (event-ids.ts) and
 * the wording of schema problems (record-problems.ts) live beside it.
 */
import { parseImportDate, DATE_EXPECTED, type ImportDate } from './dates.ts';
import { eventType, type EventField } from './event-fields.ts';
import { isSchemaValidEvent } from './event-check.ts';
import { EventIds, type RecordLocation } from './event-ids.ts';
import { MAX_CELL_CHARS, MAX_PROBLEMS } from './limits.ts';
import { LookupCache } from './lookup-cache.ts';
import { PlaceResolver, type PlaceLookup, type ResolverOptions } from './places.ts';
import { coded, quoteFound, said, type ImportProblem } from './problem.ts';
import { englishRecordNote } from './provenance.ts';
import type { Message } from '../text/translate.ts';
import {
  describeFound,
  fieldOfIssue,
  geometryText,
  schemaExpected,
  schemaMessage,
  type RecordProblem,
} from './record-problems.ts';
import { FILE_SOURCE_ID, SourceRegistry } from './source-registry.ts';
import {
  EVENT_TYPES,
  eventSchema,
  type Dataset,
  type EventType,
  type Place,
  type Source,
  type TimeEvent,
} from '../dataset/schema.ts';
import { formatCount } from '../text/count.ts';
import { shorten, valueAt } from '../text/problem-text.ts';

export type { RecordLocation } from './event-ids.ts';

/** Lists in one cell (places, actors) are split at semicolons, as our CSV export writes them. */
const LIST_SEPARATOR = /\s*;\s*/;
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;
const MAX_DATE_NOTE = 600;

export interface RawRecord {
  at: RecordLocation;
  /** Text of each field, as found (not yet trimmed). */
  values: Partial<Record<EventField, string>>;
  /** How the file names each field (a CSV header, a property key), for messages. */
  labels: Partial<Record<EventField, string>>;
  /** A GeoJSON feature's geometry; absent for CSV rows. */
  geometry?: unknown;
}

export interface BuilderOptions extends ResolverOptions {
  /** Rows of a CSV file loaded at most (default MAX_ROWS); tests set a small one. */
  maxRows?: number;
  /** Told every few thousand rows how many of the file's rows have been read. */
  onProgress?: (progress: { rows: number; totalRows: number }) => void;
  /** How a record at a JSON path is named to its reader ("Placemark 3" in KML); the path itself by default. */
  recordName?: (path: string) => string;
}

/**
 * @example
 * const builder = new EventBuilder({ gazetteer, world, fileName: 'events.csv', });
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
  readonly #ids = new EventIds();
  readonly #sources: SourceRegistry;
  readonly #options: BuilderOptions;
  #withoutSource = 0;
  /** Look-ups that depend on a cell's text alone, made once per distinct text. */
  readonly #dates = new LookupCache<ImportDate>();
  readonly #types = new LookupCache<EventType | undefined>();
  readonly #placeNames = new LookupCache<PlaceLookup>();
  readonly #points = new LookupCache<PlaceLookup>();

  constructor(options: BuilderOptions) {
    this.#options = options;
    this.places = new PlaceResolver(options);
    this.#sources = new SourceRegistry(options.fileName);
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
    this.#sources.add(source);
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
      message: string | { message: string; code: Message },
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
        ...(typeof message === 'string' ? { message } : message),
      });
    };
    const path = 'row' in record.at ? '' : record.at.path.replace(/\.properties$/, '');
    const where = 'row' in record.at ? `row ${record.at.row}` : (this.#options.recordName?.(path) ?? path);

    const value = (f: EventField): string => {
      const v = record.values[f];
      return v === undefined ? '' : v.trim();
    };
    for (const key in record.values) {
      const field = key as EventField;
      const text = record.values[field];
      if (text !== undefined && text.length > MAX_CELL_CHARS) {
        problem(
          'error',
          field,
          `at most ${formatCount(MAX_CELL_CHARS)} characters`,
          `${formatCount(text.length)} characters`,
          coded({ key: 'problem.cellTooLong' }),
        );
        record.values[field] = '';
      }
    }

    const title = value('title');
    if (!title)
      problem('error', 'title', 'a title', quoteFound(record.values.title), coded({ key: 'problem.noTitle' }));

    const startText = value('start');
    const start = startText ? this.#dates.get(startText, parseImportDate) : undefined;
    if (!start) problem('error', 'start', DATE_EXPECTED, '(empty)', coded({ key: 'problem.noDate' }));
    else if (!start.ok) problem('error', 'start', start.expected, quoteFound(startText), said(start));
    const endText = value('end');
    const end = endText ? this.#dates.get(endText, parseImportDate) : undefined;
    if (end && !end.ok) problem('error', 'end', end.expected, quoteFound(endText), said(end));

    const typeText = value('type');
    const type = this.#types.get(typeText, eventType);
    if (!type) {
      problem(
        'error',
        'type',
        `one of ${EVENT_TYPES.join(', ')}`,
        quoteFound(typeText),
        coded(typeText ? { key: 'problem.notAType', params: { value: shorten(typeText) } } : { key: 'problem.noType' }),
      );
    }

    const eventPlaces = this.#placesOf(record, value, where, problem);
    const sources = this.#sources.sourceOf(value, label, problem);
    const actors = listOf(value('actors'));

    const id = this.#ids.idFor(value('id'), title, record.at, label('id'), this.#events.length, problem);

    if (errors.length > 0 || !start?.ok || !type || !eventPlaces || !id) {
      this.#fail([...errors, ...warnings]);
      return false;
    }
    // An EDTF interval in the date cell ("2011-05-16/2011-08-02") gives the end when no column does.
    const endDate = end?.ok && end.date !== start.date ? end.date : (start.end ?? undefined);
    const written = startText === start.date ? undefined : shorten(startText);
    const event: TimeEvent = {
      id,
      title,
      summary: value('summary') || title,
      start: start.date,
      ...(endDate ? { end: endDate } : {}),
      datePrecision: endDate ? 'range' : start.precision,
      dateNote: englishRecordNote(
        path && this.#options.recordName ? { path: where } : record.at,
        this.#options.fileName,
        written,
      ).slice(0, MAX_DATE_NOTE),
      type,
      places: eventPlaces,
      actors,
      sources: [sources],
      claims: [],
      background: false,
      implied: false,
    };
    // A well-formed event skips the schema's run; one the quick check doubts gets the schema's word.
    const parsed = isSchemaValidEvent(event) ? { success: true as const, data: event } : eventSchema.safeParse(event);
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
    const first = this.#ids.holder(event.id);
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
        ...coded({ key: 'problem.noSourceFor', params: { count: this.#withoutSource, file: this.#options.fileName } }),
      });
    }
    if (this.unlisted > 0) {
      this.problems.push({
        severity: 'warning',
        field: '',
        expected: '',
        found: '',
        ...coded({ key: 'problem.unlisted', params: { count: this.unlisted, max: MAX_PROBLEMS } }),
      });
    }
    return {
      events: this.#events,
      places: this.places.usedPlaces(),
      sources: this.#sources.used(),
    };
  }

  #fail(problems: ImportProblem[]): void {
    this.failed++;
    for (const p of problems) this.report(p);
  }

  #accept(event: TimeEvent, at: RecordLocation, warnings: ImportProblem[]): void {
    this.#ids.take(event.id, at);
    this.#events.push(event);
    if (event.sources.includes(FILE_SOURCE_ID)) this.#withoutSource++;
    for (const p of event.places) this.places.use(p.place);
    this.#sources.use(event.sources);
    for (const claim of event.claims) this.#sources.use([claim.source]);
    for (const w of warnings) this.report(w);
  }

  #placesOf(
    record: RawRecord,
    value: (f: EventField) => string,
    where: string,
    problem: RecordProblem<EventField | 'geometry'>,
  ): TimeEvent['places'] | undefined {
    const lonText = value('longitude');
    const latText = value('latitude');
    const name = value('place');
    const ids = listOf(value('placeIds'));
    const names = listOf(name);
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
      // The same spot with the same name is the same place: `where` only labels a new one.
      const found = this.#points.get(`${lon}\u0000${lat}\u0000${names[0] ?? ''}`, () =>
        this.places.atPoint(lon, lat, { name: names[0], where }),
      );
      if (!found.ok) {
        problem('error', 'latitude', found.expected, `longitude ${lon}, latitude ${lat}`, said(found));
        return undefined;
      }
      if (found.warning)
        problem('warning', 'latitude', 'coordinates near the named place', `${lon}, ${lat}`, found.warning);
      add(found.place, 'where');
      return refs;
    }
    // A feature's geometry, unless it also lists place ids all in the gazetteer (our flat
    // GeoJSON and KML exports): those are the places themselves, the geometry only their shapes.
    const knownIds = ids.length > 0 && ids.every((id) => this.places.byId(id));
    if (record.geometry !== undefined && record.geometry !== null && !knownIds) {
      const found = this.places.fromGeometry(record.geometry, { name: name || undefined, where });
      if (!found.ok) {
        problem('error', 'geometry', found.expected, geometryText(record.geometry), said(found));
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
        coded({ key: 'problem.noPlace' }),
      );
      return undefined;
    }
    let ok = true;
    // Ids first: our own export lists ids and names of the same places, and ids are exact.
    const lookups = ids.length > 0 ? ids.map((id) => ({ id, text: id })) : names.map((text) => ({ id: '', text }));
    lookups.forEach(({ id, text }, i) => {
      const byId = id ? this.places.byId(id) : undefined;
      const found = byId
        ? { ok: true as const, place: byId }
        : this.#placeNames.get(text, (t) => this.places.byName(t));
      if (!found.ok) {
        ok = false;
        problem('error', id ? 'placeIds' : 'place', found.expected, quoteFound(text), said(found));
      } else add(found.place, i === 0 ? 'where' : 'mentioned');
    });
    return ok ? refs : undefined;
  }
}

/** The items of a list cell ("Lahore; Islamabad"), trimmed, without empty ones. */
function listOf(text: string): string[] {
  if (text === '') return [];
  // Most cells hold one item: no split, no regex. (The cell is trimmed already.)
  if (!text.includes(';')) return [text];
  return text.split(LIST_SEPARATOR).filter(Boolean);
}

function coordinate(text: string, field: 'longitude' | 'latitude', problem: RecordProblem): number | undefined {
  const other = field === 'longitude' ? 'latitude' : 'longitude';
  if (!text) {
    problem(
      'error',
      field,
      'a decimal number',
      '(empty)',
      coded({ key: 'problem.coordinateMissing', params: { field, other } }),
    );
    return undefined;
  }
  if (DECIMAL.test(text)) return Number(text);
  const hint = DECIMAL_COMMA.test(text) ? 'comma' : /[°'"NSEW]/i.test(text) ? 'degrees' : 'none';
  const params = { field, hint, fixed: text.replace(',', '.') };
  problem(
    'error',
    field,
    'a decimal number of degrees',
    quoteFound(text),
    coded({ key: 'problem.coordinateNotNumber', params }),
  );
  return undefined;
}
