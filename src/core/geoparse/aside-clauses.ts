/**
 * "went to the polls on Saturday to choose a successor to the late mayor, who died … in
 * Kathmandu on 9 October 2024. The next day, …": a relative clause with a date of its own tells
 * an earlier event of its own, as an aside about someone in the sentence. Its places are that
 * event's, not the main clause's (event-parts.ts ends the clause at ", who … on 9 October 2024");
 * and, like a flashback, it is no step of the story's thread: "the next day" after it counts
 * from the event the sentence told, never from the aside, even in the sentence right after.
 */
import type { Span } from './event-parts.ts';

const RELATIVE_CLAUSE = /^who\s/u;
const asides = new WeakSet<object>();

/** Whether a clause is a relative clause about someone ("who died … on 9 October 2024"). */
export const isAsideClause = (clause: Span): boolean => RELATIVE_CLAUSE.test(clause.text);

/** Marks an event told in an aside clause. */
export function markAside(event: object | undefined): void {
  if (event) asides.add(event);
}

/**
 * Whether "the next day" in sentence `sentence` counts from `last`, the event dated just before:
 * a flashback ("had left Rawalpindi on Monday") goes on in the sentence right after it; an
 * aside never does (both are no step of the thread otherwise: link-events.ts `resolveLinks`).
 */
export function flashbackGoesOn(last: { flashback: boolean; sentence: number } | undefined, sentence: number) {
  return last !== undefined && last.flashback && !asides.has(last) && last.sentence >= sentence - 1;
}
