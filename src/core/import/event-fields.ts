/**
 * The vocabulary of an imported record: the fields an event is read from, and the column headers
 * and property keys each may go by in a user's file. CSV headers and GeoJSON property keys are
 * matched against it the same way.
 */
import { EVENT_TYPES, type EventType } from '../dataset/schema.ts';

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

/** "Drone strike", "diplomatic_meeting", "STRIKES" → the schema's types. */
export function eventType(text: string): EventType | undefined {
  const key = text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  const known = (t: string): t is EventType => (EVENT_TYPES as readonly string[]).includes(t);
  if (known(key)) return key;
  if (key.endsWith('s') && known(key.slice(0, -1))) return key.slice(0, -1) as EventType;
  return TYPE_SYNONYMS[key] ?? TYPE_SYNONYMS[key.replace(/s$/u, '')] ?? TYPE_SYNONYMS[key.replace(/es$/u, '')];
}

/** Other files' names for our types: "Natural disaster", "fire", "crashes" are accidents. */
const TYPE_SYNONYMS: Readonly<Record<string, EventType>> = {
  disaster: 'accident',
  'natural-disaster': 'accident',
  'man-made-disaster': 'accident',
  fire: 'accident',
  flood: 'accident',
  earthquake: 'accident',
  crash: 'accident',
  'plane-crash': 'accident',
  'traffic-accident': 'accident',
  'road-accident': 'accident',
  unknown: 'other',
  misc: 'other',
  miscellaneous: 'other',
};
