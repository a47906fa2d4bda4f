/**
 * Counts and sizes in words, the same on every machine: "1,000 rows", "1 event", "12.3 MB".
 * Plurals go through `Intl.PluralRules` and numbers through `Intl.NumberFormat`, so no message
 * builds an English plural by hand (`n === 1 ? '' : 's'`), and a translated catalogue can take
 * over with the same calls in another locale.
 */

/**
 * The locale when a caller names none: British English, as the command-line tools and the
 * English catalogue write. The UI passes the reader's (`LOCALES[lang]` in translate.ts).
 */
const LOCALE = 'en-GB';
const cache = new Map<string, { numbers: Intl.NumberFormat; oneDecimal: Intl.NumberFormat }>();
function formatsFor(locale: string) {
  let formats = cache.get(locale);
  if (!formats) {
    formats = {
      numbers: new Intl.NumberFormat(locale),
      oneDecimal: new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    };
    cache.set(locale, formats);
  }
  return formats;
}
const plurals = new Intl.PluralRules(LOCALE);
const KB = 1024;
const MB = 1024 * 1024;

/** "1,000". */
export function formatCount(n: number, locale = LOCALE): string {
  return formatsFor(locale).numbers.format(n);
}

/** "1 row", "2 rows", "1,000 rows": the number with the word in its plural form for that number. */
export function countOf(n: number, one: string, other = `${one}s`): string {
  return `${formatCount(n)} ${plurals.select(n) === 'one' ? one : other}`;
}

/** Just the word for `n` of a thing ("row" or "rows"), for a sentence that sets the number apart. */
export function wordFor(n: number, one: string, other = `${one}s`): string {
  return plurals.select(n) === 'one' ? one : other;
}

/**
 * "12.3 MB", "850 KB", "120 bytes" (1 KB = 1,024 bytes), the number in `locale`'s digits and
 * separators ("12,3 MB" in Spanish). The units are the international symbols in every language.
 */
export function formatBytes(bytes: number, locale = LOCALE): string {
  if (bytes >= MB) return `${formatsFor(locale).oneDecimal.format(bytes / MB)} MB`;
  if (bytes >= KB) return `${formatCount(Math.round(bytes / KB), locale)} KB`;
  if (locale === LOCALE) return countOf(bytes, 'byte');
  return `${formatCount(bytes, locale)} B`;
}
