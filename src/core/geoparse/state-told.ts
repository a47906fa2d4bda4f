/**
 * "the walkout at the port is in its third day", "the death toll from the quake stands at 27",
 * "the blockade continues": an event's word as the subject of how things stand tells the state
 * of an event already told (a recap, a running count), not a new event on the day it is told.
 */
import { toldAsSuch } from './such-events.ts';

/** After the event's word, within its clause: a verb of how things stand. */
const STATE_AFTER =
  /^[^,.;:!?]{0,40}?\b(?:(?:is|are)\s+(?:now\s+)?in\s+(?:its|their)\s+\p{L}+\s+(?:day|week|month)|stands?\s+at|(?:continues|remains|goes\s+on)\b(?!\s+to\b))/iu;
/** How far after a trigger the verb of its state is looked for. */
const REACH = 64;

/** Whether the trigger at `t` tells the state of an event already told, not an event. */
export function toldAsState(text: string, t: { end: number }): boolean {
  return STATE_AFTER.test(text.slice(t.end, t.end + REACH));
}

/**
 * "did not mention any strike on the camp", "no arrests have been made", "denied any raid": an
 * event's word after "no" or "any" names one that did not happen, or none in particular.
 */
const NONE_BEFORE = /\b(?:[Nn]o|[Aa]ny)\s+(?:\p{Ll}+\s+)?$/u;
export const toldAsNone = (text: string, t: { start: number }) =>
  NONE_BEFORE.test(text.slice(Math.max(0, t.start - 20), t.start));

/** Whether the trigger at `t` tells no event of its own: "such X" (such-events.ts), a state, or none. */
export const toldAsNoEvent = (text: string, t: { start: number; end: number }) =>
  toldAsSuch(text, t) || toldAsState(text, t) || toldAsNone(text, t);
