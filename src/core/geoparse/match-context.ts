/**
 * What the geoparser's steps share: the readings a spelling may have (candidates and entries),
 * the trie they are stored in, a match in a text, and how to read the words around a match.
 */
import { distance } from '@turf/turf';
import type { PlaceKind } from '../dataset/schema.ts';
import { nextToken, previousToken, type Token } from './tokens.ts';

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

export interface Candidate {
  placeId: string;
  name: string;
  kind: PlaceKind;
  source: MentionSource;
  lon: number;
  lat: number;
  /** ISO 3166-1 alpha-2 of a world-index place, when the index gives one. */
  country?: string;
}

/** How a word of a spelling must be written in the text. */
export type CaseRule = 'acronym' | 'capitalised' | 'any';

export interface Entry {
  /** `null` for a blocking phrase: it wins the longest match and yields nothing ("South America"). */
  candidate: Candidate | null;
  form: MentionForm;
  cases: CaseRule[];
  /** A spelling from our own lexicon ("DRC", "Ivory Coast"), not GeoNames: the world index's guards do not hold it back. */
  listed?: boolean;
}

export interface TrieNode {
  next: Map<string, TrieNode>;
  entries: Entry[];
  /** Punctuation a spelling puts before this word (", " in "Washington, D.C.", "." in "U.S."). */
  gaps: Set<string>;
}

export interface Match {
  /** The words of the match, in order (at least one). */
  tokens: Token[];
  start: number;
  end: number;
  entries: Entry[];
  /** The words on either side, read when first needed (null: none). */
  before?: Token | null;
  after?: Token | null;
}

export type NamedEntry = Entry & { candidate: Candidate };

/** A world-index place this close to a curated place of the same name is that place. */
export const SAME_PLACE_KM = 300;

/** Great-circle distance (turf's haversine) between two places given by `lon` and `lat`. */
export function kmBetween(a: { lon: number; lat: number }, b: { lon: number; lat: number }): number {
  return distance([a.lon, a.lat], [b.lon, b.lat], { units: 'kilometers' });
}

export const WHITESPACE_GAP = /^[ \t\u00a0]*(?:\r?\n)?[ \t\u00a0]*$/u;
export const DASH_GAP = /^\s*[-‐‑‒–—]\s*$/u;
export const SINGLE_SPACE = /^[ \u00a0]$/u;
export const GAP_PUNCTUATION = (gap: string) => gap.replace(/\s+/gu, '');

export const lastToken = (m: Match): Token => m.tokens[m.tokens.length - 1] as Token;

export function tokenBefore(text: string, m: Match): Token | null {
  if (m.before === undefined) m.before = previousToken(text, m.start);
  return m.before;
}

export function tokenAfter(text: string, m: Match): Token | null {
  if (m.after === undefined) m.after = nextToken(text, lastToken(m).rawEnd);
  return m.after;
}
