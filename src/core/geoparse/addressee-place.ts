/**
 * A place that only names whom an act is addressed to: "banners calling on the authorities in
 * Kabul to respond", "urged the government in Dhaka to act". The act was where its people were;
 * the capital is the government's seat, named as the one asked.
 */
import type { Span } from './event-parts.ts';
import type { PlaceMention } from './match-context.ts';

/** How far before the place the appeal may begin. */
const APPEAL_REACH = 80;
const ADDRESSED =
  /\b(?:call(?:s|ed|ing)?\s+on|call(?:s|ed|ing)?\s+upon|urg(?:e|es|ed|ing)|appeal(?:s|ed|ing)?\s+to|ask(?:s|ed|ing)?|press(?:es|ed|ing)?|petition(?:s|ed|ing)?)\s+(?:the\s+)?(?:\p{L}+\s+)?(?:authorities|government|leaders|leadership|officials|rulers|administration|regime|parliament)\s+(?:in|of)\s+$/u;

/** Whether `m` is the seat of a government an act appeals to, in `clause`. */
export function isAddressee(text: string, clause: Span, m: PlaceMention): boolean {
  return ADDRESSED.test(text.slice(Math.max(clause.start, m.start - APPEAL_REACH), m.start));
}
