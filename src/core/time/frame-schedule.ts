/**
 * The frames of a recorded playback: which story day each video frame shows. A recording steps
 * the time frame by frame (never by the wall clock), so the video is the same however long each
 * frame takes to draw.
 */
import { formatDay } from './day.ts';

/** What to record: a range of days, at a playback speed, at a frame rate. */
export interface FramePlan {
  /** First epoch day shown. */
  from: number;
  /** Last epoch day shown (the last frame shows it). */
  to: number;
  /** Days of story time per second of video. */
  daysPerSecond: number;
  /** Frames per second of video. */
  fps: number;
}

/** Longest recording: past this a browser tab holds too many frames in memory. */
export const MAX_VIDEO_SECONDS = 600;

export interface FrameSchedule {
  frames: number;
  /** Length of the video in seconds (`frames / fps`). */
  seconds: number;
  /** The story day frame `i` shows, from `from` to `to`. */
  timeAt(i: number): number;
}

/**
 * What is wrong with a plan, in words for the person who chose it, or `undefined` when nothing is.
 *
 * @example planProblem({ from: 15050, to: 15040, daysPerSecond: 7, fps: 30 })
 * // "the end (2011-03-07) is before the start (2011-03-17)"
 */
export function planProblem(plan: FramePlan): string | undefined {
  const { from, to, daysPerSecond, fps } = plan;
  if (!Number.isFinite(from) || !Number.isFinite(to)) return 'the start and the end must both be dates';
  if (to <= from) return `the end (${formatDay(to)}) must be after the start (${formatDay(from)})`;
  if (!Number.isFinite(daysPerSecond) || daysPerSecond <= 0) return 'the speed must be above 0 days per second';
  if (!Number.isInteger(fps) || fps < 1) return `the frame rate must be a whole number above 0, got ${fps}`;
  const seconds = (to - from) / daysPerSecond;
  if (seconds > MAX_VIDEO_SECONDS) {
    return `at this speed the video would last ${Math.round(seconds)} s; choose a faster speed or a shorter range (at most ${MAX_VIDEO_SECONDS} s)`;
  }
  return undefined;
}

/**
 * The frames of a plan: `round(seconds × fps)` frames (at least 2, the start and the end), evenly
 * spaced in story time, the first at `from` and the last at `to`.
 *
 * @example
 * const s = frameSchedule({ from: 15050, to: 15071, daysPerSecond: 7, fps: 30 });
 * s.frames // 90 (3 seconds)
 * s.timeAt(0) // 15050
 * s.timeAt(89) // 15071
 */
export function frameSchedule(plan: FramePlan): FrameSchedule {
  const problem = planProblem(plan);
  if (problem) throw new RangeError(`cannot record: ${problem}`);
  const { from, to, daysPerSecond, fps } = plan;
  const frames = Math.max(2, Math.round(((to - from) / daysPerSecond) * fps));
  const step = (to - from) / (frames - 1);
  return {
    frames,
    seconds: frames / fps,
    timeAt(i) {
      if (!Number.isInteger(i) || i < 0 || i >= frames) {
        throw new RangeError(`frame ${i} is not one of the ${frames} frames (0 to ${frames - 1})`);
      }
      return i === frames - 1 ? to : from + i * step;
    },
  };
}
