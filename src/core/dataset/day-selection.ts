/**
 * The events on screen at one day, read from a {@link DaySet}: positions in typed arrays, with
 * the event objects made only when someone asks for the whole list (an export). The list, the
 * card and the counts read positions, so a step costs no more with a million events than with 50.
 */
import { currentAt, visibleAt, type DaySet } from './day-index.ts';
import { fadeDays, type EventSelection, type TimeWindow } from './select-events.ts';
import type { TimeEvent } from './schema.ts';

export class DaySelection implements EventSelection {
  readonly set: DaySet;
  readonly time: number;
  readonly window: TimeWindow;
  /** Positions of the visible events, in time order. */
  readonly positions: Uint32Array;
  /** Positions of the visible events happening at this very time, in time order. */
  readonly currentPositions: Uint32Array;
  readonly #events: readonly TimeEvent[];
  #visible: TimeEvent[] | undefined;
  #current: TimeEvent[] | undefined;
  #recency: Map<string, number> | undefined;

  /** `events` by position (the map model's events). */
  constructor(set: DaySet, events: readonly TimeEvent[], time: number, window: TimeWindow) {
    this.set = set;
    this.time = time;
    this.window = window;
    this.#events = events;
    this.positions = visibleAt(set, time, window);
    this.currentPositions = currentAt(set, time);
  }

  /** How many events are visible. */
  get size(): number {
    return this.positions.length;
  }
  /** The k-th visible event in time order (0: the earliest). */
  eventAt(k: number): TimeEvent | undefined {
    const p = this.positions[k];
    return p === undefined ? undefined : this.#events[p];
  }
  /** Whether the event at `position` happens at this very time. */
  isCurrent(position: number): boolean {
    const first = this.set.index.first[position] as number;
    const last = this.set.index.last[position] as number;
    return first <= this.time && this.time < last + 1;
  }
  get visible(): readonly TimeEvent[] {
    this.#visible ??= Array.from(this.positions, (p) => this.#events[p] as TimeEvent);
    return this.#visible;
  }
  get current(): readonly TimeEvent[] {
    this.#current ??= Array.from(this.currentPositions, (p) => this.#events[p] as TimeEvent);
    return this.#current;
  }
  get recency(): ReadonlyMap<string, number> {
    if (!this.#recency) {
      const fade = fadeDays(this.window);
      const recency = new Map<string, number>();
      for (const p of this.positions) {
        const age = Math.max(0, this.time - ((this.set.index.last[p] as number) + 1));
        recency.set((this.#events[p] as TimeEvent).id, Math.max(0, 1 - age / fade));
      }
      this.#recency = recency;
    }
    return this.#recency;
  }

  /**
   * The most specific of the events happening now, as `mostSpecific` ranks them: the shortest
   * span; among equals the most claims, then most sources, then the latest.
   */
  mostSpecific(): TimeEvent | undefined {
    let best: number | undefined;
    for (const p of this.currentPositions) {
      if (best === undefined || this.#compare(p, best) > 0) best = p;
    }
    return best === undefined ? undefined : this.#events[best];
  }

  #compare(a: number, b: number): number {
    const { first, last } = this.set.index;
    const ea = this.#events[a] as TimeEvent;
    const eb = this.#events[b] as TimeEvent;
    return (
      -((last[a] as number) - (first[a] as number)) + ((last[b] as number) - (first[b] as number)) ||
      ea.claims.length - eb.claims.length ||
      ea.sources.length - eb.sources.length ||
      (first[a] as number) - (first[b] as number)
    );
  }
}
