/**
 * The filters (types, actors, text) as a bitset over the event index's positions, made once per
 * filter change: a byte per event, 1 when it passes. The type test is a table lookup on an
 * interned type code, the actor test reads a per-actor list of positions, and the text search
 * reads a prebuilt token index, so no filter change looks at the events' objects again.
 */
import { searchTextOf, type EventFilters, type IndexedEvent, type PlaceNameLookup } from './select-events.ts';
import { createTokenIndex, matchQuery, type TokenIndex } from './token-index.ts';

/** What the filters read, built once per dataset. Build with {@link createFilterColumns}. */
export interface FilterColumns {
  readonly size: number;
  /** The distinct types, in order of first appearance; `typeCode[p]` indexes here. */
  readonly types: readonly string[];
  readonly typeCode: Uint8Array;
  /** Positions of the events naming each actor, in time order. */
  readonly actorPositions: ReadonlyMap<string, Uint32Array>;
  readonly tokens: TokenIndex;
}

/**
 * Indexes the entries (in their order) for {@link filterMask}; `placeNames` are searched as the
 * linear search does (`searchTextOf`).
 */
export function createFilterColumns(
  entries: readonly IndexedEvent[],
  placeNames: PlaceNameLookup = new Map(),
): FilterColumns {
  const types: string[] = [];
  const typeIds = new Map<string, number>();
  const typeCode = new Uint8Array(entries.length);
  const actorLists = new Map<string, number[]>();
  entries.forEach(({ event }, p) => {
    let code = typeIds.get(event.type);
    if (code === undefined) {
      code = types.length;
      types.push(event.type);
      typeIds.set(event.type, code);
    }
    typeCode[p] = code;
    for (const actor of new Set(event.actors)) {
      const list = actorLists.get(actor);
      if (list) list.push(p);
      else actorLists.set(actor, [p]);
    }
  });
  const actorPositions = new Map([...actorLists].map(([actor, list]) => [actor, Uint32Array.from(list)]));
  // One text at a time: the index keeps the distinct tokens, not a million texts.
  const tokens = createTokenIndex(
    (function* texts() {
      for (const { event } of entries) yield searchTextOf(event, placeNames);
    })(),
  );
  return { size: entries.length, types, typeCode, actorPositions, tokens };
}

/**
 * 1 for each position passing all the filters, or `null` when no filter is set (everything
 * passes). Same rules as `filterIndex`: an empty filter lets everything through, an event passes
 * the actors when any of its actors is chosen, and every word of the query must occur.
 *
 * @example filterMask(columns, { types: new Set(['strike']) }) // Uint8Array with 1 at each strike
 */
export function filterMask(columns: FilterColumns, filters: EventFilters): Uint8Array<ArrayBuffer> | null {
  const byType = filters.types !== undefined && filters.types.size > 0;
  const byActor = filters.actors !== undefined && filters.actors.size > 0;
  const query = filters.query?.trim() ?? '';
  if (!byType && !byActor && query === '') return null;
  let mask = new Uint8Array(columns.size).fill(1);
  if (byType) {
    const allowed = new Uint8Array(columns.types.length);
    columns.types.forEach((t, code) => {
      if (filters.types?.has(t as never)) allowed[code] = 1;
    });
    for (let p = 0; p < columns.size; p++) mask[p] = allowed[columns.typeCode[p] as number] as number;
  }
  if (byActor) mask = and(mask, actorMask(columns, filters.actors as ReadonlySet<string>));
  if (query !== '') mask = and(mask, matchQuery(columns.tokens, query));
  return mask;
}

function actorMask(columns: FilterColumns, actors: ReadonlySet<string>): Uint8Array {
  const mask = new Uint8Array(columns.size);
  for (const actor of actors) {
    for (const p of columns.actorPositions.get(actor) ?? []) mask[p] = 1;
  }
  return mask;
}

function and(a: Uint8Array<ArrayBuffer>, b: Uint8Array): Uint8Array<ArrayBuffer> {
  for (let i = 0; i < a.length; i++) a[i] = (a[i] as number) & (b[i] as number);
  return a;
}
