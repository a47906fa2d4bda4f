/**
 * Adds one dataset to another (the drafts of "Map an article" to the dataset on the map): every
 * event, place and source of both is kept. A place or source the base already has under the same
 * id and name is shared; any other id that is taken is given a new one ("lahore-2"), and the added
 * events' references follow it. An added event equal to one already there is not added twice.
 *
 * @example
 * const { dataset, added } = addDataset(onTheMap, drafts);
 * added.events // 3: the base's events are all still in dataset.events
 */
import type { Dataset, Place, Source, TimeEvent } from './schema.ts';

export interface AddResult {
  dataset: Dataset;
  /** What the added dataset brought that the base did not have. */
  added: { events: number; places: number; sources: number };
  /** Ids the added dataset used that were taken, and the new ones given. */
  renamed: { kind: 'event' | 'place' | 'source'; from: string; to: string }[];
}

/** `id`, or `id-2`, `id-3`, … : the first not in `taken`, which it then joins. */
function freeId(id: string, taken: Set<string>): string {
  let candidate = id;
  for (let n = 2; taken.has(candidate); n++) candidate = `${id}-${n}`;
  taken.add(candidate);
  return candidate;
}

const sameSource = (a: Source, b: Source) => a.title === b.title && a.outlet === b.outlet;
const samePlace = (a: Place, b: Place) =>
  a.properties.name === b.properties.name && a.properties.kind === b.properties.kind;
/** An event told again: the same what, when and where, whatever its id. */
const eventKey = (e: TimeEvent) =>
  JSON.stringify([e.type, e.start, e.end ?? null, e.title, e.places.map((p) => [p.place, p.role])]);

export function addDataset(base: Dataset, extra: Dataset): AddResult {
  const renamed: AddResult['renamed'] = [];
  const added = { events: 0, places: 0, sources: 0 };

  const sourceIds = new Set(base.sources.map((s) => s.id));
  const sourceMap = new Map<string, string>();
  const sources = [...base.sources];
  for (const s of extra.sources) {
    const there = base.sources.find((b) => b.id === s.id);
    if (there && sameSource(there, s)) {
      sourceMap.set(s.id, s.id);
      continue;
    }
    const id = freeId(s.id, sourceIds);
    if (id !== s.id) renamed.push({ kind: 'source', from: s.id, to: id });
    sourceMap.set(s.id, id);
    sources.push({ ...s, id });
    added.sources++;
  }

  const placeIds = new Set(base.places.features.map((f) => f.properties.id));
  const placeMap = new Map<string, string>();
  const newPlaces: Place[] = [];
  for (const f of extra.places.features) {
    const there = base.places.features.find((b) => b.properties.id === f.properties.id);
    if (there && samePlace(there, f)) {
      placeMap.set(f.properties.id, f.properties.id);
      continue;
    }
    const id = freeId(f.properties.id, placeIds);
    if (id !== f.properties.id) renamed.push({ kind: 'place', from: f.properties.id, to: id });
    placeMap.set(f.properties.id, id);
    newPlaces.push(f);
  }
  const places = newPlaces.map((f) => {
    const id = placeMap.get(f.properties.id) ?? f.properties.id;
    const parent = f.properties.parent === null ? null : (placeMap.get(f.properties.parent) ?? f.properties.parent);
    return { ...f, ...(f.id !== undefined ? { id } : {}), properties: { ...f.properties, id, parent } };
  });
  added.places = places.length;

  const eventIds = new Set(base.events.map((e) => e.id));
  const known = new Set(base.events.map(eventKey));
  const events = [...base.events];
  for (const e of extra.events) {
    const moved: TimeEvent = {
      ...e,
      places: e.places.map((p) => ({ ...p, place: placeMap.get(p.place) ?? p.place })),
      sources: e.sources.map((s) => sourceMap.get(s) ?? s),
      claims: e.claims.map((c) => ({ ...c, source: sourceMap.get(c.source) ?? c.source })),
    };
    const key = eventKey(moved);
    if (known.has(key)) continue;
    known.add(key);
    const id = freeId(e.id, eventIds);
    if (id !== e.id) renamed.push({ kind: 'event', from: e.id, to: id });
    events.push({ ...moved, id });
    added.events++;
  }

  return {
    dataset: { ...base, sources, places: { ...base.places, features: [...base.places.features, ...places] }, events },
    added,
    renamed,
  };
}
