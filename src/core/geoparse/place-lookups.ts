/**
 * Indexes of the places an extraction knows, built once per gazetteer and per context: places by
 * id, the country each lies in, and anchor points. Shared by the readings of event-place-roles.ts.
 */
import type { PlaceProperties } from '../dataset/schema.ts';
import type { WorldPlace } from './world-index.ts';
import { worldLookup } from './world-lookup.ts';
import type { PlaceContext } from './event-places.ts';

/** The country `id` (a place of the gazetteer or the world index) lies in, if known. */
export const countryIdOf = (context: PlaceContext, id: string): string | null => lookups(context).countryOf(id);

export interface Lookups {
  byId: Map<string, PlaceProperties>;
  worldById: (id: string) => WorldPlace | undefined;
  /** The country id (curated where the gazetteer has it) a place lies in. */
  countryOf: (id: string) => string | null;
  anchors: Map<string, readonly [number, number]>;
}

interface GazetteerLookups {
  byId: Map<string, PlaceProperties>;
  curatedByName: Map<string, string>;
  anchors: Map<string, readonly [number, number]>;
}
const gazetteerCache = new WeakMap<PlaceContext['gazetteer'], GazetteerLookups>();
const lookupCache = new WeakMap<PlaceContext, Lookups>();

/** The gazetteer's indexes (and curated anchor points, a turf pass each), once per gazetteer. */
function gazetteerLookups(gazetteer: PlaceContext['gazetteer']): GazetteerLookups {
  let cached = gazetteerCache.get(gazetteer);
  if (!cached) {
    cached = {
      byId: new Map(gazetteer.features.map((f) => [f.properties.id, f.properties])),
      curatedByName: new Map(
        gazetteer.features
          .filter((f) => f.properties.kind === 'country')
          .map((f) => [f.properties.name, f.properties.id]),
      ),
      anchors: new Map(),
    };
    gazetteerCache.set(gazetteer, cached);
  }
  return cached;
}

/** Indexes of the gazetteer and the world places, once per context (the world's: world-lookup.ts). */
export function lookups(context: PlaceContext): Lookups {
  const cached = lookupCache.get(context);
  if (cached) return cached;
  const { byId, curatedByName, anchors } = gazetteerLookups(context.gazetteer);
  const world = worldLookup(context);
  const countryOf = (id: string): string | null => {
    for (let p = byId.get(id), n = 0; p && n < 10; p = p.parent ? byId.get(p.parent) : undefined, n++) {
      if (p.kind === 'country') return p.id;
    }
    // A world-index town knows its country's code: "Hyderabad (PK)" lies in Pakistan.
    const country = world.countryByCode(world.byId(id)?.country ?? '');
    return country ? (curatedByName.get(country.name) ?? country.id) : null;
  };
  const made = { byId, worldById: world.byId, countryOf, anchors };
  lookupCache.set(context, made);
  return made;
}
