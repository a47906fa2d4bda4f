/**
 * "NAIROBI: Kenya's High Court yesterday suspended a levy …": a lede that names only its country
 * tells an event in the town the story was filed from, when that town lies in the country. A
 * reader takes the dateline's city as the scene of the first sentence's news.
 */
import type { DraftPlace, PlaceContext } from './event-places.ts';
import { isLocating } from './event-place-roles.ts';
import { countryIdOf } from './place-lookups.ts';
import { LEDE_AT_STORY_TOWN } from './fallback-kinds.ts';

export { unknownStoryTown } from './dateline-town.ts';

/**
 * Puts the lede's event at `town` (the dateline's) in place of the country the fallback chose,
 * when the town lies in that country. `drafted` are the event's places; `notes` its notes.
 */
export function ledeAtStoryTown(
  drafted: DraftPlace[],
  town: DraftPlace | null,
  context: PlaceContext,
  notes: string[],
): void {
  if (!town) return;
  const located = drafted.filter(isLocating);
  const country = located[0];
  if (located.length !== 1 || !country?.fallback || country.kind !== 'country') return;
  // A town no index holds ("ANAKAPALLI, India —", dateline-town.ts) is drawn as the country it is in.
  const townCountry = town.placeId === null ? town.unknown?.withinId : countryIdOf(context, town.placeId);
  if (!townCountry || townCountry !== country.placeId) return;
  const fallback = `${LEDE_AT_STORY_TOWN}: put at ${town.name}, where the story was filed`;
  drafted.splice(drafted.indexOf(country), 1, { ...town, role: 'where', fallback });
  const at = notes.indexOf(country.fallback);
  if (at >= 0) notes.splice(at, 1, fallback);
}
