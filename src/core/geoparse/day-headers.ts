/**
 * A live blog or a log is split by day headers ("MONDAY 21 JULY", "Tuesday 22 July 2025"), each
 * a line of its own over the entries of that day. A reader dates an entry by the header it sits
 * under: "this morning" is that day's morning, "later that evening" that day's evening, and an
 * entry that gives no date of its own ("A wildfire broke out shortly after 1pm …") happened that
 * day. The headers usually run newest first, so an event told further down came earlier.
 *
 * @example
 * const log = daySections('TUESDAY 22 JULY\n\nFlames reached …\n\nMONDAY 21 JULY\n\nA fire broke out …', '2025-07-23');
 * log.dayAt(40) // the epoch day of 21 July 2025
 */
import { dayFromYmd, formatDay, ymdOfDay } from '../time/day.ts';
import type { DateMention } from './resolve-dates.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAY = String.raw`(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?`;
const MONTH = String.raw`(jan(?:uary)?|feb(?:ruary)?|march|mar|april|apr|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
/** A line that is a date and nothing else: "MONDAY 21 JULY", "Tuesday, July 22, 2025". */
const HEADER = new RegExp(
  String.raw`^[ \t]*${WEEKDAY}(?:(\d{1,2})\s+${MONTH}|${MONTH}\s+(\d{1,2}))(?:,?\s+(\d{4}))?[ \t]*$`,
  'gimu',
);
/** One header is a date line (a byline's); a log has several. */
const MIN_HEADERS = 2;
/** Words that count from the day they are told on: "today", "this evening", "yesterday". */
const TOLD_DAY = /^(?:today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening))$/iu;
const SHIFT = new Map([
  ['yesterday', -1],
  ['tomorrow', 1],
]);

interface Section {
  start: number;
  end: number;
  day: number;
  header: string;
  headerStart: number;
}

export interface DayLog {
  /** The day of the header `at` sits under, or null outside any (or in a text with no log). */
  dayAt(at: number): number | null;
  /** The header's date as a mention, for an entry that tells no date of its own. */
  headerDate(at: number): DateMention | null;
  /** Dates of the entries read from their header's day ("this morning", "later that evening"). */
  rebase(dates: DateMention[]): DateMention[];
  /** Whether the event told at `a` came before the one told at `b`, as the log's order says. */
  toldBefore(a: number, b: number): boolean;
}

export function daySections(text: string, published: string): DayLog {
  const [py, pm, pd] = published.split('-').map(Number) as [number, number, number];
  const pub = dayFromYmd(py, pm, pd);
  const sections: Section[] = [];
  for (const m of text.matchAll(HEADER)) {
    const dayText = m[1] ?? m[4];
    const monthText = (m[2] ?? m[3] ?? '').slice(0, 3).toLowerCase();
    const month = MONTHS.indexOf(monthText) + 1;
    // A header without a year is the publication's year, or the year before for a day after it.
    let day = dayFromYmd(m[5] ? Number(m[5]) : py, month, Number(dayText));
    if (!m[5] && day > pub) day = dayFromYmd(py - 1, month, Number(dayText));
    if (ymdOfDay(day).day !== Number(dayText)) continue;
    const last = sections.at(-1);
    if (last) last.end = m.index;
    sections.push({ start: m.index + m[0].length, end: text.length, day, header: m[0].trim(), headerStart: m.index });
  }
  const log = sections.length >= MIN_HEADERS ? sections : [];
  const sectionAt = (at: number) => log.find((s) => at >= s.start && at < s.end);
  const newestFirst = log.length > 1 && (log[0]?.day ?? 0) > (log.at(-1)?.day ?? 0);
  return {
    dayAt: (at) => sectionAt(at)?.day ?? null,
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
        const word = d.text.trim().replace(/\s+/gu, ' ');
        if (d.kind === 'relative-publication' && d.span?.precision === 'day' && TOLD_DAY.test(word)) {
          const day = s.day + (SHIFT.get(word.toLowerCase()) ?? 0);
          const note = `"${d.text}": from the day header "${s.header}", ${formatDay(day)}`;
          return { ...d, span: { first: day, last: day, precision: 'day' }, note };
        }
        // "Later that evening" in an entry: the evening of the entry's day.
        if (d.link?.anchor === 'previous' && d.link.days === 0 && d.span === null) {
          const note = `"${d.text}": the day of the header "${s.header}" the entry is under, ${formatDay(s.day)}`;
          return { ...d, span: { first: s.day, last: s.day, precision: 'day' }, note };
        }
        return d;
      });
    },
    toldBefore(a, b) {
      const [sa, sb] = [sectionAt(a), sectionAt(b)];
      if (!newestFirst || !sa || !sb) return a < b;
      return sa === sb ? a > b : sa.day < sb.day;
    },
  };
}
