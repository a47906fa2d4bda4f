/**
 * File names for pictures and videos of the map that say what they show: the day (or the range
 * of days) and the event that is open, e.g. `time-atlas-2011-03-17-datta-khel-strike.png`.
 */
import { formatDay } from '../time/day.ts';

export type MediaExtension = 'png' | 'webm' | 'gif';

export interface MediaShown {
  /** The epoch day shown, or the first day of a video. */
  from: number;
  /** The last day of a video. */
  to?: number;
  /** Id of the event open on the map, if any. */
  event?: string | null;
}

/**
 * @example mediaFileName({ from: 15050, event: 'datta-khel-strike' }, 'png')
 * // "time-atlas-2011-03-17-datta-khel-strike.png"
 * mediaFileName({ from: 15036, to: 15126 }, 'webm') // "time-atlas-2011-03-03-to-2011-06-01.webm"
 */
export function mediaFileName(shown: MediaShown, extension: MediaExtension): string {
  const days =
    shown.to === undefined || Math.floor(shown.to) === Math.floor(shown.from)
      ? formatDay(Math.floor(shown.from))
      : `${formatDay(Math.floor(shown.from))}-to-${formatDay(Math.floor(shown.to))}`;
  // Event ids are already lower-case words and hyphens (the dataset schema): safe in a file name.
  const event = shown.event ? `-${shown.event}` : '';
  return `time-atlas-${days}${event}.${extension}`;
}
