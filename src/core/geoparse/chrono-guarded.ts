/**
 * `chrono.parse` with the same results, faster: each of chrono's English parsers runs its own
 * regex over the whole passage, and most passages hold none of the words some of them need. A
 * parser whose pattern cannot match a passage adds no result and changes nothing the refiners
 * see (each parser reads the text on its own), so it is left out of that call.
 *
 * Each guard is a test that every match of the parser's pattern (chrono-node 2.10, flag `i`
 * without `u`, as the guards) must pass: a weekday's first letters after a non-word character or
 * "on"/"this"/"last"/"past"/"next" for the weekday parser, a month's first three letters for the
 * month-name parsers, a digit for the time parser. A match in the whole passage must pass it,
 * and chrono reads on past a match only after one, so a passage that fails it gets nothing from
 * the parser. Parsers whose needs are common words ("in", "out", "-", "this|last|past|next") are
 * not guarded: the test would cost more than it saves. A parser with no guard here (a new one after an upgrade, or a
 * name a minifier changed) always runs.
 *
 * @example
 * parseDates('On Jan. 27 in Lahore', { instant: new Date(), timezone: 0 }) // as chrono.parse
 */
import * as chrono from 'chrono-node';

const MONTH = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
/** A month after a non-word character (the parsers' `(\W|^)`), or after "in" for ENMonthNameParser's "in May". */
const MONTH_AFTER_IN = /(?:^|[^a-z0-9_]|in)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
const DIGIT = /[0-9]/;
const FOUR_DIGITS = /[0-9]{4}/;

/**
 * What each parser's pattern needs, by its class name (chrono-node 2.10's casual English set),
 * and the guard that must hold first (a digit or a month, tested once for all that name it).
 */
const NEEDS: Readonly<Record<string, { first?: typeof DIGIT | typeof MONTH; needs: RegExp }>> = {
  ENYearMonthDayParser: { first: DIGIT, needs: FOUR_DIGITS },
  ISOFormatParser: { first: DIGIT, needs: FOUR_DIGITS },
  SlashDateFormatParser: { first: DIGIT, needs: /[0-9][/.-][0-9]/ },
  ENSlashMonthFormatParser: { first: DIGIT, needs: /[0-9]\/[0-9]/ },
  ENTimeExpressionParser: { needs: DIGIT },
  ENMonthNameLittleEndianParser: { needs: MONTH },
  ENYearMonthNameParser: { needs: MONTH },
  ENMonthNameMiddleEndianParser: { first: MONTH, needs: MONTH_AFTER_IN },
  ENMonthNameParser: { first: MONTH, needs: MONTH_AFTER_IN },
  ENWeekdayParser: { needs: /(?:^|[^a-z0-9_]|on|this|last|past|next)(?:sun|mon|tue|wed|thu|fri|sat|weekend|weekday)/i },
  ENTimeUnitAgoFormatParser: { needs: /ago|before|earlier/i },
  ENCasualDateParser: { needs: /now|today|tonight|tomorrow|overmorrow|tmr|yesterday|night/i },
  ENCasualTimeParser: { needs: /morning|afternoon|evening|night|midnight|midday|noon/i },
  ENEndOfCurrentMonthParser: { needs: /month/i },
};

const PARSERS = chrono.casual.parsers;
const REFINERS = chrono.casual.refiners;
const GUARDS = PARSERS.map((p) => NEEDS[p.constructor.name] ?? null);
/** Each distinct pattern the guards need, tested at most once a passage (MONTH and MONTH_AFTER_IN serve two parsers each). */
const NEEDED = [...new Set(GUARDS.map((g) => g?.needs).filter((re) => re !== undefined))];
const NEED_AT = GUARDS.map((g) => (g ? NEEDED.indexOf(g.needs) : -1));
/** One chrono per set of parsers a passage needs, keyed by their bits: texts need few sets. */
const bySet = new Map<number, chrono.Chrono>();
const MAX_BITS = 30;

/** The guards' names, for the test that each still names one of chrono's parsers. */
export const GUARDED_PARSERS = Object.keys(NEEDS);

/** `chrono.parse(text, reference)`, running only the parsers whose pattern may match `text`. */
export function parseDates(text: string, reference: chrono.ParsingReference): chrono.ParsedResult[] {
  if (GUARDS.length > MAX_BITS) return chrono.parse(text, reference);
  const digit = DIGIT.test(text);
  const month = MONTH.test(text);
  // Each pattern's answer, once tested: DIGIT and MONTH are known already.
  const met: (boolean | undefined)[] = [];
  let key = 0;
  for (let i = 0; i < GUARDS.length; i++) {
    const g = GUARDS[i];
    if (g?.first && !(g.first === DIGIT ? digit : month)) continue;
    const may =
      !g || (met[NEED_AT[i] ?? -1] ??= g.needs === DIGIT ? digit : g.needs === MONTH ? month : g.needs.test(text));
    if (may) key |= 1 << i;
  }
  let parser = bySet.get(key);
  if (!parser) {
    parser = new chrono.Chrono({ parsers: PARSERS.filter((_, i) => (key >> i) & 1), refiners: REFINERS });
    bySet.set(key, parser);
  }
  return parser.parse(text, reference);
}
