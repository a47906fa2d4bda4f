/**
 * A live blog or a log is split by day headers ("MONDAY 21 JULY", "Tuesday 22 July 2025", or a
 * weekday alone, "Tuesday"), each a line of its own over the entries of that day. A header may
 * shorten its weekday ("Tue 24 March"), put a comma after it ("MONDAY, 11 MAY"), and carry the
 * time of its entry ("24 March, 09:40", "March 24 — 14:05"); a time alone ("Updated 10:15 GMT")
 * names no day and heads nothing. A press release's numbered updates and a blog's numbered days
 * head their entries the same way ("Update No. 2 — 6 November", "Day 2 — Tuesday 24 August"), and
 * a numbered update without a date ("UPDATE 3") ends the day of the one above it: what follows is
 * read from publication again. A numbered update may also open its paragraph as a sentence of
 * its own ("Update 2 — 21 February. A helicopter delivered …"): it heads that paragraph only.
 * Under a dated header, an entry stamped with its weekday and hour
 * ("Monday 07:30") is that weekday nearest the header's day. A reader dates
 * an entry by the header it sits under: "this morning" is that day's morning, "half an hour ago"
 * that day, "later that evening" that day's evening, and an entry that gives no date of its own
 * ("A wildfire broke out shortly after 1pm …") happened that day. The headers usually run newest
 * first, so an event told further down came earlier. Background told beside the entries ("For
 * context: …", a "Background" heading's paragraphs) sits under no header.
 *
 * @example
 * const log = daySections('TUESDAY 22 JULY\n\nFlames reached …\n\nMONDAY 21 JULY\n\nA fire broke out …', '2025-07-23');
 * log.dayAt(40) // the epoch day of 21 July 2025
 */
import { dayFromYmd, formatDay, ymdOfDay } from '../time/day.ts';
import type { DateMention, DaySpanDraft } from './resolve-dates.ts';
import { backgroundSpans, inBackground } from './background-notes.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** "Monday", "Tue", "Thurs.", with a comma or not: read for its place, the day is the date's. */
const WEEKDAY = String.raw`(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?,?\s+)?`;
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|march|mar|april|apr|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
/** A numbered entry's label before its date: "Day 1 — ", "Update No. 13 — ", "UPDATE 2 — ". */
const LABEL = String.raw`(?:\p{L}+(?:[ \t]+No\.?)?[ \t]+\d{1,3}[ \t]*[-–—:|,][ \t]*)?`;
/** An entry's time after its date: ", 09:40", " — 14:05", " at 9.40am", " 18:40 GMT", " 18:40 (La Paz time)". */
const TIME = String.raw`(?:[ \t]*(?:,|[-–—|·]|\bat\b)?[ \t]*\d{1,2}[:.]\d{2}(?:[ \t]*(?:[ap]\.?m\.?|[A-Z]{2,4}\b))?(?:[ \t]*\([^()\n]*\))?)?`;
/** A line that is a date and nothing else, or a date and its time: "MONDAY 21 JULY", "Tuesday, July 22, 2025", "Wed 25 March, 18:40". */
const HEADER = new RegExp(
  String.raw`^[ \t]*${LABEL}${WEEKDAY}(?:(\d{1,2})\s+${MONTH}|${MONTH}\s+(\d{1,2}))(?:,?[ \t]+(\d{4}))?${TIME}(?:[ \t]*\([^()\n]*\))?[ \t]*$`,
  'gimu',
);
/**
 * A numbered update's label and date opening a paragraph as a sentence of its own ("Update 2 —
 * 21 February. An air force helicopter delivered …"): it heads the rest of its paragraph.
 */
const INLINE_HEADER = new RegExp(
  String.raw`^[ \t]*\p{L}+(?:[ \t]+No\.?)?[ \t]+\d{1,3}[ \t]*[-–—:|,][ \t]*${WEEKDAY}(?:(\d{1,2})\s+${MONTH}|${MONTH}\s+(\d{1,2}))(?:,?[ \t]+(\d{4}))?\.(?=[ \t]+\p{Lu})`,
  'gimu',
);
/** A blank line: where an inline header's paragraph ends. */
const PARAGRAPH_END = /\n[^\S\n]*\n/u;
/** A line that is a weekday alone ("Tuesday"), or with its hour ("Monday 07:30"): a log's header when the log has several. */
const WEEKDAY_HEADER = new RegExp(String.raw`^[ \t]*(mon|tues|wednes|thurs|fri|satur|sun)day${TIME}[ \t]*$`, 'gimu');
/** A numbered update or day with no date ("UPDATE 3", "Update 4 — Other states"): it ends the dated entry above. */
const UNDATED_LABEL =
  /^[ \t]*(?:update|day|entry|bulletin|briefing|sitrep|situation report)(?:[ \t]+no\.?)?[ \t]+\d{1,3}\b[^\n\d]{0,40}$/gimu;
/** A weekday entry stamp under a dated header is the weekday within this many days of the header's. */
const NEAR_HEADER = 3;
const WEEKDAYS = ['sun', 'mon', 'tues', 'wednes', 'thurs', 'fri', 'satur'];
/** How many days after its publication date a log may run on (see headerDay). */
const UPDATED_FOR = 7;
/** One header is a date line (a byline's); a log has several. */
const MIN_HEADERS = 2;

interface Section {
  start: number;
  end: number;
  /** Null under a numbered update that names no day ("UPDATE 3"). */
  day: number | null;
  header: string;
  headerStart: number;
}

export interface DayLog {
  /** The last day the log's headers name, or null: a blog updated past its publication date is told up to then. */
  lastDay: number | null;
  /** The day of the header `at` sits under, or null outside any (or in a text with no log, or in background). */
  dayAt(at: number): number | null;
  /** Whether `at` is under a header, background told there included. */
  logged(at: number): boolean;
  /** The header's date as a mention, for an entry that tells no date of its own. */
  headerDate(at: number): DateMention | null;
  /** Dates of the entries read from their header's day ("this morning", "later that evening"). */
  rebase(dates: DateMention[]): DateMention[];
  /** Whether the event told at `a` came before the one told at `b`, as the log's order says. */
  toldBefore(a: number, b: number): boolean;
  /** Events dated "hours after" one of the day before their entry's: moved to the entry's day (see pastMidnight). */
  pastMidnight(events: readonly LinkedEvent[]): void;
}

/** An event whose date may be linked to another's, once the links are resolved (link-events.ts). */
interface LinkedEvent {
  date: DateMention | null;
  span: DaySpanDraft | null;
  at: number;
  dateNote: string;
}

/** "hours after the crash", "within hours of", "shortly after", "minutes later": a link of hours, not days. */
const HOURS_LINK = /\b(?:hours|minutes|moments|shortly|soon)\b/iu;

/**
 * A weekday header alone ("Monday", WEEKDAY_HEADER's one group): the last such weekday up to
 * publication, as "on Monday" in a story is, for a log's entries are told up to when it is read.
 */
function lastWeekday(name: string, pub: number): number {
  // Epoch day 0, 1 January 1970, was a Thursday.
  const weekday = WEEKDAYS.indexOf(name.toLowerCase());
  return pub - ((((pub + 4 - weekday) % 7) + 7) % 7);
}

/** The weekday `name` within NEAR_HEADER days of `around`: "Monday 07:30" under "Sunday 29 October" is the 30th. */
function nearWeekday(name: string, around: number): number {
  const weekday = WEEKDAYS.indexOf(name.toLowerCase());
  const ahead = (((weekday - (around + 4)) % 7) + 7) % 7;
  return around + (ahead > NEAR_HEADER ? ahead - 7 : ahead);
}

/**
 * The weekday of `resolved` (read from publication) counted from the header's day instead: the
 * next one after it when the text looks ahead, else the last one up to it ("last Friday" on a
 * Friday a week back). A weekday told with its week ("on Wednesday last week") is left as read.
 */
function weekdayFrom(resolved: number, header: number, forward: boolean, text: string): number | null {
  if (/\bweek\b/iu.test(text)) return null;
  const last = /^last\b/iu.test(text);
  const back = (((header - resolved) % 7) + 7) % 7;
  if (forward) return header + (7 - back || 7);
  return header - (back === 0 && last ? 7 : back);
}

/**
 * The day a dated header names: without a year, the publication's, or the year before for a day
 * well after it. A blog dated by its first day runs on past it ("Published 3 May" over "Day 2 —
 * Thursday 4 May"), so a header within UPDATED_FOR days after publication keeps its year.
 */
function headerDay(m: RegExpMatchArray, py: number, pub: number): number | null {
  const dayText = m[1] ?? m[4];
  const monthText = (m[2] ?? m[3] ?? '').slice(0, 3).toLowerCase();
  const month = MONTHS.indexOf(monthText) + 1;
  let day = dayFromYmd(m[5] ? Number(m[5]) : py, month, Number(dayText));
  if (!m[5] && day > pub + UPDATED_FOR) day = dayFromYmd(py - 1, month, Number(dayText));
  return ymdOfDay(day).day === Number(dayText) ? day : null;
}

export function daySections(text: string, published: string): DayLog {
  const [py, pm, pd] = published.split('-').map(Number) as [number, number, number];
  const pub = dayFromYmd(py, pm, pd);
  const sections: Section[] = [];
  const inline = [...text.matchAll(INLINE_HEADER)];
  const headers = [
    ...text.matchAll(HEADER),
    ...text.matchAll(WEEKDAY_HEADER),
    ...text.matchAll(UNDATED_LABEL),
    ...inline,
  ].sort((a, b) => a.index - b.index);
  // The day of the dated header above, which an entry stamped "Monday 07:30" is read near.
  let dated: number | null = null;
  for (const m of headers) {
    let day: number | null;
    if (m.length === 1) day = null;
    else if (m.length === 2) day = dated === null ? lastWeekday(m[1] ?? '', pub) : nearWeekday(m[1] ?? '', dated);
    else if ((day = headerDay(m, py, pub)) === null) continue;
    else dated = day;
    if (m.length === 1) dated = null;
    const last = sections.at(-1);
    if (last) last.end = Math.min(last.end, m.index);
    const start = m.index + m[0].length;
    // An inline header heads its paragraph only.
    const paragraphEnd = inline.includes(m) ? PARAGRAPH_END.exec(text.slice(start))?.index : undefined;
    const end = paragraphEnd === undefined ? text.length : start + paragraphEnd;
    sections.push({ start, end, day, header: m[0].trim(), headerStart: m.index });
  }
  const days = sections.filter((s): s is Section & { day: number } => s.day !== null);
  const log = days.length >= MIN_HEADERS ? days : [];
  // Background told beside the entries ("For context: …") is no entry of their day (background-notes.ts).
  const background = log.length > 0 ? backgroundSpans(text) : [];
  const under = (at: number) => log.find((s) => at >= s.start && at < s.end);
  const sectionAt = (at: number) => (inBackground(background, at) ? undefined : under(at));
  const newestFirst = log.length > 1 && (log[0]?.day ?? 0) > (log.at(-1)?.day ?? 0);
  return {
    lastDay: log.length > 0 ? Math.max(...log.map((s) => s.day)) : null,
    dayAt: (at) => sectionAt(at)?.day ?? null,
    logged: (at) => under(at) !== undefined,
    headerDate(at) {
      const s = sectionAt(at);
      if (!s) return null;
      return {
        start: s.headerStart,
        end: s.headerStart + s.header.length,
        text: s.header,
        kind: /\d{4}/u.test(s.header) ? 'absolute' : 'absolute-no-year',
        span: { first: s.day, last: s.day, precision: 'day' },
        note: `the day header "${s.header}" the entry is under: ${formatDay(s.day)}`,
      };
    },
    rebase(dates) {
      if (log.length === 0) return dates;
      return dates.map((d) => {
        const s = sectionAt(d.start);
        if (!s) return d;
        // "yesterday", "this morning", "half an hour ago": counted from when the entry was told, its day.
        if (d.kind === 'relative-publication' && d.span?.precision === 'day' && d.span.first !== null) {
          const day = s.day + (d.span.first - pub);
          const note = `"${d.text}": from the day header "${s.header}", ${formatDay(day)}`;
          return { ...d, span: { first: day, last: day, precision: 'day' }, note };
        }
        // "on Sunday" in an entry under "Mon 23 March": the Sunday before that entry, not before publication.
        if (d.kind === 'weekday' && d.span?.precision === 'day' && d.span.first !== null && s.day !== pub) {
          const day = weekdayFrom(d.span.first, s.day, d.span.first > pub, d.text);
          if (day === null) return d;
          const note = `"${d.text}": the ${d.span.first > pub ? 'next' : 'last'} such weekday from the day header "${s.header}", ${formatDay(day)}`;
          return { ...d, span: { first: day, last: day, precision: 'day' }, note };
        }
        // "Later that evening", "the previous evening" in an entry: counted from the entry's day,
        // unless its section has told a day of its own before it ("On 5 July, a team arrived … The
        // same day, …"): then from the event told before, as in any story. "The next day" opening a
        // section is the day after the section before it told (most often the header's day).
        const link = d.link;
        if (
          link?.anchor === 'previous' &&
          link.days <= 0 &&
          d.span === null &&
          !toldDayBefore(dates, s.start, d.start)
        ) {
          const day = s.day + link.days;
          const note = `"${d.text}": from the day of the header "${s.header}" the entry is under, ${formatDay(day)}`;
          return { ...d, span: { first: day, last: day, precision: 'day' }, note };
        }
        return d;
      });
    },
    toldBefore(a, b) {
      const [sa, sb] = [sectionAt(a), sectionAt(b)];
      if (!newestFirst || !sa || !sb) return a < b;
      // Entries under two headers of one day ("Thursday 12 February, 17:05" over "…, 08:45") run newest first too.
      return sa === sb || sa.day === sb.day ? a > b : sa.day < sb.day;
    },
    // "02:30 — The minister arrived shortly after midnight, hours after the crash", under the day
    // after the crash's: hours after an evening event run past midnight, and the header says they did.
    pastMidnight(events) {
      for (const e of events) {
        const link = e.date?.link;
        const s = sectionAt(e.at);
        if (!s || !link || link.days !== 0 || e.span?.precision !== 'day' || e.span.first !== s.day - 1) continue;
        if (!HOURS_LINK.test(e.date?.text ?? '')) continue;
        e.span = { first: s.day, last: s.day, precision: 'day' };
        e.dateNote = `${e.dateNote}; hours later, past midnight: the day of the header "${s.header}" the entry is under, ${formatDay(s.day)}`;
      }
    },
  };
}

/** Whether a date of a day is told between `from` (a section's start) and `to`. */
function toldDayBefore(dates: readonly DateMention[], from: number, to: number): boolean {
  return dates.some((e) => e.start >= from && e.start < to && e.span?.precision === 'day');
}

/** A year in a sentence: "The 2018 eruption, which destroyed …" tells of that year, not of the entry's day. */
const YEAR = /\b(?:1[89]|20)\d\d\b/u;

/**
 * The date an entry's clause is told on when it names none of its own: its header's ("11:30 —
 * CONRED has ordered the evacuation of …" under "Tuesday 10 February" happened that day), none
 * outside a log nor for a clause whose sentence names a year.
 */
export function entryDate(log: DayLog, at: number, sentence: string): DateMention[] {
  const header = YEAR.test(sentence) ? null : log.headerDate(at);
  return header ? [header] : [];
}
