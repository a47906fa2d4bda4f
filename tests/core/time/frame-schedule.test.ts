import { describe, expect, test } from 'vitest';
import { frameSchedule, planProblem, MAX_VIDEO_SECONDS } from '../../../src/core/time/frame-schedule.ts';

const MARCH_17 = 15050; // 2011-03-17

describe('frameSchedule', () => {
  test.each([
    { plan: { from: MARCH_17, to: MARCH_17 + 21, daysPerSecond: 7, fps: 30 }, frames: 90, seconds: 3 },
    { plan: { from: MARCH_17, to: MARCH_17 + 30, daysPerSecond: 30, fps: 10 }, frames: 10, seconds: 1 },
    { plan: { from: MARCH_17, to: MARCH_17 + 1, daysPerSecond: 30, fps: 10 }, frames: 2, seconds: 0.2 },
  ])('$plan.daysPerSecond days/s at $plan.fps fps: $frames frames', ({ plan, frames, seconds }) => {
    const s = frameSchedule(plan);
    expect(s.frames).toBe(frames);
    expect(s.seconds).toBeCloseTo(seconds, 9);
    expect(s.timeAt(0)).toBe(plan.from);
    expect(s.timeAt(frames - 1)).toBe(plan.to);
  });

  test('frames are evenly spaced and never go backwards', () => {
    const s = frameSchedule({ from: MARCH_17, to: MARCH_17 + 21, daysPerSecond: 7, fps: 30 });
    const times = Array.from({ length: s.frames }, (_, i) => s.timeAt(i));
    const steps = times.slice(1).map((t, i) => t - (times[i] as number));
    for (const d of steps) expect(d).toBeCloseTo(21 / 89, 9);
  });

  test('a frame outside the schedule is an error that names the range', () => {
    const s = frameSchedule({ from: MARCH_17, to: MARCH_17 + 21, daysPerSecond: 7, fps: 30 });
    expect(() => s.timeAt(90)).toThrow('frame 90 is not one of the 90 frames (0 to 89)');
    expect(() => s.timeAt(-1)).toThrow(RangeError);
  });
});

describe('planProblem', () => {
  test.each([
    {
      plan: { from: MARCH_17, to: MARCH_17 - 10, daysPerSecond: 7, fps: 30 },
      message: /end \(2011-03-07\) must be after the start \(2011-03-17\)/,
    },
    { plan: { from: MARCH_17, to: MARCH_17, daysPerSecond: 7, fps: 30 }, message: /must be after the start/ },
    { plan: { from: MARCH_17, to: MARCH_17 + 10, daysPerSecond: 0, fps: 30 }, message: /speed must be above 0/ },
    {
      plan: { from: MARCH_17, to: MARCH_17 + 10, daysPerSecond: 7, fps: 2.5 },
      message: /frame rate must be a whole number/,
    },
    { plan: { from: Number.NaN, to: MARCH_17, daysPerSecond: 7, fps: 30 }, message: /must both be dates/ },
    {
      plan: { from: 0, to: (MAX_VIDEO_SECONDS + 1) * 7, daysPerSecond: 7, fps: 30 },
      message: /would last 601 s/,
    },
  ])('$message', ({ plan, message }) => {
    expect(planProblem(plan)).toMatch(message);
    expect(() => frameSchedule(plan)).toThrow(message);
  });

  test('a good plan has no problem', () => {
    expect(planProblem({ from: MARCH_17, to: MARCH_17 + 21, daysPerSecond: 7, fps: 30 })).toBeUndefined();
  });
});
