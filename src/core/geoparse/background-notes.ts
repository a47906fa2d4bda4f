/**
 * The background a log or a bulletin gives beside its entries: a "Background" (or "Context")
 * heading over what the place is and what happened there before, down to the next heading; and an
 * entry that opens "For context:", "Background:" or "A reminder of …:", to its paragraph's end. A
 * reader takes none of it as news of the day the entry sits under: "For context: the floods of
 * 2019 were the worst in decades" tells nothing that happened on the header's day, and "Nipah is
 * carried by fruit bats" under a bulletin's last update is no event of that update. A date the
 * background gives itself still dates what it tells.
 *
 * @example
 * backgroundSpans('Day 2 — 9 May\n\n10:00 — For context: the river …\n\n11:00 — Water rose.')
 * // [{ start: 15, end: 45 }]: the second entry only
 */

/** A heading line: "Background", "Context", "Background information", alone on its line. */
const HEADING = /^[ \t]*(?:background|context|background\s+information|historical\s+background)[ \t]*:?[ \t]*$/gimu;
/** A paragraph that opens as background, after an entry's time: "12:00 — For context: …", "A reminder of why …:". */
const OPENING =
  /^[ \t]*(?:\d{1,2}[:.]\d{2}[ \t]*(?:[ap]\.?m\.?)?[ \t]*[-–—:|]?[ \t]*)?(?:(?:for\s+context|background|context)[ \t]*[:—–-]|a\s+reminder\b[^\n:]{0,80}:)/gimu;
/**
 * A line that heads what follows: short ("Media contact", "What's next", "Update No. 2 — 6 May"),
 * with no sentence's end.
 */
const NEXT_HEADING = /^[ \t]*\S[^\n]{0,48}(?<![.!?"”:])[ \t]*$/gmu;

export interface Background {
  start: number;
  end: number;
}

/** The spans of `text` that are background, in text order. */
export function backgroundSpans(text: string): Background[] {
  const spans: Background[] = [];
  if (!/\b(?:background|context|reminder)\b/iu.test(text)) return spans;
  for (const m of text.matchAll(HEADING)) {
    const start = m.index + m[0].length;
    const next = [...text.slice(start).matchAll(NEXT_HEADING)].find((h) => h[0].trim() !== '');
    spans.push({ start, end: next ? start + next.index : text.length });
  }
  for (const m of text.matchAll(OPENING)) {
    const end = text.indexOf('\n', m.index);
    spans.push({ start: m.index, end: end === -1 ? text.length : end });
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** Whether offset `at` is in one of `spans`. */
export const inBackground = (spans: readonly Background[], at: number): boolean =>
  spans.some((s) => at >= s.start && at < s.end);
