/**
 * The geoparser's trie: every spelling of the curated gazetteer, its extra aliases, the world
 * index and the demonym list, cut into normalised words, with how each word must be written.
 * Built once per gazetteer; a scan then walks it word by word.
 */
import type { Gazetteer, Place } from '../dataset/schema.ts';
import { placeAnchor } from '../dataset/gazetteer.ts';
import { BLOCKING_PHRASES, CAPITALS, COUNTRY_ALIASES, DEMONYMS, EXTRA_ALIASES } from './lexicon.ts';
import {
  DASH_GAP,
  GAP_PUNCTUATION,
  kmBetween,
  SAME_PLACE_KM,
  WHITESPACE_GAP,
  type Candidate,
  type CaseRule,
  type Entry,
  type TrieNode,
} from './match-context.ts';
import { tokenise, type Token } from './tokens.ts';
import type { WorldPlace } from './world-index.ts';

/** An ezafe "e" between two parts of a name: "Pul-e Khumrī", "Mazār-e Sharīf". */
const EZAFE = /(\p{L}[\s-])e([\s-]\p{Lu})/gu;

const newNode = (): TrieNode => ({ next: new Map(), entries: [], gaps: new Set() });

function caseRuleOf(text: string, token: Token): CaseRule {
  if (token.allCaps && (token.end - token.start >= 2 || /^\p{Lu}$/u.test(text.slice(token.start, token.end)))) {
    return 'acronym';
  }
  return token.capitalised ? 'capitalised' : 'any';
}

/** The trie of every spelling of `gazetteer` (curated) and `world` (the fallback index). */
export function buildPlaceTrie(gazetteer: Gazetteer | readonly Place[], world: readonly WorldPlace[]): TrieNode {
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

  const cities = new Map<string, Candidate>();
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
      ...(w.country === '' ? {} : { country: w.country }),
    };
    insert(w.name, { candidate, form: 'name' });
    // "Chittagong" for GeoNames' Chattogram: never a curated place's spelling, which stays its own.
    for (const alias of w.aliases ?? []) if (!curatedKeys.has(key(alias))) insert(alias, { candidate, form: 'name' });
    for (const alias of w.kind === 'country' ? (COUNTRY_ALIASES[w.id] ?? []) : []) {
      if (!curatedKeys.has(key(alias))) insert(alias, { candidate, form: 'name', listed: true });
    }
    // The Persian ezafe is written -e- or -i-: "Mazār-e Sharīf" is also "Mazar-i-Sharif".
    const ezafe = w.name.replace(EZAFE, '$1i$2');
    if (ezafe !== w.name) insert(ezafe, { candidate, form: 'name' });
    if (!byName.has(k) && w.kind === 'country') byName.set(k, candidate);
    if (w.kind === 'city' && !cities.has(k)) cities.set(k, candidate);
  }

  for (const [placeName, demonyms] of Object.entries(DEMONYMS)) {
    const candidate = byName.get(key(placeName)) ?? curatedKeys.get(key(placeName));
    if (!candidate) continue;
    for (const demonym of demonyms) insert(demonym, { candidate, form: 'adjective' });
  }
  // "the Turkmen capital": the capital's name, told by its country's adjective.
  for (const [country, capital] of Object.entries(CAPITALS)) {
    const city = curatedKeys.get(key(capital)) ?? cities.get(key(capital));
    for (const demonym of city ? (DEMONYMS[country] ?? []) : []) {
      insert(`${demonym} capital`, { candidate: city as Candidate, form: 'name', listed: true });
    }
  }
  for (const phrase of BLOCKING_PHRASES) insert(phrase, { candidate: null, form: 'name' });

  return root;
}
