/**
 * More places no index holds, named where a careful reader sees a place: as what a natural force
 * struck, as where someone goes to see, inside the name of a unit's own facility, and as a named
 * mountain pass.
 *
 * - "A magnitude 5.1 aftershock shook Tarkot", "a tremor rattled Dunai": what a quake, a storm or
 *   a blast hit is the ground it hit.
 * - "The team will visit Kalapur and Mirzapur on Saturday", "travel on to Jolfa": where a visit goes.
 * - "at the Dumuria Upazila Health Complex", "the Ranipur Government Hospital": a unit's facility,
 *   called after the unit it serves.
 * - "snow closed the Babusar Pass": a pass shut, opened or reached is a place on the map as a town is.
 *
 * @example
 * unknownObjectPatterns(NAME) // [/…shook NAME…/gu, …], appended to event-places.ts's patterns
 */

import { needing } from './needed-words.ts';

/** What hits ground: a quake, the weather, water, a blast. */
const FORCES = String.raw`(?:quake|earthquake|aftershock|tremor|storm|cyclone|typhoon|hurricane|tornado|flood|floods|flooding|surge|landslide|avalanche|blast|explosion|shell|shells|shelling|rockets?|missiles?|drones?|rains?|winds?)`;
/** What a force does to a place. */
const HIT = String.raw`(?:shook|shakes|shake|rattled|rattles|jolted|jolts|struck|strikes|hit|hits|battered|batters|lashed|lashes|flattened|pounded|rocked|rocks|swamped|inundated|engulfed)`;

/** The patterns, over event-places.ts's NAME (one capture group: the name). */
export function unknownObjectPatterns(name: string): RegExp[] {
  // "A second, weaker tremor rattled Dunai that evening", "a quake of magnitude 4.1 had rattled Dunai": a
  // name right after the force's verb, a few lower-case words or figures (its size, "had") between them.
  const struck = new RegExp(
    String.raw`\b${FORCES}(?:\s+(?:\p{Ll}+|\d+(?:\.\d+)?)){0,4}?\s+${HIT}\s+${name}(?=\s+\p{Ll}|[,.;])`,
    'gu',
  );
  // "will visit Kalapur and Mirzapur on Saturday", "would travel on to Jolfa the next day", "resumed
  // trips to Tubigon" (where a ferry or a flight goes); not a person
  // visited where he lies ("visited Hussain in hospital").
  const visit = new RegExp(
    String.raw`\b(?:visit(?:s|ed|ing)?|tour(?:s|ed|ing)?|(?:travel|fly|drive|go|head|move)(?:s|ed|led|ing)?\s+(?:on\s+)?to|(?:trips?|flights?|ferries|sailings?|voyages?)\s+to)\s+${name}(?=\s+\p{Ll}|[,.;])(?!\s+(?:in|at)\s+(?:hospital|prison|jail|detention|(?:his|her|their)\s+home)\b)`,
    'gu',
  );
  // "at the Dumuria Upazila Health Complex": the facility of a unit, by the unit's name.
  const facility = new RegExp(
    String.raw`\b[Tt]he\s+${name}\s+(?:Upazila|District|Tehsil|Taluka|Block|Government|Civil|General)\s+(?:\p{Lu}\p{Ll}+\s+){0,3}(?:Hospital|Health\s+Complex|Health\s+Centre|Health\s+Center|Medical\s+College)\b`,
    'gu',
  );
  // "snow closed the Babusar Pass", "stranded at the Babusar Pass": a pass that is shut, opened or reached,
  // named with its word (the name is the pass's whole name); not one a place lies below or goods go through.
  const pass = needing(
    ['Pass'],
    /\b(?:at|on|near|closed|closes|close|shut|blocked|blocks|reopened|reopens|opened|cleared|cut\s+off)\s+the\s+(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?\sPass)\b/gu,
  );
  return [struck, visit, facility, pass];
}
