/**
 * The sources of an import, one per distinct citation: rows that name the same source (same name,
 * link and date) share one, each gets an id of its own, and rows that name none cite the file
 * itself. A source the file does not date stays undated (no `published`): a stand-in date would
 * read as the day the source was published.
 */
import { parseImportDate } from './dates.ts';
import type { EventField } from './event-fields.ts';
import { slugify } from './places.ts';
import { quoteFound } from './problem.ts';
import type { RecordProblem } from './record-problems.ts';
import { sourceSchema, type Source } from '../dataset/schema.ts';
import { LookupCache } from './lookup-cache.ts';
import { shorten } from '../text/problem-text.ts';
import { say } from '../text/translate.ts';
import { FILE_OUTLET } from './provenance.ts';

/** The source of rows that name none: the file itself. */
export const FILE_SOURCE_ID = 'imported-file';
const MAX_ID_SLUG = 60;
/** A row's source name is quoted at most this long in the note the import writes. */
const MAX_NOTE_QUOTE = 80;

export function isHttpUrl(text: string): boolean {
  if (!/^https?:\/\//i.test(text)) return false;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * @example
 * const sources = new SourceRegistry('events.csv');
 * sources.sourceOf(value, label, problem) // 'ap' (the same id for every row citing AP alike)
 */
export class SourceRegistry {
  readonly #fileName: string;
  readonly #sources = new Map<string, Source>();
  readonly #keys = new Map<string, string>();
  readonly #used = new Set<string>();
  /** The source id of each distinct (name, link, date) text that drew no warning. */
  readonly #byCells = new LookupCache<string>();

  constructor(fileName: string) {
    this.#fileName = fileName;
  }

  /** Registers a source the file describes (our GeoJSON export's metadata). */
  add(source: Source): void {
    if (!this.#sources.has(source.id)) this.#sources.set(source.id, source);
  }

  has(id: string): boolean {
    return this.#sources.has(id);
  }

  /** Marks the sources a loaded event cites, so `used` leaves out those only failed rows cited. */
  use(ids: Iterable<string>): void {
    for (const id of ids) this.#used.add(id);
  }

  /** The sources loaded events cite, in the order first registered. */
  used(): Source[] {
    return [...this.#sources.values()].filter((s) => this.#used.has(s.id));
  }

  /** The id of the source a record names (registering it the first time), or of the file itself. */
  sourceOf(value: (f: EventField) => string, label: (f: EventField) => string, problem: RecordProblem): string {
    const name = value('source');
    const urlText = value('sourceUrl');
    const dateText = value('sourceDate');
    // Rows citing alike cite one source: the cells' text decides, unless they draw a warning.
    const cells = `${name}\u0000${urlText}\u0000${dateText}`;
    const known = this.#byCells.known(cells);
    if (known !== undefined) return known;
    let warned = false;
    const id = this.#sourceOf(name, urlText, dateText, label, (...args) => {
      warned = true;
      problem(...args);
    });
    if (!warned) this.#byCells.remember(cells, id);
    return id;
  }

  #sourceOf(
    name: string,
    urlText: string,
    dateText: string,
    label: (f: EventField) => string,
    problem: RecordProblem,
  ): string {
    let url = urlText;
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
    const date = dateText ? parseImportDate(dateText) : undefined;
    if (date && !date.ok) {
      problem('warning', 'sourceDate', date.expected, quoteFound(dateText), `${date.message} The date was left out.`);
    }
    const published = date?.ok ? date.date : undefined;
    const key = `${name}\u0000${url}\u0000${published ?? ''}`;
    const known = this.#keys.get(key);
    if (known) return known;
    const host = url ? new URL(url).host : '';
    const id = this.#uniqueId(slugify(name || host, MAX_ID_SLUG) || 'source');
    const quoted = `"${shorten(name || url, MAX_NOTE_QUOTE)}"`;
    const source: Source = {
      id,
      outlet: (url ? host : name).slice(0, 200),
      title: (name || url).slice(0, 300),
      ...(published ? { published } : {}),
      ...(url ? { url } : {}),
      note: (published
        ? `Named as ${quoted} in the ${label('source')} column of ${this.#fileName}.`
        : `Named as ${quoted} in ${this.#fileName}, which gives no publication date.`
      ).slice(0, 1000),
    };
    const checked = sourceSchema.safeParse(source);
    if (!checked.success) {
      // Only a URL `new URL` accepts and zod does not can get here; keep the source without it.
      const { url: _dropped, ...rest } = source;
      this.#sources.set(id, rest);
    } else this.#sources.set(id, checked.data);
    this.#keys.set(key, id);
    return id;
  }

  #fileSource(): string {
    const id = FILE_SOURCE_ID;
    if (!this.#sources.has(id)) {
      this.#sources.set(id, {
        id,
        outlet: say('en', FILE_OUTLET),
        title: this.#fileName.slice(0, 300) || say('en', FILE_OUTLET),
        note: 'The file names no source for these events.',
      });
    }
    return id;
  }

  /** The next suffix to try per slug: a file of a million rows naming one outlet with a million
   * addresses would otherwise try -2, -3, … again for every row (quadratic). */
  #nextSuffix = new Map<string, number>();
  #uniqueId(base: string): string {
    let n = this.#nextSuffix.get(base) ?? 1;
    let id = n === 1 ? base : `${base}-${n}`;
    while (this.#sources.has(id) || id === FILE_SOURCE_ID) id = `${base}-${++n}`;
    this.#nextSuffix.set(base, n + 1);
    return id;
  }
}
