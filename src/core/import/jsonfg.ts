/**
 * Importing OGC JSON-FG: a GeoJSON FeatureCollection whose features say when in a `time`
 * member. Our own JSON-FG export carries each event whole in `properties.record` and loads as
 * our GeoJSON does; any other file's `time` becomes the feature's dates (a `date`, a
 * `timestamp`'s day, or an `interval`, whose `..` ends are open), kept at their precision: an
 * interval over exactly one month or year is that month or year. Then it is read as GeoJSON.
 */
import { isRecord } from './dataset.ts';
import { fieldFor } from './event-fields.ts';
import { parseCalendarDate } from '../time/day.ts';

const OPEN = '..';

/** True for a document that declares JSON-FG or whose features carry a JSON-FG `time` member. */
export function isJsonFg(value: Record<string, unknown>): boolean {
  if (Array.isArray(value.conformsTo) && value.conformsTo.some((c) => typeof c === 'string' && /json-fg/i.test(c))) {
    return true;
  }
  const features = Array.isArray(value.features) ? value.features : [value];
  return features.some((f) => isRecord(f) && 'time' in f && 'place' in f);
}

/** A span of whole days written as the calendar date it is, when it is one: `2011-05`, `2011`. */
export function spanAsDate(first: string, last: string): { start: string; end?: string } {
  if (first === last) return { start: first };
  const a = parseCalendarDate(first);
  const b = parseCalendarDate(last);
  if (a && b && a.precision === 'day' && b.precision === 'day') {
    for (const coarse of [first.slice(0, 7), first.slice(0, 4)]) {
      const span = parseCalendarDate(coarse);
      if (span && span.first === a.first && span.last === b.last) return { start: coarse };
    }
  }
  return { start: first, end: last };
}

/** The day of a date or timestamp (`2011-03-17T10:00:00Z` → `2011-03-17`), as written otherwise. */
const dayOf = (text: string) => (/^\d{4}-\d{2}-\d{2}T/.test(text) ? text.slice(0, 10) : text);

/**
 * The collection with each feature's `time` copied into `start`/`end` properties, unless the
 * properties already hold a date. Features are new objects; the input is not changed.
 */
export function jsonFgAsGeoJson(value: Record<string, unknown>): Record<string, unknown> {
  const features = Array.isArray(value.features) ? value.features : [];
  return {
    ...value,
    features: features.map((feature) => {
      if (!isRecord(feature) || !isRecord(feature.time)) return feature;
      const properties = isRecord(feature.properties) ? feature.properties : {};
      if (isRecord(properties.record) || Object.keys(properties).some((k) => fieldFor(k) === 'start')) return feature;
      const time = feature.time;
      let dates: { start?: string; end?: string } = {};
      if (typeof time.date === 'string') dates = { start: time.date };
      else if (typeof time.timestamp === 'string') dates = { start: dayOf(time.timestamp) };
      else if (Array.isArray(time.interval) && time.interval.length === 2) {
        const [a, b] = time.interval.map((t) => (typeof t === 'string' ? dayOf(t) : OPEN));
        // An open start has no date to place the event at: left out, the import says so.
        if (a !== undefined && a !== OPEN) dates = b === undefined || b === OPEN ? { start: a } : spanAsDate(a, b);
      }
      return { ...feature, properties: { ...properties, ...dates } };
    }),
  };
}
