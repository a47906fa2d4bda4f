/**
 * The spans and tests the event extractor asks of a sentence's clauses: where the words naming an
 * anchor event end, who is said to say a clause, and the tests of a span against a clause or a
 * sentence's anchors. The tests are made by the functions here, once per clause or trigger, as
 * plain closures: a named arrow made in a loop costs a `name` property under tsx (esbuild's
 * keepNames), which the bench runs under.
 */
import type { DateMention } from './resolve-dates.ts';
import type { Span } from './event-parts.ts';
import { isRouteEnd, isWherePlace } from './event-places.ts';
import { isWhereTheHurtWereTaken } from './care-places.ts';
import { isSourcePlace } from './source-places.ts';
import { isOrigin } from './from-places.ts';
import { isApposedReference } from './town-before.ts';
import { isTold, type Trigger } from './triggers.ts';
import { nearestTrigger } from './pick-events.ts';

interface Range {
  start: number;
  end: number;
}

export const inside = (a: Range, b: Range) => a.start >= b.start && a.end <= b.end;

/** Whether a span lies inside one of `spans` (a sentence's anchors). */
export const insideAny =
  (spans: readonly Range[]) =>
  (s: Range): boolean =>
    spans.some((a) => inside(s, a));

/** Whether a place lies in `clause`, or is the place a clause "where …" names. */
export const inClauseOf =
  (text: string, clause: Span) =>
  (m: Range): boolean =>
    inside(m, clause) || isWherePlace(text, m, clause);

/**
 * Whether a place no index holds is the clause's: in it, not in its cause, not a route's end, not
 * where the hurt were taken ("referred to hospitals in Birgunj"), and not a unit told beside
 * another place ("Nasia, a riverside town in the West Mamprusi area": the event is at Nasia).
 */
export const unknownOfClause =
  (text: string, inClause: (m: Range) => boolean, why: Range | null) =>
  (u: Range): boolean =>
    inClause(u) &&
    !(why && inside(u, why)) &&
    !isRouteEnd(text, u) &&
    !isSourcePlace(text, u) &&
    !isOrigin(text, u) &&
    !isWhereTheHurtWereTaken(text, u.start) &&
    !isApposedReference(text, u);

/** Whether `a`–`b` overlaps a place, known or unknown. */
export const coveredBy =
  (known: readonly Range[], unknown: readonly Range[]) =>
  (a: number, b: number): boolean =>
    known.some((m) => m.start < b && a < m.end) || unknown.some((u) => u.start < b && a < u.end);

/**
 * Whether a trigger is the clause's own: in it, in no date, no saying and no cause, and told as
 * done (or planned, when the clause tells a plan).
 */
export const usableIn =
  (text: string, clause: Span, dates: readonly Range[], said: Span | null, why: Range | null, planned: boolean) =>
  (t: Trigger): boolean =>
    inside(t, clause) &&
    !dates.some((d) => inside(t, d)) &&
    !(said && inside(t, said)) &&
    !(why && inside(t, why)) &&
    (planned || isTold(text, t));

/** Whether a place is `trigger`'s: on its side of the anchors, and nearest it of `peers`. */
export const ownedBy =
  (inAnchor: (s: Range) => boolean, anchored: boolean, peers: readonly Trigger[], trigger: Trigger) =>
  (p: Range): boolean =>
    inAnchor(p) === anchored && nearestTrigger(p, peers) === trigger;

/**
 * Where the words naming an anchor event end: at the clause's next comma, past any name set off
 * by commas ("the release of a CIA contractor, Raymond Davis, from a Lahore prison").
 */
export const isClosed = (d: DateMention) => d.link?.anchor !== 'previous' && d.link?.anchor.closed === true;
export function anchorEnd(text: string, d: DateMention, sentence: Span): number {
  const anchor = d.link?.anchor;
  if (anchor && anchor !== 'previous' && anchor.closed) return anchor.end;
  let at = anchor && anchor !== 'previous' ? anchor.end : d.end;
  for (;;) {
    const rest = text.slice(at, sentence.end);
    const appositive = APPOSITIVE.exec(rest);
    if (appositive) {
      at += appositive[0].length;
      continue;
    }
    const stop = rest.search(/[,;]/u);
    return stop < 0 ? sentence.end : at + stop;
  }
}
const APPOSITIVE = /^[^,;]*?,\s*(?:\p{Lu}[\p{L}.'’-]*\s*){1,4},/u;

/** The words of a saying, as `attribution` reads them (case and all). */
const SAYING = /said|says|told|reported|announced|added/;

/** ", the foreign ministry in New Delhi said": who says it, not where it happened. */
export function attribution(clause: Span): Span | null {
  // The pattern is anchored at the end and V8 tries it from every comma: a clause without a
  // comma or one of its words (most clauses) is not read with it.
  if (!clause.text.includes(',') || !SAYING.test(clause.text)) return null;
  const m = /,\s+[^,;]{0,80}?\b(?:said|says|told|reported|announced|added)\b(?:\s+\p{L}+){0,3}\W*$/u.exec(clause.text);
  if (!m) return null;
  const start = clause.start + m.index;
  return { start, end: clause.end, text: m[0] };
}
