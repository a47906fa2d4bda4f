/**
 * A context's world places (the world index and, from the town layer, the towns of an article's
 * countries) looked up by id, by name and by country code. The town layer gives each set of
 * countries a `world` array of its own; indexing each such array whole cost a batch of articles
 * more than reading them did (a new set for most articles of a batch about many countries). So a
 * context may name the arrays its world joins (`worldParts`), each indexed once however many sets
 * it is in, and a lookup asks the parts in turn, with the answer a whole-array index would give.
 *
 * @example
 * const world = worldLookup(context);
 * world.byId('gn-pk-mir-ali');         // the town, or undefined
 * world.byName('hyderabad');           // every place of that name, in the order of `world`
 */
import type { WorldPlace } from './world-index.ts';

export interface WorldContext {
  world: readonly WorldPlace[];
  /** The arrays `world` joins, in order; when given, each is indexed once for every context it is in. */
  worldParts?: readonly (readonly WorldPlace[])[];
}

export interface WorldLookup {
  /** The place with this id (the last of `world` when two share it, as a Map built over it keeps). */
  byId(id: string): WorldPlace | undefined;
  /** The places of this lower-case name, in the order of `world`. */
  byName(lowerName: string): readonly WorldPlace[];
  /** The country place (kind `country`) of this ISO code, the last of `world` when two share it. */
  countryByCode(code: string): WorldPlace | undefined;
}

interface PartIndex {
  byId: Map<string, WorldPlace>;
  byName: Map<string, WorldPlace[]>;
  countryByCode: Map<string, WorldPlace>;
}

const NONE: readonly WorldPlace[] = [];
const partIndexes = new WeakMap<readonly WorldPlace[], PartIndex>();
const lookups = new WeakMap<WorldContext, WorldLookup>();

function partIndex(part: readonly WorldPlace[]): PartIndex {
  let index = partIndexes.get(part);
  if (!index) {
    index = { byId: new Map(), byName: new Map(), countryByCode: new Map() };
    for (const w of part) {
      index.byId.set(w.id, w);
      const k = w.name.toLowerCase();
      const list = index.byName.get(k);
      if (list) list.push(w);
      else index.byName.set(k, [w]);
      if (w.kind === 'country') index.countryByCode.set(w.country, w);
    }
    partIndexes.set(part, index);
  }
  return index;
}

/** The lookups over `context`'s world, made once per context from an index per part. */
export function worldLookup(context: WorldContext): WorldLookup {
  let lookup = lookups.get(context);
  if (lookup) return lookup;
  // Last part first: a later place of the same id or code wins, as in a Map over the whole array.
  const parts = (context.worldParts ?? [context.world]).map(partIndex);
  const reversed = [...parts].reverse();
  const last = <T>(get: (p: PartIndex) => T | undefined): T | undefined => {
    for (const p of reversed) {
      const found = get(p);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  lookup = {
    byId: (id) => last((p) => p.byId.get(id)),
    countryByCode: (code) => last((p) => p.countryByCode.get(code)),
    byName: (name) => {
      const lists = parts.map((p) => p.byName.get(name)).filter((l) => l !== undefined);
      return lists.length <= 1 ? (lists[0] ?? NONE) : lists.flat();
    },
  };
  lookups.set(context, lookup);
  return lookup;
}
