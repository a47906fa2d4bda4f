/**
 * "is due to meet in Colombo next Monday, the first such meeting since last year", "it was the
 * 31st such arrest this year": a trigger word after "such" names the kind of the event just told,
 * to count or compare it, and tells no event of its own (nor lends it the date it is counted by).
 */
/** "such", "such a", "the first such", with up to one word between ("such mass arrests"). */
const SUCH_BEFORE = /\bsuch\s+(?:an?\s+)?(?:\p{Ll}+\s+)?$/u;
/** How far before a trigger "such" is looked for. */
const REACH = 24;

/** Whether the trigger at `t` is told as "such X": the kind of an event told, not an event. */
export function toldAsSuch(text: string, t: { start: number }): boolean {
  return SUCH_BEFORE.test(text.slice(Math.max(0, t.start - REACH), t.start));
}
