/**
 * A sentence under a log's day header ("Update 2 — 3 February") that names no date of its own
 * still tells an event of that day when its verb is in the simple past: "Two further cases were
 * confirmed in Sagar", "Rescue teams recovered six more bodies in Ngqeleni". One in the present
 * tells how things stand as the entry is written, not something that happened on a day: "Road
 * access to the valley is still cut", "Help desks have been set up at Howrah", "Donations are
 * being collected in Puebla".
 *
 * @example
 * toldInPast('Two cases were confirmed in Sagar.', findClauseVerbs('Two cases were confirmed in Sagar.')) // true
 * toldInPast('Help desks have been set up at Howrah.', findClauseVerbs('Help desks have been set up at Howrah.')) // false
 */
import type { Span } from './event-parts.ts';

/** The word before a verb that makes it present: "is cut", "have stopped", "been set up", "being collected", "still cut". */
const PRESENT_BEFORE = /\b(?:is|are|am|has|have|been|being|still|now)\s+$/iu;
/** How far before a verb its helper is looked for. */
const REACH = 16;

/** Whether one of the sentence's verbs (offsets in the text the sentence is from) is a simple past. */
export function toldInPast(sentence: Span, verbs: readonly { start: number }[]): boolean {
  return verbs.some((v) => {
    const at = v.start - sentence.start;
    return !PRESENT_BEFORE.test(sentence.text.slice(Math.max(0, at - REACH), at));
  });
}

/** "to Miami", "diverted to El Salvador", "bound for Dhaka": a place only gone to. */
const TO_BEFORE = /\b(?:to|for|towards?)\s+(?:the\s+)?$/iu;

/** Between two places of one list: ", ", " and ", ", or ". */
const LIST_GAP = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$/u;

/** Whether every place of an undated sentence is where something went ("to Miami and San Salvador"), not where it happened. */
export function onlyBound(text: string, places: readonly { start: number; end: number }[]): boolean {
  return places.every((m, i) => {
    // "to Miami and San Salvador": a list takes its first place's preposition.
    for (let j = i; j >= 0; j--) {
      const p = places[j];
      if (!p) return false;
      if (TO_BEFORE.test(text.slice(Math.max(0, p.start - 12), p.start))) return true;
      const before = places[j - 1];
      if (!before || !LIST_GAP.test(text.slice(before.end, p.start))) return false;
    }
    return false;
  });
}
