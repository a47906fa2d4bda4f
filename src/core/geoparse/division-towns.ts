/**
 * A division and a town of one name, for the town layer (town-layer.ts): the world index holds
 * every country's first-level divisions, the shards their towns, and many a town shares its
 * division's name ("Rajshahi", "Kisumu", "Puno", "Maradi"). The first pass finds the division;
 * these rules say when the text means the town:
 *
 * - "clashes in Kisumu": a bare name is the town the division is named after (a town the shard
 *   puts inside it), as news uses it; "Kisumu County", "the Puno region", "the province of
 *   Maradi" stay the division;
 * - "Santarém" in a story about the Amazon: Portugal's district gives way to the Brazilian town
 *   nearer the text's other places, as namesake towns do;
 * - "Kara-Kulja", "San Pedro Sula": a town whose name holds a division's ("Kara", Togo; "San
 *   Pedro", Paraguay) is the longer name, as one trie over both would read it.
 */
import { kmBetween, SAME_PLACE_KM, type PlaceMention } from './match-context.ts';
import type { WorldPlace } from './world-index.ts';
import { placeSlug } from './world-towns.ts';

type Namesakes = { get(slug: string): readonly WorldPlace[] | undefined };

/** "Kisumu County", "Puno region": the unit word after the name makes it the division. */
const UNIT_AFTER =
  /^\s+(?:region|province|department|state|county|division|governorate|oblast|krai|district|prefecture|municipality|parish)\b/iu;
/** "the province of Maradi", "Maradi state's": a unit word before it. */
const UNIT_BEFORE = /\b(?:region|province|department|state|county|division|governorate|oblast|prefecture)\s+of\s+$/iu;

const isDivision = (m: PlaceMention) => m.kind === 'province' && m.source !== 'curated';
/** A place of the first pass a longer town's name may hold: a division, a city or a town of the world index. */
const heldByName = (m: PlaceMention) =>
  m.source !== 'curated' && (m.kind === 'province' || m.kind === 'city' || m.kind === 'town');

function namedAsUnit(text: string, m: PlaceMention): boolean {
  return (
    UNIT_AFTER.test(text.slice(m.end, m.end + 16)) || UNIT_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start))
  );
}

/** ", ", " and ", " or ": the words between two places of one list. */
const LIST_GAP = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*)$/u;

/** The town for the division's mention, named as the text names it when that is one of its aliases ("Basra"). */
const asTown = (m: PlaceMention, t: WorldPlace): PlaceMention => ({
  ...m,
  placeId: t.id,
  name: placeSlug(t.name) === placeSlug(m.name) ? t.name : m.name,
  kind: 'town',
  lon: t.lon,
  lat: t.lat,
});

/**
 * The first pass's divisions that the text names as towns, replaced by those towns (see the
 * file's comment); every other mention as it was. "Homes damaged in Oaxaca and Guerrero": a
 * division listed beside one that stays a division (Guerrero has no town of its name) stays one
 * too; "schools in Kolda and Sédhiou" are two towns.
 */
export function divisionsAsTowns(
  text: string,
  first: readonly PlaceMention[],
  added: readonly PlaceMention[],
  namesakes: Namesakes,
): PlaceMention[] {
  const anchors = [...first, ...added].filter((m) => m.kind !== 'country');
  const town = first.map((m) => (isDivision(m) && !namedAsUnit(text, m) ? townOf(m) : undefined));
  function townOf(m: PlaceMention): WorldPlace | undefined {
    const same = namesakes.get(placeSlug(m.name)) ?? namesakes.get(placeSlug(m.text)) ?? [];
    if (same.length === 0) return undefined;
    const seat = same.find((t) => t.within === m.placeId);
    const others = anchors.filter((a) => a.name !== m.name && a.placeId !== m.placeId);
    if (others.length === 0) return seat;
    const kmToText = (p: { lon: number; lat: number }) => Math.min(...others.map((a) => kmBetween(a, p)));
    const best = same.reduce((a, b) => (kmToText(b) < kmToText(a) ? b : a));
    // "near Santa Ana, Cagayan" in a story about Luzon: the Philippine town, not the seat of El
    // Salvador's Santa Ana; the seat when no namesake lies clearly nearer the text.
    if (kmToText(best) + SAME_PLACE_KM < kmToText(seat ?? m)) return best;
    return seat;
  }
  const staysDivision = (j: number) => {
    const o = first[j];
    return o !== undefined && isDivision(o) && town[j] === undefined;
  };
  // "near Santa Ana, Cagayan": a division after the comma that holds the town is where the town
  // lies, not a second item of a list.
  const listedWithDivision = (i: number, m: PlaceMention) => {
    const before = first[i - 1];
    const after = first[i + 1];
    const holds = (o: PlaceMention) => town[i]?.within === o.placeId;
    return (
      (before !== undefined && staysDivision(i - 1) && LIST_GAP.test(text.slice(before.end, m.start))) ||
      (after !== undefined &&
        staysDivision(i + 1) &&
        LIST_GAP.test(text.slice(m.end, after.start)) &&
        !(holds(after) && /^\s*,\s*$/u.test(text.slice(m.end, after.start))))
    );
  };
  if (town.every((t) => t === undefined)) return [...first];
  return first.map((m, i) => {
    const t = town[i];
    return t && !listedWithDivision(i, m) ? asTown(m, t) : m;
  });
}

/**
 * The shards' towns whose names hold a division of the first pass ("Kara-Kulja" holds Togo's
 * "Kara"), or a city or town of the world index ("Santo Domingo Este" holds Santo Domingo, "East
 * London" holds London): the towns kept, the places they hold dropped. A name read whole is the
 * place the text names, as one trie over both would read it; a country inside a longer name is
 * no such place ("Mexico City" is the world index's own).
 */
export function longerTowns(
  first: readonly PlaceMention[],
  towns: readonly PlaceMention[],
): { first: PlaceMention[]; towns: PlaceMention[] } {
  const held = new Set<PlaceMention>();
  const kept = towns.filter((t) => {
    const inside = first.filter((f) => f.start < t.end && t.start < f.end);
    if (inside.length === 0) return true;
    const longer = inside.every(
      (f) => heldByName(f) && t.start <= f.start && f.end <= t.end && t.end - t.start > f.end - f.start,
    );
    if (longer) for (const f of inside) held.add(f);
    return longer;
  });
  return { first: held.size === 0 ? [...first] : first.filter((f) => !held.has(f)), towns: kept };
}

/**
 * "Ometepec, in Guerrero": of namesake towns, the one inside a division the text names, whichever
 * lies nearer its other places (Mexico has an Ometepec in Hidalgo too).
 */
export function namesakesInNamedDivisions(
  towns: readonly PlaceMention[],
  first: readonly PlaceMention[],
  namesakes: Namesakes,
): PlaceMention[] {
  const named = new Set(first.filter(isDivision).map((m) => m.placeId));
  if (named.size === 0) return [...towns];
  return towns.map((m) => {
    const same = namesakes.get(placeSlug(m.name)) ?? [];
    if (same.length < 2 || same.some((t) => t.id === m.placeId && t.within !== undefined && named.has(t.within)))
      return m;
    const inside = same.filter((t) => t.within !== undefined && named.has(t.within));
    const [only] = inside;
    return only && inside.length === 1 ? { ...m, placeId: only.id, name: only.name, lon: only.lon, lat: only.lat } : m;
  });
}

/** The towns by the slugs of their aliases ("basra" → Basrah, whose shard row spells it so). */
export function townsByAlias(
  towns: readonly WorldPlace[],
  aliasSlugs: ReadonlyMap<string, ReadonlySet<string>>,
): Map<string, WorldPlace[]> {
  const byAlias = new Map<string, WorldPlace[]>();
  for (const t of towns) {
    for (const a of aliasSlugs.get(t.id) ?? []) {
      const list = byAlias.get(a);
      if (list) list.push(t);
      else byAlias.set(a, [t]);
    }
  }
  return byAlias;
}

/**
 * Namesakes by name, else by alias: a division's bare name ("in Basra") is its seat when the
 * seat's shard row spells it another way and keeps the division's spelling as an alias, as when
 * the row spells it the division's way (divisionsAsTowns). Only for divisions: a town's own
 * namesakes stay those of its own spelling.
 */
export function orAliases(
  namesakes: Namesakes,
  aliasMaps: readonly ReadonlyMap<string, readonly WorldPlace[]>[],
): Namesakes {
  return {
    get: (slug) => {
      const own = namesakes.get(slug);
      if (own) return own;
      const lists = aliasMaps.map((m) => m.get(slug)).filter((l) => l !== undefined);
      return lists.length <= 1 ? lists[0] : lists.flat();
    },
  };
}
