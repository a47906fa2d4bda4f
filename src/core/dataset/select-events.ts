/**
 * From the app state (time, time window, filters) to the events on screen, as the memoised
 * selector of forensic-architecture/timemap does it: the data is indexed once, a selection is a
 * binary search and a short scan, and the same inputs return the same (identical) result.
 */
import type { EpochSpan } from '../time/event-times.ts';
import { eventSpan } from '../time/event-times.ts';
import type { EventType, TimeEvent } from './schema.ts';
import { foldForSearch } from './token-index.ts';

/**
 * How much of the past is shown: everything up to now (`cumulative`), or only what happened
 * within the last `days` days (`window`; `days` is positive, the URL parser keeps it ≥ 1).
 */
export type TimeWindow = { mode: 'cumulative' } | { mode: 'window'; days: number };

/** In cumulative mode nothing disappears, but events fade over this many days after they end. */
export const CUMULATIVE_FADE_DAYS = 30;

/** Whether an event shows at a time, and how fresh it is: 1 = happening now, 0 = faded out. */
export interface Visibility {
  visible: boolean;
  recency: number;
}

/**
 * The one rule for what shows when. The map layer mirrors it as a MapLibre expression over the
 * feature properties `first` and `last`, so it uses only arithmetic, `min`/`max` and comparisons:
 *
 * ```
 * end     = spanLast + 1                 // a day is the interval [day, day + 1) of playback time
 * age     = max(0, time - end)           // days since the event ended; 0 while it happens
 * fade    = window.days                  // cumulative mode: CUMULATIVE_FADE_DAYS
 * visible = spanFirst <= time && (cumulative || age < fade)
 * recency = visible ? max(0, 1 - age / fade) : 0
 * ```
 *
 * An event is *current* ("now") when `spanFirst <= time < end`, i.e. when `age` is 0 before `end`.
 *
 * @example visibilityForTime(100, 100, 102, { mode: 'window', days: 4 }) // { visible: true, recency: 0.75 }
 */
export function visibilityForTime(spanFirst: number, spanLast: number, time: number, window: TimeWindow): Visibility {
  const age = Math.max(0, time - (spanLast + 1));
  const fade = fadeDays(window);
  const visible = spanFirst <= time && (window.mode === 'cumulative' || age < fade);
  return { visible, recency: visible ? Math.max(0, 1 - age / fade) : 0 };
}

/** Whether an event is happening at `time` (the "now" events of the event list). */
export function isCurrentAt(spanFirst: number, spanLast: number, time: number): boolean {
  return spanFirst <= time && time < spanLast + 1;
}

/** Over how many days an ended event fades out in a window. */
export function fadeDays(window: TimeWindow): number {
  return window.mode === 'cumulative' ? CUMULATIVE_FADE_DAYS : window.days;
}

/**
 * One event with its span precomputed. Its search text is not kept: at a million events the
 * lower-cased copies of every title and summary were the largest item of the heap, and the
 * filters search a token index instead (see filter-mask.ts).
 */
export interface IndexedEvent extends EpochSpan {
  event: TimeEvent;
}

/** The events sorted by first day once, ready for fast selection. Build with {@link createEventIndex}. */
export interface EventIndex {
  /** Sorted by first day, then last day, then id. */
  readonly entries: readonly IndexedEvent[];
  /** Longest span in days; bounds how far back a scan for visible events must start. */
  readonly longestSpan: number;
  /** The place names the search text of an event includes. */
  readonly placeNames: PlaceNameLookup;
}

/** Names to search a place by (its name and aliases), keyed by place id. */
export type PlaceNameLookup = ReadonlyMap<string, readonly string[]>;

/**
 * Index events for selection and search: spans are computed and the list is sorted by first
 * day, once.
 *
 * @param placeNames lets a search for "Datta Khel" find events that only carry `datta-khel`
 * @example const index = createEventIndex(events, new Map([['datta-khel', ['Datta Khel']]]));
 */
export function createEventIndex(events: readonly TimeEvent[], placeNames: PlaceNameLookup = new Map()): EventIndex {
  const entries = events.map((event): IndexedEvent => {
    const { first, last } = eventSpan(event);
    // A literal, not a spread: a spread object keeps its fields out of line, a few bytes more each.
    return { event, first, last };
  });
  entries.sort(byTimeThenId);
  return indexOf(entries, placeNames);
}

function indexOf(entries: readonly IndexedEvent[], placeNames: PlaceNameLookup): EventIndex {
  const longestSpan = entries.reduce((longest, e) => Math.max(longest, e.last - e.first + 1), 0);
  return { entries, longestSpan, placeNames };
}

/**
 * Only the entries whose `mask` byte is 1 (a filter bitset by position), as an index again;
 * the index itself for `null` (no filter).
 *
 * @example maskIndex(index, filterMask(columns, { types: new Set(['strike']) }))
 */
export function maskIndex(index: EventIndex, mask: Uint8Array | null): EventIndex {
  if (mask === null) return index;
  if (mask.length !== index.entries.length) {
    throw new RangeError(`mask has ${mask.length} entries for ${index.entries.length} events`);
  }
  return indexOf(
    index.entries.filter((_, p) => mask[p] === 1),
    index.placeNames,
  );
}

function byTimeThenId(a: IndexedEvent, b: IndexedEvent): number {
  return a.first - b.first || a.last - b.last || (a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0);
}

/**
 * What a search looks in: the title and summary in every language the event has them in (a
 * reader types the words the card shows them), the place ids and names, and the actors, folded
 * by {@link foldForSearch}.
 *
 * @example searchTextOf(event, new Map([['datta-khel', ['Datta Khel']]])) // 'strike\n…\ndatta-khel\ndatta khel'
 */
export function searchTextOf(event: TimeEvent, placeNames: PlaceNameLookup): string {
  const places = event.places.flatMap(({ place }) => [place, ...(placeNames.get(place) ?? [])]);
  const texts = [event.title, event.summary];
  for (const fields of Object.values(event.translations ?? {})) {
    if (fields.title) texts.push(fields.title);
    if (fields.summary) texts.push(fields.summary);
  }
  return foldForSearch([...texts, ...places, ...event.actors].join('\n'));
}

/** Filters of a selection; an absent or empty filter lets everything through. */
export interface EventFilters {
  types?: ReadonlySet<EventType>;
  /** An event passes when any of its actors is in the set. */
  actors?: ReadonlySet<string>;
  /** Free text; every word must occur in the event's search text. */
  query?: string;
}

/** Everything a selection depends on. */
export interface SelectionOptions extends EventFilters {
  /** Fractional epoch day. */
  time: number;
  window: TimeWindow;
}

/** The events on screen at one time. Lists are in time order. */
export interface EventSelection {
  visible: readonly TimeEvent[];
  /** The visible events happening at this very time. */
  current: readonly TimeEvent[];
  /** Recency (1 = now, fading to 0) of each visible event, by event id. */
  recency: ReadonlyMap<string, number>;
}

/**
 * Only the events of an index that pass the filters, as an index again (so the density strip can
 * show the filtered events). Memoised per index on the filters' content.
 */
export function filterIndex(index: EventIndex, filters: EventFilters): EventIndex {
  const key = filterKey(filters);
  const cached = filterCache.get(index);
  if (cached?.key === key) return cached.result;
  const words = queryWords(filters.query);
  const passes = (e: IndexedEvent) =>
    passesTypes(e.event, filters.types) &&
    passesActors(e.event, filters.actors) &&
    matchesWords(e, words, index.placeNames);
  const result = key === NO_FILTER_KEY ? index : indexOf(index.entries.filter(passes), index.placeNames);
  filterCache.set(index, { key, result });
  return result;
}

/**
 * The events visible at a time through a window, after filters, with the current ones and the
 * recency of each. Memoised: the same index and equal options return the identical result, so a
 * paused map or a reactive `$derived` does no work and sees no change.
 *
 * @example selectEvents(index, { time: 15077.5, window: { mode: 'window', days: 14 }, types: new Set(['strike']) })
 */
export function selectEvents(index: EventIndex, options: SelectionOptions): EventSelection {
  const key = `${options.time}|${windowKey(options.window)}|${filterKey(options)}`;
  const cached = selectionCache.get(index);
  if (cached?.key === key) return cached.result;
  const result = selectAt(filterIndex(index, options), options.time, options.window);
  selectionCache.set(index, { key, result });
  return result;
}

function selectAt(index: EventIndex, time: number, window: TimeWindow): EventSelection {
  const visible: TimeEvent[] = [];
  const current: TimeEvent[] = [];
  const recency = new Map<string, number>();
  for (let i = firstCandidate(index, time, window); i < index.entries.length; i++) {
    const entry = index.entries[i] as IndexedEvent;
    if (entry.first > time) break;
    const seen = visibilityForTime(entry.first, entry.last, time, window);
    if (!seen.visible) continue;
    visible.push(entry.event);
    recency.set(entry.event.id, seen.recency);
    if (isCurrentAt(entry.first, entry.last, time)) current.push(entry.event);
  }
  return { visible, current, recency };
}

/**
 * The first entry that could be visible. In a window, a visible event ends after
 * `time - days`, and no event is longer than `longestSpan`, so it starts after
 * `time - days - longestSpan`; everything sorted before that can be skipped.
 */
function firstCandidate(index: EventIndex, time: number, window: TimeWindow): number {
  if (window.mode === 'cumulative') return 0;
  const earliestFirst = time - window.days - index.longestSpan;
  let low = 0;
  let high = index.entries.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((index.entries[mid] as IndexedEvent).first > earliestFirst) high = mid;
    else low = mid + 1;
  }
  return low;
}

/**
 * Events whose search text contains every word of the query, in time order; none for a blank
 * query (a search box with nothing typed lists nothing).
 *
 * @example searchEvents(index, 'datta khel') // the strikes at Datta Khel
 */
export function searchEvents(index: EventIndex, query: string): TimeEvent[] {
  const words = queryWords(query);
  if (words.length === 0) return [];
  return index.entries.filter((e) => matchesWords(e, words, index.placeNames)).map((e) => e.event);
}

function queryWords(query: string | undefined): string[] {
  return foldForSearch(query ?? '')
    .split(/\s+/)
    .filter((w) => w.length > 0);
}

/** The linear rule the token index is checked against; the text is made again for each search. */
function matchesWords(entry: IndexedEvent, words: readonly string[], placeNames: PlaceNameLookup): boolean {
  if (words.length === 0) return true;
  const text = searchTextOf(entry.event, placeNames);
  return words.every((word) => text.includes(word));
}

function passesTypes(event: TimeEvent, types: ReadonlySet<EventType> | undefined): boolean {
  return types === undefined || types.size === 0 || types.has(event.type);
}

function passesActors(event: TimeEvent, actors: ReadonlySet<string> | undefined): boolean {
  return actors === undefined || actors.size === 0 || event.actors.some((a) => actors.has(a));
}

// The caches hold one entry per index: playback asks for one time after another, so older
// results are never asked for again, and a WeakMap lets a dropped index be collected.
const filterCache = new WeakMap<EventIndex, { key: string; result: EventIndex }>();
const selectionCache = new WeakMap<EventIndex, { key: string; result: EventSelection }>();

const NO_FILTER_KEY = filterKey({});

/** A key equal for equal filters; sets by content, so a set mutated in place is not missed. */
function filterKey({ types, actors, query }: EventFilters): string {
  const listKey = (set: ReadonlySet<string> | undefined) => JSON.stringify([...(set ?? [])].sort());
  return `${listKey(types)}|${listKey(actors)}|${JSON.stringify(queryWords(query))}`;
}

function windowKey(window: TimeWindow): string {
  return window.mode === 'cumulative' ? 'all' : `${window.days}`;
}
