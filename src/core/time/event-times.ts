/**
 * When an event happens, in epoch days (see `day.ts`), and how far a dataset reaches in time.
 * Everything that places events on the time axis (selector, density strip, slider range) reads
 * these spans, so "when" is decided in one place.
 */
import { parseCalendarDate } from './day.ts';
import type { TimeEvent } from '../dataset/schema.ts';

/** An inclusive range of whole epoch days: day `first` up to and including day `last`. */
export interface EpochSpan {
  first: number;
  last: number;
}

/**
 * The days an event covers: from the first day of its start to the last day of its end, or the
 * whole span of its start when it has no end. A month- or year-precision event therefore covers
 * the whole month or year, so it is drawn as "some time then" and never as a false point.
 *
 * Throws on a date that `eventSchema` would have rejected: events are parsed once at the edge.
 *
 * @example eventSpan({ start: '2011-03', end: undefined }) // { first: 15034, last: 15064 }
 */
export function eventSpan(event: Pick<TimeEvent, 'start' | 'end'>): EpochSpan {
  const start = parseCalendarDate(event.start);
  if (start === null) throw new Error(`event start "${event.start}" is not a calendar date`);
  if (event.end === undefined) return { first: start.first, last: start.last };
  const end = parseCalendarDate(event.end);
  if (end === null) throw new Error(`event end "${event.end}" is not a calendar date`);
  // An end is what narrows a vague start ("March, ending on the 10th"), so it wins; the max
  // only guards against an end before the start, which the schema already rejects.
  return { first: start.first, last: Math.max(start.first, end.last) };
}

/** Options of {@link datasetExtent}. */
export interface ExtentOptions {
  /**
   * Count background events (those before the period the dataset is about, such as the 2008
   * Mumbai attack). Off for the default view, so one old event does not squeeze the months the
   * dataset is about into a sliver of the slider; on for "show everything".
   */
  includeBackground: boolean;
}

/**
 * The days a set of events reaches, from the earliest first day to the latest last day.
 * Returns `undefined` when there is nothing to span. When background events are excluded but
 * every event is background, they are used anyway: an empty view helps nobody.
 *
 * @example datasetExtent(events, { includeBackground: false }) // { first: 14975, last: 15188 }
 */
export function datasetExtent(
  events: readonly TimeEvent[],
  { includeBackground }: ExtentOptions,
): EpochSpan | undefined {
  const foreground = includeBackground ? events : events.filter((e) => !e.background);
  const counted = foreground.length > 0 ? foreground : events;
  let extent: EpochSpan | undefined;
  for (const event of counted) {
    const span = eventSpan(event);
    extent =
      extent === undefined
        ? span
        : { first: Math.min(extent.first, span.first), last: Math.max(extent.last, span.last) };
  }
  return extent;
}
