/**
 * The places of a draft event: the geoparser's mentions made into places with a precision, the
 * places the text names but no index holds ("Mir Ali, in North Waziristan"), drawn as the smallest
 * known unit the text gives, and, where several places share a name, the choice and its reason.
 */
import type { Gazetteer, PlaceKind, PlaceRole, Precision } from '../dataset/schema.ts';
import type { PlaceMention } from './find-places.ts';
import { worldLookup, type WorldContext } from './world-lookup.ts';
import type { Span } from './event-parts.ts';
import { endsWithWordBefore } from './town-before.ts';
import { isNoPlace, moreUnknownPatterns, unitGapBroken, withoutUnitsOfOthers } from './unknown-readings.ts';
import { listedWith } from './listed-places.ts';
import { allMatches } from './all-matches.ts';
import { lacksAGroup, needing, neededWords } from './needed-words.ts';
import { isLinkEnd } from './route-links.ts';
import { SETTLEMENT_TOLD, SETTLEMENT_WORDS } from './settlement-told.ts';
import { isRefusedName, mayNameUnknown } from './unknown-gate.ts';

export interface DraftPlace {
  name: string;
  /** A gazetteer or world-index id; null for a place no index holds (see `unknown`). */
  placeId: string | null;
  lon: number;
  lat: number;
  role: PlaceRole;
  kind: PlaceKind;
  /** How exact the point is: anything but `exact` and `settlement` is drawn as an area. */
  precision: Precision;
  /** The text names a place we cannot find: the event is put at `within` (or the main country). */
  unknown?: { name: string; withinId: string | null; withinName: string; guessed?: boolean };
  /** Why this place of several that share the name. */
  choice?: string;
  /** Where the text names it. */
  mention: { start: number; end: number };
  /** The unit the text names it as, when not its own kind: "in Dadu district" is the district. */
  unit?: PlaceKind;
  /** The reviewer gave coordinates: they are kept and drawn as a point. */
  given?: boolean;
  /** Set when the passage names no place: why the event is put here instead. */
  fallback?: string;
}

const WORLD_PRECISION: Record<string, Precision> = {
  city: 'settlement',
  town: 'settlement',
  village: 'settlement',
  province: 'province',
  country: 'country',
};
/** From small to large: the smallest unit the text gives wins. */
const KIND_SIZE: readonly PlaceKind[] = [
  'building',
  'site',
  'village',
  'town',
  'city',
  'district',
  'region',
  'border',
  'province',
  'country',
];
const SAME_NAME_APART_KM = 300;

/** The curated gazetteer and the world places (with their parts: world-lookup.ts) an article is read against. */
export interface PlaceContext extends WorldContext {
  gazetteer: Gazetteer;
}

export function precisionOf(m: PlaceMention, context: PlaceContext): Precision {
  if (m.source === 'curated') {
    const f = context.gazetteer.features.find((p) => p.properties.id === m.placeId);
    if (f) return f.properties.precision;
  }
  return WORLD_PRECISION[m.kind] ?? 'approximate';
}

export function draftPlace(m: PlaceMention, role: PlaceRole, context: PlaceContext): DraftPlace {
  return {
    name: m.name,
    placeId: m.placeId,
    lon: m.lon,
    lat: m.lat,
    role,
    kind: m.kind,
    precision: precisionOf(m, context),
    mention: { start: m.start, end: m.end },
  };
}

export const kindSize = (k: PlaceKind) => KIND_SIZE.indexOf(k);

// ---------------------------------------------------------------- places no index holds

/**
 * "Mir Ali", "Ak-Sai", and a Persian ezafe or Arabic article between parts: "Dahana-i-Ghori",
 * "Jalal-ud-Din", "Torbat-e Heydarieh"; or a Romance one: "Ilha de Moçambique", "Santa Cruz del Sur"; a
 * later part may be a Berber or Arabic one with an apostrophe: "Talat N'Yaaqoub".
 */
const NAME = String.raw`(\p{Lu}\p{Ll}+(?:(?:[ -]|-(?:i|e|ul|ud|al|el|ad)[- ]| (?:de|da|do|dos|das|del|di|du|la|el|Las|Los) )\p{Lu}(?:['’]\p{Lu})?\p{Ll}+){0,2})`;
const UNKNOWN_PATTERNS = [
  // "in Mir Ali, in North Waziristan", "near Spinwam in North Waziristan", "in Razmak, a town in …",
  // "struck Gulcha, a village of about 10,000 people in the Alay district"
  new RegExp(
    String.raw`\b(?:[Ii]n|[Aa]t|[Nn]ear|around|outside|into|from|above|below|beyond|hit|struck|targeted|bombed|raided)\s+${NAME},?\s+(?:(?:a|the)\s+(?:\p{Ll}+\s+)?(?:town|village|city|district|area|region)\s+(?:(?:of|with)\s+(?:(?:about|some|around|nearly|over|more|than|\d[\d,]*|[\p{Ll}-]+)\s+){1,5})?(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+)?)?(?:in|near|of)\s+(?:the\s+)?(?=\p{Lu})`,
    'gu',
  ),
  // "trace the wave to Dharan, where cases were confirmed", "moved to Tuni, where …": a place the "where" names.
  needing(['where'], new RegExp(String.raw`\bto\s+${NAME}(?=,\s+where\b)`, 'gu')),
  // "buried part of Kalehe, a lakeside town in South Kivu", "left Sost, the border dry port, and", "Sonal, a
  // hamlet of barely 60 houses": a name the text says is a settlement, the noun ending its phrase or told by
  // its size (not "Karim, a village elder"). The capital is asked first: the look-behind, tried at every
  // character, cost the most. Its match holds the kind's word too.
  needing(
    // What follows the name, with any white space: one scan for a comma rules out most sentences.
    /,\s+(?:an?|the)\s/,
    new RegExp(String.raw`(?=\p{Lu})(?<=\b\p{Ll}+\s)${NAME}(?=,\s+(?:an?|the)\s+${SETTLEMENT_TOLD})`, 'gu'),
    [' a ', ' the '],
    SETTLEMENT_WORDS,
  ),
  // "the village of Spinwam", "the town of Razmak"; a part of one: "the main bazaar of Malangwa", "the streets of Gaur"
  needing(
    ['of'],
    new RegExp(
      String.raw`\b(?:town|village|city|district|area|region|hamlet|bazaar|market|streets|centre|center)\s+of\s+${NAME}`,
      'gu',
    ),
  ),
  // "the mountains north of Balakot", "20 km west of Chaman"
  needing(
    ['of'],
    new RegExp(
      String.raw`\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of\s+${NAME}`,
      'gu',
    ),
  ),
  // "in the Razmak area"
  // "in neighbouring Lakhimpur district", "on Majuli island", "drove to the Islam Qala border crossing",
  // "met at the Nyamapanda border post"
  needing(
    ['area', 'village', 'town', 'district', 'island', 'valley', 'crossing', 'checkpoint', 'post'],
    new RegExp(
      String.raw`\b(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]n|to|reached)\s+(?:the\s+)?(?:\p{Ll}+\s+)?${NAME}\s+(?:area|village|town|district|island|valley|(?:border\s+)?(?:crossing|checkpoint)|border\s+post)\b`,
      'gu',
    ),
  ),
  // "gathered in Jalalabad the next day": a capitalised name after "in", then no more name.
  // "flew to Jorhat yesterday", "flew tents into Gulmit, upstream", "lifted out of Mastuj, where …",
  // "the strike reached Sost on …",
  // "on the outskirts of Mirjaveh, an Iranian town", "suspended all services from Cumilla, saying …"
  new RegExp(
    String.raw`\b(?:[Ii]n|[Aa]t|[Nn]ear|around|above|below|beyond|through|across|throughout|into|out\s+of|outskirts\s+of|from|reach(?:ed|es|ing)?|(?:flew|travelled|traveled|went|drove|returned|headed|marched|fled|rushed|taken|driven|moved|evacuated|spread|spreads|spreading)\s+to)\s+${NAME}(?=\s+\p{Ll}|[,.;])`,
    'gu',
  ),
  ...moreUnknownPatterns(NAME),
];
/** "Nur Khan airbase in Rawalpindi": a named building, in the town named after it ("Chittagong port" is the town's). */
const INSTITUTION_AFTER =
  /^\s+(?:air\s?base|airport|airfield|hospital|camp|prison|jail|stadium|university|college|school|mosque|shrine|market|bazaar|hotel|station|road|highway|bridge|dam|barracks|cantonment|port)\s+(?:in|near|outside|at)\s+(?:the\s+)?\p{Lu}/u;
/** "outside the Services Hospital", "blocked Jail Road": a named site, somewhere in the story's town. */
const AT_A_SITE =
  /\b(?:at|in|outside|near|on|into|inside|blocked|stormed)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,4}(?:Hospital|Clinic|University|College|School|Mosque|Church|Temple|Shrine|Stadium|Prison|Jail|Airport|Hotel|Court|Assembly|Market|Bazaar|Mall|Square|Station|Camp|Cantonment|Secretariat|Palace|Bridge|Road|Highway|Street|Dam|Port|Harbour|Factory|Mill|Memorial|Museum|Park)\b/u;
/** Whether a clause puts its event at a named site (a building, a road) rather than a town. */
export const atASite = (text: string) => AT_A_SITE.test(text);

/**
 * "blocked the railway line to Karachi", "the road down to La Paz", "the bridge to Nepal", "the route
 * used by trucks to Lomé": where a road goes, not where the event is.
 */
const ROUTE_TO =
  /\b(?:roads?|line|railway|highway|motorway|routes?|flights?|trains?|buses|link|corridor|pipeline|bridge)\s+(?:(?:used|taken)\s+by\s+\p{Ll}+\s+)?(?:from\s+\p{Lu}[\p{L}-]*\s+)?(?:(?:down|up|back|out|on)\s+)?to\s+(?:the\s+)?$/u;
/**
 * ", travelling from Howrah to Chennai,", "a bus bound for Quetta": the ends of the route a vehicle
 * or a traveller was on, told in passing, not where the event happened.
 */
const ROUTE_ASIDE =
  /(?:,\s*|\b(?:bus|buses|trains?|flights?|planes?|ships?|ferry|ferries|convoys?|trucks?|lorry|lorries|express|vehicles?)\s+)(?:(?:which|that)\s+was\s+)?(?:travell?ing|running|heading|bound|en route|on (?:its|their|the) way)(?:\s+(?:by|aboard)\s+\p{Ll}+)?(?:\s+(?:across|over|along|via|through)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})?\s+(?:from|to|for|between)\s+(?:[^,;.]{1,40}?\s+(?:to|for|and)\s+)?$/u;
/** "the Visakhapatnam–Vijayawada route", "the Howrah–Chennai main line": a pair of places naming a route. */
const ROUTE_PAIR_AFTER =
  /^(?:\s*[–—-]\s*\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?)?\s+(?:(?:main|trunk|coastal|national|old|new)\s+)?(?:route|line|railway|highway|motorway|road|corridor|pipeline|section)\b/u;
const PAIR_BEFORE = /\p{Lu}[\p{L}'’]*\s*[–—-]\s*$/u;
/** PAIR_BEFORE, asked only of a text ending in a dash (and white space): V8 tries it from every character. */
const pairedBefore = (before: string) => '–—-'.includes(before.trimEnd().at(-1) ?? '_') && PAIR_BEFORE.test(before);
export function isRouteEnd(text: string, m: { start: number; end: number }): boolean {
  // "the corridor linking the port of Basra to the Turkish border": an end of a link (route-links.ts).
  if (isLinkEnd(text, m)) return true;
  // Only a place right after "to", "from", "for", "between" or "and" can end a route told in words.
  const tail = text.slice(Math.max(0, m.start - 16), m.start);
  const last = endsWithWordBefore(tail.toLowerCase(), ROUTE_WORD_LIST)
    ? LAST_WORD.exec(tail)?.[1]?.toLowerCase()
    : undefined;
  if (last !== undefined && ROUTE_WORDS_BEFORE.has(last)) {
    const before = text.slice(Math.max(0, m.start - 80), m.start);
    if ((last === 'to' && ROUTE_TO.test(before.slice(-40))) || ROUTE_ASIDE.test(before)) return true;
    // "had left Lima on Friday evening bound for Cusco": where it was going, not where it went.
    if (last === 'for' && BOUND_FOR.test(before)) return true;
  }
  // A dash-joined pair ("Visakhapatnam–Vijayawada route"): both ends, never one place on its own.
  const after = text.slice(m.end, m.end + 50);
  const paired = DASH_AFTER.test(after) || pairedBefore(text.slice(Math.max(0, m.start - 30), m.start));
  return paired && ROUTE_PAIR_AFTER.test(after);
}
const BOUND_FOR = /\bbound\s+for\s+(?:the\s+)?$/u;
const LAST_WORD = /(\p{L}+)\s+(?:the\s+)?$/u;
const ROUTE_WORDS_BEFORE: ReadonlySet<string> = new Set(['to', 'from', 'for', 'between', 'and']);
const ROUTE_WORD_LIST = [...ROUTE_WORDS_BEFORE];
const DASH_AFTER = /^\s*[–—-]\s*\p{Lu}/u;

/** How far after an unknown name the unit holding it may be named ("Shawal, near the border in North Waziristan"). */
const UNIT_REACH = 60;

/** ", in Ghizer district": the unit the text puts a place in, by its name. */
const UNKNOWN_UNIT = new RegExp(
  String.raw`^,?\s+in\s+(?:the\s+)?(?=\p{Lu})(${NAME.slice(1, -1)}\s+(?:district|province|region))`,
  'u',
);

/** "the Iranian side": a people's word standing for its country's ground. */
const SIDE_OF = /^\s+side\b/u;
const APPOSED_IN = /^,\s+(?:a|an)\s+(?:[^,;.]|\d[,.]\d){0,60}?\bin\s+(?:the\s+)?$/u;
const CONTAINER_OF = /,\s+the\s+(?:[\p{L}-]+\s+){1,3}(?:town|city|village|port|capital)\s+of\s+$/u;
const PAIRED_UNIT = /^\s+and\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+(?:province|region|district|division)\b/u;

/**
 * The words of the known places a text names that have several ("Gilgit-Baltistan" → gilgit,
 * baltistan): a name that is only part of one ("Skardu, the largest town in Baltistan") is a part
 * of that place, not a town of its own.
 */
export function partsOfKnown(mentions: readonly PlaceMention[]): Set<string> {
  const parts = new Set<string>();
  for (const m of mentions) {
    const words = m.text.split(/[\s-]+/u);
    if (words.length > 1) for (const w of words) parts.add(w.toLowerCase());
  }
  return parts;
}

export interface UnknownPlace {
  name: string;
  start: number;
  end: number;
  /** The known place the text puts it in, if any. */
  within: PlaceMention | null;
  /** `within` is only another place of the sentence, not one the text puts it in. */
  guessed?: boolean;
}

/** Places `sentence` names in a place's position that the geoparser did not find. */
export function findUnknownPlaces(
  sentence: Span,
  mentions: readonly PlaceMention[],
  known: ReadonlySet<string> = new Set(),
): UnknownPlace[] {
  const found: UnknownPlace[] = [];
  if (mayNameUnknown(sentence, mentions))
    for (const re of UNKNOWN_PATTERNS) {
      if (lacksAGroup(sentence.text, neededWords(re))) continue;
      for (const m of allMatches(re, sentence.text)) {
        const name = m[1] ?? '';
        const start = sentence.start + m.index + m[0].indexOf(name);
        const end = start + name.length;
        // A known place, or one found already: the cheapest tests first (all of them only skip a match).
        if (mentions.some((p) => p.start < end && start < p.end)) continue;
        if (found.some((u) => u.start === start)) continue;
        if (isRefusedName(name) || known.has(name.toLowerCase())) continue;
        // A lake crossed, a people "in" a country, the unit of the unknown place before (unknown-readings.ts).
        if (
          isNoPlace(re, sentence, mentions, found, {
            name,
            start,
            end,
            matchEnd: sentence.start + m.index + m[0].length,
          })
        )
          continue;
        // "Aliabad, the main bazaar town of Hunza": the area the town before it lies in.
        if (CONTAINER_OF.test(sentence.text.slice(Math.max(0, start - sentence.start - 60), start - sentence.start)))
          continue;
        // "Sistan and Baluchestan province": the first half of a unit's name, not a town.
        if (PAIRED_UNIT.test(sentence.text.slice(end - sentence.start))) continue;
        // "a town near the sea in Sujawal district": an area around the known town, not a place inside it.
        const unitAfter = /^\s+(?:district|province|division|region)\b/u.test(
          sentence.text.slice(m.index + m[0].indexOf(name) + name.length),
        );
        if (unitAfter && mentions.some((p) => isUnitOfTownBefore(sentence, p, start))) continue;
        // "Gulcha, a village … in the Alay district": the unit the unknown place before it lies in.
        if (
          unitAfter &&
          found.some(
            (u) =>
              u.end < start && APPOSED_IN.test(sentence.text.slice(u.end - sentence.start, start - sentence.start)),
          )
        )
          continue;
        // "Nur Khan airbase", "Allied hospital": a building's name, in lower case after it.
        if (INSTITUTION_AFTER.test(sentence.text.slice(m.index + m[0].indexOf(name) + name.length))) continue;
        const gapBroken = (p: PlaceMention) =>
          p.start >= end && unitGapBroken(sentence.text.slice(end - sentence.start, p.start - sentence.start));
        const after = mentions.filter(
          (p) =>
            p.start >= end &&
            p.start - end < UNIT_REACH &&
            !gapBroken(p) &&
            p.kind !== 'border' &&
            !isRouteEnd(sentence.text, { start: p.start - sentence.start, end: p.end - sentence.start }) &&
            // "near Milak, on the Iranian side of the frontier": the country whose side it is.
            (p.form === 'name' ||
              SIDE_OF.test(sentence.text.slice(p.end - sentence.start, p.end - sentence.start + 8))),
        );
        const inSentence = mentions.filter(
          (p) =>
            p.start >= sentence.start &&
            p.end <= sentence.end &&
            p.form === 'name' &&
            !gapBroken(p) &&
            !isRouteEnd(sentence.text, { start: p.start - sentence.start, end: p.end - sentence.start }),
        );
        // "above Phander in Ghizer district": a unit no index holds is named, so no later place is its unit.
        const unitUnknown = UNKNOWN_UNIT.exec(sentence.text.slice(end - sentence.start));
        const unitAt = unitUnknown ? end + unitUnknown[0].length - (unitUnknown[1]?.length ?? 0) : -1;
        const guess = [...inSentence]
          .sort((a, b) => kindSize(a.kind) - kindSize(b.kind))
          .find((p) => p.kind !== 'border');
        const within = unitUnknown && !mentions.some((p) => p.start === unitAt) ? null : (after[0] ?? guess ?? null);
        found.push({ name, start, end, within, ...(within && within !== after[0] ? { guessed: true } : {}) });
      }
    }
  const rejects = (n: string) => isRefusedName(n) || known.has(n.toLowerCase());
  const listed = listedWith(sentence, mentions, found, NAME, rejects);
  return withoutUnitsOfOthers(sentence, [...found, ...listed]).sort((a, b) => a.start - b.start);
}

/**
 * ", a town near the sea in", " in": between a known town and a unit no index holds named after it,
 * words that put the town in the unit ("Jati, a town near the sea in Sujawal district"), not a
 * clause of its own ("closed the road between Lumajang and Malang where it passes through Pronojiwo district").
 */
const TOWN_IN_UNIT = /^(?:,\s+(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,6}?|,?\s+)in\s+(?:the\s+)?$/u;
const isUnitOfTownBefore = (sentence: Span, p: PlaceMention, start: number) =>
  p.form === 'name' &&
  kindSize(p.kind) <= kindSize('city') &&
  p.start >= sentence.start &&
  p.end <= start &&
  TOWN_IN_UNIT.test(sentence.text.slice(p.end - sentence.start, start - sentence.start));

/** An unknown place drawn as the unit it is in: never a pin, its precision that of the unit. */
export function unknownDraftPlace(
  u: UnknownPlace,
  role: PlaceRole,
  fallback: DraftPlace | null,
  context: PlaceContext,
): DraftPlace | null {
  const unit = u.within ? draftPlace(u.within, role, context) : fallback ? { ...fallback, role } : null;
  if (!unit) return null;
  const pin = unit.precision === 'exact' || unit.precision === 'settlement';
  return {
    ...unit,
    name: u.name,
    placeId: null,
    // A town inside a town we know is near it, not at it: call it approximate, still an area.
    precision: pin ? 'approximate' : unit.precision,
    unknown: { name: u.name, withinId: unit.placeId, withinName: unit.name, ...(u.guessed ? { guessed: true } : {}) },
    mention: { start: u.start, end: u.end },
  };
}

export const unknownNote = (p: DraftPlace) =>
  p.unknown ? `unknown place: ${p.unknown.name}, in ${p.unknown.withinName}` : undefined;

/** Notes told again once a draft's unknown places have their final unit ("…, in India" → "…, in Assam"). */
export function refreshUnknownNotes(notes: readonly string[], places: readonly DraftPlace[]): string[] {
  return notes.map((n) => {
    const p = places.find((x) => x.unknown && n.startsWith(`unknown place: ${x.unknown.name}, in `));
    return (p && unknownNote(p)) ?? n;
  });
}

// ---------------------------------------------------------------- names several places share

const EARTH_RADIUS_KM = 6371;
function kmBetween(a: { lon: number; lat: number }, b: { lon: number; lat: number }): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Why the geoparser took this place when others share its name, or undefined when none does:
 * a country the text names, else the nearest of the text's other places.
 */
export function explainChoice(
  m: PlaceMention,
  all: readonly PlaceMention[],
  context: PlaceContext,
): string | undefined {
  const { byName } = worldLookup(context);
  const others = byName(m.name.toLowerCase()).filter((w) => w.id !== m.placeId && kmBetween(w, m) > SAME_NAME_APART_KM);
  if (others.length === 0) return undefined;
  const alternatives = others.map((w) => `${w.name} (${w.country || w.kind})`).join(', ');
  if (m.source === 'curated') return `${m.name} from the dataset's own gazetteer, not ${alternatives}`;
  const chosen = byName(m.name.toLowerCase()).find((w) => w.id === m.placeId);
  const countries = new Set(
    all
      .filter((p) => p.kind === 'country')
      .map((p) => byName(p.name.toLowerCase()).find((w) => w.kind === 'country')?.country)
      .filter((c): c is string => c !== undefined && c !== ''),
  );
  if (chosen && countries.has(chosen.country)) {
    return `${m.name} in ${chosen.country}, a country the text names; not ${alternatives}`;
  }
  const near = all
    .filter((p) => p.placeId !== m.placeId)
    .map((p) => ({ p, km: kmBetween(p, m) }))
    .sort((a, b) => a.km - b.km)[0];
  if (near)
    return `${m.name} nearest the text's other places (${near.p.name}, ${Math.round(near.km)} km); not ${alternatives}`;
  return `${m.name}: the first of several, with nothing in the text to choose by; not ${alternatives}`;
}

/** The town a story was filed from: the first town or city its dateline names (null without one). */
export function storyTown(
  mentions: readonly PlaceMention[],
  dateline: { start: number; end: number },
  context: PlaceContext,
): DraftPlace | null {
  const m = mentions.find(
    (x) =>
      x.start >= dateline.start && x.end <= dateline.end && x.form === 'name' && kindSize(x.kind) <= kindSize('city'),
  );
  return m ? draftPlace(m, 'where', context) : null;
}

/** "Dharan, where the first cases were confirmed": a clause opening "where" is at the place just before it. */
export function isWherePlace(text: string, p: { end: number }, clause: Span): boolean {
  return /^where\b/u.test(clause.text) && /^\s*,\s*$/u.test(text.slice(p.end, clause.start));
}
