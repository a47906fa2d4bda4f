/**
 * Finds the date expressions of a news text and resolves each to an honest span of days, against
 * the publication date. The grammar of dates ("Jan. 27", "on Friday", "two months ago") is
 * chrono-node's; this module decides how much of chrono's answer the text really said:
 * "in May" is the month, never the 1st of May chrono fills in; "since he took office" is a range
 * whose start the text does not give; "a day after the release" is left open here and linked to
 * the release by the event extractor (`link`).
 *
 * @example
 * findDates('On Jan. 27 in Lahore, two men were shot.', '2011-08-02')
 * // [{ text: 'Jan. 27', kind: 'absolute-no-year', span: { first: 15001, last: 15001, precision: 'day' }, … }]
 */
import type * as chrono from 'chrono-node';
import type { DatePrecision } from '../dataset/schema.ts';
import { dayFromYmd, formatDay, parseCalendarDate, ymdOfDay } from '../time/day.ts';
import { applyLink, findRelativeDates, relativeToPrevious } from './relative-dates.ts';
import { asciiTwin } from './ascii-regex.ts';
import { maskLayout } from './chrono-layout.ts';
import { OVER_DAYS, overDays, VAGUE_BEFORE, vagueRange, weekendOf } from './vague-dates.ts';
import { parseDates } from './chrono-guarded.ts';
import { weeksAgo } from './weeks-ago.ts';
import { lastedThrough } from './through-the-night.ts';
import { namesNoDay } from './part-of-day-noun.ts';
import { negatedBefore, untilDay } from './until-dates.ts';

export { applyLink };

/** What kind of expression a date mention is: the evaluation scores each kind on its own. */
export const DATE_KINDS = [
  'absolute',
  'absolute-no-year',
  'month',
  'year',
  'weekday',
  'relative-publication',
  'range',
  'relative-event',
  'relative-previous',
] as const;
export type DateKind = (typeof DATE_KINDS)[number];

/** A resolved span of epoch days; `first: null` when the text gives no start ("since he took office"). */
export interface DaySpanDraft {
  first: number | null;
  last: number;
  precision: DatePrecision;
}

/** A date that depends on another event: `days` after (negative: before) the anchor. */
export interface DateLink {
  days: number;
  /** "less than two days after": anywhere from the anchor's day to `days` after it. */
  upTo: boolean;
  /**
   * The words naming the anchor event ("the release"), or `previous` for "the next day"; `closed`
   * when they end before the clause's own verb ("The recount ordered the day after the vote was …").
   */
  anchor: { start: number; end: number; text: string; closed?: boolean } | 'previous';
  /** When no event comes before it, the span it stands for ("in the evening": publication's). */
  orElse?: DaySpanDraft;
}

export interface DateMention {
  start: number;
  end: number;
  text: string;
  kind: DateKind;
  /** Null while the date waits for the event it is relative to. */
  span: DaySpanDraft | null;
  link?: DateLink;
  /** How the date was read, in plain words, for the reviewer. */
  note: string;
}

const SINCE_CLAUSE = /\bsince\s+(?:he|she|they|it|we)\s+(?:took|came to|entered|assumed|left)\s+(?:office|power)\b/giu;
const YEAR_RANGE = /\b(?:from|between)\s+((?:1[89]|20)\d\d)\s+(?:to|and|until|till)\s+((?:1[89]|20)\d\d)\b/giu;
const SINCE_YEAR = /\bsince\s+((?:1[89]|20)\d\d)\b/giu;
const BARE_YEAR = /\b(?:in|during|by|of|since|early|late|mid-?)\s*((?:1[89]|20)\d\d)\b/giu;
const WHEN_WORDS = /\b(?:today|tonight|yesterday|morning|afternoon|evening|night|ago)\b/iu;
/** "the night of" before a written date ("August 19", "19 August") or a weekday ("the evening of Friday"): the part of that day. */
const PART_OF_DAY_OF_DATE =
  /\b(?:morning|afternoon|evening|night)\s+of\s+(?=(?:\d{1,2}\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{L}*\.?\s+\d|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)/gu;
const PARTS_OF_DAY = ['morning', 'afternoon', 'evening', 'night'];
/** The words that are a date alone: "yesterday", "tonight", "Monday", "June", "noon". */
const ONE_WORD_DATE =
  /^(?:today|tonight|yesterday|tomorrow|noon|midday|midnight|morning|afternoon|evening|night|weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)|jan(?:uary)?|feb(?:ruary)?|march|mar|april|apr|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/iu;
/** The "a" or "p" of a word after a number that only starts like "am"/"pm" ("among", "pmla"). */
const MERIDIEM_LOOKALIKE = /(?<=\d)(\s{0,2})[ap](?=m\p{L})/giu;
/** What every match of it holds, tested without `u` (no other letter folds to a, p or m): most passages have none. */
const MERIDIEM_CUE = /\d\s{0,2}[ap]m/i;
/** chrono readings that are no date of an event: "now secretary of defense". */
const NOT_DATES = new Set(['now', 'recently', 'soon', 'later']);
/** Durations chrono reads as dates: "for seven weeks", "within two days", "after four hours", "for a few seconds". */
const DURATION =
  /^(?:for|within|over|in|after)\s+(?:the\s+)?(?:\S+\s+){0,2}(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)$/iu;
/** "a few seconds before the lawyers shouted", "minutes later": an offset too short to be a day of its own. */
const SHORT_OFFSET = /^(?:\S+\s+){0,2}(?:seconds?|minutes?)\s+(?:before|after|earlier|later)$/iu;
/** A time on the clock: "12:30", "9.40", "5pm", "6 a.m.". */
const CLOCK_TIME = /\b\d{1,2}[:.]\d\d\b|\b\d{1,2}\s*[ap]\.?m\b\.?/giu;
/** A passage without one of these has no date chrono could read. */
const DATE_CUE =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|yesterday|tomorrow|morning|afternoon|evening|night|ago|week|month|year|last|next|noon|midnight)/iu;
/** The twins without `u` on a text where they find the same (see ascii-regex.ts): ~2× faster. */
const sinceClause = asciiTwin(SINCE_CLAUSE);
const yearRange = asciiTwin(YEAR_RANGE);
const sinceYear = asciiTwin(SINCE_YEAR);
const bareYear = asciiTwin(BARE_YEAR);
const dateCue = asciiTwin(DATE_CUE);
const vagueBefore = asciiTwin(VAGUE_BEFORE);
const overDaysTold = asciiTwin(OVER_DAYS);
const MONTH_PREFIX = /\b(last|next|this|early|late|mid|mid-)\s*$/iu;

const MS_PER_DAY = 86_400_000;
/** "next week", "last week", "early next week": a week, never a day chrono guesses in it. */
const WEEK =
  /^(?:(?:in|during|over|by)\s+)?(?:the\s+)?(?:(?:early|late|mid-?)\s*)?(next|last|this|past|coming)\s+week$/iu;
/** A time of day alone ("night" of "late at night", "evening"): the day the story is telling. */
const TIME_OF_DAY =
  /^(?:(?:late|early)\s+)?(?:(?:at|in|during|by|on)\s+)?(?:the\s+)?(?:morning|afternoon|evening|night)$/iu;
/** Before a date, words that put it ahead: "will join the strike on Monday", "is expected in Belgrade on Saturday". */
const FUTURE_TENSE =
  /\b(?:will|shall|would|(?:expected|due|scheduled|set|going|plans?|planning) to|(?:planned|scheduled|set|due) for|(?:expected|due) (?:back )?(?:in|at))\b/iu;
/** How far back in its sentence a yearless date is read for words that look ahead ("would host … in Maseru on 26 September"). */
const SENTENCE_REACH = 150;
/** A date without a year up to this many days after publication is still this year's (a planned visit). */
const FUTURE_GRACE_DAYS = 7;
/** After a date without a year: it recurs ("on Dec. 1 each year", "every year on 14 August" is not read). */
const EVERY_YEAR = /^,?\s+(?:each|every)\s+year\b|^,?\s+annually\b/iu;
/** "declared Saturday a national day of mourning": a day set apart is one still to come. */
const DAY_DECLARED = /^\s+(?:as\s+)?an?\s+(?:[\p{L}-]+\s+){0,3}?(?:day|holiday)\b/u;
/** "On Thursday the delegation will travel …": a clause opening with its day and a short subject, then "will". */
const FUTURE_AFTER = /^\s*,?\s+(?:(?!(?:said|says|told|\p{Ll}+ed)\b)[\p{L}'’-]+\s+){1,3}(?:will|shall)\s+(?!not\b)/u;
/** "has called a march … for Saturday", "set the hearing for Monday": a day something is arranged for is ahead. */
const ARRANGED_FOR =
  /\b(?:call(?:s|ed)?|set|plan(?:s|ned)?|schedul(?:es?|ed)|announc(?:es?|ed)|fix(?:es|ed)?|convene[sd]?|organi[sz]e[sd]?|slated|adjourn(?:s|ed)?|postpone[sd]?)\b[^.;!?]*\bfor\s+$/iu;
const FUTURE_WORDS = /\b(?:will|would|next|due|scheduled|planned|expected|plans?|(?:is|are)\s+to)\b/iu;
/** Twins without `u` (see above), asked of the words before each weekday or date without a year. */
const futureTense = asciiTwin(FUTURE_TENSE);
const futureWords = asciiTwin(FUTURE_WORDS);

/**
 * Text set aside, as chrono should read it: nothing. A run of spaces will not do, for chrono reads
 * "on 7 February,<spaces> the launch" as the month alone; underscores between two spaces are no
 * word of a date and keep the words either side apart.
 */
const blank = (n: number) => (n < 3 ? ' '.repeat(n) : ` ${'_'.repeat(n - 2)} `);

/** A range mention from `first` (null: unknown) to `last`; `how` says how it was read. */
function rangeMention(m: RegExpExecArray, first: number | null, last: number, how: string): DateMention {
  return {
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
    kind: 'range',
    span: { first, last, precision: 'range' },
    note: `"${m[0]}": ${how}`,
  };
}

function monthSpan(year: number, month: number): DaySpanDraft {
  return { first: dayFromYmd(year, month, 1), last: dayFromYmd(year, month + 1, 1) - 1, precision: 'month' };
}
function yearSpan(year: number): DaySpanDraft {
  return { first: dayFromYmd(year, 1, 1), last: dayFromYmd(year + 1, 1, 1) - 1, precision: 'year' };
}
const daySpan = (d: number): DaySpanDraft => ({ first: d, last: d, precision: 'day' });

/** The publication date as an epoch day; throws a plain error naming the bad value. */
export function publicationDay(published: string): number {
  const span = parseCalendarDate(published);
  if (!span || span.precision !== 'day') {
    throw new Error(`publication date "${published}" must be a real day written YYYY-MM-DD`);
  }
  return span.first;
}

interface Claimed {
  start: number;
  end: number;
}
const overlaps = (a: Claimed, b: Claimed) => a.start < b.end && b.start < a.end;

/**
 * Every date expression in `text`, in text order, resolved against `published` (YYYY-MM-DD).
 * Expressions relative to another event carry a `link` and a null `span` until linked.
 */
export function findDates(
  text: string,
  published: string,
  within: readonly { start: number; end: number }[] = [{ start: 0, end: text.length }],
): DateMention[] {
  const pub = publicationDay(published);
  const found: DateMention[] = [];
  const claimed: Claimed[] = [];
  const add = (m: DateMention) => {
    if (claimed.some((c) => overlaps(c, m))) return;
    claimed.push(m);
    found.push(m);
  };

  // Dates told from another event come first: "the next day" is no date chrono should read.
  for (const m of findRelativeDates(text)) add(m);
  for (const m of text.matchAll(sinceClause(text))) {
    add(rangeMention(m, null, pub, `a range up to publication (${formatDay(pub)}); the text gives no start`));
  }
  for (const m of text.matchAll(yearRange(text))) {
    const from = yearSpan(Number(m[1]));
    const to = yearSpan(Number(m[2]));
    if (to.last < (from.first ?? 0)) continue;
    add(rangeMention(m, from.first, to.last, `the years ${m[1]} to ${m[2]}`));
  }
  for (const m of text.matchAll(sinceYear(text))) {
    add(rangeMention(m, yearSpan(Number(m[1])).first, pub, `from ${m[1]} to publication`));
  }
  for (const m of text.matchAll(vagueBefore(text))) {
    const range = vagueRange(m[0], m[1] ?? 'days', pub);
    add(rangeMention(m, range.first, range.last, range.how));
  }
  for (const m of text.matchAll(overDaysTold(text))) {
    const range = overDays(m[1] ?? '2', pub);
    add(rangeMention(m, range.first, range.last, range.how));
  }

  const reference = { instant: new Date(pub * MS_PER_DAY + MS_PER_DAY / 2), timezone: 0 };
  // chrono is most of the cost: it reads only the passages asked for, and only those with a cue.
  for (const span of within) {
    const passage = text.slice(span.start, span.end);
    if (!dateCue(passage).test(passage)) continue;
    // "this morning, five days after a clash": chrono reads the rest once the linked date is set aside.
    let masked = passage;
    for (const c of claimed) {
      if (c.end <= span.start || c.start >= span.end) continue;
      const [a, b] = [Math.max(c.start, span.start) - span.start, Math.min(c.end, span.end) - span.start];
      masked = masked.slice(0, a) + blank(b - a) + masked.slice(b);
    }
    // "on the night of August 19", "the evening of Friday": the date is the day's; chrono would read "night" as tonight.
    // The pattern has no `i` flag: a passage without one of its four words is left as it is.
    if (PARTS_OF_DAY.some((w) => masked.includes(w)))
      masked = masked.replace(PART_OF_DAY_OF_DATE, (w) => blank(w.length));
    // "on Aug. 28 among residents": chrono takes "am" of "among" for a time and drops the date.
    if (MERIDIEM_CUE.test(masked)) masked = masked.replace(MERIDIEM_LOOKALIKE, (_, gap: string) => `${gap}_`);
    masked = maskLayout(masked, blank);
    for (const r of parseDates(masked, reference)) {
      const shifted = { text: r.text, start: r.start, end: r.end, index: r.index + span.start };
      const mention = fromChrono(text, shifted, pub);
      if (mention) add(mention);
    }
  }
  for (const m of text.matchAll(bareYear(text))) {
    const year = m[1] ?? '';
    const start = m.index + m[0].length - year.length;
    add({
      start,
      end: start + year.length,
      text: year,
      kind: 'year',
      span: yearSpan(Number(year)),
      note: `"${m[0].trim()}": the year only`,
    });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The week "next week" or "last week" names, Monday to Sunday, as a range. */
function weekMention(base: { start: number; end: number; text: string }, which: string, pub: number): DateMention {
  const monday = pub - ((((pub + 4) % 7) + 6) % 7);
  const w = which.toLowerCase();
  const first = monday + (w === 'next' || w === 'coming' ? 7 : w === 'this' ? 0 : -7);
  return {
    ...base,
    kind: 'range',
    span: { first, last: first + 6, precision: 'range' },
    note: `"${base.text}": the week ${formatDay(first)} to ${formatDay(first + 6)}, no day given`,
  };
}

type Components = { get(c: chrono.Component): number | null; isCertain(c: chrono.Component): boolean };

type ChronoResult = Pick<chrono.ParsedResult, 'text' | 'start' | 'end' | 'index'>;

function fromChrono(text: string, r: ChronoResult, pub: number): DateMention | null {
  let start = r.index;
  let shown = r.text.replace(/[\s,]+$/u, '');
  if (NOT_DATES.has(shown.toLowerCase()) || DURATION.test(shown) || SHORT_OFFSET.test(shown)) return null;
  // "if the strike lasts another week": one word that is no word of a date is chrono's slip.
  if (/^\p{L}+$/u.test(shown) && !ONE_WORD_DATE.test(shown)) return null;
  // "a march through the bazaar", "may": a month is written with a capital; these are other words.
  if (/^(?:march|may)$/u.test(shown)) return null;
  const s = r.start as unknown as Components;
  const before = text.slice(Math.max(0, start - 8), start);
  const prefix = MONTH_PREFIX.exec(before);
  if (prefix) {
    start -= prefix[0].length;
    shown = text.slice(start, r.index + shown.length);
  }
  const end = start + shown.length;
  const base = { start, end, text: shown };
  const week = WEEK.exec(shown);
  if (week) return weekMention(base, week[1] ?? '', pub);
  const weeks = weeksAgo(base, pub);
  if (weeks) return weeks;
  // "late at night", "in the evening": the time of the day the story is telling, not of publication's.
  if (TIME_OF_DAY.test(shown) && !/\b(?:this|last|to|yester|tomorrow)\s*$/iu.test(before)) {
    if (lastedThrough(text, start) || namesNoDay(text, start, end)) return null;
    const told = relativeToPrevious({ index: start, 0: shown }, 0);
    return {
      ...told,
      link: { days: 0, upTo: false, anchor: 'previous', orElse: daySpan(pub) },
      note: `"${shown}": the day of the event told just before (publication's when none is)`,
    };
  }
  const month = s.get('month') ?? 1;
  const day = s.get('day') ?? 1;
  let year = s.get('year') ?? ymdOfDay(pub).year;
  // chrono takes the nearest year for "Jan. 27"; a news story means the last one, unless it looks ahead.
  if (!s.isCertain('year') && s.isCertain('month')) {
    // "closes on Dec. 1 each year": a day that comes round every year is no event's.
    if (EVERY_YEAR.test(text.slice(end, end + 20))) return null;
    // Only its own sentence looks ahead: "… until a hearing next month. Lawmakers had approved it on 4 June."
    const sentenceBefore =
      text
        .slice(Math.max(0, start - SENTENCE_REACH), start)
        .split(/[.;!?]\s/u)
        .at(-1) ?? '';
    const future = futureWords(sentenceBefore).test(sentenceBefore);
    const first = dayFromYmd(year, month, s.isCertain('day') ? day : 1);
    if (!future && first > pub + FUTURE_GRACE_DAYS) year -= 1;
    else if (future && first < pub - FUTURE_GRACE_DAYS) year += 1;
  }

  if (r.end) {
    const e = r.end as unknown as Components;
    const first = dayFromYmd(year, month, day);
    const last = dayFromYmd(e.get('year') ?? year, e.get('month') ?? month, e.get('day') ?? day);
    if (last < first) return null;
    return { ...base, kind: 'range', span: { first, last, precision: 'range' }, note: `"${shown}": a range` };
  }
  if (s.isCertain('weekday') && !s.isCertain('day')) {
    // A news story's "on Friday" is the last Friday, not the next one, unless the text says "next".
    // "sat on the tracks", "wed": a weekday is written with a capital; these are other words.
    if (/\b(?:mon|tue|wed|thu|fri|sat|sun)/u.test(shown) && !/\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)/u.test(shown))
      return null;
    const weekday = s.get('weekday') ?? 0;
    const pubWeekday = (pub + 4) % 7; // 1970-01-01 was a Thursday
    const back = (pubWeekday - weekday + 7) % 7;
    // "will join the strike on Monday", "are expected to return on Friday": the next one. The helper
    // may stand a long phrase before ("is due to chair a meeting of … in Mashhad on Thursday").
    const clauseBefore =
      text
        .slice(Math.max(0, start - 120), start)
        .split(/[.;!?]/u)
        .at(-1) ?? '';
    const forward =
      /\b(next|coming)\s*$/iu.test(before) ||
      /^(?:next|coming)\b/iu.test(shown) ||
      futureTense(clauseBefore).test(clauseBefore) ||
      FUTURE_AFTER.test(text.slice(end, end + 60)) ||
      ARRANGED_FOR.test(clauseBefore) ||
      (/\b(?:declared|proclaimed)\s+$/u.test(clauseBefore) && DAY_DECLARED.test(text.slice(end, end + 60)));
    // "on Wednesday last week": that weekday of the week (Monday to Sunday) before publication's.
    const weekShift = /\blast week\b/iu.test(shown) ? -7 : /\bnext week\b/iu.test(shown) ? 7 : 0;
    const monday = pub - ((pubWeekday + 6) % 7);
    // "last Friday" written on a Friday is a week ago, not the day of writing.
    const lastOne = back === 0 && (/\blast\s*$/iu.test(before) || /^last\b/iu.test(shown)) ? 7 : back;
    const d = weekShift ? monday + weekShift + ((weekday + 6) % 7) : forward ? pub + (7 - back || 7) : pub - lastOne;
    const ends = untilDay(base, text, d) ?? weekendOf(base, d);
    if (ends) return ends;
    return {
      ...base,
      kind: 'weekday',
      span: daySpan(d),
      note: `"${shown}": the ${forward ? 'next' : 'last'} such weekday ${forward ? 'after' : 'up to'} publication, ${formatDay(d)}`,
    };
  }
  if (s.isCertain('day') && s.isCertain('month')) {
    const d = dayFromYmd(year, month, day);
    const ends = untilDay(base, text, d);
    if (ends) return ends;
    // "at 12:30 today", "20:30 tonight": a clock time names no day; the day is still told from publication.
    if (WHEN_WORDS.test(shown) && !/\d/u.test(shown.replace(CLOCK_TIME, ''))) {
      return {
        ...base,
        kind: 'relative-publication',
        span: daySpan(d),
        note: `"${shown}": ${formatDay(d)} from publication`,
      };
    }
    const certainYear = s.isCertain('year');
    return {
      ...base,
      kind: certainYear ? 'absolute' : 'absolute-no-year',
      span: daySpan(d),
      note: certainYear ? `"${shown}"` : `"${shown}": the year ${year} from publication`,
    };
  }
  if (!s.isCertain('month') && !s.isCertain('year')) {
    // "this morning", "tonight": chrono knows only the time of day; the day is publication's.
    if (!WHEN_WORDS.test(shown)) return null;
    const d = dayFromYmd(year, month, day);
    return {
      ...base,
      kind: 'relative-publication',
      span: daySpan(d),
      note: `"${shown}": ${formatDay(d)} from publication`,
    };
  }
  if (s.isCertain('month')) {
    let y = year;
    const word = prefix?.[1]?.toLowerCase();
    const pubYmd = ymdOfDay(pub);
    if (word === 'last') y = month < pubYmd.month ? pubYmd.year : pubYmd.year - 1;
    else if (word === 'next') y = month > pubYmd.month ? pubYmd.year : pubYmd.year + 1;
    const span = monthSpan(y, month);
    const ago = /\bago\b/iu.test(shown);
    return {
      ...base,
      kind: ago || word === 'last' || word === 'next' ? 'relative-publication' : 'month',
      span,
      note: `"${shown}": the month ${formatDay(span.last).slice(0, 7)}, no day given`,
    };
  }
  const span = yearSpan(year);
  const relative = /\bago\b/iu.test(shown);
  const until = /\buntil\s*$/iu.test(before) && !negatedBefore(text.slice(Math.max(0, start - 80), start));
  if (until) {
    return {
      ...base,
      kind: 'range',
      span: { first: null, last: span.last, precision: 'range' },
      note: `"until ${shown}": a range that ends in ${year}; the text gives no start`,
    };
  }
  return {
    ...base,
    kind: relative ? 'relative-publication' : 'year',
    span,
    note: `"${shown}": the year ${year} only`,
  };
}

/** `YYYY-MM-DD` bounds of a span, as the CLI prints them (`start` null when the text gives none). */
export function spanBounds(span: DaySpanDraft): { start: string | null; end: string } {
  return { start: span.first === null ? null : formatDay(span.first), end: formatDay(span.last) };
}

/** The narrower of two spans that overlap, or null when they do not: "this morning" beats "less than two days after". */
export function narrower(a: DaySpanDraft, b: DaySpanDraft): DaySpanDraft {
  return spanWidth(a) <= spanWidth(b) ? a : b;
}
const spanWidth = (s: DaySpanDraft) => (s.first === null ? Infinity : s.last - s.first);
