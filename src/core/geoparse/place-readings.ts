/**
 * The readings of which place an event gets that extract-events.ts calls once each (issue 18,
 * round twelve), gathered so the extractor names them in one line: a place in what someone said
 * is only mentioned, and so is a government's seat appealed to, "the town" of a clause that names its places in passing, a foreign ministry
 * at its capital, a court at its town, and a placeless event at the place of the same day's event
 * told just before.
 *
 * @example
 * roleHere(text, clause, belgrade, talks) // 'mentioned': "where she said the government in Belgrade …"
 */
import type { PlaceRole } from '../dataset/schema.ts';
import type { Span } from './event-parts.ts';
import type { DraftPlace, PlaceContext } from './event-places.ts';
import type { PlaceMatcher, PlaceMention } from './match-context.ts';
import type { Trigger } from './triggers.ts';
import { fallbackPlace, isLocating, roleOf } from './event-place-roles.ts';
import { inWhatWasSaid } from './said-content.ts';
import { ministryAtCapital } from './ministry-capital.ts';
import { isAddressee } from './addressee-place.ts';

export { courtSeat } from './court-seat.ts';
export { sameDayPlace } from './same-day-place.ts';

/**
 * The role of `m` for `trigger`: as roleOf reads it, but only mentioned in what was said after the
 * trigger, or as the seat of a government appealed to ("calling on the authorities in Kabul").
 */
export const roleHere = (text: string, clause: Span, m: PlaceMention, trigger: Trigger): PlaceRole =>
  inWhatWasSaid(text, m, trigger) || isAddressee(text, clause, m) ? 'mentioned' : roleOf(text, clause, m, trigger);

/**
 * Whether "the town" of a clause may be the settlement named just before: when the clause names
 * no place, or only in passing ("Kashmar's governor said the town had held a drill") for an event
 * that is not the words naming an anchor.
 */
export const townTold = (placesNamed: number, anchored: boolean, drafted: readonly DraftPlace[]) =>
  placesNamed === 0 || (!anchored && !drafted.some(isLocating));

/** fallbackPlace, after the capital of a foreign ministry that acts (ministry-capital.ts). */
export function placeFallback(
  text: string,
  drafted: DraftPlace[],
  free: readonly PlaceMention[],
  scene: ReadonlySet<PlaceMention>,
  inAnchor: (s: { start: number; end: number }) => boolean,
  mainCountry: DraftPlace | null,
  trigger: Trigger,
  matcher: PlaceMatcher,
  context: PlaceContext,
  notes: string[],
): void {
  if (!ministryAtCapital(text, drafted, free, trigger, matcher, context, notes))
    fallbackPlace(text, drafted, free, scene, inAnchor, mainCountry, context, notes);
}
