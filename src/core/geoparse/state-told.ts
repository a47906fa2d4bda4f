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

/** Whether the trigger at `t` tells no event of its own: "such X" (such-events.ts), or a state. */
export const toldAsNoEvent = (text: string, t: { start: number; end: number }) =>
  toldAsSuch(text, t) || toldAsState(text, t);
