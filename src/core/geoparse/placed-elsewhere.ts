/**
 * "Traders at Kirumba market in Mwanza": the text puts the place in the town named after "in",
 * so a town of the index by that name hundreds of kilometres from that town is a namesake, not
 * the place meant (a quarter or a market of the town that no index holds, left to the
 * unknown-place readings). A town the text puts in a town near it ("Pumwani in Nairobi") stays.
 *
 * @example
 * placedElsewhere(text, kirumbaInCongo, [mwanza]) // true: 'Kirumba market in Mwanza', 600 km apart
 */
import { kmBetween, type PlaceMention } from './match-context.ts';

/** "Kirumba market in ", "Balat in ": at most one lower-case word, then "in", before the next place. */
const IN_NEXT = /^(?:\s+[a-z]+)?\s+in\s+$/u;
/** A town the text puts in another town lies no farther from it than this. */
const IN_TOWN_KM = 100;
/** The longest gap IN_NEXT is tried on: one word and "in". */
const MAX_GAP = 24;

/** Whether the text puts `t` in a town or city of `lists` that lies far from it. */
export function placedElsewhere(text: string, t: PlaceMention, ...lists: (readonly PlaceMention[])[]): boolean {
  let next: PlaceMention | undefined;
  for (const list of lists) for (const m of list) if (m.start >= t.end && (!next || m.start < next.start)) next = m;
  if (!next || (next.kind !== 'town' && next.kind !== 'city') || next.start - t.end > MAX_GAP) return false;
  return IN_NEXT.test(text.slice(t.end, next.start)) && kmBetween(t, next) > IN_TOWN_KM;
}
