/**
 * "On Tuesday, 4 October, residents of the town found themselves cut off … The same day, a house
 * collapsed in the hamlet": a sentence that opens with its own day ("On Wednesday, ", "Last
 * Thursday, ", "On 11 February, ") moves the story to that day, whether or not it tells an event
 * we draft (being cut off, being taken to hospital, telling a conference). "The same day", "that
 * evening", "the next day" after it count from that day, not from the last event drafted before
 * it. A sentence in the pluperfect ("On Monday, he had left …") is background, and moves nothing.
 *
 * @example
 * const dayOf = storyDays(text, sentences, dates);
 * dayOf(anchor.sentence, event, pending) // "On Tuesday, 4 October", which opened a sentence since the anchor's
 */
import type { Span } from './event-parts.ts';
import type { DateMention, DaySpanDraft } from './resolve-dates.ts';

/** What may come before a date that opens its sentence: "On", "Late on", "Last" is in the date. */
const BEFORE = /^[\s\-–—•*\d.:)]*(?:(?:[Ee]arly|[Ll]ate)\s+)?(?:[Oo]n\s+)?$/u;
/** "had left", "had been closed": the clause after the date is told as background ("who had travelled" tells someone). */
const PLUPERFECT =
  /^(?:(?!\b(?:who|which|where|that)\b)[^.;])*?\bhad\s+(?:\p{Ll}+ly\s+)?(?:been\s+)?\p{Ll}+(?:ed|en|t)\b/u;
/** A date of its own: a day read from the text or publication, not one waiting for an anchor. */
const OWN_KINDS = new Set(['absolute', 'absolute-no-year', 'weekday', 'relative-publication']);

/** An event still being linked, as story-day reads it: where it is told, and its date. */
interface Told {
  sentence: number;
  at: number;
  span: DaySpanDraft | null;
  date: { link?: unknown } | null;
}

/**
 * For event `d`, linked to the previous event: the day the latest sentence opened with after the
 * anchor's sentence (`after`) up to `d`'s own (before `d`), or null. None while an event told
 * between that sentence and `d` still waits for its own anchor: it may yet be the day to count from.
 */
export function storyDays(text: string, sentences: readonly Span[], dates: readonly DateMention[]) {
  const opened = new Map<number, DateMention>();
  let d = 0;
  for (const [i, s] of sentences.entries()) {
    while (d < dates.length && (dates[d]?.start ?? 0) < s.start) d++;
    const first = dates[d];
    if (!first || first.start >= s.end || !OWN_KINDS.has(first.kind) || first.span?.precision !== 'day') continue;
    if (!BEFORE.test(text.slice(s.start, first.start)) || text[first.end] !== ',') continue;
    if (PLUPERFECT.test(text.slice(first.end, s.end))) continue;
    opened.set(i, first);
  }
  return (after: number, d: Told, pending: readonly Told[]): DaySpanDraft | null => {
    for (let i = d.sentence; i > after; i--) {
      const m = opened.get(i);
      if (!m || m.start >= d.at) continue;
      const waiting = pending.some((p) => p.span === null && p.date?.link && p.sentence >= i && p.at < d.at);
      return waiting ? null : m.span;
    }
    return null;
  };
}

/** "On Tuesday, 4 October, ", "Last Thursday, ", "On 11 February, ": a sentence that may open with its day. */
const OPENS_WITH_DAY =
  /^[\s\-–—•*\d.:)]*(?:(?:On|Early on|Late on|Last)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\d{1,2}\s+\p{Lu}\p{Ll}+|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{Ll}*\.?\s+\d)|Yesterday)\b[^,]{0,30},/u;

/**
 * The sentences whose dates are read: those telling an event, and those that open with a day,
 * which tell no event we draft but move the story to their day (`storyDays`). In text order.
 */
export function withOpeningDays(sentences: readonly Span[], telling: readonly Span[]): Span[] {
  const told = new Set(telling);
  return sentences.filter((s) => told.has(s) || OPENS_WITH_DAY.test(s.text));
}
