/**
 * Towns for the countries an article is about. The first pass (curated gazetteer and world
 * index) finds the article's places; their countries, the most mentioned first, choose which
 * town shards (geodata/world-towns) matter; a second matcher over those towns finds the towns,
 * under the world index's guards (find-places.ts), and a town is kept only where the first pass
 * found nothing. Of namesake towns, the one nearest the text's other places wins, a world-index
 * town among them when a shard holds its name (Saidpur, Pakistan, in a text about Rangpur). A country
 * named only inside a longer name ("the Bangladesh Water Development Board", named-countries.ts)
 * comes after the countries of the places.
 *
 * Pure: the caller loads the shards (the CLI from disk, the browser by fetch from its own origin)
 * and hands them in as rows.
 *
 * @example
 * const layer = createTownLayer({ matcher, context }, availableCountries);
 * const countries = layer.countriesOf(text);                // ['IN']
 * const index = layer.indexFor(countries, loadShards(countries));
 * extractEvents(text, { source, published, ...index });   // finds Tuni
 */
import type { PlaceMention, PlaceMatcher } from './match-context.ts';
import type { PlaceContext } from './event-places.ts';
import type { WorldPlace } from './world-index.ts';
import { createPlaceMatcher } from './find-places.ts';
import { kmBetween } from './match-context.ts';
import { placeSlug } from './world-towns.ts';
import { LOCATIVE_WORDS, MIN_FALLBACK_WORD_LENGTH } from './lexicon.ts';
import { createCountryNames } from './named-countries.ts';
import { isOriginMention } from './origin-countries.ts';
import { FAR_NAMESAKE_KM, farNamesake } from './far-namesakes.ts';
import { placedElsewhere } from './placed-elsewhere.ts';
import { divisionsAsTowns, longerTowns, namesakesInNamedDivisions, orAliases, townsByAlias } from './division-towns.ts';

/** At most this many countries' towns per article: the ones with most mentions. */
export const MAX_TOWN_COUNTRIES = 4;
/** Country sets whose matchers are kept: a batch of articles is mostly about a few countries. */
const CACHED_SETS = 64;
/** How deep a curated place's parents are followed to its country. */
const MAX_PARENT_DEPTH = 10;

export interface PlaceIndex {
  matcher: PlaceMatcher;
  context: PlaceContext;
}

export interface TownLayer {
  /** The countries (ISO alpha-2) with a shard that the text's places lie in, most mentioned first. */
  countriesOf(text: string): string[];
  /** The matcher and context with the towns of `countries` added; the base index when there are none. */
  indexFor(countries: readonly string[], shards: ReadonlyMap<string, readonly WorldPlace[]>): PlaceIndex;
}

/** The country code each place of the gazetteer and the world index lies in. */
function countryCodes(context: PlaceContext): Map<string, string> {
  const codes = new Map<string, string>();
  const countryByName = new Map<string, string>();
  for (const w of context.world) {
    if (w.country !== '') codes.set(w.id, w.country);
    if (w.kind === 'country' && w.country !== '') countryByName.set(w.name.toLowerCase(), w.country);
  }
  const byId = new Map(context.gazetteer.features.map((f) => [f.properties.id, f.properties]));
  for (const f of context.gazetteer.features) {
    let p: (typeof f)['properties'] | undefined = f.properties;
    for (let n = 0; p && p.kind !== 'country' && n < MAX_PARENT_DEPTH; n++) {
      p = p.parent ? byId.get(p.parent) : undefined;
    }
    if (p?.kind !== 'country') continue;
    const code = [p.name, ...p.aliases].map((s) => countryByName.get(s.toLowerCase())).find((c) => c !== undefined);
    if (code) codes.set(f.properties.id, code);
  }
  return codes;
}

/**
 * The countries of `mentions` with a shard, most mentioned first (ties: first mentioned); a
 * country named only as where people come from (`origin`, origin-countries.ts) after the others.
 */
export function articleCountries(
  mentions: readonly PlaceMention[],
  codes: ReadonlyMap<string, string>,
  available: ReadonlySet<string>,
  max = MAX_TOWN_COUNTRIES,
  origin: (m: PlaceMention) => boolean = () => false,
): string[] {
  const counts = new Map<string, number>();
  for (const m of mentions) {
    const code = codes.get(m.placeId);
    if (code && available.has(code)) counts.set(code, (counts.get(code) ?? 0) + (origin(m) ? 1 / 1024 : 1));
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, max)
    .map(([code]) => code);
}

/** Distinct values, the most frequent first (ties: the first seen). */
function mostFirst(values: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([v]) => v);
}

/**
 * The namesake rule of resolve-mentions.ts with the whole text as context: of several towns that
 * share a name, the one nearest the text's other places (its towns, cities and divisions, not its
 * countries, whose points say little about where in the country).
 */
function nearestNamesakes(
  added: readonly PlaceMention[],
  first: readonly PlaceMention[],
  namesakes: Namesakes,
): PlaceMention[] {
  const anchors = [...first, ...added].filter((m) => m.kind !== 'country');
  if (anchors.length === 0) return [...added];
  return added.map((m) => {
    const same = namesakes.get(placeSlug(m.name)) ?? [];
    if (same.length < 2) return m;
    const others = anchors.filter((a) => a.name !== m.name);
    if (others.length === 0) return m;
    const kmToText = (t: WorldPlace) => Math.min(...others.map((a) => kmBetween(a, t)));
    const best = same.reduce((a, b) => (kmToText(b) < kmToText(a) ? b : a));
    return { ...m, placeId: best.id, lon: best.lon, lat: best.lat };
  });
}

/**
 * A town of the world index shares its name with towns of the text's countries ("Saidpur" is in
 * the index for Pakistan, and in Bangladesh's shard): of them all, the one nearest the text's
 * other places, as for namesakes of the shards; a city only when far from the story (far-namesakes.ts). The world index holds every town of Pakistan and
 * Afghanistan, so its town would otherwise win in a text about Rangpur or about Sistan.
 */
function worldTownsOrNamesakes(
  first: PlaceMention[],
  added: readonly PlaceMention[],
  namesakes: Namesakes,
  countryOf: (m: PlaceMention) => string | undefined,
): PlaceMention[] {
  const anchors = [...first, ...added].filter((m) => m.kind !== 'country');
  const namedCountries = new Set(first.filter((m) => m.kind === 'country').map(countryOf));
  let changed = false;
  const chosen = first.map((m) => {
    if (m.kind !== 'town' && m.kind !== 'city') return m;
    const same = namesakes.get(placeSlug(m.name));
    if (!same || same.length === 0) return m;
    const others = anchors.filter((a) => a.name !== m.name);
    if (others.length === 0) return m;
    const kmToText = (t: { lon: number; lat: number }) => Math.min(...others.map((a) => kmBetween(a, t)));
    const best = same.reduce((a, b) => (kmToText(b) < kmToText(a) ? b : a));
    if (kmToText(best) >= kmToText(m)) return m;
    // A city gives way only when far from the story's region and its namesake lies inside it:
    // "Srinagar (Garhwal)" beside Rishikesh and Joshimath, not Kashmir's capital, 500 km away.
    if (m.kind === 'city' && !(farNamesake(m, others, 2) && kmToText(best) <= FAR_NAMESAKE_KM)) return m;
    // "Argentina's foreign minister, who was in Buenos Aires", in a story told from Asunción: a
    // city of a country the text names is that city, not a town of its name in another country
    // (Buenos Aires in Brazil), however near the story's other places the town lies.
    if (m.kind === 'city' && namedCountries.has(countryOf(m)) && best.country !== countryOf(m)) return m;
    changed = true;
    return { ...m, placeId: best.id, lon: best.lon, lat: best.lat };
  });
  return changed ? chosen : first;
}

/** "Lakhimpur district" in a text about Assam is not Lakhīmpur in Uttar Pradesh, 900 km away. */
const TOWN_REACH_KM = 600;
/** Two towns of the text this near each other are taken as the story's region. */
const NEIGHBOUR_TOWN_KM = 150;
/** "PHOTO: Putin works out … in Sochi, Russia": a picture's caption, copied with the page, not the story. */
const CAPTION_LINE = /^\s*(?:PHOTO|Photo|PICTURE|Picture|IMAGE|Image|FILE PHOTO|File photo)\s*:/u;
const ROUTE_JOIN = /^[-–]$/u;

function inCaption(text: string, m: PlaceMention): boolean {
  const lineStart = text.lastIndexOf('\n', m.start) + 1;
  return CAPTION_LINE.test(text.slice(lineStart, m.start));
}

/**
 * Towns near the text's other places: within {@link TOWN_REACH_KM} of one that is not a country
 * or of two towns of the text that bear each other out (within {@link NEIGHBOUR_TOWN_KM}),
 * or named with their country or division after a comma ("Tuni, Andhra Pradesh"), or in a text
 * that names no such place, or within the same reach of a town kept so; and not joined by a dash to another place (a route), nor in a
 * picture's caption. A small town's name is often an ordinary word or another town's name.
 * A three-letter town ("Osh", "Uri") needs more: a preposition of place before it or its country
 * after it, and a place of the text within reach or its country named, whatever else the text holds.
 */
function nearby(
  towns: readonly PlaceMention[],
  first: readonly PlaceMention[],
  text: string,
  countryOf: (m: PlaceMention) => string | undefined,
): PlaceMention[] {
  const all = [...first, ...towns];
  // "the Dhaka-Chattogram highway", "the Karachi–Hyderabad motorway": a route, not the town.
  const joined = (t: PlaceMention) =>
    all.some(
      (m) =>
        (m.end === t.start - 1 && ROUTE_JOIN.test(text.charAt(m.end))) ||
        (m.start === t.end + 1 && ROUTE_JOIN.test(text.charAt(t.end))),
    );
  const local = first.filter((m) => m.kind !== 'country');
  const long = towns.filter((t) => !isShort(text, t));
  // "between Gao and Ansongo … on the outskirts of Gao": a short name the text once writes as a place
  // is the same place wherever it writes it again.
  const shortOk = towns.filter((t) => isShort(text, t) && !joined(t) && !inCaption(text, t));
  const borneOut = new Set(shortOk.filter((t) => shortBorneOut(t)).map((t) => t.placeId));
  const shortKept = shortOk.filter((t) => borneOut.has(t.placeId));
  function shortBorneOut(t: PlaceMention): boolean {
    // "in Osh", "Ede, Nigeria": written as a place is, after a preposition or before its country...
    const after = namedWith(t);
    if (!after && !LOCATIVE_BEFORE.test(text.slice(Math.max(0, t.start - 12), t.start))) return false;
    // ...and near the article's other places, or in the country it names.
    return (
      after ||
      local.some((m) => kmBetween(m, t) < TOWN_REACH_KM) ||
      first.some((m) => m.kind === 'country' && countryOf(m) === countryOf(t))
    );
  }
  function namedWith(t: PlaceMention): boolean {
    const next = first.find((m) => m.start >= t.end);
    return (
      next !== undefined &&
      /^,\s*$/u.test(text.slice(t.end, next.start)) &&
      (next.kind === 'country' || next.kind === 'province') &&
      countryOf(next) === countryOf(t)
    );
  }
  // "docked in Cartagena" in a text about Colombia: a town of the country the text names, written as a
  // place is, lies where the text's country is, however far from its other places.
  const inNamedCountry = (t: PlaceMention) =>
    LOCATIVE_BEFORE.test(text.slice(Math.max(0, t.start - 12), t.start)) &&
    first.some((m) => m.kind === 'country' && countryOf(m) === countryOf(t));
  if (local.length === 0) return [...long.filter((t) => !joined(t) && !inCaption(text, t)), ...shortKept];
  const candidates = long.filter((t) => !joined(t) && !inCaption(text, t));
  const nearLocal = (t: PlaceMention) => local.some((m) => kmBetween(m, t) < TOWN_REACH_KM);
  // "Juliaca", "Puno" and "Ilave" in a text whose only other place is Lima, 840 km away: towns of
  // another name near each other bear each other out (an ordinary word is seldom near another).
  const pairs = candidates.filter(
    (t) => !nearLocal(t) && long.some((o) => o.name !== t.name && !joined(o) && kmBetween(o, t) < NEIGHBOUR_TOWN_KM),
  );
  // Such a pair is the story's region as a place of the first pass is: "Adré", 153 km from
  // Abéché and Goz Beïda (each near the other) in a release datelined N'Djamena, 790 km away.
  const kept = (t: PlaceMention) =>
    nearLocal(t) ||
    pairs.includes(t) ||
    pairs.some((k) => k.name !== t.name && kmBetween(k, t) < TOWN_REACH_KM) ||
    namedWith(t) ||
    inNamedCountry(t);
  const firstKept = candidates.filter(kept);
  // "rains hit Tahoua, Dosso and Agadez" in a story told from Niamey: a town within reach of the
  // text's towns kept above is the story's too, though 740 km from its one city (one step only).
  const longKept = candidates.filter(
    (t) => firstKept.includes(t) || firstKept.some((k) => k.name !== t.name && kmBetween(k, t) < TOWN_REACH_KM),
  );
  return [...shortKept, ...longKept].sort((a, b) => a.start - b.start);
}

/** A preposition of place right before a name: "in Osh", "near Uri". */
const LOCATIVE_BEFORE = new RegExp(`\\b(?:${[...LOCATIVE_WORDS].join('|')})\\s+$`, 'iu');

/** A town named by one word shorter than the world index allows ("Osh", "Uri", "Ede"). */
function isShort(text: string, t: PlaceMention): boolean {
  const written = text.slice(t.start, t.end);
  return written.length < MIN_FALLBACK_WORD_LENGTH && !/\s|-/u.test(written);
}

const overlaps = (a: PlaceMention, b: PlaceMention) => a.start < b.end && b.start < a.end;

/**
 * "the port of Basra" in a story about Baghdad and Erbil: the world index's Basra, a village of
 * Pakistan, is a town of a country the text names nowhere else, far from the region it keeps to
 * (far-namesakes.ts): another place's name (Iraq's shard spells its own "Basrah").
 */
function strayTown(
  m: PlaceMention,
  all: readonly PlaceMention[],
  countryOf: (m: PlaceMention) => string | undefined,
): boolean {
  if (m.kind !== 'town' || m.source === 'curated') return false;
  const code = countryOf(m);
  if (code === undefined || all.some((o) => o.name !== m.name && countryOf(o) === code)) return false;
  return farNamesake(m, placesBesides(m, all), 2);
}

/** The text's places other than `t` and its name's, not countries: where the story is. */
const placesBesides = (t: PlaceMention, ...lists: (readonly PlaceMention[])[]) =>
  lists.flat().filter((m) => m.kind !== 'country' && m.name !== t.name);

/** The towns of one country: the matcher over them, and them by name and by id. */
interface CountryTowns {
  towns: readonly WorldPlace[];
  matcher: PlaceMatcher;
  namesakes: ReadonlyMap<string, readonly WorldPlace[]>;
  ids: ReadonlySet<string>;
  /** Town id → the slugs of its aliases ("baglung" for Bāgluṅ). */
  aliasSlugs: ReadonlyMap<string, ReadonlySet<string>>;
  /** An alias's slug → the towns it names ("basra" → Basrah). */
  byAlias: ReadonlyMap<string, readonly WorldPlace[]>;
}
type Namesakes = Pick<ReadonlyMap<string, readonly WorldPlace[]>, 'get'>;

/**
 * The mentions of several countries' matchers as one matcher over all their towns would give
 * them: in text order, and where two overlap the longer, then the first country's (one trie
 * keeps the longest name at a place, and of one name the namesake rule chooses anyway).
 */
function longestFirst(mentions: readonly PlaceMention[]): PlaceMention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PlaceMention[] = [];
  for (const m of sorted) {
    const last = kept.at(-1);
    if (last && overlaps(last, m)) continue;
    kept.push(m);
  }
  return kept;
}

export function createTownLayer(base: PlaceIndex, available: ReadonlySet<string>): TownLayer {
  const codes = countryCodes(base.context);
  const countryNames = createCountryNames(base.context.world);
  const sets = new Map<string, PlaceIndex>();
  // extractEvents asks the matcher once per text, right after countriesOf asked for the same text.
  let lastText: string | null = null;
  let lastFound: PlaceMention[] = [];
  const firstPass = (text: string) => {
    if (text !== lastText) [lastText, lastFound] = [text, base.matcher.find(text)];
    return lastFound;
  };

  // One matcher per country, built once: a trie over India's 7,000 towns takes about 65 ms, and
  // articles of one batch come in many combinations of countries.
  const perCountry = new Map<string, CountryTowns>();
  const countryTowns = (code: string, towns: readonly WorldPlace[]): CountryTowns => {
    let entry = perCountry.get(code);
    if (!entry || entry.towns !== towns) {
      const namesakes = new Map<string, WorldPlace[]>();
      for (const t of towns) {
        const k = placeSlug(t.name);
        const list = namesakes.get(k);
        if (list) list.push(t);
        else namesakes.set(k, [t]);
      }
      // The towns alone: a small trie, so the second scan costs a fraction of the first.
      const aliasSlugs = new Map(
        towns.filter((t) => t.aliases).map((t) => [t.id, new Set((t.aliases ?? []).map(placeSlug))] as const),
      );
      entry = {
        towns,
        matcher: createPlaceMatcher([], towns, { shortTowns: true }),
        namesakes,
        ids: new Set(towns.map((t) => t.id)),
        aliasSlugs,
        byAlias: townsByAlias(towns, aliasSlugs),
      };
      perCountry.set(code, entry);
    }
    return entry;
  };

  const build = (parts: readonly (readonly [code: string, towns: CountryTowns])[]): PlaceIndex => {
    // The world index and each country's towns, joined only when a reader asks for the whole
    // array: lookups index each part once (world-lookup.ts), however many sets it is in.
    const worldParts = [base.context.world, ...parts.map(([, p]) => p.towns)];
    let world: readonly WorldPlace[] | null = null;
    const aliasOf = (id: string, slug: string) => parts.some(([, p]) => p.aliasSlugs.get(id)?.has(slug));
    const countryOfTown = (m: PlaceMention) => codes.get(m.placeId) ?? parts.find(([, p]) => p.ids.has(m.placeId))?.[0];
    const namesakes: Namesakes = {
      get: (slug) => {
        const lists = parts.map(([, p]) => p.namesakes.get(slug)).filter((l) => l !== undefined);
        return lists.length <= 1 ? lists[0] : lists.flat();
      },
    };
    // "the consulate in Basra": the seat GeoNames spells "Basrah", Basra among its aliases.
    const namesakesOrAliases = orAliases(
      namesakes,
      parts.map(([, p]) => p.byAlias),
    );
    const namesakeCount = (t: PlaceMention) => namesakes.get(placeSlug(t.name))?.length ?? 0;
    const matcher: PlaceMatcher = {
      find(text) {
        // "Kara-Kulja" over Togo's "Kara"; "in Kisumu" the town, not its county (division-towns.ts).
        const found = longerTowns(firstPass(text), longestFirst(parts.flatMap(([, p]) => p.matcher.find(text))));
        const added = found.towns;
        const chosen = worldTownsOrNamesakes(
          divisionsAsTowns(text, found.first, added, namesakesOrAliases),
          added,
          namesakes,
          countryOfTown,
        );
        const first = chosen.filter((m) => !strayTown(m, [...chosen, ...added], countryOfTown));
        if (added.length === 0) return first;
        const placed = namesakesInNamedDivisions(nearestNamesakes(added, first, namesakes), first, namesakes);
        const near = nearby(placed, first, text, countryOfTown);
        const located = near
          .filter((t) => !farNamesake(t, placesBesides(t, first, near), namesakeCount(t)))
          .filter((t) => !placedElsewhere(text, t, first, near));
        if (located.length === 0) return first;
        return [...first, ...located.map((m) => asWritten(text, m, aliasOf))].sort((a, b) => a.start - b.start);
      },
    };
    const context = {
      gazetteer: base.context.gazetteer,
      worldParts,
      get world() {
        return (world ??= worldParts.flat());
      },
    };
    return { matcher, context };
  };

  return {
    countriesOf(text) {
      const found = articleCountries(firstPass(text), codes, available, MAX_TOWN_COUNTRIES, (m) =>
        isOriginMention(text, m),
      );
      if (found.length >= MAX_TOWN_COUNTRIES) return found;
      // A country named only inside an organisation's name ("the Bangladesh Water Development
      // Board") comes after the countries of the text's places, never before them.
      const named = countryNames(text).filter((c) => available.has(c) && !found.includes(c));
      return [...found, ...mostFirst(named)].slice(0, MAX_TOWN_COUNTRIES);
    },
    indexFor(countries, shards) {
      const chosen = [...new Set(countries)].filter((c) => (shards.get(c)?.length ?? 0) > 0).sort();
      if (chosen.length === 0) return { matcher: { find: firstPass }, context: base.context };
      const key = chosen.join(',');
      let index = sets.get(key);
      if (!index) {
        index = build(chosen.map((c) => [c, countryTowns(c, shards.get(c) ?? [])] as const));
        if (sets.size >= CACHED_SETS) sets.delete(sets.keys().next().value as string);
        sets.set(key, index);
      }
      return index;
    },
  };
}

/**
 * GeoNames spells many towns with their diacritics ("Kākināda", "Īṭahari"): a town written the
 * same but for its marks, or by one of its aliases ("Baglung" for Bāgluṅ), is named as the article
 * writes it, for the reader and the draft; its id and point stay GeoNames'. A dateline's capitals
 * ("TUNI") keep the GeoNames name.
 */
function asWritten(
  text: string,
  m: PlaceMention,
  aliasOf: (id: string, slug: string) => boolean | undefined,
): PlaceMention {
  const written = text.slice(m.start, m.end);
  if (written === m.name || written === written.toUpperCase()) return m;
  const slug = placeSlug(written);
  if (slug !== placeSlug(m.name) && !aliasOf(m.placeId, slug)) return m;
  return { ...m, name: written };
}
