/**
 * "where rescuers had been working through the night", "protesters stayed all night",
 * "shelling went on throughout the afternoon": a time of day after "through", "throughout" or
 * "all" says how long something lasted, not when an event was. It is no date: read as one, it
 * would tie the clause to the day of whatever was told before it.
 */

/** "through the", "throughout", "all", right before the time of day. */
const THROUGH_BEFORE = /\b(?:through(?:out)?|all)\s+(?:the\s+)?$/iu;
/** How far back the words before a time of day are read. */
const REACH = 16;

/** Whether the time of day at `start` in `text` is told as a stretch lasted through. */
export function lastedThrough(text: string, start: number): boolean {
  return THROUGH_BEFORE.test(text.slice(Math.max(0, start - REACH), start));
}
