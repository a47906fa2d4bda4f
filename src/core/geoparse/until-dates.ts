/**
 * "extended its alert until Friday", "closed till 4 May": the day something lasts to, not the
 * day the clause's event happened ("not until Friday" is that day: the event waited for it).
 * Asked of the words before every date chrono reads, so the patterns run as their twins without
 * `u` where both find the same (ascii-regex.ts): an end-anchored `/iu` pattern is tried from
 * every character of its 80 characters, several times slower than the twin.
 *
 * @example
 * untilDay({ start: 29, end: 35, text: 'Friday' }, 'The alert was extended until Friday.', 15190)
 * // { kind: 'range', span: { first: null, last: 15190, precision: 'range' }, … }
 */
import { formatDay } from '../time/day.ts';
import type { DateMention } from './resolve-dates.ts';
import { asciiTwin } from './ascii-regex.ts';

const NEGATED_UNTIL = /\b(?:not|n't|never)\b[^.;]*$/iu;
const UNTIL_BEFORE = /\b(?:until|till)\s+$/iu;
const negatedUntil = asciiTwin(NEGATED_UNTIL);
const untilBefore = asciiTwin(UNTIL_BEFORE);

/** "not until", "never … until": the words before a date say the event waited for that day. */
export const negatedBefore = (before: string) => negatedUntil(before).test(before);

/** The span up to day `d` that "until" before `base` tells, or null when no "until" (or a negated one) is there. */
export function untilDay(
  base: { start: number; end: number; text: string },
  text: string,
  d: number,
): DateMention | null {
  const before = text.slice(Math.max(0, base.start - 80), base.start);
  if (!untilBefore(before).test(before) || negatedBefore(before)) return null;
  const note = `"until ${base.text}": a span that ends on ${formatDay(d)}; the text gives no start`;
  return { ...base, kind: 'range', span: { first: null, last: d, precision: 'range' }, note };
}
