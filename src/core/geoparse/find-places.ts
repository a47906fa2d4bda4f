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
 * This file scans; the trie is built in place-trie.ts, people are told apart in find-people.ts,
 * candidates are chosen in resolve-mentions.ts, and what they share is in match-context.ts.
 *
 * @example
 * const matcher = createPlaceMatcher(gazetteer, worldPlaces);
 * matcher.find("ISLAMABAD: Pakistan's army said…")
 * // [{ text: 'ISLAMABAD', placeId: 'islamabad', form: 'name', … }, { text: 'Pakistan', … }]
 */
import type { Gazetteer, Place } from '../dataset/schema.ts';
import { findPeople } from './find-people.ts';
import {
  FALLBACK_STOPLIST,
  HONORIFICS,
  MIN_FALLBACK_WORD_LENGTH,
  MIN_TOWN_WORD_LENGTH,
  NOT_GIVEN_NAMES,
} from './lexicon.ts';
import {
  DASH_GAP,
  GAP_PUNCTUATION,
  lastToken,
  SINGLE_SPACE,
  tokenAfter,
  WHITESPACE_GAP,
  type CaseRule,
  type Entry,
  type Match,
  type PlaceMention,
  type TrieNode,
} from './match-context.ts';
import { buildPlaceTrie } from './place-trie.ts';
import { partOfLongerName } from './longer-names.ts';
import { resolve } from './resolve-mentions.ts';
import { nextToken, nextWordStart, skipWord, startsUpperCase, tokenAt, type Token } from './tokens.ts';
import type { WorldPlace } from './world-index.ts';

export type { MentionForm, MentionSource, PlaceMention } from './match-context.ts';

export interface PlaceMatcher {
  find(text: string): PlaceMention[];
}

const DATELINE_AFTER = /^\s*(?:[:,(]|[-–—]\s)/u;
/** Enough characters after a dateline word to see its colon or dash. */
const DATELINE_LOOKAHEAD = 8;

function caseFits(rule: CaseRule, token: Token): boolean {
  if (rule === 'acronym') return token.allCaps;
  if (rule === 'capitalised') return token.capitalised;
  return true;
}

export interface MatcherOptions {
  /**
   * Let single words of {@link MIN_TOWN_WORD_LENGTH} letters match ("Osh"), written Title case:
   * for a country's towns, whose layer then asks the article's other places to bear them out.
   */
  shortTowns?: boolean;
}

/**
 * Builds the trie once; `find` then scans any number of texts.
 * `gazetteer` is the curated gazetteer; `world` the optional fallback index.
 */
export function createPlaceMatcher(
  gazetteer: Gazetteer | readonly Place[],
  world: readonly WorldPlace[] = [],
  options: MatcherOptions = {},
): PlaceMatcher {
  const root = buildPlaceTrie(gazetteer, world);
  const minLength = options.shortTowns ? MIN_TOWN_WORD_LENGTH : MIN_FALLBACK_WORD_LENGTH;
  return { find: (text) => scan(text, root, minLength) };
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
/**
 * "marched to the Santa Rosa bridge" in Lima: a division's name before a structure's noun in lower
 * case names that structure, not Guatemala's department of Santa Rosa.
 */
const STRUCTURE_AFTER =
  /^\s+(?:bridge|airport|road|street|avenue|highway|market|hospital|stadium|dam|station|prison|school|university|church|mosque|temple|square|park|hotel)\b/u;

/** Guards for the world index, whose names include many ordinary words and surnames. */
function worldEntryFits(text: string, m: Match, e: Entry, minLength: number): boolean {
  const form = e.form;
  const words = m.tokens;
  if (e.candidate?.kind === 'province' && STRUCTURE_AFTER.test(text.slice(m.end, m.end + 16))) return false;
  const dateline = atLineStart(text, m.start) && DATELINE_AFTER.test(text.slice(m.end, m.end + DATELINE_LOOKAHEAD));
  if (!words.every((t) => t.titleCase || (t.allCaps && dateline) || !t.capitalised)) return false;
  // "San Juan de Nicaragua", "Oaxaca de Juárez": part of a longer name (longer-names.ts).
  if (form !== 'adjective' && partOfLongerName(text, m, e.candidate?.kind === 'country')) return false;
  // Adjectives come from our own list, never from GeoNames: "Russian President" is fine.
  if (words.length > 1 || form === 'adjective') return true;
  const word = words[0];
  if (!word) return false;
  const length = word.end - word.start;
  if (length < minLength) return false;
  // "Osh", never "OSH" or "UNI": a short word only as a name is written.
  if (length < MIN_FALLBACK_WORD_LENGTH && !word.titleCase) return false;
  if (FALLBACK_STOPLIST.has(word.norm) || NOT_GIVEN_NAMES.has(word.norm) || HONORIFICS.has(word.norm)) return false;
  // "Kanye West", "Microsoft Theater": a capitalised word after it makes it part of a longer name.
  const next = tokenAfter(text, m);
  if (next?.titleCase && word.rawEnd === word.end && SINGLE_SPACE.test(text.slice(m.end, next.start))) return false;
  return true;
}

function matchAt(text: string, first: Token, root: TrieNode, minLength: number): Match | null {
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
        const m = fitting(text, [...walked, token], first.start, token.end - 1, singular.entries, minLength);
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
      const m = fitting(text, walked.slice(), first.start, end, node.entries, minLength);
      if (m) best = m;
    }
    previous = token;
  }
  return best;
}

/**
 * "the Abay-3 mine", "the Kursk-2 reactor": a place's name joined to a number names a numbered
 * thing called after it (a mine, a reactor, a camp), which need not lie in that place.
 */
function numberedThing(text: string, end: number): boolean {
  return text.charCodeAt(end) === 45 && /^-\d/u.test(text.slice(end, end + 2));
}

/** The match with the entries whose case rules and guards the text satisfies, or null if none does. */
function entryFits(text: string, m: Match, e: Entry, minLength: number): boolean {
  if (numberedThing(text, m.end)) return false;
  for (let k = 0; k < e.cases.length; k++) {
    const w = m.tokens[k];
    if (w === undefined || !caseFits(e.cases[k] as CaseRule, w)) return false;
  }
  return !e.candidate || e.candidate.source === 'curated' || e.listed === true || worldEntryFits(text, m, e, minLength);
}

function fitting(
  text: string,
  tokens: Token[],
  start: number,
  end: number,
  entries: Entry[],
  minLength: number,
): Match | null {
  const m: Match = { tokens, start, end, entries };
  // Most words have one reading that fits: keep the trie's array rather than copy it.
  if (entries.every((e) => entryFits(text, m, e, minLength))) return m;
  m.entries = entries.filter((e) => entryFits(text, m, e, minLength));
  return m.entries.length > 0 ? m : null;
}

/** The last text's capitalised words: the town layer scans one text with several tries in a row. */
let wordsText: string | null = null;
let words: Token[] = [];
function capitalisedWords(text: string): Token[] {
  if (text === wordsText) return words;
  words = [];
  // Every spelling starts with a capital, so lower-case words are skipped without being read.
  for (let start = nextWordStart(text, 0); start >= 0;) {
    let resume: number;
    if (!startsUpperCase(text, start)) resume = skipWord(text, start);
    else {
      const first = tokenAt(text, start);
      words.push(first);
      resume = first.rawEnd;
    }
    start = nextWordStart(text, resume);
  }
  wordsText = text;
  return words;
}

function scan(text: string, root: TrieNode, minLength: number): PlaceMention[] {
  const matches: Match[] = [];
  let resume = 0;
  for (const first of capitalisedWords(text)) {
    if (first.start < resume) continue;
    const m = matchAt(text, first, root, minLength);
    if (!m) continue;
    matches.push(m);
    resume = lastToken(m).rawEnd;
  }
  const covered = new Set<number>();
  for (const m of matches) for (const t of m.tokens) covered.add(t.start);

  const named = matches.filter((m) => m.entries.some((e) => e.candidate !== null));
  const people = findPeople(text, named, covered);
  const kept = named.filter((m) => !people.has(m));
  return resolve(text, kept);
}
