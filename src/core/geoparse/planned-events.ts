/**
 * An event the article says will happen in the coming days ("the chief minister will visit Quetta
 * on Friday") is an event on that day too: a reader puts it on the timeline. Only a day within a
 * week of publication counts, told with "will" or "shall", at a place the clause names itself.
 * "is expected to", "is due to" and "would" are left out: the labelled sets disagree on them
 * ("is expected to travel to Astana on May 23" is no event in one, "is due to chair a meeting in
 * Mashhad on Thursday" is in another), and "would" is as often a condition ("would extend the
 * strike … unless").
 */
import type { Span } from './event-parts.ts';
import type { ClauseVerb } from './clause-verbs.ts';
import { lemmaOf, verbClassOf } from './clause-verbs.ts';
import type { DaySpanDraft } from './resolve-dates.ts';

/** How many days after publication a planned event may be: the coming week. */
export const PLAN_WINDOW_DAYS = 7;

/** A day in the week after publication: the span of a plan, not of what happened. */
export function isPlannedDay(span: DaySpanDraft | null, published: number): boolean {
  if (span === null || span.precision !== 'day') return false;
  const first = span.first ?? span.last;
  return first > published && first <= published + PLAN_WINDOW_DAYS;
}

/**
 * "will visit", "will be held": the verb "will" puts ahead, with its type ("visit") or `other`.
 * Offsets are the text's.
 */
const PLAN_VERB = /\b(?:will|shall)\s+(?:\p{Ll}+ly\s+)?(?:be\s+)?(\p{Ll}{3,})\b/u;
/** Words a helper may stand before that tell no event: "will continue", "would not". */
const NO_PLAN = new Set(['not', 'continue', 'remain', 'stay', 'keep', 'also', 'try', 'seek', 'need', 'have', 'like']);

export function plannedVerb(clause: Span): ClauseVerb | null {
  const m = PLAN_VERB.exec(clause.text);
  const word = m?.[1];
  if (!m || !word || NO_PLAN.has(word)) return null;
  const lemma = lemmaOf(word);
  const start = clause.start + m.index + m[0].length - word.length;
  return { start, end: start + word.length, text: word, type: verbClassOf(lemma) ?? 'other', lemma };
}
