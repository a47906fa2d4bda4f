/**
 * How dates and spans read to a person: "17 March 2011", "March 2011", "January – March 2011", in
 * the reader's language (`Intl.DateTimeFormat` in its locale: "17 de marzo de 2011", "17 مارچ 2011").
 * Always UTC, so a viewer in any time zone sees the date the sources give.
 */
import { formatDay, parseCalendarDate } from '../core/time/day.ts';
import type { TimeEvent } from '../core/dataset/schema.ts';
import { DEFAULT_LANG, type Lang } from '../core/text/languages.ts';
import { LOCALES, translate } from '../core/text/translate.ts';

type Style = 'day' | 'month' | 'shortMonth' | 'year';
const OPTIONS: Record<Style, Intl.DateTimeFormatOptions> = {
  day: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
  month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
  shortMonth: { month: 'short', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
};
const formats = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: Lang, style: Style): Intl.DateTimeFormat {
  const key = `${lang} ${style}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[lang], OPTIONS[style]);
    formats.set(key, format);
  }
  return format;
}

const dateOf = (epochDay: number) => new Date(`${formatDay(epochDay)}T00:00:00Z`);

export function dayText(epochDay: number, lang: Lang = DEFAULT_LANG): string {
  return formatter(lang, 'day').format(dateOf(epochDay));
}

export function monthShort(epochDay: number, lang: Lang = DEFAULT_LANG): string {
  return formatter(lang, 'shortMonth').format(dateOf(epochDay));
}

/** The year of a day in the reader's digits ("2011", "۲۰۱۱" where the locale writes those). */
export function yearText(epochDay: number, lang: Lang = DEFAULT_LANG): string {
  return formatter(lang, 'year').format(dateOf(epochDay));
}

/** A calendar date at its own precision: "2011", "March 2011" or "17 March 2011". */
export function calendarText(date: string, lang: Lang = DEFAULT_LANG): string {
  const span = parseCalendarDate(date);
  if (!span) return date;
  if (span.precision === 'year') return yearText(span.first, lang);
  if (span.precision === 'month') return formatter(lang, 'month').format(dateOf(span.first));
  return dayText(span.first, lang);
}

const STYLE_OF_PRECISION = { day: 'day', month: 'month', year: 'year' } as const;

/**
 * Two calendar dates as a span, in the language's own way of writing one: what the two ends
 * share is said once ("27 January – 16 March 2011", "11–14 de abril de 2011") by
 * `Intl.DateTimeFormat#formatRange`. Ends known to different precisions ("2010" to "April 2010")
 * each keep their own, joined by the catalogue's span: a common format would make up a month.
 *
 * @example spanText('2011-04-11', '2011-04-14', 'en') // '11–14 April 2011'
 */
export function spanText(start: string, end: string, lang: Lang = DEFAULT_LANG): string {
  const first = parseCalendarDate(start);
  const last = parseCalendarDate(end);
  if (first && last && first.precision === last.precision && first.first <= last.first) {
    return formatter(lang, STYLE_OF_PRECISION[first.precision]).formatRange(dateOf(first.first), dateOf(last.first));
  }
  return translate(lang, 'date.span', { start: calendarText(start, lang), end: calendarText(end, lang) });
}

/** What a source without a publication date shows in its place (never today's date). */
export const UNDATED = 'undated';

/** A source's publication date, or "undated" when the source gives none. */
export function sourceDateText(published: string | undefined, lang: Lang = DEFAULT_LANG): string {
  return published?.trim() ? calendarText(published, lang) : translate(lang, 'date.undated');
}

/** An event's date as precisely as the sources allow, saying so when the day is not known. */
export function eventDateText(event: TimeEvent, lang: Lang = DEFAULT_LANG): string {
  const when =
    event.end && event.end !== event.start ? spanText(event.start, event.end, lang) : calendarText(event.start, lang);
  switch (event.datePrecision) {
    case 'day':
      return when;
    case 'month':
      return translate(lang, 'date.dayNotKnown', { when });
    case 'year':
      return translate(lang, 'date.monthNotKnown', { when });
    case 'range':
      // A range is either a period (a detention) or an uncertain date; the card shows the date note.
      return when;
  }
}
