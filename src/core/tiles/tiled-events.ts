/**
 * From a dataset to what `npm run tile` cuts: one point per event at the place where it happened
 * (its first `where` or `target` place, else its first place; an area stands at its anchor point,
 * with the place's precision saying how coarse that is), and the counts the timeline reads
 * (`counts.json` beside the archive), computed from every event, not from the thinned tiles.
 */
import { z } from 'zod';
import { placeAnchor } from '../dataset/gazetteer.ts';
import type { Dataset, Place } from '../dataset/schema.ts';
import { eventSpan } from '../time/event-times.ts';
import type { TiledEvent } from './cut-event-tiles.ts';

const LOCATION_ROLES = new Set(['where', 'target']);

/** The points of a dataset's events; events whose place is missing from the gazetteer are skipped. */
export function tiledEvents(dataset: Dataset): { events: TiledEvent[]; skipped: string[] } {
  const places = new Map<string, { place: Place; anchor?: [number, number] }>();
  for (const place of dataset.places.features) places.set(place.properties.id, { place });
  const events: TiledEvent[] = [];
  const skipped: string[] = [];
  for (const event of dataset.events) {
    const ref = event.places.find((p) => LOCATION_ROLES.has(p.role)) ?? event.places[0];
    const entry = ref ? places.get(ref.place) : undefined;
    if (!entry) {
      skipped.push(event.id);
      continue;
    }
    entry.anchor ??= placeAnchor(entry.place);
    const { first, last } = eventSpan(event);
    events.push({
      lon: entry.anchor[0],
      lat: entry.anchor[1],
      id: event.id,
      title: event.title,
      type: event.type,
      first,
      last,
      datePrecision: event.datePrecision,
      place: entry.place.properties.name,
      precision: entry.place.properties.precision,
    });
  }
  return { events, skipped };
}

/** `counts.json`: what the timeline of a tiled dataset needs without its events. */
export interface TileCounts {
  /** The file's layout version. */
  version: 1;
  title: string;
  count: number;
  /** The first and last epoch day any event covers. */
  first: number;
  last: number;
  /** Events by type. */
  types: Record<string, number>;
  /** `days[i]`: the events that begin on day `first + i`. */
  days: number[];
  /** The deepest zoom of the archive, and the tiles' layer name. */
  maxZoom: number;
  layer: string;
}

/** Per-day counts, types and extent of the events. */
export function tileCounts(
  events: readonly TiledEvent[],
  about: { title: string; maxZoom: number; layer: string },
): TileCounts {
  let first = Infinity;
  let last = -Infinity;
  const types: Record<string, number> = {};
  for (const e of events) {
    first = Math.min(first, e.first);
    last = Math.max(last, e.last);
    types[e.type] = (types[e.type] ?? 0) + 1;
  }
  const days = new Array<number>(Math.max(0, last - first + 1)).fill(0);
  for (const e of events) days[e.first - first]! += 1;
  return { version: 1, ...about, count: events.length, first, last, types, days };
}

/** `counts.json` as the app reads it: checked once at the edge. */
export const tileCountsSchema = z.object({
  version: z.literal(1),
  title: z.string().max(200),
  count: z.number().int().nonnegative(),
  first: z.number().int(),
  last: z.number().int(),
  types: z.record(z.string(), z.number().int().nonnegative()),
  days: z.array(z.number().int().nonnegative()),
  maxZoom: z.number().int().min(0).max(14),
  layer: z.string().min(1),
});
