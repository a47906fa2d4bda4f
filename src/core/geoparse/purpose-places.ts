/**
 * "The commissioner met district chairmen in Kumasi to agree on a campaign in the Ejura and Sekyere
 * areas", "the decision announced in Accra to postpone the reopening of schools in Tamale", "the
 * assembly in Quito summoned the minister to explain the riot in Machala": a place in the purpose
 * told after the event ("to" and a verb) is what the event is about, not where it happened, when
 * the event has its place before it. An event told inside the purpose ("to protest an attack in
 * Bitola") is a trigger of its own and keeps its place.
 *
 * @example
 * purposeBefore(' in Kumasi to agree on a campaign in ') // true
 */
import type { DraftPlace } from './event-places.ts';
import { setAsideOrigins } from './people-from.ts';

/**
 * " to agree on …", " to postpone the …": "to" and a verb in its bare form, read as a verb when it
 * is no plural ("to villages") and takes no place-preposition right after ("to hospital in").
 */
const TO_VERB =
  /\bto\s+(?!(?:the|a|an|be|his|her|their|its|our|my|this|that|these|those|all|some|parts?|areas?|hospital|school|court|prison|jail|work|safety|power|sea|land|shore|town|city|villages?)\b)(\p{Ll}+)\b(?!\s+(?:in|at|of|near|for|from|with|and|or)\b|\s*[,.;])/gu;

/** Whether the text between an event and a place (`between`) holds a purpose: "to" and a verb. */
export function purposeBefore(between: string): boolean {
  for (const m of between.matchAll(TO_VERB)) {
    const word = m[1] ?? '';
    if (!word.endsWith('s') || word.endsWith('ss')) return true;
  }
  return false;
}

/**
 * The places of `drafted` for the trigger ending at `triggerEnd` that lie in a purpose told after it,
 * set aside when a place of the event comes before that purpose.
 */
function setAsidePurposes(text: string, triggerEnd: number, drafted: DraftPlace[]): void {
  const located = drafted.filter((p) => p.role !== 'mentioned');
  const inPurpose = located.filter(
    (p) => p.mention.start > triggerEnd && purposeBefore(text.slice(triggerEnd, p.mention.start)),
  );
  if (inPurpose.length === 0 || inPurpose.length === located.length) return;
  const first = Math.min(...inPurpose.map((p) => p.mention.start));
  // The event's own place: before the purpose, not only the purpose's places told twice.
  if (!located.some((p) => !inPurpose.includes(p) && p.mention.start < first)) return;
  for (const p of inPurpose) p.role = 'mentioned';
}

/**
 * The places of `drafted` that only say who the people are (people-from.ts) or what the event is
 * for (above), set aside as mentioned when the event has a place of its own. Directed events
 * ("flew to Jakarta to attend talks in Bogor") are left as roleOf reads them.
 */
export function setAsidePlaces(text: string, trigger: { end: number; directed: boolean }, drafted: DraftPlace[]) {
  setAsideOrigins(text, drafted);
  if (!trigger.directed) setAsidePurposes(text, trigger.end, drafted);
}
