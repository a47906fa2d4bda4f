/**
 * Words of a text with their offsets into the original string, in the normalised form the
 * geoparser compares: lower case, no diacritics, a possessive "'s" cut off.
 *
 * A word is letters and digits with combining marks, and may hold apostrophes between letters
 * ("d'Ivoire", "Pakistan's"). Hyphens, dots and dashes separate words: "Punjab-based" → Punjab.
 * Words are read on demand (`tokenAt`, `nextToken`, `previousToken`) rather than all at once:
 * the geoparser only looks closely at capitalised words and their neighbours, and skipping the
 * rest without building objects is what makes it fast.
 */
import { foldLetters } from '../text/fold-letters.ts';

export interface Token {
  /** Offsets into the original text; a possessive "'s" lies outside [start, end). */
  start: number;
  end: number;
  /** End of the word as written, possessive included: where the next word search resumes. */
  rawEnd: number;
  norm: string;
  /** First letter upper case ("Lahore", "LAHORE"). */
  capitalised: boolean;
  /** Upper case with at least one letter and no lower case ("FATA", "U"). */
  allCaps: boolean;
  /** Upper-case first letter followed by lower case ("Lahore", not "LAHORE"). */
  titleCase: boolean;
  /** "Pakistans'": a plural possessive, whose norm keeps the s. */
  pluralPossessive: boolean;
}

const WORD_START = /^[\p{L}\p{N}]$/u;
const WORD_PART = /^[\p{L}\p{M}\p{N}]$/u;
const UPPER_CASE = /^[\p{Lu}\p{Lt}]$/u;
const ASCII_LIMIT = 128;
const HIGH_SURROGATE_MIN = 0xd800;
const HIGH_SURROGATE_MAX = 0xdbff;
const LOW_SURROGATE_MIN = 0xdc00;
const LOW_SURROGATE_MAX = 0xdfff;
const DIGIT_0 = 48;
const DIGIT_9 = 57;
const UPPER_A = 65;
const UPPER_Z = 90;
const LOWER_A = 97;
const LOWER_Z = 122;
const UPPER_S = 83;
const LOWER_S = 115;

/** Case-folds and strips diacritics: "Kābul" → "kabul", "Yıldızeli" → "yildizeli", "D’Ivoire" → "d'ivoire". */
export function normaliseWord(word: string): string {
  return foldLetters(word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()).replace(/['’ʼ]/gu, "'");
}

/** Whether `s` holds a character beyond ASCII: a code unit over 127 (a surrogate is one too), without a regex call per word. */
function hasNonAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= ASCII_LIMIT) return true;
  return false;
}

const isAsciiWordChar = (c: number) =>
  (c >= DIGIT_0 && c <= DIGIT_9) || (c >= UPPER_A && c <= UPPER_Z) || (c >= LOWER_A && c <= LOWER_Z);

/** UTF-16 length of the character at `i` if it may start (or, with `part`, continue) a word, else 0. */
function wordCharAt(text: string, i: number, part: boolean): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < ASCII_LIMIT) return isAsciiWordChar(c) ? 1 : 0;
  const width = c >= HIGH_SURROGATE_MIN && c <= HIGH_SURROGATE_MAX ? 2 : 1;
  return (part ? WORD_PART : WORD_START).test(text.slice(i, i + width)) ? width : 0;
}

const isApostrophe = (c: string | undefined) => c === "'" || c === '’' || c === 'ʼ';
/** Ends in "'s", "’s" or "ʼS": read by code unit, as every capitalised word of a text is asked. */
const endsPossessive = (raw: string) => {
  const last = raw.charCodeAt(raw.length - 1);
  return (last === LOWER_S || last === UPPER_S) && isApostrophe(raw[raw.length - 2]);
};

/** Where the word starting at `start` ends (apostrophes between letters kept inside). */
function wordEnd(text: string, start: number): number {
  let i = start + wordCharAt(text, start, false);
  for (;;) {
    const w = wordCharAt(text, i, true);
    if (w > 0) i += w;
    else if (isApostrophe(text[i]) && wordCharAt(text, i + 1, false) > 0) i++;
    else return i;
  }
}

/** Case of a word: most words are plain ASCII, and those need no Unicode case mapping. */
function caseOf(raw: string): { capitalised: boolean; allCaps: boolean } {
  if (hasNonAscii(raw)) {
    const first = raw[0] ?? '';
    return {
      capitalised: first !== first.toLowerCase(),
      allCaps: raw === raw.toUpperCase() && raw !== raw.toLowerCase(),
    };
  }
  const first = raw.charCodeAt(0);
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= UPPER_A && c <= UPPER_Z) upper++;
    else if (c >= LOWER_A && c <= LOWER_Z) lower++;
  }
  return { capitalised: first >= UPPER_A && first <= UPPER_Z, allCaps: upper > 0 && lower === 0 };
}

/** The word that starts at `start` (which must be a word start). */
export function tokenAt(text: string, start: number): Token {
  const rawEnd = wordEnd(text, start);
  let raw = text.slice(start, rawEnd);
  if (raw.length > 2 && endsPossessive(raw)) raw = raw.slice(0, -2);
  const end = start + raw.length;
  const { capitalised, allCaps } = caseOf(raw);
  const last = raw.charCodeAt(raw.length - 1);
  return {
    start,
    end,
    rawEnd,
    norm: hasNonAscii(raw) || raw.includes("'") ? normaliseWord(raw) : raw.toLowerCase(),
    capitalised,
    allCaps,
    titleCase: capitalised && !allCaps,
    pluralPossessive:
      (last === LOWER_S || last === UPPER_S) && isApostrophe(text[end]) && wordCharAt(text, end + 1, true) === 0,
  };
}

/** Offset of the first word start at or after `from`, or -1. */
export function nextWordStart(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < ASCII_LIMIT ? isAsciiWordChar(c) : wordCharAt(text, i, false) > 0) return i;
  }
  return -1;
}

/** True when the word starting at `start` begins with an upper-case letter. */
export function startsUpperCase(text: string, start: number): boolean {
  const c = text.charCodeAt(start);
  if (c < ASCII_LIMIT) return c >= UPPER_A && c <= UPPER_Z;
  const width = c >= HIGH_SURROGATE_MIN && c <= HIGH_SURROGATE_MAX ? 2 : 1;
  return UPPER_CASE.test(text.slice(start, start + width));
}

/** End of the word that starts at `start`, for skipping words without reading them. */
export function skipWord(text: string, start: number): number {
  return wordEnd(text, start);
}

export function nextToken(text: string, from: number): Token | null {
  const start = nextWordStart(text, from);
  return start < 0 ? null : tokenAt(text, start);
}

/** The word that ends at or before `before`, or null at the start of the text. */
export function previousToken(text: string, before: number): Token | null {
  let i = before;
  // Back over what separates the words…
  while (i > 0 && !isWordCharBefore(text, i)) i--;
  if (i === 0) return null;
  // …then over the word itself, apostrophes between letters included.
  while (i > 0) {
    if (isWordCharBefore(text, i)) i -= widthBefore(text, i);
    else if (isApostrophe(text[i - 1]) && i >= 2 && isWordCharBefore(text, i - 1)) i--;
    else break;
  }
  // Combining marks cannot start a word: step forward to the first letter or digit.
  const start = nextWordStart(text, i);
  return start < 0 || start >= before ? null : tokenAt(text, start);
}

function widthBefore(text: string, i: number): number {
  const c = text.charCodeAt(i - 1);
  return c >= LOW_SURROGATE_MIN && c <= LOW_SURROGATE_MAX && i >= 2 ? 2 : 1;
}

function isWordCharBefore(text: string, i: number): boolean {
  const w = widthBefore(text, i);
  return wordCharAt(text, i - w, true) === w;
}

/** All the words of a (short) text: used for the gazetteer's spellings. */
export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  for (let t = nextToken(text, 0); t; t = nextToken(text, t.rawEnd)) tokens.push(t);
  return tokens;
}
