/**
 * A reviewer's edits to a draft event (the timeline step of "Map an article"): the date as
 * typed, its precision, the type, the title, each place's role and, for a place we could not
 * find, coordinates the reviewer gives. `applyEdit` turns them back into a draft, or says what is
 * wrong and where, in words a reviewer reads.
 */
import { EVENT_TYPES, PLACE_ROLES, type DatePrecision, type EventType, type PlaceRole } from '../dataset/schema.ts';
import { formatDay, parseCalendarDate } from '../time/day.ts';
import type { EventDraft } from './extract-events.ts';

export interface PlaceEdit {
  role: PlaceRole;
  /** Typed coordinates; empty strings leave the place where the extractor put it. */
  lon: string;
  lat: string;
}

export interface DraftEdit {
  keep: boolean;
  title: string;
  type: EventType;
  precision: DatePrecision;
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY` as the precision asks; a range has both ends as days. */
  start: string;
  end: string;
  places: PlaceEdit[];
}

const TITLE_MAX = 120;

/** The edit form's first values: what the extractor drafted. */
export function editOf(d: EventDraft): DraftEdit {
  const span = d.span;
  const first = span && span.first !== null ? formatDay(span.first) : '';
  const last = span ? formatDay(span.last) : '';
  const precision = span?.precision ?? 'day';
  const start = precision === 'month' ? first.slice(0, 7) : precision === 'year' ? first.slice(0, 4) : first;
  return {
    keep: span !== null && span.first !== null,
    title: d.title,
    type: d.type,
    precision,
    start,
    end: precision === 'range' ? last : '',
    places: d.places.map((p) => ({ role: p.role, lon: '', lat: '' })),
  };
}

const PRECISION_OF_LENGTH: Record<number, DatePrecision> = { 4: 'year', 7: 'month', 10: 'day' };

function coordinate(value: string, min: number, max: number): number | null {
  if (value.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) && n >= min && n <= max ? n : Number.NaN;
}

/** The edited draft, or a message naming the draft (`label`) and the field that is wrong. */
export function applyEdit(d: EventDraft, e: DraftEdit, label: string): { draft: EventDraft } | { error: string } {
  const title = e.title.trim();
  if (title === '') return { error: `${label}: the title is empty` };
  if (title.length > TITLE_MAX) return { error: `${label}: the title has more than ${TITLE_MAX} characters` };
  if (!EVENT_TYPES.includes(e.type)) return { error: `${label}: "${e.type}" is not an event type` };
  const start = parseCalendarDate(e.start.trim());
  if (!start) return { error: `${label}: the date "${e.start}" is not a date (write YYYY-MM-DD, YYYY-MM or YYYY)` };
  let span: EventDraft['span'];
  if (e.precision === 'range') {
    const end = parseCalendarDate(e.end.trim());
    if (!end) return { error: `${label}: the end date "${e.end}" is not a date` };
    if (end.last < start.first) return { error: `${label}: the range ends (${e.end}) before it starts (${e.start})` };
    span = { first: start.first, last: end.last, precision: 'range' };
  } else {
    if (PRECISION_OF_LENGTH[e.start.trim().length] !== e.precision) {
      return {
        error: `${label}: a ${e.precision} date is written ${e.precision === 'day' ? 'YYYY-MM-DD' : e.precision === 'month' ? 'YYYY-MM' : 'YYYY'}, not "${e.start}"`,
      };
    }
    span = { first: start.first, last: start.last, precision: e.precision };
  }
  const places = [];
  for (const [i, p] of d.places.entries()) {
    const edit = e.places[i];
    if (!edit) {
      places.push(p);
      continue;
    }
    if (!PLACE_ROLES.includes(edit.role)) return { error: `${label}: "${edit.role}" is not a place role` };
    const lon = coordinate(edit.lon, -180, 180);
    const lat = coordinate(edit.lat, -90, 90);
    if (Number.isNaN(lon) || Number.isNaN(lat)) {
      return { error: `${label}, ${p.name}: longitude is a number from -180 to 180, latitude from -90 to 90` };
    }
    if ((lon === null) !== (lat === null)) return { error: `${label}, ${p.name}: give both longitude and latitude` };
    places.push(
      lon !== null && lat !== null
        ? { ...p, role: edit.role, lon, lat, precision: 'exact' as const, given: true }
        : { ...p, role: edit.role },
    );
  }
  return { draft: { ...d, title, type: e.type, span, places } };
}
