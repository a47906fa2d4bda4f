/**
 * Which events are drawn at each point place, built once per dataset, so the card's "also at
 * this place" reads a list instead of scanning every point of the map at each change of event.
 */
import type { MapModel } from './map-model.ts';

/** Build with {@link createPlaceIndex}. */
export interface PlaceIndex {
  /** Point places of each event (by event index), in the order the model draws them. */
  readonly placesOf: ReadonlyMap<number, readonly string[]>;
  /** Distinct event indexes drawn at each point place, ascending (time order). */
  readonly eventsAt: ReadonlyMap<string, Uint32Array>;
}

export function createPlaceIndex(model: Pick<MapModel, 'points'>): PlaceIndex {
  const placesOf = new Map<number, string[]>();
  const lists = new Map<string, number[]>();
  for (const { eventIndex, placeId } of model.points) {
    const places = placesOf.get(eventIndex);
    if (!places) placesOf.set(eventIndex, [placeId]);
    else if (!places.includes(placeId)) places.push(placeId);
    else continue;
    const list = lists.get(placeId);
    if (list) list.push(eventIndex);
    else lists.set(placeId, [eventIndex]);
  }
  const eventsAt = new Map([...lists].map(([place, list]) => [place, Uint32Array.from(list).sort()]));
  return { placesOf, eventsAt };
}

/** Other events at one of an event's points: the first `limit` of them and how many there are. */
export interface AlsoAtPlace {
  placeId: string;
  /** At most `limit` event indexes, in time order. */
  eventIndexes: number[];
  total: number;
}

/**
 * The other events drawn at each of this event's points (the same town), in time order, by
 * place, as `eventsAtSamePoints`, but only the first `limit` of each are listed.
 *
 * @example alsoAtPlaces(index, 3, 5) // [{ placeId: 'town', eventIndexes: [0, 1], total: 2 }]
 */
export function alsoAtPlaces(index: PlaceIndex, eventIndex: number, limit: number): AlsoAtPlace[] {
  return (index.placesOf.get(eventIndex) ?? []).flatMap((placeId) => {
    const all = index.eventsAt.get(placeId) ?? new Uint32Array();
    const total = all.length - 1;
    if (total <= 0) return [];
    const eventIndexes: number[] = [];
    for (let k = 0; k < all.length && eventIndexes.length < limit; k++) {
      if (all[k] !== eventIndex) eventIndexes.push(all[k] as number);
    }
    return [{ placeId, eventIndexes, total }];
  });
}
