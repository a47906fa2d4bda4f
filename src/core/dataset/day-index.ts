/**
 * Selection by day from sorted typed arrays, so a step of the slider costs the same at 50 events
 * and at a million: the events' first and last days are held in `Int32Array`s once per dataset,
 * a filter is a bitset made once per filter change, the number of visible events is two binary
 * searches, and listing them touches only the events that are (nearly) visible.
 *
 * Positions are indexes into the event index's order (first day, then last day, then id), which
 * is also the map's event index. The rule of what shows when is the one of
 * {@link visibilityForTime}; `select-events.ts` keeps the linear selector it is checked against.
 */
import type { EpochSpan } from '../time/event-times.ts';
import type { TimeWindow } from './select-events.ts';

/** First and last days of every event, by position. Build with {@link createDayIndex}. */
export interface DayIndex {
  readonly size: number;
  /** Sorted ascending (the positions are in time order). */
  readonly first: Int32Array;
  readonly last: Int32Array;
}

/** Events of one span-length class: spans of 2^c up to 2^(c+1) − 1 days, sorted by first day. */
interface SpanClass {
  /** The longest span a member may have, in days. */
  readonly maxSpan: number;
  readonly first: Int32Array;
  readonly positions: Uint32Array;
}

/**
 * The events passing the filters, ready for per-day questions. Build with {@link createDaySet}
 * once per filter change.
 */
export interface DaySet {
  readonly index: DayIndex;
  /** 1 for a position passing the filters. */
  readonly mask: Uint8Array;
  /** Passing positions, in time order. */
  readonly positions: Uint32Array;
  /** First day of each of `positions` (sorted). */
  readonly first: Int32Array;
  /** Last days of the passing events, sorted (for counts). */
  readonly lastSorted: Int32Array;
  readonly classes: readonly SpanClass[];
}

/**
 * The days of events already in time order (an event index's entries).
 *
 * @example createDayIndex([{ first: 1, last: 1 }, { first: 3, last: 9 }]).last // Int32Array [1, 9]
 */
export function createDayIndex(spans: readonly EpochSpan[]): DayIndex {
  const first = new Int32Array(spans.length);
  const last = new Int32Array(spans.length);
  spans.forEach((s, i) => {
    first[i] = s.first;
    last[i] = s.last;
    if (i > 0 && s.first < (first[i - 1] as number)) {
      throw new RangeError(`spans must be sorted by first day: ${s.first} after ${first[i - 1]} at ${i}`);
    }
  });
  return { size: spans.length, first, last };
}

/**
 * The events of `index` whose `mask` byte is 1 (`null`: all of them), indexed for selection.
 *
 * @example createDaySet(index, null).positions.length === index.size
 */
export function createDaySet(index: DayIndex, mask: Uint8Array | null): DaySet {
  const all = mask ?? new Uint8Array(index.size).fill(1);
  if (all.length !== index.size) throw new RangeError(`mask has ${all.length} entries for ${index.size} events`);
  let count = 0;
  for (let p = 0; p < index.size; p++) count += all[p] === 1 ? 1 : 0;
  const positions = new Uint32Array(count);
  const first = new Int32Array(count);
  const lastSorted = new Int32Array(count);
  const classSizes: number[] = [];
  const classOf = new Uint8Array(count);
  for (let p = 0, k = 0; p < index.size; p++) {
    if (all[p] !== 1) continue;
    positions[k] = p;
    first[k] = index.first[p] as number;
    lastSorted[k] = index.last[p] as number;
    const c = spanClass((index.last[p] as number) - (index.first[p] as number) + 1);
    classOf[k] = c;
    classSizes[c] = (classSizes[c] ?? 0) + 1;
    k++;
  }
  lastSorted.sort();
  const classes: SpanClass[] = [];
  const fill: number[] = [];
  for (let c = 0; c < classSizes.length; c++) {
    const size = classSizes[c] ?? 0;
    if (size === 0) continue;
    fill[c] = classes.length;
    classes.push({ maxSpan: 2 ** (c + 1) - 1, first: new Int32Array(size), positions: new Uint32Array(size) });
  }
  const cursor = new Array<number>(classes.length).fill(0);
  for (let k = 0; k < count; k++) {
    const slot = fill[classOf[k] as number] as number;
    const target = classes[slot] as SpanClass;
    const at = cursor[slot] as number;
    target.first[at] = first[k] as number;
    target.positions[at] = positions[k] as number;
    cursor[slot] = at + 1;
  }
  return { index, mask: all, positions, first, lastSorted, classes };
}

/** Class c holds spans of 2^c to 2^(c+1) − 1 days (a one-day event is class 0). */
function spanClass(days: number): number {
  return 31 - Math.clz32(Math.max(1, days));
}

/** Index of the first value greater than `x` in a sorted array. */
export function upperBound(values: Int32Array, x: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((values[mid] as number) > x) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** Index of the first value greater than or equal to `x` in a sorted array. */
export function lowerBound(values: Int32Array, x: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((values[mid] as number) >= x) high = mid;
    else low = mid + 1;
  }
  return low;
}

/**
 * The fade of a window in days; in cumulative mode nothing is left out, so Infinity. An event is
 * visible at `time` when `first <= time` and `time - (last + 1) < fade` (see visibilityForTime).
 */
const windowDays = (window: TimeWindow) => (window.mode === 'cumulative' ? Infinity : window.days);

/**
 * How many events are visible at `time`: those started by then, less those ended more than the
 * window ago (which all started before). Two binary searches.
 *
 * @example countVisible(set, 15077, { mode: 'window', days: 14 })
 */
export function countVisible(set: DaySet, time: number, window: TimeWindow): number {
  const started = upperBound(set.first, time);
  const days = windowDays(window);
  if (days === Infinity) return started;
  // Gone: time - (last + 1) >= days, i.e. last <= time - 1 - days.
  return started - upperBound(set.lastSorted, time - 1 - days);
}

/**
 * Positions of the events visible at `time`, in time order. Cumulatively that is a prefix of the
 * set (a view, nothing copied); in a window each span class is searched for the few events whose
 * first day is close enough to `time` to be still visible.
 */
export function visibleAt(set: DaySet, time: number, window: TimeWindow): Uint32Array {
  const days = windowDays(window);
  if (days === Infinity) return set.positions.subarray(0, upperBound(set.first, time));
  return endingAfter(set, time, days);
}

/** Positions of the events happening at `time` (first day ≤ time < last day + 1), in time order. */
export function currentAt(set: DaySet, time: number): Uint32Array {
  return endingAfter(set, time, 0);
}

/** Events with `first <= time` and `time - (last + 1) < days`. */
function endingAfter(set: DaySet, time: number, days: number): Uint32Array {
  const found: Uint32Array[] = [];
  let total = 0;
  const last = set.index.last;
  for (const c of set.classes) {
    // A member is at most maxSpan days long, so one still visible started after this.
    const from = lowerBound(c.first, Math.floor(time - days - c.maxSpan));
    const to = upperBound(c.first, time);
    if (to <= from) continue;
    const out = new Uint32Array(to - from);
    let n = 0;
    for (let k = from; k < to; k++) {
      const p = c.positions[k] as number;
      if (time - ((last[p] as number) + 1) < days) out[n++] = p;
    }
    if (n === 0) continue;
    found.push(out.subarray(0, n));
    total += n;
  }
  if (found.length === 1) return found[0] as Uint32Array;
  const merged = new Uint32Array(total);
  let offset = 0;
  for (const part of found) {
    merged.set(part, offset);
    offset += part.length;
  }
  return merged.sort();
}

/** Whether the event at `position` is visible at `time` after the filters. */
export function isVisibleAt(set: DaySet, position: number, time: number, window: TimeWindow): boolean {
  if (set.mask[position] !== 1) return false;
  const first = set.index.first[position] as number;
  const last = set.index.last[position] as number;
  return first <= time && time - (last + 1) < windowDays(window);
}

/** Sorted distinct first days of the set: the stops of previous/next event. */
export function startDays(set: DaySet): number[] {
  const days: number[] = [];
  for (let k = 0; k < set.first.length; k++) {
    const d = set.first[k] as number;
    if (days.length === 0 || days[days.length - 1] !== d) days.push(d);
  }
  return days;
}

/** The first position of the set that starts on `day`, if any (binary search). */
export function firstStartingOn(set: DaySet, day: number): number | undefined {
  const k = lowerBound(set.first, day);
  return set.first[k] === day ? set.positions[k] : undefined;
}
