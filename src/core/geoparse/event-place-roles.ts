/**
 * Where a drafted event happened: the role each place mention plays for its trigger ("phoned
 * Washington from Islamabad": from and to), a province set aside for the town inside it, and the
 * place an event falls back to when its passage names none (never a false pin: an area).
 */
import type { PlaceRole } from '../dataset/schema.ts';
import type { PlaceMention } from './find-places.ts';
import { placeAnchor } from '../dataset/gazetteer.ts';
import type { Span } from './event-parts.ts';
import { isJourneyEnd } from './journey-ends.ts';
import { isSpeakerPlace } from './speaker-place.ts';
import { draftPlace, isRouteEnd, isWherePlace, kindSize, type DraftPlace, type PlaceContext } from './event-places.ts';
import { kmBetween } from './match-context.ts';
import { DIRECTED_TYPES, type Trigger } from './triggers.ts';
import { endsWithWordBefore, isApposedReference } from './town-before.ts';
import { withoutPlaceAdjective } from './place-adjectives.ts';
import { callEnd } from './call-ends.ts';
import { isTopicPlace } from './topic-places.ts';
import { isOfficePlace } from './office-places.ts';
import { isWhereTheHurtWereTaken } from './care-places.ts';
import { placesItsSettlement } from './country-words.ts';
import { isLaterLeg } from './later-leg.ts';
import { isBareLocus } from './subject-place.ts';
import { isHazardObject } from './hazard-objects.ts';
import { isEntryPlace } from './entry-place.ts';
import { AT_ARTICLE_COUNTRY, givesWay } from './fallback-kinds.ts';
import { institutionPreposition } from './care-towns.ts';
import { isOrigin, isReportedFrom, isThingFrom } from './from-places.ts';
import { isSourcePlace } from './source-places.ts';
import { lookups, type Lookups } from './place-lookups.ts';

const DIRECT_PREPOSITIONS = new Set(['to', 'for', 'into', 'toward', 'towards']);
const LOCATIVE = new Set([
  'in',
  'around',
  'at',
  'near',
  'into',
  'on',
  'over',
  'inside',
  'outside',
  'to',
  'across',
  'of',
  'hit',
  'struck',
  'targeted',
  'bombed',
  'raided',
  'shelled',
  // "the walkout reached Kohat": a verb of motion whose object is where the event got to.
  'reached',
  'entered',
  'visited',
  'toured',
  // "burst above Phander": where the event went on; "centred off Ormara": at sea, at the town.
  'off',
  'above',
  'below',
  'beyond',
]);
/** A settlement passed through is where the thing passing was; an area passed through, its route. */
const THROUGH_TOWN: ReadonlySet<string> = new Set(['town', 'city', 'village']);
/** "through Tuni", not "through the province of Baghlan" (a town's namesake province). */
const THROUGH_RIGHT_BEFORE = /\bthrough\s+$/u;
const MARCHED_THROUGH = /\b(?:marched|marching|paraded|walked|rallied|drove)\s+through\s+(?:the\s+)?$/u;
/** "left Karachi on Wednesday": the place a trip starts from. */
const DEPARTURE_VERBS = new Set(['left', 'departed', 'quit', 'fled']);
const OUT_OF = /\bout\s+of\s+(?:the\s+)?$/u;
/** A sentence's place that may stand in for an event's when the clause names none. */
const FALLBACK_LOCATIVE = new Set(['in', 'at', 'near', 'around', 'to', 'into', 'inside', 'outside']);
/** "the town of Nahrin", "the Tajik town of Isfara": the preposition that counts is the one before. */
const UNIT_OF = /(?:\b(?:the\s+)?(?:\p{L}+\s+)?(?:town|city|village|district|province|region|area)\s+of\s+)$/u;

/** "Kabul answered", "Islamabad summoned": a city as a clause's subject, with a verb in the past. */
/** Nothing before a place in its clause but a dateline ("ZARANJ, Afghanistan, Sept. 5 (Wire) –"). */
const CLAUSE_OPENS = /(?:^|[–—])\s*$/u;
const CITY_ACTS = /^\s+(?:\p{Ll}+ly\s+)?\p{Ll}+ed\b/u;
/** "the Afghan side", "the Gilgit side of the pass". */
const SIDE_AFTER = /^\s+(?:sides?|frontier|border(?!\s+(?:crossing|checkpoint|post|town|city|village)))\b/u;
/** ", travelling from Howrah to Chennai,": a thing's journey, told aside, in a participle phrase. */
const JOURNEY_TO = /,\s*\p{Ll}+ing\s+from\s+\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?\s+to\s+$/u;
const JOURNEY_FROM = /,\s*\p{Ll}+ing\s+from\s+$/u;
const TO_NAME_AFTER = /^\s+to\s+\p{Lu}/u;

/** The word before a place, past "the town of" ("into the town of Nahrin" → into). */
export function prepositionBefore(text: string, m: { start: number; kind?: string }, from = 0): string | undefined {
  let before = text.slice(Math.max(from, m.start - 60), m.start);
  const unit = endsWithWordBefore(before, ['of']) ? UNIT_OF.exec(before) : null;
  if (unit) before = before.slice(0, unit.index);
  return PREPOSITION_BEFORE.exec(withoutPlaceAdjective(before, m.kind).slice(-30))?.[1]?.toLowerCase();
}
/** An adjective place that is a place: "Pakistani territory", "a Pakistani military town". */
const ADJECTIVE_PLACE =
  /^\s+(?:\p{L}+\s+)?(?:territory|soil|side|town|city|village|region|area|prison|airspace|border)\b/u;
const PLACE_NOUN_AFTER =
  /^\s+(?:border\s+)?(?:crossing|checkpoint|airport|prison|jail|market|bazaar|camp|valley|district|area|region|province|(?:[Hh]igh\s+|[Dd]istrict\s+)?[Cc]ourt)\b/u;
const PREPOSITION_BEFORE = /(\p{L}+)\s+(?:the\s+|a\s+|an\s+)?$/u;

/** ", a career diplomat who previously served in ": a person's past, told beside the event. */
const WHO_WAS_IN = /,\s+(?:a|an|the)\s+[^,;]{0,50}?\bwho\s+(?:\p{Ll}+ly\s+)?(?:had\s+)?\p{Ll}+ed\s+(?:in|at)\s+$/u;

export function isPlaceHere(text: string, m: PlaceMention): boolean {
  if (m.form === 'name') return true;
  return ADJECTIVE_PLACE.test(text.slice(m.end, m.end + 40));
}

export function roleOf(text: string, clause: Span, m: PlaceMention, trigger: Trigger): PlaceRole {
  // "visited Kabul", "phoned Washington": the place is the verb's object.
  const object = m.start >= trigger.end && /^\s+(?:the\s+)?$/u.test(text.slice(trigger.end, m.start));
  // "summoned Pakistan's charge d'affaires", "phoned Uganda's premier": whose envoy, not where the act was.
  if (
    object &&
    (trigger.type === 'diplomatic-protest' || trigger.type === 'phone-call') &&
    /^['’]s\b/u.test(text.slice(m.end, m.end + 2))
  )
    return 'mentioned';
  if (object) return DIRECTED_TYPES.has(trigger.type) ? 'to' : 'where';
  // "22:50 Trikala: the river overtopped …": a live blog's entry headed by its place is there (entry-place.ts).
  if (isEntryPlace(text, m)) return 'where';
  // "an aftershock rattled Bahía de Caráquez": what a hazard struck is where (hazard-objects.ts).
  if (isHazardObject(text, m)) return 'where';
  // "traced the wave to Dharan, where cases were confirmed": the clause "where" opens is there.
  if (m.end <= clause.start && isWherePlace(text, m, clause)) return 'where';
  // "the Chaman border crossing", "the Lahore prison": a place naming where a thing is.
  if (PLACE_NOUN_AFTER.test(text.slice(m.end, m.end + 30)) && !isApposedReference(text, m)) return 'where';
  // "Kabul answered on Monday, summoning …": a city as the subject acts for its government, there.
  if (
    m.kind === 'city' &&
    m.form === 'name' &&
    CLAUSE_OPENS.test(text.slice(clause.start, m.start)) &&
    CITY_ACTS.test(text.slice(m.end, m.end + 24))
  )
    return 'where';
  // "an activist in Islamabad said strikes of this kind …": where the speaker is, not what is said.
  if (m.end <= trigger.start && trigger.type !== 'statement' && isSpeakerPlace(text, m)) return 'mentioned';
  // "Datta Khel, a town west of Miranshah": the second place locates the first; "talks about Kabul": a subject.
  if (isApposedReference(text, m) || isTopicPlace(text, m, trigger) || isOfficePlace(text, m)) return 'mentioned';
  // "on the Gilgit side of the pass": a place naming a side, not where the event was; "according to
  // the institute in Tirana": a source's seat (source-places.ts).
  if (
    isOrigin(text, m) ||
    isSourcePlace(text, m) ||
    isRouteEnd(text, m) ||
    SIDE_AFTER.test(text.slice(m.end, m.end + 30))
  )
    return 'mentioned';
  if (isWhereTheHurtWereTaken(text, m.start)) return 'mentioned';
  if (isLaterLeg(text, m)) return 'mentioned';
  // "the express, travelling from Howrah to Chennai, left the tracks near Tuni": the ends of a
  // journey told aside are not where the event was ("flew from Kabul to Delhi" is no aside).
  const aside = text.slice(Math.max(0, m.start - 50), m.start);
  if (JOURNEY_TO.test(aside) || (JOURNEY_FROM.test(aside) && TO_NAME_AFTER.test(text.slice(m.end, m.end + 8))))
    return 'mentioned';
  if (!DIRECTED_TYPES.has(trigger.type) && isJourneyEnd(text, m)) return 'mentioned';
  // "Rao, a diplomat who previously served in Moscow, arrived in Tashkent": a person's past, set off by commas.
  if (
    /^\s*,/u.test(text.slice(m.end, m.end + 3)) &&
    WHO_WAS_IN.test(text.slice(Math.max(clause.start, m.start - 80), m.start))
  )
    return 'mentioned';
  // "died at Kasturba Hospital, Manipal": the town of the institution, by its preposition (care-towns.ts).
  const before = prepositionBefore(text, m, clause.start) ?? institutionPreposition(text, m);
  // "a case reported from Siddapur", "deaths recorded from Kasese": where the thing reported is.
  if (before === 'from' && isReportedFrom(text, m, clause.start)) return 'where';
  // A trip's "kits from Dubai", "the road from Kabul": where a thing comes from, not the trip's start.
  if (before === 'from' && DIRECTED_TYPES.has(trigger.type) && isThingFrom(text, m, clause.start)) {
    return 'mentioned';
  }
  if (m.form === 'adjective') return placesItsSettlement(text, m) ? 'mentioned' : 'where';
  if (DIRECTED_TYPES.has(trigger.type)) {
    if (trigger.type === 'phone-call') return callEnd(text, m, trigger, before);
    if (before === 'from' || (before !== undefined && DEPARTURE_VERBS.has(before))) return 'from';
    // "flew out of Tehran", "set off from Quetta": where the trip left from.
    if (OUT_OF.test(text.slice(Math.max(clause.start, m.start - 20), m.start))) return 'from';
    if (before !== undefined && DIRECT_PREPOSITIONS.has(before)) return 'to';
    if (m.start > trigger.start && (before === undefined || before === 'in')) return 'to';
    return before !== undefined && LOCATIVE.has(before) ? 'to' : 'mentioned';
  }
  // "recalled its envoy from Islamabad", "expelled from Kabul": where the envoy was.
  if (before === 'from' && trigger.type === 'diplomatic-protest') return 'where';
  // "marched through Skardu", "the train passed through Tuni": where it was; "a line through
  // Afghanistan" is a route across an area.
  if (before === 'through') {
    const to = withoutPlaceAdjective(text.slice(Math.max(0, m.start - 60), m.start), m.kind);
    return MARCHED_THROUGH.test(to.slice(-30)) || (THROUGH_TOWN.has(m.kind) && THROUGH_RIGHT_BEFORE.test(to.slice(-12)))
      ? 'where'
      : 'mentioned';
  }
  if (before === 'of' && m.kind !== 'town' && m.kind !== 'city') return 'mentioned';
  return before !== undefined && LOCATIVE.has(before) ? 'where' : 'mentioned';
}

/** How near a smaller place must be to a larger one of the event to be taken as inside it. */
const INSIDE_KM = 150;
const SETTLEMENTS: ReadonlySet<string> = new Set(['building', 'site', 'village', 'town', 'city']);
const ROLES_BY_PLACE = ['where', 'to', 'from'] as const;

/**
 * "fighting in Helmand, where an attack in Lashkar Gah": the event is at the smaller place; the
 * province that holds it stays as mentioned, as the curated dataset has North Waziristan beside
 * Datta Khel. The same for a country that holds the event's town ("arrived in Mumbai … a visit to
 * India"), and for a trip's destination or origin, each compared with places of its own role.
 */
export function demoteContaining(drafted: DraftPlace[], context: PlaceContext) {
  const index = lookups(context);
  for (const role of ROLES_BY_PLACE) {
    const outers = drafted.filter((p) => p.role === role);
    // Where the event is holds its trip's places too ("reached Johi, a town in Dadu district").
    const inners = role === 'where' ? drafted.filter(isLocating) : outers;
    for (const outer of outers) {
      if (inners.some((p) => p !== outer && isLocating(p) && holds(outer, p, index))) outer.role = 'mentioned';
    }
  }
}

function holds(outer: DraftPlace, inner: DraftPlace, { byId, worldById, countryOf }: Lookups): boolean {
  const outerKind = outer.unit ?? outer.kind;
  if (kindSize(outerKind) <= kindSize(inner.unit ?? inner.kind) || !outer.placeId) return false;
  // A city holds no town: only an area (a district, a region, a province, a country) holds places.
  if (SETTLEMENTS.has(outerKind)) return false;
  const innerId = inner.placeId ?? inner.unknown?.withinId ?? null;
  if (!innerId) return false;
  if (outer.kind === 'country') return innerId !== outer.placeId && countryOf(innerId) === outer.placeId;
  if (inner.unknown) return false;
  for (let p = byId.get(innerId), n = 0; p && n < 10; n++) {
    if (p.parent === outer.placeId) return true;
    p = p.parent ? byId.get(p.parent) : undefined;
  }
  // A town from a country's shard knows its division: Jorhat lies in Assam, 160 km from its point.
  return worldById(innerId)?.within === outer.placeId || kmBetween(outer, inner) < INSIDE_KM;
}

/**
 * The smallest unit a draft gives wins, once its places are all in (after undated mentions and
 * merged tellings added theirs): a province or country beside a town inside it is only mentioned,
 * and a guessed place (a fallback) gives way to one the text names.
 */
export function preferSmallest(places: DraftPlace[], context: PlaceContext) {
  const named = places.filter((p) => isLocating(p) && !p.fallback);
  if (named.length > 0) for (const p of places) if (givesWay(p) && isLocating(p)) p.role = 'mentioned';
  demoteContaining(places, context);
  settleUnknowns(places, context);
}

const AREAS: ReadonlySet<string> = new Set(['district', 'region', 'province', 'country']);
/**
 * A town no index holds is finer than any area the draft gives beside it: the area ("Assam",
 * "India") is only mentioned, and the smallest of them inside the town's country becomes the
 * unit it is drawn as ("unknown place: Dhakuakhana, in Assam").
 */
function settleUnknowns(places: DraftPlace[], context: PlaceContext) {
  const { countryOf } = lookups(context);
  const areas = places.filter((p) => !p.unknown && isLocating(p) && AREAS.has(p.unit ?? p.kind));
  if (areas.length === 0) return;
  let settled = false;
  for (const [i, p] of places.entries()) {
    if (!p.unknown || !isLocating(p)) continue;
    settled = true;
    const unitId = p.unknown.withinId;
    if (p.kind !== 'country' || !unitId) continue;
    const finer = areas
      .filter((a) => a.kind !== 'country' && a.placeId && countryOf(a.placeId) === unitId)
      .sort((a, b) => kindSize(a.unit ?? a.kind) - kindSize(b.unit ?? b.kind))[0];
    if (finer?.placeId) {
      places[i] = {
        ...finer,
        role: p.role,
        name: p.name,
        placeId: null,
        unknown: { name: p.unknown.name, withinId: finer.placeId, withinName: finer.name },
        mention: p.mention,
      };
    }
  }
  if (settled) for (const a of areas) a.role = 'mentioned';
}

export const isLocating = (p: DraftPlace) =>
  p.role === 'where' || p.role === 'to' || p.role === 'from' || p.role === 'target';

/**
 * No place governs the event: a place the sentence puts something in ("in Lahore"), else the
 * article's main country, drawn as its area. Never a place merely named nearby ("ties with Islamabad").
 */
export function fallbackPlace(
  text: string,
  drafted: DraftPlace[],
  sentenceMentions: readonly PlaceMention[],
  scene: ReadonlySet<PlaceMention>,
  inAnchor: (s: { start: number; end: number }) => boolean,
  mainCountry: DraftPlace | null,
  context: PlaceContext,
  notes: string[],
) {
  const nearby = sentenceMentions
    .filter(
      (m) =>
        m.form === 'name' &&
        !inAnchor(m) &&
        m.kind !== 'border' &&
        m.kind !== 'country' &&
        !isOrigin(text, m) &&
        !isSourcePlace(text, m) &&
        !isRouteEnd(text, m),
    )
    .filter((m) => scene.has(m) || FALLBACK_LOCATIVE.has(prepositionBefore(text, m) ?? '') || isBareLocus(text, m))
    .sort((a, b) => kindSize(a.kind) - kindSize(b.kind))[0];
  if (nearby) {
    const p = draftPlace(nearby, 'where', context);
    p.fallback = `the passage names no place for it: put at ${p.name}, where the same sentence puts things`;
    notes.push(p.fallback);
    drafted.push(p);
    return;
  }
  // "Pakistan's foreign secretary met …": the country whose people act, before the article's.
  const own = sentenceMentions.find(
    (m) => m.form === 'name' && m.kind === 'country' && !inAnchor(m) && /^['’]s\b/u.test(text.slice(m.end, m.end + 3)),
  );
  if (own) {
    const p = draftPlace(own, 'where', context);
    p.fallback = `the passage names no place for it: put at ${p.name}, the country of those who act`;
    notes.push(p.fallback);
    drafted.push(p);
  } else if (mainCountry) {
    const fallback = `the passage names no place for it: put at ${mainCountry.name}, ${AT_ARTICLE_COUNTRY}`;
    drafted.push({ ...mainCountry, role: 'where', fallback });
    notes.push(fallback);
  }
}

export function mostNamedCountry(mentions: readonly PlaceMention[], context: PlaceContext): DraftPlace | null {
  // The country the text's towns and districts lie in says more than how often a country is
  // named: a story about Lahore and Waziristan names "the US" at every turn.
  const { countryOf } = lookups(context);
  const counts = new Map<string, number>();
  for (const m of mentions) {
    const country = m.kind === 'country' ? m.placeId : countryOf(m.placeId);
    if (country) counts.set(country, (counts.get(country) ?? 0) + (m.kind === 'country' ? 1 : 3));
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const total = ranked.reduce((sum, [, n]) => sum + n, 0);
  // A tour of the Gulf has no country of its own: the first must hold at least half the weight.
  const top = ranked[0] && ranked[0][1] * 2 >= total ? ranked[0] : undefined;
  return top ? countryDraft(top[0], mentions, context) : null;
}

/** The country `id` names, as a place drawn where an event is: from its mention if the text names it. */
function countryDraft(id: string, mentions: readonly PlaceMention[], context: PlaceContext): DraftPlace | null {
  const { worldById, anchors } = lookups(context);
  const mention = mentions.find((m) => m.placeId === id);
  if (mention) return draftPlace(mention, 'where', context);
  const w = worldById(id);
  if (w)
    return {
      name: w.name,
      placeId: w.id,
      lon: w.lon,
      lat: w.lat,
      role: 'where',
      kind: 'country',
      precision: 'country',
      mention: { start: 0, end: 0 },
    };
  const f = context.gazetteer.features.find((x) => x.properties.id === id);
  if (!f) return null;
  let anchor = anchors.get(id);
  if (!anchor) anchors.set(id, (anchor = placeAnchor(f)));
  const [lon, lat] = anchor;
  return {
    name: f.properties.name,
    placeId: f.properties.id,
    lon,
    lat,
    role: 'where',
    kind: 'country',
    precision: 'country',
    mention: { start: 0, end: 0 },
  };
}

/**
 * A tour with no country of its own ("arrived in Tashkent on Sunday … The following morning she
 * flew to Samarkand"): a town no index holds, with no unit in its sentence, lies in the country of
 * the last place an event before it was at. Null when no event before it has a known place.
 */
export function countryOfLastStop(
  before: readonly { places: readonly DraftPlace[] }[],
  mentions: readonly PlaceMention[],
  context: PlaceContext,
): DraftPlace | null {
  const { countryOf } = lookups(context);
  for (let i = before.length - 1; i >= 0; i--) {
    const stop = before[i]?.places.find((p) => isLocating(p) && !p.unknown && !p.fallback && p.placeId);
    const country = stop?.placeId ? countryOf(stop.placeId) : null;
    if (country) return countryDraft(country, mentions, context);
  }
  return null;
}
