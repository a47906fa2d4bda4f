/**
 * Where a storm, a quake or a fire struck: the place it is told to have hit. "A magnitude 5.1
 * aftershock rattled Bahía de Caráquez", "a hailstorm hit Kalabaydh, west of the town", "the
 * storm broke over Masuleh": the place an impact verb takes as its object, after a hazard named
 * as its subject, is where the event happened, known to an index or not, whatever other word of
 * the sentence made it an event ("sending families who had returned home back into the streets").
 * A place the verb does not take ("struck near the border with Peru"), or a verb with no hazard
 * before it ("the minister hit out at Quito"), is read as before.
 *
 * @example
 * isHazardObject('An aftershock shook Ovalle at dawn', { start: 20, end: 26 }) // true
 */

/** A hazard, as the subject of the clause: its noun, within a few words before the verb. */
const HAZARD = String.raw`(?:storms?|hailstorms?|rainstorms?|thunderstorms?|snowstorms?|blizzards?|hail|rains?|downpours?|cloudbursts?|floods?|flash\s+floods?|floodwaters?|torrents?|quakes?|earthquakes?|aftershocks?|tremors?|cyclones?|typhoons?|hurricanes?|tornado(?:es)?|winds?|landslides?|mudslides?|avalanches?|tsunamis?|waves?|fires?|blazes?|wildfires?|eruptions?|ash(?:fall)?|heatwaves?|drought)`;
/** "hit", "struck", "broke over", "swept through": a verb of impact, past tense, its object next. */
const IMPACT = String.raw`(?:hit|struck|shook|rattled|rocked|jolted|battered|lashed|pounded|flooded|inundated|ravaged|devastated|engulfed|swamped|(?:broke|burst|swept|tore|ripped|raced)\s+(?:over|through|across|into))`;
/** The hazard, then at most a few words (no clause break), then the verb and what it took. */
const HAZARD_THEN_IMPACT = new RegExp(
  String.raw`\b${HAZARD}\b(?:\s+[\p{L}\d.,-]+){0,7}?\s+${IMPACT}\s+(?:the\s+(?:town|city|village|hamlet|port)\s+of\s+)?$`,
  'iu',
);
/** No clause break between the hazard and its verb. */
const CLAUSE_BREAK = /[;:]|\b(?:who|which|that|when|where|after|before|while|said|says)\b/u;

/** Whether the place at `[m.start, m.end)` of `text` is the object of a hazard's impact verb. */
export function isHazardObject(text: string, m: { start: number; end: number }): boolean {
  const before = text.slice(Math.max(0, m.start - 120), m.start);
  const found = HAZARD_THEN_IMPACT.exec(before);
  if (!found) return false;
  return !CLAUSE_BREAK.test(found[0]);
}

/**
 * The same reading for a name no index holds ("a hailstorm hit Kalabaydh, west of …"), over
 * event-places.ts's NAME: the verb right before the name, its hazard asked of by
 * {@link isHazardObject} when the match is kept.
 */
export const hazardObjectPattern = (name: string) =>
  new RegExp(
    String.raw`\b${IMPACT}\s+(?:the\s+(?:town|city|village|hamlet|port)\s+of\s+)?${name}(?=\s+\p{Ll}|[,.;])`,
    'gu',
  );
