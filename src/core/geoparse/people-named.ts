/**
 * "members of the Utmanzai tribe began a sit-in", "elders of the Marri clan": a place's name
 * before "tribe" or "clan" names people, wherever they are, not a place anything happened at.
 *
 * @example
 * placeHere('the Utmanzai tribe began a sit-in', utmanzai) // false
 *
 * Nor is a settlement's name before "valley" or "mountains" (landmark-names.ts): "the Rodna
 * mountains" are no town.
 */
import { isPlaceHere } from './event-place-roles.ts';
import type { PlaceMention } from './find-places.ts';
import { namesLandform } from './landmark-names.ts';

const PEOPLE_AFTER = /^\s+(?:tribes?|tribesmen|clans?)\b/u;

/** Whether mention `m` names a place here (as isPlaceHere reads it) and not a people named after it. */
export function placeHere(text: string, m: PlaceMention): boolean {
  return isPlaceHere(text, m) && !PEOPLE_AFTER.test(text.slice(m.end, m.end + 12)) && !namesLandform(text, m);
}
