/**
 * "Two days later, tests confirmed the outbreak, and that same afternoon cases were found in
 * Monapo": a word for the same day ("that same afternoon", "that day", "in the evening") told
 * after another date in its sentence is that date's day, not the day of the event told before
 * the sentence.
 *
 * @example
 * sameDayAsToldBefore(dates, sentences) // "that same afternoon" takes "Two days later"'s link
 */
import type { DateMention } from './resolve-dates.ts';
import type { Span } from './event-parts.ts';

export function sameDayAsToldBefore(dates: readonly DateMention[], sentences: readonly Span[]): DateMention[] {
  let s = 0;
  return dates.map((d, i) => {
    const link = d.link;
    if (!link || link.anchor !== 'previous' || link.days !== 0 || d.span !== null) return d;
    while (s < sentences.length && (sentences[s]?.end ?? 0) <= d.start) s++;
    const sentence = sentences[s];
    const before = i > 0 ? dates[i - 1] : undefined;
    if (!sentence || !before || before.start < sentence.start || before.kind === 'year' || before.kind === 'month')
      return d;
    if (before.span?.precision === 'day') {
      return {
        ...d,
        span: before.span,
        link: undefined,
        note: `"${d.text}": the day of "${before.text}" told before it`,
      };
    }
    return before.link?.anchor === 'previous' && before.span === null
      ? { ...d, link: before.link, note: `"${d.text}": the day of "${before.text}" told before it` }
      : d;
  });
}

/**
 * "Two days later, ", "On 6 November, ", "- On Monday, ", "06:15 — The night before landfall, ": a
 * date opening its sentence (after a log entry's hour), set off by a comma.
 */
const OPENS = /^[\s\-–—•*\d.:)]*(?:\p{Lu}\p{L}*\s+)?$/u;

/**
 * A date that opens its clause, set off by a comma ("Two days later, health workers in Sujawal
 * reported …"), dates the main clause's trigger at `at`, whatever a year told later in a clause
 * about something else says ("villages that had missed their rounds after the floods of 2022"),
 * unless another date is told before the trigger ("On 22 August, floods had destroyed …, and on
 * 28 July a smaller flood had cut …": the second flood is the second date's).
 */
export function openingDate(
  text: string,
  clause: Span,
  dates: readonly DateMention[],
  at: number,
): DateMention | undefined {
  const first = dates[0];
  if (!first || first.start < clause.start || (dates[1] && dates[1].start < at)) return undefined;
  // "The morning after the talks, …": the words naming its anchor are part of the opening date.
  const end = first.link && first.link.anchor !== 'previous' ? first.link.anchor.end : first.end;
  if (!OPENS.test(text.slice(clause.start, first.start)) || text[end] !== ',') return undefined;
  return first;
}
