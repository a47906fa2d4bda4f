/**
 * The ids of imported events: an id the file gives is kept (or made into one, with a warning),
 * a duplicate is refused, and a record without one gets an id from its title and its row, so
 * importing the same file again gives the same ids.
 */
import type { EventField } from './event-fields.ts';
import { slugify } from './places.ts';
import { quoteFound } from './problem.ts';
import type { RecordProblem } from './record-problems.ts';
import { shorten } from '../text/problem-text.ts';

/** Where a record is in the file: a spreadsheet row, or the JSON path of a feature. */
export type RecordLocation = { row: number } | { path: string };

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_ID_SLUG = 60;

export class EventIds {
  /** Each id taken, with where its event is ("row 4", a JSON path), for the duplicate message. */
  readonly #taken = new Map<string, string>();

  /** Where the event with this id is, if one has it. */
  holder(id: string): string | undefined {
    return this.#taken.get(id);
  }

  take(id: string, at: RecordLocation): void {
    this.#taken.set(id, 'row' in at ? `row ${at.row}` : at.path);
  }

  /**
   * The id for a record: `given` (checked), or one made from `title` and where the record is;
   * `undefined` (with the problem reported) when the given id cannot be used. `loaded` numbers
   * a record whose place has no number in it.
   */
  idFor(
    given: string,
    title: string,
    at: RecordLocation,
    label: string,
    loaded: number,
    problem: RecordProblem<Extract<EventField, 'id'>>,
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
      const first = this.#taken.get(id);
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
      const n = 'row' in at ? at.row : Number(/\[(\d+)\]/.exec(at.path)?.[1] ?? loaded) + 1;
      const base = `${slugify(title, MAX_ID_SLUG) || 'event'}-${n}`;
      id = base;
      for (let k = 2; this.#taken.has(id); k++) id = `${base}-${k}`;
    }
    return id;
  }
}
