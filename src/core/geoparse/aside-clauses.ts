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

/** A blank line: the end of a paragraph. */
const PARAGRAPH_BREAK = /\n[^\S\n]*\n/u;
/** Words that keep a sentence in the flashback's scene: "was shot dead at the scene", "had", "at the time". */
const IN_THE_SCENE = /\b(?:at the scene|at the time|had)\b/u;
const SENTENCE_END = /(?<=[.!?])\s+/u;

/**
 * Whether "the next day" in sentence `sentence` counts from `last`, the event dated just before:
 * a flashback ("had left Rawalpindi on Monday") goes on in the sentence right after it, and on
 * through its paragraph while each sentence between tells its scene ("Their captivity had started
 * on 14 March, when … The driver was shot dead at the scene. Two days later, the car was found");
 * an aside never does (both are no step of the thread otherwise: link-events.ts `resolveLinks`).
 * `between` is the text from `last` to the date that counts from it.
 */
export function flashbackGoesOn(
  last: { flashback: boolean; sentence: number } | undefined,
  sentence: number,
  between = '',
) {
  if (last === undefined || !last.flashback || asides.has(last)) return false;
  if (last.sentence >= sentence - 1) return true;
  const told = between.split(SENTENCE_END).slice(1, -1);
  return !PARAGRAPH_BREAK.test(between) && told.length > 0 && told.every((x) => IN_THE_SCENE.test(x));
}

/**
 * "When the two men walked out of the scrubland last Friday, … The morning after the release they
 * were flown to Bamako": words naming an event no sentence told as such, after which the event
 * came, name the story's own: the first told, in the story's order (`toldBefore`: a log told
 * newest first tells earlier events further down), of the events with a day of their own (not
 * counted from another, not a flashback) told before them. An event before them ("on the eve of
 * the vote") may count from one still to come, which the story need not have told.
 */
export function storyEvent<P extends StoryEvent>(
  pending: readonly P[],
  d: P,
  toldBefore: (a: number, b: number) => boolean = (a, b) => a < b,
): P | undefined {
  if ((d.date?.link?.days ?? -1) < 0) return undefined;
  let first: P | undefined;
  for (const p of pending) {
    if (!toldBefore(p.at, d.at) || p.flashback || p.span?.precision !== 'day' || p.date?.link) continue;
    if (!first || toldBefore(p.at, first.at)) first = p;
  }
  return first;
}
interface StoryEvent {
  at: number;
  flashback: boolean;
  span: { precision: string; first: number | null } | null;
  date: { link?: { days: number } } | null;
}
