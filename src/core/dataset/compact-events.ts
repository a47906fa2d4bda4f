/**
 * Shares what the events of a big import repeat. The import worker's result arrives through a
 * structured clone, which copies every string and array of every event: a million events come
 * with a million copies of "day", "where", "strike", of a few hundred dates, place ids and source
 * ids, and two million empty lists. Here each repeated value is made one value again: equal
 * strings become one string, equal lists of places, actors and sources one frozen list, and every
 * empty list one frozen empty list. The events stay equal to what they were (field by field, in
 * the same key order); only their parts are shared.
 *
 * Shared parts are frozen, so code that would change one event's list in place (and with it every
 * event sharing it) fails loudly instead. Titles, summaries and notes are left alone: they are
 * mostly unique, and interning them would cost a lookup each for little.
 */
import type { TimeEvent } from './schema.ts';

const EMPTY: readonly never[] = Object.freeze([]);

/** Separates the parts of a list's key; no id, date or name holds it. */
const UNIT = '\u0001';

/** Compacts `events` in place (each event object keeps its identity) and returns it. */
export function compactEvents<T extends TimeEvent[]>(events: T): T {
  return new EventCompactor().compact(events);
}

/**
 * Compacts events arriving in batches, sharing values across all of them: the import worker
 * posts a big dataset's events a batch at a time, so the page never holds a whole uncompacted copy.
 */
export class EventCompactor {
  readonly #strings = new Map<string, string>();
  readonly #lists = new Map<string, readonly unknown[]>();

  /** Compacts `events` in place (each event object keeps its identity) and returns it. */
  compact<T extends TimeEvent[]>(events: T): T {
    for (const event of events) this.#event(event);
    return events;
  }

  #one(s: string): string {
    const known = this.#strings.get(s);
    if (known !== undefined) return known;
    this.#strings.set(s, s);
    return s;
  }

  #shared<V>(kind: string, items: readonly V[], key: (item: V) => string, make: () => V[]): V[] {
    if (items.length === 0) return EMPTY as never as V[];
    const k = `${kind}${UNIT}${items.map(key).join(UNIT)}`;
    const known = this.#lists.get(k);
    if (known) return known as V[];
    const list = Object.freeze(make()) as V[];
    this.#lists.set(k, list);
    return list;
  }

  #event(event: TimeEvent): void {
    const one = (s: string) => this.#one(s);
    event.start = one(event.start);
    if (event.end !== undefined) event.end = one(event.end);
    event.datePrecision = one(event.datePrecision) as TimeEvent['datePrecision'];
    event.type = one(event.type) as TimeEvent['type'];
    const places = event.places;
    // Only refs of the two known fields are keyed by them; anything more is left as it is.
    if (places.every((p) => Object.keys(p).length === 2)) {
      event.places = this.#shared(
        'places',
        places,
        (p) => `${p.place}${UNIT}${p.role}`,
        () => places.map((p) => Object.freeze({ place: one(p.place), role: one(p.role) as typeof p.role })),
      );
    }
    const actors = event.actors;
    event.actors = this.#shared(
      'actors',
      actors,
      (a) => a,
      () => actors.map(one),
    );
    const sources = event.sources;
    event.sources = this.#shared(
      'sources',
      sources,
      (s) => s,
      () => sources.map(one),
    );
    if (event.claims.length === 0) event.claims = EMPTY as never as TimeEvent['claims'];
    if (event.original) {
      const original: Record<string, string> = {};
      for (const [key, value] of Object.entries(event.original)) original[one(key)] = one(value);
      event.original = original;
    }
  }
}
