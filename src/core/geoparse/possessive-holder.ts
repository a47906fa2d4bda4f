/**
 * "Dodoma's Majengo market", "Pakistan's Swat valley", "Iran's consulate in Peshawar": a place in
 * the possessive before another place of the draft holds it or owns a thing there, as "Majengo, in
 * Dodoma" would say. The event is at the place after; the holder stays a place the draft mentions.
 * Before a name that is no place of the draft ("Guayaquil's Albán Borja judicial complex") the
 * holder is the place.
 */
import type { DraftPlace } from './event-places.ts';
import { isLocating } from './event-place-roles.ts';

/** "'s " then up to two lower-case words ("Zanzibar's historic Stone Town", "Iran's consulate in "): all between. */
const POSSESSIVE_GAP = /^['’]s\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}$/u;
const APOSTROPHES: ReadonlySet<string> = new Set(["'", '’']);
/** The longest such gap worth reading. */
const GAP_REACH = 40;

/** Leaves a place told in the possessive before another place of the draft only mentioned. */
export function holdersMentioned(places: DraftPlace[], text: string): void {
  const located = places.filter((p) => isLocating(p) && !p.fallback);
  if (located.length < 2) return;
  for (const holder of located) {
    const end = holder.mention.end;
    if (!APOSTROPHES.has(text.charAt(end)) || text.charAt(end + 1) !== 's') continue;
    const held = located.find(
      (q) =>
        q !== holder &&
        q.mention.start > end &&
        q.mention.start - end <= GAP_REACH &&
        POSSESSIVE_GAP.test(text.slice(end, q.mention.start)),
    );
    if (held) holder.role = 'mentioned';
  }
}
