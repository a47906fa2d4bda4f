/**
 * "The Kutaisi Court of Appeals on Wednesday ordered a recount of ballots from precincts in
 * Tsalenjikha": a court named after its town sits in that town, so what it rules is ruled there;
 * the places its order is about, told after the verb, are what it is about, not where it was.
 *
 * @example
 * courtSeat(text, clause, ordered, drafted, matcher, context) // Kutaisi:where, Tsalenjikha:mentioned
 */
import { draftPlace, type DraftPlace, type PlaceContext } from './event-places.ts';
import type { PlaceMatcher } from './match-context.ts';
import type { Span } from './event-parts.ts';
import type { Trigger } from './triggers.ts';

/** "The Kutaisi Court of Appeals", "the Rawalpindi High Court", "the Jaffna magistrate's court": the town's words first. */
const TOWN_COURT =
  /\b[Tt]he\s+(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)??)\s+(?:(?:High|District|Sessions|Anti-Terrorism|Appeals?|[Mm]agistrate['’]s|[Mm]agistrates['’]?)\s+)?(?:Court|court|Tribunal|tribunal)\b(?:\s+of\s+Appeals?)?/u;
/** The settlements a court may be named after. */
const TOWN_KINDS: ReadonlySet<string> = new Set(['city', 'town', 'village']);

/** When the court named after a town is the one who acts in `clause`, before `trigger`: the event is at the town. */
export function courtSeat(
  text: string,
  clause: Span,
  trigger: Trigger,
  drafted: DraftPlace[],
  matcher: PlaceMatcher,
  context: PlaceContext,
): void {
  if (!/[Cc]ourt|[Tt]ribunal/u.test(clause.text)) return;
  const m = TOWN_COURT.exec(text.slice(clause.start, trigger.start));
  const words = m?.[1];
  if (!m || !words) return;
  const at = clause.start + m.index + m[0].indexOf(words);
  const town = matcher.find(words).find((t) => TOWN_KINDS.has(t.kind) && t.name === words);
  if (!town) return;
  for (const p of drafted) if (p.mention.start > trigger.end && p.role !== 'mentioned') p.role = 'mentioned';
  if (!drafted.some((p) => p.placeId === town.placeId && p.role !== 'mentioned'))
    drafted.push(draftPlace({ ...town, start: at, end: at + words.length }, 'where', context));
}
