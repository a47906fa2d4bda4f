/**
 * Article to timeline: draft events from a news text, each with a trigger, a date resolved
 * against the publication date, its places with their roles, actors, casualty figures as claims,
 * and the passage it came from. Dates relative to another event ("a day after the release") are
 * linked to that event; the same event told twice is merged (`mergeDrafts`, also across articles).
 *
 * @example
 * const drafts = extractEvents(text, { source: 'ap', published: '2011-08-02', matcher, context });
 * drafts[0] // { type: 'strike', span: { first: 15050, … 'day' }, places: [{ name: 'Datta Khel', role: 'where' }], … }
 */
import type { CLAIM_ASPECTS, EventType, PlaceProperties, PlaceRole } from '../dataset/schema.ts';
import type { WorldPlace } from './world-index.ts';
import type { PlaceMatcher, PlaceMention } from './find-places.ts';
import { placeAnchor } from '../dataset/gazetteer.ts';
import { applyLink, findDates, type DateKind, type DateMention, type DaySpanDraft } from './resolve-dates.ts';
import { findActors, findCasualties, splitClauses, splitSentences, type Span } from './event-parts.ts';
import {
  draftPlace,
  explainChoice,
  findUnknownPlaces,
  kindSize,
  unknownDraftPlace,
  type DraftPlace,
  type PlaceContext,
} from './event-places.ts';
import { DIRECTED_TYPES, findTriggers, sameKind, TYPE_PRIORITY, type Trigger } from './triggers.ts';
import { mergeDrafts } from './merge-events.ts';

export interface Evidence {
  source: string;
  start: number;
  end: number;
  text: string;
}

export interface DraftClaim {
  source: string;
  aspect: (typeof CLAIM_ASPECTS)[number];
  statement: string;
  killed?: { min: number; max: number | null; who: string };
}

export interface EventDraft {
  type: EventType;
  title: string;
  /** Null only while a relative date waits for its anchor; drafts returned always have one. */
  span: DaySpanDraft | null;
  dateKind: DateKind | null;
  dateText: string | null;
  dateNote: string;
  places: DraftPlace[];
  actors: string[];
  claims: DraftClaim[];
  sources: string[];
  evidence: Evidence[];
  /** Unknown places, fallbacks, choices among namesakes: what the reviewer should look at. */
  notes: string[];
}

export interface ExtractOptions {
  /** The source's id, kept on every draft, claim and evidence. */
  source: string;
  /** Publication date, YYYY-MM-DD: relative dates resolve against it. */
  published: string;
  matcher: PlaceMatcher;
  context: PlaceContext;
}

interface Pending extends EventDraft {
  date: DateMention | null;
  at: number;
}

const VIOLENT = new Set<EventType>(['strike', 'raid', 'shooting', 'attack']);
const DIRECT_PREPOSITIONS = new Set(['to', 'for', 'into', 'toward', 'towards']);
const LOCATIVE = new Set([
  'in',
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
]);
/** A sentence's place that may stand in for an event's when the clause names none. */
const FALLBACK_LOCATIVE = new Set(['in', 'at', 'near', 'to', 'inside', 'outside']);
/** An adjective place that is a place: "Pakistani territory", "a Pakistani military town". */
const ADJECTIVE_PLACE =
  /^\s+(?:\p{L}+\s+)?(?:territory|soil|side|town|city|village|region|area|prison|airspace|border)\b/u;
const PLACE_NOUN_AFTER =
  /^\s+(?:border\s+)?(?:crossing|checkpoint|airport|prison|jail|market|bazaar|camp|valley|district|area|region|province)\b/u;
const PREPOSITION_BEFORE = /(\p{L}+)\s+(?:the\s+|a\s+|an\s+)?$/u;
const TYPE_LABELS: Record<EventType, string> = {
  strike: 'Strike',
  shooting: 'Shooting',
  attack: 'Attack',
  detention: 'Detention',
  release: 'Release',
  raid: 'Raid',
  'diplomatic-meeting': 'Meeting',
  'diplomatic-protest': 'Diplomatic protest',
  'phone-call': 'Call',
  visit: 'Visit',
  statement: 'Statement',
  policy: 'Policy',
  report: 'Report',
  protest: 'Protest',
  'casualty-toll': 'Casualty toll',
};

/** A dateline's or byline's date is when the story was filed, not when anything in it happened. */
/** "ISLAMABAD, " or "PESHAWAR, Pakistan, " before the date. */
const DATELINE_PREFIX = /^\s*\p{Lu}[\p{Lu} .'’-]*(?:,\s*\p{Lu}[\p{L} .'’-]*)?,\s*$/u;
const BYLINE_PREFIX = /^\s*(?:by\b|published|posted|updated|first published|date\b)/iu;
function inHeadline(text: string, d: { start: number }): boolean {
  const prefix = text.slice(text.lastIndexOf('\n', d.start - 1) + 1, d.start);
  return DATELINE_PREFIX.test(prefix) || BYLINE_PREFIX.test(prefix);
}

/** Where a dateline ends (0 when the text opens without one): "CITY, Country, date (Agency) –" or "CITY:". */
const DATELINE = /^\s*\p{Lu}{2,}[\p{Lu} .'’-]*(?:,[^\n–—:]{0,60})?(?:\s+[-–—]\s+|:\s+)/u;
function datelineEnd(text: string): number {
  return DATELINE.exec(text)?.[0].length ?? 0;
}

const inside = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start >= b.start && a.end <= b.end;

/** Draft events of one article, merged within it, in text order. */
export function extractEvents(text: string, options: ExtractOptions): EventDraft[] {
  const { source, context } = options;
  // The dateline ("PESHAWAR, Pakistan, Oct. 14, 2012 (Wire) –") says where the story was filed
  // and by whom: none of its places or names belong to an event.
  const filed = datelineEnd(text);
  const everywhere = options.matcher.find(text);
  const mentions = everywhere.filter((m) => m.start >= filed);
  const sentences = splitSentences(text);
  // Only sentences that tell an event need their dates read.
  const triggersOf = new Map<Span, Trigger[]>();
  const telling = sentences.filter((x) => {
    const found = findTriggers(x.text, x.start);
    if (found.length > 0) triggersOf.set(x, found);
    return found.length > 0;
  });
  const dates = findDates(text, options.published, telling).filter((d) => !inHeadline(text, d));
  const mainCountry = mostNamedCountry(everywhere, context);
  const pending: Pending[] = [];

  for (const sentence of telling) {
    // The words after "a day after" name the anchor event: its places and trigger are not this event's.
    const anchors = dates
      .filter((d) => inside(d, sentence) && d.link && d.link.anchor !== 'previous')
      .map((d) => ({ start: d.end, end: anchorEnd(text, d, sentence) }));
    const inAnchor = (s: { start: number; end: number }) => anchors.some((a) => inside(s, a));
    const sentenceMentions = mentions.filter((m) => inside(m, sentence));
    const unknowns = findUnknownPlaces(sentence, sentenceMentions);
    const sentenceDates = dates.filter((d) => inside(d, sentence) && !inAnchor(d));

    for (const clause of splitClauses(sentence)) {
      const triggers = pickTriggers(
        (triggersOf.get(sentence) ?? []).filter((t) => inside(t, clause) && !dates.some((d) => inside(t, d))),
      );
      if (triggers.length === 0) continue;
      const said = attribution(clause);
      const places = sentenceMentions.filter(
        (m) => inside(m, clause) && isPlaceHere(text, m) && !(said && inside(m, said)),
      );
      const clauseUnknowns = unknowns.filter((u) => inside(u, clause));
      const clauseDates = sentenceDates.filter((d) => inside(d, clause));
      const covered = (a: number, b: number) =>
        sentenceMentions.some((m) => m.start < b && a < m.end) || clauseUnknowns.some((u) => u.start < b && a < u.end);
      const actors = findActors(clause, (a, b) => a < filed || covered(a, b));
      const figures = findCasualties(clause).filter((f) => !inAnchor(f.span));

      const dateOf = new Map<Trigger, DateMention | null>();
      for (const trigger of triggers) {
        let date = inAnchor(trigger) ? null : pickDate(trigger, clauseDates.length > 0 ? clauseDates : sentenceDates);
        // "His release …, a day after the release": that trigger is the anchor told again, not a new event.
        const anchorText = date?.link && date.link.anchor !== 'previous' ? date.link.anchor.text : null;
        if (anchorText && findTriggers(anchorText).some((t) => t.type === trigger.type)) date = null;
        dateOf.set(trigger, date);
      }
      for (const trigger of triggers) {
        const anchored = inAnchor(trigger);
        const date = dateOf.get(trigger) ?? null;
        const mine = (p: { start: number; end: number }) =>
          nearestTrigger(p, triggers) === trigger && inAnchor(p) === anchored;
        const drafted: DraftPlace[] = [];
        for (const m of places.filter(mine)) {
          const place = draftPlace(m, roleOf(text, clause, m, trigger), context);
          const choice = explainChoice(m, mentions, context);
          if (choice) place.choice = choice;
          drafted.push(place);
        }
        for (const u of clauseUnknowns.filter(mine)) {
          const place = unknownDraftPlace(u, 'where', mainCountry, context);
          if (place) drafted.push(place);
        }
        demoteContaining(drafted, context);
        // The unit an unknown place lies in is where it is drawn, not a second place of the event.
        for (const p of drafted) {
          if (p.unknown?.withinId) {
            for (const q of drafted) if (q !== p && q.placeId === p.unknown.withinId) q.role = 'mentioned';
          }
        }
        const notes: string[] = [];
        if (!drafted.some(isLocating)) {
          // A place another event of the clause took ("kidnapped in Kabul … released") is not this one's.
          // One that shares this event's date is the same scene ("flew to Islamabad … for talks").
          const free = sentenceMentions.filter((m) => {
            const owner = places.includes(m) ? nearestTrigger(m, triggers) : undefined;
            return owner === undefined || owner === trigger || (date !== null && dateOf.get(owner) === date);
          });
          // The place of an event told with the same date in the clause ("visited Kabul and held talks").
          const scene = new Set(
            places.filter((m) => {
              const owner = nearestTrigger(m, triggers);
              return owner !== trigger && date !== null && owner !== undefined && dateOf.get(owner) === date;
            }),
          );
          fallbackPlace(text, drafted, free, scene, inAnchor, mainCountry, context, notes);
        }
        for (const p of drafted) {
          if (p.unknown) notes.push(`unknown place: ${p.unknown.name}, in ${p.unknown.withinName}`);
          if (p.choice) notes.push(`chose ${p.choice}`);
        }
        const claims: DraftClaim[] = VIOLENT.has(trigger.type)
          ? figures.map((f) => ({
              source,
              aspect: 'casualties' as const,
              statement: `${source} reports ${f.max === null ? 'at least ' : ''}${f.min}${f.max !== null && f.max !== f.min ? `–${f.max}` : ''} ${f.who} killed ("${f.span.text}").`,
              killed: { min: f.min, max: f.max, who: f.who },
            }))
          : [];
        pending.push({
          type: trigger.type,
          title: '',
          span: date?.span ?? null,
          dateKind: date?.kind ?? null,
          dateText: date?.text ?? null,
          dateNote: date ? `${source}, ${options.published}: ${date.note}` : '',
          date,
          places: drafted,
          actors,
          claims,
          sources: [source],
          evidence: [{ source, start: sentence.start, end: sentence.end, text: sentence.text }],
          notes,
          at: trigger.start,
        });
      }
    }
  }

  resolveLinks(pending, text);
  const dated = attachUndated(pending);
  return mergeDrafts(dated).map((d) => {
    // A year's or a range's dead ("had killed 940 civilians in 2010") is a toll, not one strike.
    const toll =
      VIOLENT.has(d.type) && d.claims.length > 0 && d.span?.precision !== 'day' && d.span?.precision !== 'month';
    const typed = toll ? { ...d, type: 'casualty-toll' as const } : d;
    return { ...typed, title: titleOf(typed) };
  });
}

/**
 * Where the words naming an anchor event end: at the clause's next comma, past any name set off
 * by commas ("the release of a CIA contractor, Raymond Davis, from a Lahore prison").
 */
function anchorEnd(text: string, d: DateMention, sentence: Span): number {
  const anchor = d.link?.anchor;
  let at = anchor && anchor !== 'previous' ? anchor.end : d.end;
  for (;;) {
    const rest = text.slice(at, sentence.end);
    const appositive = APPOSITIVE.exec(rest);
    if (appositive) {
      at += appositive[0].length;
      continue;
    }
    const stop = rest.search(/[,;]/u);
    return stop < 0 ? sentence.end : at + stop;
  }
}
const APPOSITIVE = /^[^,;]*?,\s*(?:\p{Lu}[\p{L}.'’-]*\s*){1,4},/u;

/** ", the foreign ministry in New Delhi said": who says it, not where it happened. */
function attribution(clause: Span): Span | null {
  const m = /,\s+[^,;]{0,80}?\b(?:said|says|told|reported|announced|added)\b(?:\s+\p{L}+){0,3}\W*$/u.exec(clause.text);
  if (!m) return null;
  const start = clause.start + m.index;
  return { start, end: clause.end, text: m[0] };
}

/** One trigger per kind of event in a clause: "drone attacks … killing 45 … in one attack" is one strike. */
function pickTriggers(triggers: Trigger[]): Trigger[] {
  const kept: Trigger[] = [];
  const rank = (t: Trigger) => TYPE_PRIORITY.indexOf(t.type);
  for (const t of [...triggers].sort((a, b) => rank(a) - rank(b))) {
    if (kept.some((k) => sameKind(k.type, t.type) || (VIOLENT.has(k.type) && VIOLENT.has(t.type)))) continue;
    kept.push(t);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function pickDate(trigger: Trigger, dates: readonly DateMention[]): DateMention | null {
  const distance = (d: DateMention) => (d.start >= trigger.end ? d.start - trigger.end : trigger.start - d.end);
  const ranked = [...dates].sort((a, b) => {
    // A date of its own ("this morning") beats one that waits for another event ("less than two days after").
    const own = Number(a.span === null) - Number(b.span === null);
    return own || distance(a) - distance(b);
  });
  return ranked[0] ?? null;
}

function nearestTrigger(p: { start: number; end: number }, triggers: readonly Trigger[]): Trigger | undefined {
  // A place after a trigger is usually its object ("struck Mir Ali"): it counts half the distance.
  const distance = (t: Trigger) => (p.start >= t.end ? (p.start - t.end) / 2 : t.start - p.end);
  return [...triggers].sort((a, b) => distance(a) - distance(b))[0];
}

function isPlaceHere(text: string, m: PlaceMention): boolean {
  if (m.form === 'name') return true;
  return ADJECTIVE_PLACE.test(text.slice(m.end, m.end + 40));
}

function roleOf(text: string, clause: Span, m: PlaceMention, trigger: Trigger): PlaceRole {
  // "visited Kabul", "phoned Washington": the place is the verb's object.
  const object = m.start >= trigger.end && /^\s+(?:the\s+)?$/u.test(text.slice(trigger.end, m.start));
  if (object) return DIRECTED_TYPES.has(trigger.type) ? 'to' : 'where';
  // "the Chaman border crossing", "the Lahore prison": a place naming where a thing is.
  if (PLACE_NOUN_AFTER.test(text.slice(m.end, m.end + 30))) return 'where';
  const before = PREPOSITION_BEFORE.exec(text.slice(Math.max(clause.start, m.start - 30), m.start))?.[1]?.toLowerCase();
  if (m.form === 'adjective') return 'where';
  if (DIRECTED_TYPES.has(trigger.type)) {
    if (trigger.type === 'phone-call') return m.start < trigger.start ? 'from' : before === 'from' ? 'from' : 'to';
    if (before === 'from') return 'from';
    if (before !== undefined && DIRECT_PREPOSITIONS.has(before)) return 'to';
    if (m.start > trigger.start && (before === undefined || before === 'in')) return 'to';
    return before !== undefined && LOCATIVE.has(before) ? 'to' : 'mentioned';
  }
  // "recalled its envoy from Islamabad", "expelled from Kabul": where the envoy was.
  if (before === 'from' && trigger.type === 'diplomatic-protest') return 'where';
  if (before === 'of' && m.kind !== 'town' && m.kind !== 'city') return 'mentioned';
  return before !== undefined && LOCATIVE.has(before) ? 'where' : 'mentioned';
}

/** How near a smaller place must be to a larger one of the event to be taken as inside it. */
const INSIDE_KM = 150;

/**
 * "fighting in Helmand, where an attack in Lashkar Gah": the event is at the smaller place; the
 * province that holds it stays as mentioned, as the curated dataset has North Waziristan beside Datta Khel.
 */
function demoteContaining(drafted: DraftPlace[], context: PlaceContext) {
  if (drafted.filter((p) => p.role === 'where').length < 2) return;
  const { byId } = lookups(context);
  const holds = (outer: DraftPlace, inner: DraftPlace): boolean => {
    if (kindSize(outer.kind) <= kindSize(inner.kind) || outer.kind === 'country') return false;
    for (let p = inner.placeId ? byId.get(inner.placeId) : undefined, n = 0; p && n < 10; n++) {
      if (p.parent === outer.placeId) return true;
      p = p.parent ? byId.get(p.parent) : undefined;
    }
    const rad = Math.PI / 180;
    const km =
      6371 *
      Math.acos(
        Math.min(
          1,
          Math.sin(outer.lat * rad) * Math.sin(inner.lat * rad) +
            Math.cos(outer.lat * rad) * Math.cos(inner.lat * rad) * Math.cos((outer.lon - inner.lon) * rad),
        ),
      );
    return km < INSIDE_KM;
  };
  for (const outer of drafted) {
    if (outer.role !== 'where') continue;
    if (drafted.some((inner) => inner !== outer && inner.role === 'where' && !inner.unknown && holds(outer, inner))) {
      outer.role = 'mentioned';
    }
  }
}

const isLocating = (p: DraftPlace) => p.role === 'where' || p.role === 'to' || p.role === 'from' || p.role === 'target';

/**
 * No place governs the event: a place the sentence puts something in ("in Lahore"), else the
 * article's main country, drawn as its area. Never a place merely named nearby ("ties with Islamabad").
 */
function fallbackPlace(
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
    .filter((m) => m.form === 'name' && !inAnchor(m) && m.kind !== 'border' && m.kind !== 'country')
    .filter(
      (m) =>
        scene.has(m) ||
        FALLBACK_LOCATIVE.has(
          PREPOSITION_BEFORE.exec(text.slice(Math.max(0, m.start - 30), m.start))?.[1]?.toLowerCase() ?? '',
        ),
    )
    .sort((a, b) => kindSize(a.kind) - kindSize(b.kind))[0];
  if (nearby) {
    const p = draftPlace(nearby, 'where', context);
    p.fallback = `the passage names no place for it: put at ${p.name}, where the same sentence puts things`;
    notes.push(p.fallback);
    drafted.push(p);
  } else if (mainCountry) {
    const fallback = `the passage names no place for it: put at ${mainCountry.name}, the country the article's places lie in`;
    drafted.push({ ...mainCountry, role: 'where', fallback });
    notes.push(fallback);
  }
}

interface Lookups {
  byId: Map<string, PlaceProperties>;
  worldById: Map<string, WorldPlace>;
  /** The country id (curated where the gazetteer has it) a place lies in. */
  countryOf: (id: string) => string | null;
}
const lookupCache = new WeakMap<PlaceContext, Lookups>();

/** Indexes of the gazetteer and world index, built once per context: an article is short, the index is not. */
function lookups(context: PlaceContext): Lookups {
  const cached = lookupCache.get(context);
  if (cached) return cached;
  const byId = new Map(context.gazetteer.features.map((f) => [f.properties.id, f.properties]));
  const worldById = new Map(context.world.map((w) => [w.id, w]));
  const worldCountry = new Map(context.world.filter((w) => w.kind === 'country').map((w) => [w.country, w]));
  const curatedByName = new Map(
    context.gazetteer.features
      .filter((f) => f.properties.kind === 'country')
      .map((f) => [f.properties.name, f.properties.id]),
  );
  const countryOf = (id: string): string | null => {
    for (let p = byId.get(id), n = 0; p && n < 10; p = p.parent ? byId.get(p.parent) : undefined, n++) {
      if (p.kind === 'country') return p.id;
    }
    // A world-index town knows its country's code: "Hyderabad (PK)" lies in Pakistan.
    const country = worldCountry.get(worldById.get(id)?.country ?? '');
    return country ? (curatedByName.get(country.name) ?? country.id) : null;
  };
  const made = { byId, worldById, countryOf };
  lookupCache.set(context, made);
  return made;
}

function mostNamedCountry(mentions: readonly PlaceMention[], context: PlaceContext): DraftPlace | null {
  // The country the text's towns and districts lie in says more than how often a country is
  // named: a story about Lahore and Waziristan names "the US" at every turn.
  const { worldById, countryOf } = lookups(context);
  const counts = new Map<string, number>();
  for (const m of mentions) {
    const country = m.kind === 'country' ? m.placeId : countryOf(m.placeId);
    if (country) counts.set(country, (counts.get(country) ?? 0) + (m.kind === 'country' ? 1 : 3));
  }
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  const mention = top && mentions.find((m) => m.placeId === top[0]);
  if (mention) return draftPlace(mention, 'where', context);
  const w = top && worldById.get(top[0]);
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
  const f = top && context.gazetteer.features.find((x) => x.properties.id === top[0]);
  if (!f) return null;
  const [lon, lat] = placeAnchor(f);
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

/** "the next day" takes the event told just before; "a day after the release" the release. */
function resolveLinks(pending: Pending[], text: string) {
  for (let pass = 0; pass < 3; pass++) {
    for (const d of pending) {
      const link = d.date?.link;
      if (!link || d.span !== null) continue;
      let anchor: Pending | undefined;
      if (link.anchor === 'previous') {
        anchor = pending.filter((p) => p.at < d.at && p.span !== null && p.date !== d.date).at(-1);
      } else {
        const types = findTriggers(link.anchor.text).map((t) => t.type);
        const at = link.anchor.start;
        anchor = pending
          .filter(
            (p) =>
              p !== d && p.date !== d.date && p.span?.precision === 'day' && types.some((t) => sameKind(t, p.type)),
          )
          .sort((a, b) => Math.abs(a.at - at) - Math.abs(b.at - at))[0];
      }
      const span = anchor?.span ? applyLink(link, anchor.span) : null;
      if (!span || !anchor) continue;
      d.span = span;
      const anchorDate = anchor.dateText ?? 'its date';
      d.dateNote = `${d.dateNote}; anchored to the ${anchor.type.replace('-', ' ')} of ${anchorDate} ("${text.slice(anchor.at, anchor.at + 40).split(/[.;]/u)[0]}…")`;
    }
  }
}

/**
 * A mention with no date of its own ("the strike in the Datta Khel area") adds its places to the
 * nearest dated event of the same kind; with none, it is no event we can put on a timeline.
 */
function attachUndated(pending: Pending[]): EventDraft[] {
  const dated = pending.filter((p) => p.span !== null);
  for (const p of pending) {
    if (p.span !== null) continue;
    const specific = p.places.filter((x) => isLocating(x) && !x.fallback && x.kind !== 'country');
    if (specific.length === 0) continue;
    const target = dated
      .filter((d) => sameKind(d.type, p.type))
      .sort((a, b) => Math.abs(a.at - p.at) - Math.abs(b.at - p.at))[0];
    if (!target) continue;
    target.places = target.places.filter((x) => !x.fallback);
    for (const x of specific) if (!target.places.some((y) => y.name === x.name)) target.places.push(x);
    target.notes = target.notes.filter((n) => !n.startsWith('the passage names no place'));
    target.evidence.push(...p.evidence.filter((e) => !target.evidence.some((t) => t.start === e.start)));
    for (const a of p.actors) if (!target.actors.includes(a)) target.actors.push(a);
  }
  return dated.map(({ date: _date, at: _at, ...d }) => d);
}

function titleOf(d: EventDraft): string {
  // The smallest place first; a town we could not find is named, though drawn as its district.
  const where = d.places
    .filter(isLocating)
    .sort((a, b) => Number(!a.unknown) - Number(!b.unknown) || kindSize(a.kind) - kindSize(b.kind));
  const label = TYPE_LABELS[d.type];
  const from = where.find((p) => p.role === 'from');
  const to = where.find((p) => p.role === 'to');
  let place = '';
  if (DIRECTED_TYPES.has(d.type) && (from || to)) {
    place = `${from ? ` from ${from.name}` : ''}${to ? ` to ${to.name}` : ''}`;
  } else if (where[0]) place = ` in ${where[0].name}`;
  const by = d.actors[0] ? ` (${d.actors.slice(0, 2).join(', ')})` : '';
  return `${label}${place}${by}`.slice(0, 120);
}
