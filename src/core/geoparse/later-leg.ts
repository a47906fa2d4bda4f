/**
 * "He is due to cross into Iran on Friday and then travel to Chabahar": the day belongs to what
 * is told before "and then"; the leg after it comes later, on a day the text does not give. A
 * reader puts the later leg's place on no day, so it is not a place of the dated event.
 *
 * @example
 * const text = 'will fly to Quetta on Friday and then travel to Karachi';
 * isLaterLeg(text, { start: text.indexOf('Karachi') }) // true; for Quetta, false
 *
 * Also the other way round (originOfEarlierLeg): a trip's departure told before an arrival with
 * its date is the leg before, not where the traveller was that day.
 */
import type { DraftPlace } from './event-places.ts';

/** A day ("on Friday", "on 4 May", "on May 4") right before "and then <verb> (on) to". */
const DAY_THEN_TO =
  /\bon\s+(?:\p{Lu}\p{Ll}+day|\d{1,2}\s+\p{Lu}\p{Ll}+\.?|\p{Lu}\p{Ll}+\.?\s+\d{1,2})\s*,?\s+(?:and\s+)?then\s+(?:\p{Ll}+\s+){1,2}(?:on\s+)?(?:to|for|into)\s+(?:the\s+)?$/u;

/**
 * "will extend to Lalmonirhat on Saturday and is scheduled to reach Kurigram the following week": a
 * leg told after a dated one with "and", with a later time of its own right after its place.
 */
const DAY_AND_BEFORE =
  /\bon\s+(?:\p{Lu}\p{Ll}+day|\d{1,2}\s+\p{Lu}\p{Ll}+\.?|\p{Lu}\p{Ll}+\.?\s+\d{1,2})\b[^.;]*?\band\s+[^.;]*$/u;
const OWN_LATER_TIME = /^\s+(?:the\s+following|next|later\s+(?:this|that|next))\s+(?:week|month|year)\b/u;

/** Whether the place at `m` is the goal of a leg told after a dated one ("and then", or "and" with its own later time). */
export function isLaterLeg(text: string, m: { start: number; end?: number }): boolean {
  const before = text.slice(Math.max(0, m.start - 90), m.start);
  if (DAY_THEN_TO.test(before)) return true;
  return m.end !== undefined && OWN_LATER_TIME.test(text.slice(m.end, m.end + 30)) && DAY_AND_BEFORE.test(before);
}

/**
 * "flew out of Tehran and arrived in Ashgabat on Thursday": the date is the arrival's, told after
 * it; where the trip left from is the leg before, not where the traveller was that day. ("left
 * Karachi on Wednesday and reached Hyderabad": the date is the departure's, both stay.)
 */
export function originOfEarlierLeg(text: string, drafted: DraftPlace[], date: { start: number } | null) {
  const to = drafted.find((p) => p.role === 'to');
  if (!date || !to || date.start < to.mention.end) return;
  for (const p of drafted) {
    if (p.role !== 'from' || p.mention.end > to.mention.start) continue;
    if (/\band\b/u.test(text.slice(p.mention.end, to.mention.start))) p.role = 'mentioned';
  }
}
