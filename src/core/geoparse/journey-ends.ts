/**
 * "a diplomatic push that has taken it from Kabul to Tehran", "fighting that spread from Goma to
 * Bukavu": the two ends of a way told as "from A to B". For an event that is not itself a trip, a
 * reader takes neither end as where it happened: they tell a way, a reach, a range.
 *
 * @example
 * isJourneyEnd('taken it from Kabul to Tehran in recent weeks', { start: 23, end: 29 }) // true
 */

/** "from Kabul to " right before a place: it is the far end. */
const FAR_END = /\bfrom\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s+to\s+$/u;
/** "from " before and " to Tehran" after a place: it is the near end. */
const NEAR_END_BEFORE = /\bfrom\s+$/u;
const NEAR_END_AFTER = /^\s+to\s+\p{Lu}/u;

/** Whether the place at `[start, end)` of `text` is one end of a "from A to B" way. */
export function isJourneyEnd(text: string, m: { start: number; end: number }): boolean {
  const before = text.slice(Math.max(0, m.start - 60), m.start);
  if (FAR_END.test(before)) return true;
  return NEAR_END_BEFORE.test(before) && NEAR_END_AFTER.test(text.slice(m.end, m.end + 8));
}
