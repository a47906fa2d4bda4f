/**
 * The frames of a recorded playback: which story day each video frame shows. A recording steps
 * the time frame by frame (never by the wall clock), so the video is the same however long each
 * frame takes to draw.
 */
import { say, type Message } from '../text/translate.ts';
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
  const problem = planProblemMessage(plan);
  return problem && say('en', problem);
}

/** {@link planProblem} as a message for the reader's language (`video.plan.*`). */
export function planProblemMessage(plan: FramePlan): Message | undefined {
  const { from, to, daysPerSecond, fps } = plan;
  if (!Number.isFinite(from) || !Number.isFinite(to)) return { key: 'video.plan.notDates' };
  if (to <= from) return { key: 'video.plan.endFirst', params: { from: formatDay(from), to: formatDay(to) } };
  if (!Number.isFinite(daysPerSecond) || daysPerSecond <= 0) return { key: 'video.plan.speed' };
  if (!Number.isInteger(fps) || fps < 1) return { key: 'video.plan.fps', params: { fps: String(fps) } };
  const seconds = (to - from) / daysPerSecond;
  if (seconds > MAX_VIDEO_SECONDS) {
    return { key: 'video.plan.tooLong', params: { seconds: Math.round(seconds), max: MAX_VIDEO_SECONDS } };
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
