/**
 * Counts and sizes in words, the same on every machine: "1,000 rows", "1 event", "12.3 MB".
 * Plurals go through `Intl.PluralRules` and numbers through `Intl.NumberFormat`, so no message
 * builds an English plural by hand (`n === 1 ? '' : 's'`), and a translated catalogue can take
 * over with the same calls in another locale.
 */

/** The locale of every message until the app has a message catalogue. */
const LOCALE = 'en-GB';
const numbers = new Intl.NumberFormat(LOCALE);
const oneDecimal = new Intl.NumberFormat(LOCALE, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const plurals = new Intl.PluralRules(LOCALE);
const KB = 1024;
const MB = 1024 * 1024;

/** "1,000". */
export function formatCount(n: number): string {
  return numbers.format(n);
}

/** "1 row", "2 rows", "1,000 rows": the number with the word in its plural form for that number. */
export function countOf(n: number, one: string, other = `${one}s`): string {
  return `${formatCount(n)} ${plurals.select(n) === 'one' ? one : other}`;
}

/** Just the word for `n` of a thing ("row" or "rows"), for a sentence that sets the number apart. */
export function wordFor(n: number, one: string, other = `${one}s`): string {
  return plurals.select(n) === 'one' ? one : other;
}

/** "12.3 MB", "850 KB", "120 bytes" (1 KB = 1,024 bytes). */
export function formatBytes(bytes: number): string {
  if (bytes >= MB) return `${oneDecimal.format(bytes / MB)} MB`;
  if (bytes >= KB) return `${formatCount(Math.round(bytes / KB))} KB`;
  return countOf(bytes, 'byte');
}
