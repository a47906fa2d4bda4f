/**
 * The ends of a link a text describes: "the corridor linking the port of Basra to the Turkish
 * border", "the highway, which links Osh with Bishkek", "the bridge that connects Rosso and
 * Rosso-Béthio". A road, a railway, a bridge or a pipeline that links two places is told by its
 * ends; neither end is where the event of the sentence happened (the bridge may be, but the text
 * does not say where on it), so both are only mentioned.
 *
 * @example
 * isLinkEnd('a railway linking Kano to Maradi', { start: 17, end: 21 }) // true (Kano)
 */

/** "linking", "which links", "that connected", then the place (past "the port of"). */
const LINK_BEFORE =
  /\b(?:link(?:s|ing|ed)?|connect(?:s|ing|ed)?)\s+(?:the\s+)?(?:(?:port|city|town|capital|village|state|province|region)\s+of\s+(?:the\s+)?)?$/u;
/** "linking Kano to", "connecting Kano and": what the first end needs after it. */
const FIRST_END_AFTER = /^\s+(?:to|with|and)\s+(?:the\s+)?\p{L}/u;
/** "linking Kano to Maradi", "that links the port of Kano with": the second end, in one clause. */
const SECOND_END_BEFORE =
  /\b(?:link(?:s|ing|ed)?|connect(?:s|ing|ed)?)\s+[^,;.:!?]{1,50}?\s+(?:to|with|and)\s+(?:the\s+)?(?:(?:port|city|town|capital|village|state|province|region)\s+of\s+(?:the\s+)?)?$/u;
/** "closed after flooding linked to the storm": a cause, not a road. */
const LINKED_TO_CAUSE = /\blinked\s+to\s+$/u;

/** Whether the place at `[m.start, m.end)` of `text` is one end of a link the text describes. */
export function isLinkEnd(text: string, m: { start: number; end: number }): boolean {
  const before = text.slice(Math.max(0, m.start - 90), m.start);
  if (!/\b(?:link|connect)/u.test(before)) return false;
  if (LINKED_TO_CAUSE.test(before)) return false;
  if (LINK_BEFORE.test(before)) return FIRST_END_AFTER.test(text.slice(m.end, m.end + 20));
  return SECOND_END_BEFORE.test(before);
}
