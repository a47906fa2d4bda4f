/**
 * The geoparser: finds the places a text names ("Lahore", "North Waziristan") or implies by an
 * adjective ("Pakistani officials"), with offsets into the original text.
 *
 * How: every spelling in the curated gazetteer, the demonym list and the optional world index is
 * cut into normalised words and stored in a trie, built once per gazetteer. A scan walks the words
 * of the text and keeps the longest spelling that starts at each word, so "North Waziristan" wins
 * over "Waziristan" and "Afghan border" over "Afghan". Case, then a few general context rules
 * (titles and given names before a surname, "said" after it), drop people who share a place's
 * name; ambiguous names are resolved by context ("Seattle, Washington", "Washington state") and
 * by distance to the text's other places.
 *
 * @example
 * const matcher = createPlaceMatcher(gazetteer, worldPlaces);
 * matcher.find("ISLAMABAD: Pakistan's army said…")
 * // [{ text: 'ISLAMABAD', placeId: 'islamabad', form: 'name', … }, { text: 'Pakistan', … }]
 */
import { distance } from '@turf/turf';
import type { Gazetteer, Place, PlaceKind } from '../dataset/schema.ts';
import { placeAnchor } from '../dataset/gazetteer.ts';
import type { WorldPlace } from './world-index.ts';
import {
  nextToken,
  nextWordStart,
  previousToken,
  skipWord,
  startsUpperCase,
  tokenAt,
  tokenise,
  type Token,
} from './tokens.ts';
import {
  BLOCKING_PHRASES,
  DEMONYMS,
  EXTRA_ALIASES,
  FALLBACK_STOPLIST,
  HONORIFICS,
  LOCATIVE_WORDS,
  MIN_FALLBACK_WORD_LENGTH,
  NOT_GIVEN_NAMES,
  PERSON_LIKE_PLACE_NAMES,
  PERSON_VERBS,
} from './lexicon.ts';

export type MentionForm = 'name' | 'adjective';
/** `geonames` and `natural-earth` mark places from the world index (geodata/world-places.json). */
export type MentionSource = 'curated' | 'geonames' | 'natural-earth';

export interface PlaceMention {
  /** JavaScript string offsets into the original text: `text.slice(start, end)` is the mention. */
  start: number;
  end: number;
  text: string;
  placeId: string;
  name: string;
  kind: PlaceKind;
  form: MentionForm;
  source: MentionSource;
  lon: number;
  lat: number;
}

export interface PlaceMatcher {
  find(text: string): PlaceMention[];
}

interface Candidate {
  placeId: string;
  name: string;
  kind: PlaceKind;
  source: MentionSource;
  lon: number;
  lat: number;
}

/** How a word of a spelling must be written in the text. */
type CaseRule = 'acronym' | 'capitalised' | 'any';

interface Entry {
  /** `null` for a blocking phrase: it wins the longest match and yields nothing ("South America"). */
  candidate: Candidate | null;
  form: MentionForm;
  cases: CaseRule[];
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entries: Entry[];
  /** Punctuation a spelling puts before this word (", " in "Washington, D.C.", "." in "U.S."). */
  gaps: Set<string>;
}

interface Match {
  /** The words of the match, in order (at least one). */
  tokens: Token[];
  start: number;
  end: number;
  entries: Entry[];
  /** The words on either side, read when first needed (null: none). */
  before?: Token | null;
  after?: Token | null;
}

/** In "Seattle, Washington" the state (a division point) lies at most this far from the city. */
const PROVINCE_REACH_KM = 800;
/** A world-index place this close to a curated place of the same name is that place. */
const SAME_PLACE_KM = 300;
/** World places win ties in this order when nothing in the text points to one of them. */
const KIND_PREFERENCE: readonly PlaceKind[] = ['country', 'city', 'province', 'town'];

const newNode = (): TrieNode => ({ next: new Map(), entries: [], gaps: new Set() });

/** Great-circle distance (turf's haversine) between two places given by `lon` and `lat`. */
function kmBetween(a: { lon: number; lat: number }, b: { lon: number; lat: number }): number {
  return distance([a.lon, a.lat], [b.lon, b.lat], { units: 'kilometers' });
}

const WHITESPACE_GAP = /^[ \t\u00a0]*(?:\r?\n)?[ \t\u00a0]*$/u;
const DASH_GAP = /^\s*[-‐‑‒–—]\s*$/u;
const SINGLE_SPACE = /^[ \u00a0]$/u;
const DATELINE_AFTER = /^\s*(?:[:,(]|[-–—]\s)/u;
/** Enough characters after a dateline word to see its colon or dash. */
const DATELINE_LOOKAHEAD = 8;
const GAP_PUNCTUATION = (gap: string) => gap.replace(/\s+/gu, '');

function caseRuleOf(text: string, token: Token): CaseRule {
  if (token.allCaps && (token.end - token.start >= 2 || /^\p{Lu}$/u.test(text.slice(token.start, token.end)))) {
    return 'acronym';
  }
  return token.capitalised ? 'capitalised' : 'any';
}

function caseFits(rule: CaseRule, token: Token): boolean {
  if (rule === 'acronym') return token.allCaps;
  if (rule === 'capitalised') return token.capitalised;
  return true;
}

/**
 * Builds the trie once; `find` then scans any number of texts.
 * `gazetteer` is the curated gazetteer; `world` the optional fallback index.
 */
export function createPlaceMatcher(
  gazetteer: Gazetteer | readonly Place[],
  world: readonly WorldPlace[] = [],
): PlaceMatcher {
  const places = 'features' in gazetteer ? gazetteer.features : gazetteer;
  const root = newNode();

  const insert = (spelling: string, entry: Omit<Entry, 'cases'>) => {
    const tokens = tokenise(spelling);
    if (tokens.length === 0) return false;
    // A spelling that does not start with a capital is a description ("tribal territories"), not a
    // name; and the scan only starts a match at a capitalised word, which is what makes it fast.
    if (!tokens[0]?.capitalised) return false;
    let node = root;
    let previousEnd = -1;
    for (const token of tokens) {
      let child = node.next.get(token.norm);
      if (!child) node.next.set(token.norm, (child = newNode()));
      if (previousEnd >= 0) {
        const gap = spelling.slice(previousEnd, token.start);
        if (!WHITESPACE_GAP.test(gap) && !DASH_GAP.test(gap)) child.gaps.add(GAP_PUNCTUATION(gap));
      }
      previousEnd = token.end;
      node = child;
    }
    const cases = tokens.map((t) => caseRuleOf(spelling, t));
    const duplicate = node.entries.some(
      (e) =>
        e.candidate?.placeId === entry.candidate?.placeId && e.form === entry.form && String(e.cases) === String(cases),
    );
    if (!duplicate) node.entries.push({ ...entry, cases });
    return true;
  };

  const curatedKeys = new Map<string, Candidate>();
  const byName = new Map<string, Candidate>();
  const key = (s: string) =>
    tokenise(s)
      .map((t) => t.norm)
      .join(' ');

  for (const place of places) {
    const p = place.properties;
    const [lon, lat] = placeAnchor(place);
    const candidate: Candidate = { placeId: p.id, name: p.name, kind: p.kind, source: 'curated', lon, lat };
    for (const spelling of [p.name, ...p.aliases]) curatedKeys.set(key(spelling), candidate);
    byName.set(key(p.name), candidate);
  }
  for (const place of places) {
    const candidate = curatedKeys.get(key(place.properties.name));
    for (const spelling of EXTRA_ALIASES[place.properties.id] ?? []) {
      const k = key(spelling);
      if (candidate && !curatedKeys.has(k)) curatedKeys.set(k, candidate);
    }
  }
  for (const place of places) {
    for (const spelling of [
      place.properties.name,
      ...place.properties.aliases,
      ...(EXTRA_ALIASES[place.properties.id] ?? []),
    ]) {
      const candidate = curatedKeys.get(key(spelling));
      if (candidate?.placeId === place.properties.id) insert(spelling, { candidate, form: 'name' });
    }
  }

  for (const w of world) {
    const k = key(w.name);
    const curated = curatedKeys.get(k);
    if (curated && (kmBetween(curated, w) < SAME_PLACE_KM || (curated.kind === 'country' && w.kind === 'country')))
      continue;
    const candidate: Candidate = {
      placeId: w.id,
      name: w.name,
      kind: w.kind,
      source: w.id.startsWith('ne-') ? 'natural-earth' : 'geonames',
      lon: w.lon,
      lat: w.lat,
    };
    insert(w.name, { candidate, form: 'name' });
    if (!byName.has(k) && w.kind === 'country') byName.set(k, candidate);
  }

  for (const [placeName, demonyms] of Object.entries(DEMONYMS)) {
    const candidate = byName.get(key(placeName)) ?? curatedKeys.get(key(placeName));
    if (!candidate) continue;
    for (const demonym of demonyms) insert(demonym, { candidate, form: 'adjective' });
  }
  for (const phrase of BLOCKING_PHRASES) insert(phrase, { candidate: null, form: 'name' });

  return { find: (text) => scan(text, root) };
}

const matcherCache = new WeakMap<object, WeakMap<object, PlaceMatcher>>();
const NO_WORLD: readonly WorldPlace[] = [];

/**
 * Finds the places in `text`. The matcher is built once per gazetteer (and world index) object
 * and cached; call {@link createPlaceMatcher} directly to control its lifetime.
 */
export function findPlaces(
  text: string,
  gazetteer: Gazetteer | readonly Place[],
  options: { world?: readonly WorldPlace[] } = {},
): PlaceMention[] {
  const world = options.world ?? NO_WORLD;
  let byWorld = matcherCache.get(gazetteer);
  if (!byWorld) matcherCache.set(gazetteer, (byWorld = new WeakMap()));
  let matcher = byWorld.get(world);
  if (!matcher) byWorld.set(world, (matcher = createPlaceMatcher(gazetteer, world)));
  return matcher.find(text);
}

// ---------------------------------------------------------------- scanning

function gapFits(text: string, before: Token, after: Token, node: TrieNode): boolean {
  if (before.end === after.start) return false;
  const gap = text.slice(before.end, after.start);
  if (WHITESPACE_GAP.test(gap) || DASH_GAP.test(gap)) return true;
  return node.gaps.has(GAP_PUNCTUATION(gap));
}

function atLineStart(text: string, offset: number): boolean {
  for (let i = offset - 1; i >= 0; i--) {
    const c = text[i];
    if (c === '\n') return true;
    if (c !== ' ' && c !== '\t' && c !== '\r' && c !== '\u00a0') return false;
  }
  return true;
}

const lastToken = (m: Match): Token => m.tokens[m.tokens.length - 1] as Token;

function tokenBefore(text: string, m: Match): Token | null {
  if (m.before === undefined) m.before = previousToken(text, m.start);
  return m.before;
}

function tokenAfter(text: string, m: Match): Token | null {
  if (m.after === undefined) m.after = nextToken(text, lastToken(m).rawEnd);
  return m.after;
}

/** Guards for the world index, whose names include many ordinary words and surnames. */
function worldEntryFits(text: string, m: Match, form: MentionForm): boolean {
  const words = m.tokens;
  const dateline = atLineStart(text, m.start) && DATELINE_AFTER.test(text.slice(m.end, m.end + DATELINE_LOOKAHEAD));
  if (!words.every((t) => t.titleCase || (t.allCaps && dateline) || !t.capitalised)) return false;
  // Adjectives come from our own list, never from GeoNames: "Russian President" is fine.
  if (words.length > 1 || form === 'adjective') return true;
  const word = words[0];
  if (!word) return false;
  if (word.end - word.start < MIN_FALLBACK_WORD_LENGTH) return false;
  if (FALLBACK_STOPLIST.has(word.norm) || NOT_GIVEN_NAMES.has(word.norm) || HONORIFICS.has(word.norm)) return false;
  // "Kanye West", "Microsoft Theater": a capitalised word after it makes it part of a longer name.
  const next = tokenAfter(text, m);
  if (next?.titleCase && word.rawEnd === word.end && SINGLE_SPACE.test(text.slice(m.end, next.start))) return false;
  return true;
}

function matchAt(text: string, first: Token, root: TrieNode): Match | null {
  let node = root;
  let best: Match | null = null;
  const walked: Token[] = [];
  let previous: Token | null = null;
  for (let token: Token | null = first; token; token = nextToken(text, token.rawEnd)) {
    let child = node.next.get(token.norm);
    if (child && previous && !gapFits(text, previous, token, child)) child = undefined;
    // "Pakistans'": try the word without its plural s, as a last word only.
    if (token.pluralPossessive) {
      const singular = node.next.get(token.norm.slice(0, -1));
      if (singular && singular.entries.length > 0 && (!previous || gapFits(text, previous, token, singular))) {
        const m = fitting(text, [...walked, token], first.start, token.end - 1, singular.entries);
        if (m) best = m;
      }
    }
    if (!child) break;
    node = child;
    walked.push(token);
    if (node.entries.length > 0) {
      let end = token.end;
      // "U.S.": the dot after a last single letter belongs to the abbreviation.
      if (token.end - token.start === 1 && text[end] === '.' && node.gaps.has('.')) end++;
      const m = fitting(text, walked.slice(), first.start, end, node.entries);
      if (m) best = m;
    }
    previous = token;
  }
  return best;
}

/** The match with the entries whose case rules and guards the text satisfies, or null if none does. */
function fitting(text: string, tokens: Token[], start: number, end: number, entries: Entry[]): Match | null {
  const m: Match = { tokens, start, end, entries };
  const fits = (e: Entry) => {
    for (let k = 0; k < e.cases.length; k++) {
      const w = tokens[k];
      if (w === undefined || !caseFits(e.cases[k] as CaseRule, w)) return false;
    }
    return !e.candidate || e.candidate.source === 'curated' || worldEntryFits(text, m, e.form);
  };
  // Most words have one reading that fits: keep the trie's array rather than copy it.
  if (entries.every(fits)) return m;
  m.entries = entries.filter(fits);
  return m.entries.length > 0 ? m : null;
}

function scan(text: string, root: TrieNode): PlaceMention[] {
  const matches: Match[] = [];
  // Every spelling starts with a capital, so lower-case words are skipped without being read.
  for (let start = nextWordStart(text, 0); start >= 0;) {
    let resume: number;
    if (!startsUpperCase(text, start)) resume = skipWord(text, start);
    else {
      const first = tokenAt(text, start);
      const m = matchAt(text, first, root);
      if (m) matches.push(m);
      resume = m ? lastToken(m).rawEnd : first.rawEnd;
    }
    start = nextWordStart(text, resume);
  }
  const covered = new Set<number>();
  for (const m of matches) for (const t of m.tokens) covered.add(t.start);

  const named = matches.filter((m) => m.entries.some((e) => e.candidate !== null));
  const people = findPeople(text, named, covered);
  const kept = named.filter((m) => !people.has(m));
  return resolve(text, kept);
}

// ---------------------------------------------------------------- people who share a place's name

function isName(m: Match): boolean {
  return m.tokens.length === 1 && m.entries.some((e) => e.form === 'name' && e.candidate !== null);
}

/**
 * Single-word names read as a person: after a title ("Sen.", "President") or a capitalised given
 * name ("Denzel Washington"), before "said" when the name is a common surname, and, once a name
 * has been a person in this text, everywhere it is not governed by "in", "to", "from"….
 */
function findPeople(text: string, matches: Match[], covered: Set<number>): Set<Match> {
  const people = new Set<Match>();
  const personNames = new Set<string>();
  for (const m of matches) {
    const word = m.tokens[0];
    if (!isName(m) || !word) continue;
    // Both cues before a name need a single space there: most mentions skip reading that word.
    const spaced = text[m.start - 1] === ' ' || text[m.start - 1] === '\u00a0';
    const previous = spaced ? tokenBefore(text, m) : null;
    let strong = false;
    let weak = false;
    if (previous) {
      const gap = text.slice(previous.rawEnd, word.start);
      const titled =
        HONORIFICS.has(previous.norm) &&
        previous.rawEnd === previous.end &&
        (SINGLE_SPACE.test(gap) || /^\.\s$/u.test(gap));
      const givenName =
        SINGLE_SPACE.test(gap) &&
        previous.titleCase &&
        !covered.has(previous.start) &&
        !NOT_GIVEN_NAMES.has(previous.norm) &&
        // "Pakistan's Lahore": a possessive before the name is no given name.
        previous.rawEnd === previous.end &&
        !/(?:ing|ed)$/u.test(previous.norm);
      strong = titled || givenName;
    }
    const next = strong ? null : tokenAfter(text, m);
    if (next && PERSON_LIKE_PLACE_NAMES.has(word.norm) && PERSON_VERBS.has(next.norm)) {
      const gap = text.slice(word.end, next.start);
      weak = word.rawEnd === word.end && (SINGLE_SPACE.test(gap) || /^,\s$/u.test(gap));
    }
    if (strong || weak) people.add(m);
    // Only the strong cues carry over to the name's other mentions: "Washington said" is weak.
    if (strong) personNames.add(word.norm);
  }
  if (personNames.size === 0) return people;
  for (const m of matches) {
    const word = m.tokens[0];
    if (!isName(m) || !word || !personNames.has(word.norm) || people.has(m)) continue;
    const previous = tokenBefore(text, m);
    const locative = previous !== null && LOCATIVE_WORDS.has(previous.norm);
    // "Seattle, Washington": a place just before, across a comma, makes this one a place too.
    const afterPlace =
      previous !== null && covered.has(previous.start) && /^,\s*$/u.test(text.slice(previous.rawEnd, word.start));
    if (!locative && !afterPlace) people.add(m);
  }
  return people;
}

// ---------------------------------------------------------------- choosing among candidates

type NamedEntry = Entry & { candidate: Candidate };

function resolve(text: string, matches: Match[]): PlaceMention[] {
  const chosen: (NamedEntry | null)[] = matches.map(() => null);
  const named = (m: Match) => m.entries.filter((e): e is NamedEntry => e.candidate !== null);

  // Context first: "Washington state" and "Seattle, Washington" name the state, not the city.
  matches.forEach((m, i) => {
    const entries = named(m);
    if (entries.length === 1) {
      chosen[i] = entries[0] ?? null;
      return;
    }
    const province = entries.find((e) => e.candidate.kind === 'province' && e.candidate.source !== 'curated');
    const curated = entries.find((e) => e.candidate.source === 'curated');
    if (province && curated?.candidate.kind !== 'province') {
      const next = tokenAfter(text, m);
      if (next?.norm === 'state' && WHITESPACE_GAP.test(text.slice(m.end, next.start))) {
        chosen[i] = province;
        return;
      }
    }
    const before = matches[i - 1];
    const city = before && named(before).length === 1 ? named(before)[0]?.candidate : undefined;
    if (
      before &&
      city &&
      (city.kind === 'city' || city.kind === 'town') &&
      /^,\s*$/u.test(text.slice(before.end, m.start))
    ) {
      const near = entries
        .filter(
          (e) =>
            (e.candidate.kind === 'province' || e.candidate.kind === 'country') &&
            kmBetween(city, e.candidate) < PROVINCE_REACH_KM,
        )
        .sort((a, b) => kmBetween(city, a.candidate) - kmBetween(city, b.candidate))[0];
      if (near) {
        chosen[i] = near;
        return;
      }
    }
    if (curated) chosen[i] = curated;
  });

  // Then distance: a world name with several candidates takes the one nearest the text's other
  // places. One anchor per place, not per mention: a long text names Lahore thousands of times.
  const anchors = [
    ...new Map(
      chosen.filter((e): e is NamedEntry => e !== null).map((e) => [e.candidate.placeId, e.candidate]),
    ).values(),
  ];
  const local = anchors.filter((c) => c.kind !== 'country');
  const reference = local.length > 0 ? local : anchors;
  const kmToText = (c: Candidate) => (reference.length === 0 ? 0 : Math.min(...reference.map((r) => kmBetween(r, c))));
  const rank = (c: Candidate) => KIND_PREFERENCE.indexOf(c.kind);
  // Kandahar the city and Kandahar the province are one answer to "which Kandahar": within
  // SAME_PLACE_KM of each other, the kind decides.
  const closer = (a: Candidate, b: Candidate) => {
    const d = kmToText(a) - kmToText(b);
    return Math.abs(d) < SAME_PLACE_KM ? 0 : d;
  };
  matches.forEach((m, i) => {
    if (chosen[i]) return;
    const sorted = named(m).sort((a, b) => closer(a.candidate, b.candidate) || rank(a.candidate) - rank(b.candidate));
    chosen[i] = sorted[0] ?? null;
  });

  const mentions: PlaceMention[] = [];
  matches.forEach((m, i) => {
    const entry = chosen[i];
    if (!entry) return;
    const c = entry.candidate;
    mentions.push({
      start: m.start,
      end: m.end,
      text: text.slice(m.start, m.end),
      placeId: c.placeId,
      name: c.name,
      kind: c.kind,
      form: entry.form,
      source: c.source,
      lon: c.lon,
      lat: c.lat,
    });
  });
  return mentions;
}
