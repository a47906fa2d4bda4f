/**
 * A quick check of an event the importer has just built, so that a well-formed row does not pay
 * for the dataset schema's zod run (a third of an import's time at a million rows, issue #17).
 * It answers only "certainly valid, as it is": true means `eventSchema.safeParse(event)` succeeds
 * and gives back the same event (no text to trim, no default to fill in, no key to strip). Any
 * doubt answers false, and the caller runs the schema, whose issues word the row's problems; so
 * what is accepted, what is refused and every message stay the schema's.
 * tests/core/import/event-check.test.ts holds it to the schema over good and bad events.
 */
import { parseCalendarDate } from '../time/day.ts';
import { DATE_PRECISIONS, EVENT_TYPES, eventSchema, PLACE_ROLES, type TimeEvent } from '../dataset/schema.ts';

/** The schema's id pattern (schema.ts). */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The keys of an event, in the schema's order, as zod's output has them. */
const EVENT_KEYS = [
  'id',
  'title',
  'summary',
  'start',
  'end',
  'datePrecision',
  'dateNote',
  'type',
  'places',
  'actors',
  'sources',
  'claims',
  'background',
  'implied',
] as const;
const PLACE_KEYS = ['place', 'role'] as const;
/** The schema's maximum lengths (`text(n)` in schema.ts), read from it; none known, nothing passes. */
const MAX = {
  title: eventSchema.shape.title.maxLength ?? 0,
  summary: eventSchema.shape.summary.maxLength ?? 0,
  dateNote: eventSchema.shape.dateNote.maxLength ?? 0,
  actor: eventSchema.shape.actors.unwrap().element.maxLength ?? 0,
};

const TYPES: ReadonlySet<unknown> = new Set(EVENT_TYPES);
const PRECISIONS: ReadonlySet<unknown> = new Set(DATE_PRECISIONS);
const ROLES: ReadonlySet<unknown> = new Set(PLACE_ROLES);

const isId = (v: unknown): boolean => typeof v === 'string' && ID.test(v);
/** What `text(max)` accepts unchanged: a string that trimming leaves alone, 1 to `max` long. */
const isText = (v: unknown, max: number): boolean =>
  typeof v === 'string' && v.length >= 1 && v.length <= max && v.trim() === v;

/** Own keys all among `keys`, in that order (zod writes its output in the schema's order). */
function keysIn(value: object, keys: readonly string[]): boolean {
  let i = 0;
  for (const key in value) {
    if (!Object.hasOwn(value, key)) return false;
    while (i < keys.length && keys[i] !== key) i++;
    if (i === keys.length) return false;
    i++;
  }
  return true;
}

/**
 * True when the event passes `eventSchema` exactly as it is; false when the schema must decide
 * (and, for a bad event, say why).
 *
 * @example
 * const parsed = isSchemaValidEvent(event) ? { success: true, data: event } : eventSchema.safeParse(event);
 */
export function isSchemaValidEvent(event: TimeEvent): boolean {
  if (typeof event !== 'object' || event === null || !keysIn(event, EVENT_KEYS)) return false;
  if (!isId(event.id) || !isText(event.title, MAX.title) || !isText(event.summary, MAX.summary)) return false;
  if (!isText(event.dateNote, MAX.dateNote) || !TYPES.has(event.type) || !PRECISIONS.has(event.datePrecision)) {
    return false;
  }
  if (typeof event.start !== 'string') return false;
  const start = parseCalendarDate(event.start);
  if (!start) return false;
  if ('end' in event) {
    if (typeof event.end !== 'string') return false;
    const end = parseCalendarDate(event.end);
    if (!end || end.last < start.first) return false;
  } else if (event.datePrecision === 'range') return false;
  if (event.datePrecision !== 'range' && event.datePrecision !== start.precision) return false;

  const { places, actors, sources, claims } = event;
  if (!Array.isArray(places) || places.length === 0) return false;
  for (const p of places) {
    if (typeof p !== 'object' || p === null || !keysIn(p, PLACE_KEYS) || !isId(p.place) || !ROLES.has(p.role)) {
      return false;
    }
  }
  if (!Array.isArray(actors)) return false;
  // for…of, not every(): it visits holes too, which the schema refuses.
  for (const a of actors) if (!isText(a, MAX.actor)) return false;
  if (!Array.isArray(sources) || sources.length === 0) return false;
  for (const s of sources) if (!isId(s)) return false;
  // Claims, and the other keys the schema knows (original, translations), are the schema's to check.
  if (!Array.isArray(claims) || claims.length !== 0) return false;
  return event.background === false && event.implied === false;
}
