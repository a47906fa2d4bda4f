/**
 * Which events are drawn at each point place, built once per dataset, so the card's "also at
 * this place" reads a list instead of scanning every point of the map at each change of event.
 */
import { pointsOf, type MapModel, type MapPoints } from './map-model.ts';

/** Build with {@link createPlaceIndex}. */
export interface PlaceIndex {
  /** The model's points: an event's point places are its range of them (no list per event). */
  readonly points: MapPoints;
  /** Distinct event indexes drawn at each point place, ascending (time order). */
  readonly eventsAt: ReadonlyMap<string, Uint32Array>;
}

export function createPlaceIndex(model: Pick<MapModel, 'points'>): PlaceIndex {
  const { points } = model;
  const lists = new Map<string, number[]>();
  for (let i = 0; i < points.size; i++) {
    const eventIndex = points.eventIndex[i] as number;
    const placeId = points.placeId[i] as string;
    const list = lists.get(placeId);
    // Points come in event order: a repeat of this event at this place is the list's last entry.
    if (list?.[list.length - 1] === eventIndex) continue;
    if (list) list.push(eventIndex);
    else lists.set(placeId, [eventIndex]);
  }
  const eventsAt = new Map([...lists].map(([place, list]) => [place, Uint32Array.from(list)]));
  return { points, eventsAt };
}

/** An event's point places, each once, in the order the model draws them. */
function placesOf(index: PlaceIndex, eventIndex: number): string[] {
  const { from, to } = pointsOf(index.points, eventIndex);
  const places: string[] = [];
  for (let i = from; i < to; i++) {
    const placeId = index.points.placeId[i] as string;
    if (!places.includes(placeId)) places.push(placeId);
  }
  return places;
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
  return placesOf(index, eventIndex).flatMap((placeId) => {
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
