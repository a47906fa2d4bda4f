/**
 * "two days after the Addis Ababa meeting", "the day before the Sitakunda clash": words naming
 * an anchor event by its place. Among events told alike (a meeting in Kampala, a trip to
 * Nairobi), the one at the place the words name is the one they mean, however many other words
 * another matches and whether or not it has happened yet. The events of one clause's date are
 * one scene: "flew to Kampala, where she met …" tells the talks in Kampala, though the place is
 * told with the journey.
 */
import { isLocating } from './event-place-roles.ts';
import { lemmaOf } from './clause-verbs.ts';
import type { EventDraft } from './extract-events.ts';

/** Whether all words of one of the event's own places are among the anchor's `lemmas`. */
export function atNamedPlace(places: EventDraft['places'], lemmas: readonly string[]): boolean {
  return places.some(
    (x) => isLocating(x) && (x.name.toLowerCase().match(/\p{L}+/gu) ?? []).every((w) => lemmas.includes(lemmaOf(w))),
  );
}

/** The other events told with `p`'s date mention: its scene. */
export function sceneOf<P extends { date: unknown }>(pending: readonly P[], p: P): P[] {
  return p.date ? pending.filter((x) => x !== p && x.date === p.date) : [];
}
