/**
 * "22:50 Trikala: the Lithaios river overtopped its walls on Tuesday night", "19:05 Volos: heavy
 * rain has turned streets into rivers": a live blog's entry (or a bulletin's line) headed by a
 * place and a colon tells what happened there, the place named as a dateline names its town. The
 * article's own dateline, in capitals ("THODUPUZHA: With water in the reservoir …"), names the
 * story's town, read as datelines are, not as an entry's place.
 *
 * @example
 * isEntryPlace('\n22:50 Trikala: the river rose', { start: 7, end: 14 }) // true
 */

/** A line's start, then a live blog's time stamp ("22:50", "09.15 —") or nothing. */
const ENTRY_START = /(?:^|\n)[^\S\n]*(?:\d{1,2}[:.]\d{2}[^\S\n]*(?:[—–-][^\S\n]*)?)?$/u;

/** Whether the place at `m` heads its line, after a time stamp or nothing, with a colon after it. */
export function isEntryPlace(text: string, m: { start: number; end: number }): boolean {
  if (!/^:\s/u.test(text.slice(m.end, m.end + 2))) return false;
  // "THODUPUZHA: With water in the reservoir …": a dateline, whose town is the story's, not an entry's.
  const written = text.slice(m.start, m.end);
  return written !== written.toUpperCase() && ENTRY_START.test(text.slice(Math.max(0, m.start - 24), m.start));
}
