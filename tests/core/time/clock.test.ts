import { describe, expect, it } from 'vitest';
import {
  PlaybackClock,
  SPEEDS,
  speedLabel,
  stepToEvent,
  type ClockState,
  type FrameScheduler,
} from '../../../src/core/time/clock.ts';

/** A wall clock and frame scheduler the test moves by hand. */
class FakeFrames implements FrameScheduler {
  nowMs = 0;
  #next = 1;
  readonly pending = new Map<number, (t: number) => void>();
  readonly now = () => this.nowMs;
  request(callback: (t: number) => void): number {
    const id = this.#next++;
    this.pending.set(id, callback);
    return id;
  }
  cancel(id: number): void {
    this.pending.delete(id);
  }
  /** Move real time forward and run the frames that were waiting. */
  advance(ms: number): void {
    this.nowMs += ms;
    const due = [...this.pending];
    this.pending.clear();
    for (const [, callback] of due) callback(this.nowMs);
  }
}

const RANGE = { first: 100, last: 200 };

function setup(options: { time?: number; speed?: number } = {}) {
  const frames = new FakeFrames();
  const clock = new PlaybackClock({ now: frames.now, scheduler: frames, range: RANGE, ...options });
  const ticks: ClockState[] = [];
  clock.onTick((s) => ticks.push(s));
  return { frames, clock, ticks };
}

describe('PlaybackClock', () => {
  it('starts paused at the first day by default', () => {
    const { clock } = setup();
    expect(clock.state).toEqual({ time: RANGE.first, playing: false, speed: 7, range: RANGE });
  });

  it.each([
    { speed: 1, ms: 1000, expected: 101 },
    { speed: 7, ms: 1000, expected: 107 },
    { speed: 30, ms: 500, expected: 115 },
    { speed: 3, ms: 2500, expected: 107.5 },
  ])('plays $speed days/s: after $ms ms the time is $expected', ({ speed, ms, expected }) => {
    const { frames, clock } = setup({ speed });
    clock.play();
    frames.advance(ms);
    expect(clock.time).toBeCloseTo(expected, 9);
    expect(clock.playing).toBe(true);
  });

  it('does not drift over many uneven frames', () => {
    const { frames, clock } = setup({ speed: 1 });
    clock.play();
    const steps = [16.7, 16.6, 33.4, 0.1, 16.7, 16.5];
    for (let i = 0; i < 300; i++) frames.advance(steps[i % steps.length] as number);
    expect(clock.time).toBe(RANGE.first + frames.nowMs / 1000);
  });

  it('changes speed mid-play, keeping the time reached', () => {
    const { frames, clock } = setup({ speed: 1 });
    clock.play();
    frames.advance(2000); // 102
    clock.setSpeed(14);
    expect(clock.time).toBe(102);
    frames.advance(500); // + 7
    expect(clock.time).toBe(109);
  });

  it('keeps the exact time on speed change between frames', () => {
    const { frames, clock } = setup({ speed: 1 });
    clock.play();
    frames.advance(1000); // frame at 101
    frames.nowMs += 500; // no frame yet: real time is at 101.5
    clock.setSpeed(10);
    expect(clock.time).toBe(101.5);
    frames.advance(100);
    expect(clock.time).toBe(102.5);
  });

  it('stops at the end of the range, exactly on the last day', () => {
    const { frames, clock, ticks } = setup({ speed: 30, time: 190 });
    clock.play();
    frames.advance(1000); // would be 220
    expect(clock.state).toMatchObject({ time: RANGE.last, playing: false });
    expect(frames.pending.size).toBe(0);
    expect(ticks.at(-1)).toMatchObject({ time: RANGE.last, playing: false });
  });

  it('plays from the end by starting over at the first day', () => {
    const { frames, clock } = setup({ time: RANGE.last, speed: 1 });
    clock.play();
    expect(clock.time).toBe(RANGE.first);
    frames.advance(1000);
    expect(clock.time).toBe(RANGE.first + 1);
  });

  it('pauses at the time reached now and resumes from it', () => {
    const { frames, clock } = setup({ speed: 2 });
    clock.play();
    frames.advance(1000); // 102
    frames.nowMs += 250; // between frames: 102.5
    clock.pause();
    expect(clock.state).toMatchObject({ time: 102.5, playing: false });
    expect(frames.pending.size).toBe(0);
    frames.advance(10_000); // paused: nothing moves
    expect(clock.time).toBe(102.5);
    clock.play();
    frames.advance(1000);
    expect(clock.time).toBe(104.5);
  });

  it('toggles between playing and paused', () => {
    const { clock } = setup();
    clock.toggle();
    expect(clock.playing).toBe(true);
    clock.toggle();
    expect(clock.playing).toBe(false);
  });

  it('seeks while playing and continues from there', () => {
    const { frames, clock } = setup({ speed: 1 });
    clock.play();
    frames.advance(3000); // 103
    clock.seek(150);
    expect(clock.time).toBe(150);
    frames.advance(1000);
    expect(clock.time).toBe(151);
    expect(clock.playing).toBe(true);
  });

  it.each([
    { day: 50, expected: RANGE.first },
    { day: 150.25, expected: 150.25 },
    { day: 500, expected: RANGE.last },
  ])('seek($day) clamps into the range: $expected', ({ day, expected }) => {
    const { clock } = setup();
    clock.seek(day);
    expect(clock.time).toBe(expected);
  });

  it('clamps the time into a new range', () => {
    const { clock } = setup({ time: 150 });
    clock.setRange({ first: 0, last: 120 });
    expect(clock.state).toMatchObject({ time: 120, range: { first: 0, last: 120 } });
  });

  it('does not request a second frame when play is called twice', () => {
    const { frames, clock } = setup();
    clock.play();
    clock.play();
    expect(frames.pending.size).toBe(1);
  });

  it('notifies listeners of changes and lets them unsubscribe', () => {
    const { frames, clock } = setup({ speed: 1 });
    const seen: number[] = [];
    const stop = clock.onTick((s) => seen.push(s.time));
    clock.play();
    frames.advance(1000);
    stop();
    frames.advance(1000);
    expect(seen).toEqual([100, 101]);
  });

  it('ignores a stale frame callback after pause', () => {
    const frames = new FakeFrames();
    const clock = new PlaybackClock({ now: frames.now, scheduler: frames, range: RANGE, speed: 1 });
    clock.play();
    const [stale] = [...frames.pending.values()];
    clock.pause();
    frames.nowMs += 5000;
    stale?.(frames.nowMs);
    expect(clock.state).toMatchObject({ time: RANGE.first, playing: false });
  });

  it('destroy cancels the pending frame', () => {
    const { frames, clock } = setup();
    clock.play();
    clock.destroy();
    expect(frames.pending.size).toBe(0);
    expect(clock.playing).toBe(false);
  });

  it.each([
    { name: 'NaN seek', act: (c: PlaybackClock) => c.seek(Number.NaN) },
    { name: 'zero speed', act: (c: PlaybackClock) => c.setSpeed(0) },
    { name: 'negative speed', act: (c: PlaybackClock) => c.setSpeed(-1) },
    { name: 'reversed range', act: (c: PlaybackClock) => c.setRange({ first: 10, last: 5 }) },
  ])('rejects $name with a plain error', ({ act }) => {
    const { clock } = setup();
    expect(() => act(clock)).toThrow(RangeError);
  });
});

describe('speedLabel', () => {
  it('labels every offered speed', () => {
    expect(SPEEDS.map(speedLabel)).toEqual(['1 day/s', '3 days/s', '1 week/s', '2 weeks/s', '1 month/s']);
  });
});

describe('stepToEvent', () => {
  const times = [10, 12, 12, 20, 35];
  it.each([
    { current: 12, direction: 1, expected: 20 },
    { current: 12, direction: -1, expected: 10 },
    { current: 11.5, direction: 1, expected: 12 },
    { current: 12.5, direction: -1, expected: 12 },
    { current: 0, direction: 1, expected: 10 },
    { current: 0, direction: -1, expected: undefined },
    { current: 35, direction: 1, expected: undefined },
    { current: 99, direction: -1, expected: 35 },
    { current: 10, direction: -1, expected: undefined },
  ] as const)('from $current in direction $direction: $expected', ({ current, direction, expected }) => {
    expect(stepToEvent(times, current, direction)).toBe(expected);
  });

  it('finds nothing in an empty list', () => {
    expect(stepToEvent([], 5, 1)).toBeUndefined();
  });
});
