/**
 * The playback clock: moves a fractional epoch day forward at a chosen number of days per second.
 *
 * The wall clock and the frame scheduler come from outside (`performance.now` and
 * `requestAnimationFrame` in the browser, fakes in tests), so playback is deterministic under
 * test and the core stays free of the DOM.
 */
import { countOf } from '../text/count.ts';
import type { EpochSpan } from './event-times.ts';

const MS_PER_SECOND = 1000;

/** Playback speeds offered to the user, in days per second. */
export const SPEEDS = [1, 3, 7, 14, 30] as const;

/** A week a second: a dataset of about eight months plays in half a minute. */
export const DEFAULT_SPEED = 7;

const DAYS_PER_WEEK = 7;
// Near enough for a label: "1 month/s" reads better than "30 days/s".
const DAYS_PER_MONTH = 30;

/**
 * The label of a speed for the speed control: whole months or weeks when it is one, else days.
 *
 * @example speedLabel(14) // "2 weeks/s"
 */
export function speedLabel(daysPerSecond: number): string {
  const unit = (count: number, name: string) => `${countOf(count, name)}/s`;
  if (daysPerSecond % DAYS_PER_MONTH === 0) return unit(daysPerSecond / DAYS_PER_MONTH, 'month');
  if (daysPerSecond % DAYS_PER_WEEK === 0) return unit(daysPerSecond / DAYS_PER_WEEK, 'week');
  return unit(daysPerSecond, 'day');
}

/**
 * A speed as a count of one unit per second, for a message catalogue to put into words.
 *
 * @example speedParts(14) // { unit: 'weeks', count: 2 }
 */
export function speedParts(daysPerSecond: number): { unit: 'days' | 'weeks' | 'months'; count: number } {
  if (daysPerSecond % DAYS_PER_MONTH === 0) return { unit: 'months', count: daysPerSecond / DAYS_PER_MONTH };
  if (daysPerSecond % DAYS_PER_WEEK === 0) return { unit: 'weeks', count: daysPerSecond / DAYS_PER_WEEK };
  return { unit: 'days', count: daysPerSecond };
}

/** The part of `requestAnimationFrame` the clock uses. */
export interface FrameScheduler {
  request(callback: (timestamp: number) => void): number;
  cancel(id: number): void;
}

/** What the clock shows at one moment; handed to every tick listener. */
export interface ClockState {
  /** Fractional epoch day; always within `range` (from `first` to the start of `last`). */
  time: number;
  playing: boolean;
  /** Days of story time per second of real time. */
  speed: number;
  range: EpochSpan;
}

/** How to build a {@link PlaybackClock}. */
export interface PlaybackClockOptions {
  /** Current real time in milliseconds, e.g. `() => performance.now()`. */
  now: () => number;
  scheduler: FrameScheduler;
  range: EpochSpan;
  /** Start time; defaults to the first day of `range`. */
  time?: number;
  /** Days per second; defaults to {@link DEFAULT_SPEED}. */
  speed?: number;
}

/** Called with the new state on every frame while playing and after every change. */
export type TickListener = (state: ClockState) => void;

/**
 * A play/pause clock over a range of days.
 *
 * While playing, time is computed from the time and real instant at which playback was last
 * (re)started plus the real time elapsed since, never by adding per-frame steps, so rounding
 * errors and dropped frames do not accumulate. Playback stops at the end of the range; playing
 * again from the end starts over from the first day.
 *
 * @example
 * const clock = new PlaybackClock({ now: () => performance.now(), scheduler: {
 *   request: (cb) => requestAnimationFrame(cb), cancel: (id) => cancelAnimationFrame(id) },
 *   range: { first: 14975, last: 15188 } });
 * const stop = clock.onTick(({ time }) => map.setTime(time));
 * clock.play();
 */
export class PlaybackClock {
  readonly #now: () => number;
  readonly #scheduler: FrameScheduler;
  readonly #listeners = new Set<TickListener>();
  #range: EpochSpan;
  #time: number;
  #speed: number;
  #playing = false;
  #frame: number | undefined;
  /** Story time and real time at which playback was last (re)started. */
  #anchor = { time: 0, ms: 0 };

  constructor(options: PlaybackClockOptions) {
    this.#now = options.now;
    this.#scheduler = options.scheduler;
    this.#range = checkedRange(options.range);
    this.#speed = checkedSpeed(options.speed ?? DEFAULT_SPEED);
    this.#time = this.#clamp(checkedDay(options.time ?? options.range.first));
  }

  get time(): number {
    return this.#time;
  }

  get playing(): boolean {
    return this.#playing;
  }

  get speed(): number {
    return this.#speed;
  }

  get range(): EpochSpan {
    return { ...this.#range };
  }

  /** A snapshot of the whole state. */
  get state(): ClockState {
    return { time: this.#time, playing: this.#playing, speed: this.#speed, range: this.range };
  }

  /** Start playing; from the end of the range, start over from its first day. */
  play(): void {
    if (this.#playing) return;
    if (this.#time >= this.#range.last) this.#time = this.#range.first;
    this.#playing = true;
    this.#reanchor();
    this.#requestFrame();
    this.#notify();
  }

  /** Stop playing, keeping the time reached now (not only at the last frame). */
  pause(): void {
    if (!this.#playing) return;
    this.#time = this.#elapsedTime();
    this.#stop();
    this.#notify();
  }

  toggle(): void {
    if (this.#playing) this.pause();
    else this.play();
  }

  /** Jump to a day (clamped to the range); playback, if on, continues from there. */
  seek(day: number): void {
    this.#time = this.#clamp(checkedDay(day));
    this.#reanchor();
    this.#notify();
  }

  /** Change the speed; while playing, the time reached so far is kept and only the pace changes. */
  setSpeed(daysPerSecond: number): void {
    const speed = checkedSpeed(daysPerSecond);
    if (this.#playing) this.#time = this.#elapsedTime();
    this.#speed = speed;
    this.#reanchor();
    this.#notify();
  }

  /** Change the range (e.g. to include background events); the time is clamped into it. */
  setRange(range: EpochSpan): void {
    const next = checkedRange(range);
    if (this.#playing) this.#time = this.#elapsedTime();
    this.#range = { ...next };
    this.#time = this.#clamp(this.#time);
    this.#reanchor();
    this.#notify();
  }

  /** Listen to every frame and change; returns the function that stops listening. */
  onTick(listener: TickListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Stop playing and drop all listeners (e.g. when the view is destroyed). */
  destroy(): void {
    this.#stop();
    this.#listeners.clear();
  }

  #onFrame = (): void => {
    this.#frame = undefined;
    // A fake (or misbehaving) scheduler may still run a cancelled callback.
    if (!this.#playing) return;
    const time = this.#elapsedTime();
    if (time >= this.#range.last) {
      this.#time = this.#range.last;
      this.#stop();
    } else {
      this.#time = time;
      this.#requestFrame();
    }
    this.#notify();
  };

  #elapsedTime(): number {
    const seconds = (this.#now() - this.#anchor.ms) / MS_PER_SECOND;
    return this.#clamp(this.#anchor.time + seconds * this.#speed);
  }

  #reanchor(): void {
    this.#anchor = { time: this.#time, ms: this.#now() };
  }

  #requestFrame(): void {
    this.#frame ??= this.#scheduler.request(this.#onFrame);
  }

  #stop(): void {
    this.#playing = false;
    if (this.#frame !== undefined) this.#scheduler.cancel(this.#frame);
    this.#frame = undefined;
  }

  #clamp(day: number): number {
    return Math.min(Math.max(day, this.#range.first), this.#range.last);
  }

  #notify(): void {
    const state = this.state;
    for (const listener of [...this.#listeners]) listener(state);
  }
}

function checkedDay(day: number): number {
  if (!Number.isFinite(day)) throw new RangeError(`a playback time must be a finite epoch day, got ${day}`);
  return day;
}

function checkedSpeed(daysPerSecond: number): number {
  if (!Number.isFinite(daysPerSecond) || daysPerSecond <= 0) {
    throw new RangeError(`a playback speed must be a positive number of days per second, got ${daysPerSecond}`);
  }
  return daysPerSecond;
}

function checkedRange(range: EpochSpan): EpochSpan {
  if (!Number.isFinite(range.first) || !Number.isFinite(range.last) || range.last < range.first) {
    throw new RangeError(`a playback range needs finite days with first ≤ last, got ${range.first}–${range.last}`);
  }
  return { first: range.first, last: range.last };
}

/**
 * The nearest event day strictly after (`direction` 1) or before (`direction` -1) `current`, for
 * "next event" / "previous event" buttons; `undefined` when there is none.
 *
 * @param times event days sorted ascending (duplicates allowed)
 * @example stepToEvent([10, 12, 12, 20], 12, 1) // 20
 */
export function stepToEvent(times: readonly number[], current: number, direction: 1 | -1): number | undefined {
  if (direction === 1) return times[firstIndexAfter(times, current)];
  const before = firstIndexAtOrAfter(times, current) - 1;
  return before >= 0 ? times[before] : undefined;
}

/** Index of the first value greater than `day` (binary search). */
function firstIndexAfter(times: readonly number[], day: number): number {
  return lowerBound(times, (t) => t > day);
}

/** Index of the first value greater than or equal to `day` (binary search). */
function firstIndexAtOrAfter(times: readonly number[], day: number): number {
  return lowerBound(times, (t) => t >= day);
}

/** First index whose value satisfies a predicate that is false, then true, along `times`. */
function lowerBound(times: readonly number[], isPast: (t: number) => boolean): number {
  let low = 0;
  let high = times.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (isPast(times[mid] as number)) high = mid;
    else low = mid + 1;
  }
  return low;
}
