/**
 * "several weeks earlier", "a few days ago": a number of days the text does not give. A reader
 * takes no day from it, only a stretch of time before: an honest range (about one to ten of
 * the units before publication), never a guessed day, and never the day chrono makes of
 * "several" or "a few".
 *
 * @example
 * vagueRange('several weeks earlier', 'weeks', pub) // { first: pub - 70, last: pub - 7, how: '…' }
 */

/** "several weeks earlier", "a few days ago", "some months before". */
export const VAGUE_BEFORE =
  /\b(?:several|a\s+few|a\s+couple\s+of|some)\s+(days|weeks|months)\s+(?:ago|earlier|before)\b/giu;
const UNIT_DAYS: Readonly<Record<string, number>> = { days: 1, weeks: 7, months: 30 };
/** How many of the unit "several" or "a few" may be, at most and at least. */
const MOST = 10;
const LEAST = 1;

/** The range of days a vague "… earlier" may mean, before `published` (an epoch day). */
export function vagueRange(
  words: string,
  unit: string,
  published: number,
): { first: number; last: number; how: string } {
  const days = UNIT_DAYS[unit.toLowerCase()] ?? 1;
  return {
    first: published - MOST * days,
    last: published - LEAST * days,
    how: `a range of about ${LEAST} to ${MOST} ${unit.toLowerCase()} before publication; "${words}" gives no number`,
  };
}

/**
 * "killed six civilians over two days, officials said", "over the past three days": a count of
 * days up to the telling, which a lede sums up; a span of those days, no one day of them.
 */
export const OVER_DAYS = /\bover\s+(?:the\s+(?:past|last)\s+)?(two|three|four|five|six|seven|\d)\s+days\b/giu;
const COUNTS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };

/** The days "over N days" spans: the N days up to `published` (an epoch day). */
export function overDays(count: string, published: number): { first: number; last: number; how: string } {
  const n = COUNTS[count.toLowerCase()] ?? Number(count);
  return { first: published - n + 1, last: published, how: `the ${n} days up to publication` };
}

/** "at the weekend", "over the weekend", "last weekend": chrono reads it as a Saturday. */
const WEEKEND = /\bweekend\b/iu;

/**
 * A weekend is two days a reader cannot tell apart: the Saturday and Sunday of the day chrono
 * reads (`day`, an epoch day, its Saturday or Sunday), an honest range, never one of them.
 */
export function weekendOf<B extends { text: string }>(base: B, day: number) {
  if (!WEEKEND.test(base.text)) return null;
  // Epoch day 0, 1 January 1970, was a Thursday: (day + 4) % 7 is its weekday, 6 a Saturday.
  const saturday = day - ((((day + 4) % 7) + 1) % 7);
  return {
    ...base,
    kind: 'range' as const,
    span: { first: saturday, last: saturday + 1, precision: 'range' as const },
    note: `"${base.text}": the weekend, Saturday and Sunday, no day given`,
  };
}
