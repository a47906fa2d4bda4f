/**
 * A text's layout, set aside before chrono reads it: the numbers of a bulletin's sections and the
 * dash that ends a dateline are no dates, but chrono reads them into one ("2.2 - 30 June" as 2 to
 * 30 June; "NAIROBI, March 14 - On Monday" as 14 March to Monday).
 */

/**
 * A spaced dash after a year, before a capitalised word that is no month nor a number: a dateline's
 * end. So is a spaced hyphen or dash after the day of a dateline's date ("NAIROBI, March 14 - On
 * Monday …", "KABUL, 14 March - The …"), which chrono would read as a range to that weekday.
 */
const DATELINE_DASH =
  /(?<=\b(?:1[89]|20)\d\d\s+)[-–—](?=\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{L}*\b)\p{Lu})|(?<=^\p{Lu}[\p{Lu}\p{L} .'’-]*,(?:\s+\p{Lu}[\p{L} .'’-]*,)?\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{L}*\.?\s+\d{1,2}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{L}*)\s+)[-–—](?=\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{L}*\b)\p{Lu})/gmu;
/** A section number opening a line ("2.1", "3.2.1."), before a dash, a colon or a space: chrono reads "2.2 - 30 June" as 2 to 30 June. */
const OUTLINE_NUMBER = /(?<=^|\n)[ \t]*\d{1,2}(?:\.\d{1,2})+\.?(?=[ \t]*[-–—:]?[ \t])/gu;
/** Whether a passage may hold a section number at a line's start (a quick test, without the `g` flag). */
const OUTLINE_CUE = /(?:^|\n)[ \t]*\d{1,2}\.\d/u;

/**
 * The spaced dash after a live blog entry's time stamp opening a line ("08:10 – This morning, …"):
 * the stamp's end, which chrono would read as a range from that time to the day told after it.
 */
const STAMP_DASH = /(?<=(?:^|\n)[ \t]*\d{1,2}[:.]\d{2}[ \t]+)[-–—](?=[ \t]+\p{Lu})/gu;
/** Whether a passage may hold an entry's stamped dash (a quick test, without the `g` flag). */
const STAMP_CUE = /(?:^|\n)[ \t]*\d{1,2}[:.]\d{2}[ \t]+[-–—]/u;

/**
 * `passage` with its section numbers blanked (by `blank`, of the same length) and its dateline's
 * dash, and the dash after a blog entry's time stamp, made a ";".
 */
export function maskLayout(passage: string, blank: (n: number) => string): string {
  let masked = passage;
  // "2.2 - 30 June 2025: Teams were deployed …": a section's number opening a line is no day.
  if (OUTLINE_CUE.test(masked)) masked = masked.replace(OUTLINE_NUMBER, (n) => blank(n.length));
  // "KABUL, March 12, 2025 – On Monday …": the dateline's dash ends it; chrono would read one range.
  if (masked.includes('–') || masked.includes('—') || masked.includes(' - '))
    masked = masked.replace(DATELINE_DASH, ';');
  // "08:10 – This morning, …": an entry's time stamp ends at its dash.
  if (STAMP_CUE.test(masked)) masked = masked.replace(STAMP_DASH, ';');
  return masked;
}
