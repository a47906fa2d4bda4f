/**
 * The frame of a news text around its story: the headline (a summary, no event of its own), the
 * dateline ("GILGIT, Pakistan, June 12, 2024 (Wire) –", where and when it was filed) and the byline
 * ("By Staff Reporter | 9 June 2013"), and finding a sentence's spans by binary search.
 */
import type { Span } from './event-parts.ts';

/** A dateline's or byline's date is when the story was filed, not when anything in it happened. */
/** "ISLAMABAD, " or "PESHAWAR, Pakistan, " before the date. */
const DATELINE_PREFIX = /^\s*\p{Lu}[\p{Lu} .'’-]*(?:,\s*\p{Lu}[\p{L} .'’-]*)?,\s*$/u;
/**
 * "By Staff Reporter | ", "By Jane Smith, ", "Published: ", "Last updated: ": a byline names who, in capitals, then
 * the date; "By Saturday, sit-ins had spread to …" is a sentence.
 */
const BYLINE_PREFIX =
  /^\s*(?:[Bb]y\s+(?:\p{Lu}[\p{L}.'’-]*\s*(?:(?:of|the|and|for)\s+)?){1,6}[|,–—-]?\s*|(?:(?:[Ll]ast\s+)?(?:[Pp]ublished|[Pp]osted|[Uu]pdated)|[Ff]irst published|[Dd]ate)\b[^.]{0,30})$/u;
/** Where a headline ends: a short first line without a full stop, then a blank line (0: none). */
const HEADLINE = /^\s*[^\n]{1,200}[^.!?"”\n]\n\s*\n/u;
export function headlineEnd(text: string): number {
  return HEADLINE.exec(text)?.[0].length ?? 0;
}

/** A dateline's or a byline's words before its date are short: no need to look further back. */
const HEADLINE_PREFIX_CHARS = 120;
const NEWLINE = 10;
export function inHeadline(text: string, d: { start: number }): boolean {
  const from = Math.max(0, d.start - HEADLINE_PREFIX_CHARS);
  // The line's start is looked for back to `from - 1` only, not to the text's start as
  // lastIndexOf would (a text without line breaks made that a scan of the text for every date).
  const stop = Math.max(0, from - 1);
  let line = d.start - 1;
  while (line >= stop && text.charCodeAt(line) !== NEWLINE) line--;
  if (line < from - 1) return false;
  const prefix = text.slice(line + 1, d.start);
  return DATELINE_PREFIX.test(prefix) || BYLINE_PREFIX.test(prefix);
}

/** The spans of `sorted` (by start) that lie inside `span`: a binary search, not a scan. */
export function spansWithin<T extends { start: number; end: number }>(sorted: readonly T[], span: Span): T[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid]?.start ?? 0) < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < sorted.length; i++) {
    const x = sorted[i] as T;
    if (x.start >= span.end) break;
    if (x.end <= span.end) out.push(x);
  }
  return out;
}

/** "CITY, Country, date (Agency) –" or "CITY:" at the start of a line. */
const DATELINE = /^\s*\p{Lu}{2,}[\p{Lu} .'’-]*(?:,[^\n–—:]{0,60})?(?:\s+[-–—]\s+|:\s+)/u;
/** A headline or a byline before the dateline is a short line. */
const HEADLINE_CHARS = 300;
const LINES_BEFORE_DATELINE = 3;
/**
 * Where the dateline is (empty at 0 when the text has none): at the text's start, or after a
 * headline and a byline ("Headline\n\nGILGIT, Pakistan, June 12, 2024 (Wire) – …").
 */
export function datelineOf(text: string): { start: number; end: number } {
  let at = 0;
  // Blank lines between headline, byline and dateline are not counted: "Headline\n\nBy A. Writer —
  // 12 February 2025\n\nSHAKHTINSK, Kazakhstan — …" has its dateline after two lines of text.
  for (let line = 0; line < LINES_BEFORE_DATELINE;) {
    const m = DATELINE.exec(text.slice(at));
    if (m) return { start: at, end: at + m[0].length };
    const next = text.indexOf('\n', at);
    if (next < 0 || next - at > HEADLINE_CHARS) break;
    if (text.slice(at, next).trim() !== '') line++;
    at = next + 1;
  }
  return { start: 0, end: 0 };
}

/**
 * Where the paragraph holding `at` ends: at the blank line after it, or the text's end. An event
 * told in a later paragraph ("And on March 17, 2021, a fire near Bokaro …") is not one the words
 * "two days after the collapse" name.
 */
export function paragraphEndAfter(text: string, at: number): number {
  // Searched from `at` in place: a long text is not copied for each date that names an anchor.
  PARAGRAPH_BREAK.lastIndex = at;
  return PARAGRAPH_BREAK.exec(text)?.index ?? text.length;
}
const PARAGRAPH_BREAK = /\n[^\S\n]*\n/gu;

/** Where the paragraph holding `at` starts: after the blank line before it, or at the text's start. */
export function paragraphStartBefore(text: string, at: number): number {
  const blank = text.lastIndexOf('\n\n', at);
  return blank < 0 ? 0 : blank + 2;
}
