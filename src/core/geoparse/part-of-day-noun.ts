/**
 * "was not equipped for night flights", "no night travel", "the evening meal", "night-vision
 * equipment": a time of the day before a noun says what kind of thing the noun is, not when an
 * event happened. A bare "night" (no "at", "that", "late", weekday or other time word before it)
 * followed by a word that is no joining word, preposition, pronoun or verb of the clause ("night
 * when", "morning the"), or joined to one by a hyphen, is read so, and is no date.
 *
 * @example
 * modifiesNoun('the airport was not equipped for night flights.', 35, 40) // true
 * modifiesNoun('The convoy left at night and reached Herat.', 24, 29) // false
 *
 * Nor is the first half of a compound ("night-vision"), nor a night told with "a" or "another"
 * ("after a night of heavy rain": see namesNoDay).
 */

const BARE_PART = /^(?:morning|afternoon|evening|night)$/iu;
/** Words that make the part of the day a time: "at night", "that evening", "late night", "Tuesday night". */
const TIME_WORD_BEFORE =
  /(?:\b(?:at|in|on|by|during|through|overnight|the|that|this|last|same|next|following|previous|one|every|each|all|late|early|yesterday|tomorrow)|\p{L}+day)\s+$/iu;
/** A lowercase word after it that starts no noun it could modify, or a hyphen joining one ("night-vision goggles"). */
const NOUN_AFTER =
  /^-\p{L}|^\s+(?!(?:and|or|but|when|as|after|before|of|in|on|at|to|that|while|until|till|with|without|from|for|near|during|into|under|over|by|the|a|an|his|her|their|its|our|my|he|she|they|we|it|i|you|there|was|were|is|are|had|has|have|been|will|would)\b)\p{Ll}/u;

/** "night-vision goggles", "night-time temperatures": the first half of a compound. */
const COMPOUND_AFTER = /^-\p{L}/u;
/** "that night-time", "at night-time": a compound told as a time all the same. */
const TIME_BEFORE_COMPOUND = /\b(?:at|that|this|last|same|next|following|previous|late|early)\s+$/iu;

/** Whether the part of the day `text.slice(start, end)` is a noun's modifier ("night flights"), no date. */
export function modifiesNoun(text: string, start: number, end: number): boolean {
  if (!BARE_PART.test(text.slice(start, end))) return false;
  if (COMPOUND_AFTER.test(text.slice(end, end + 2)))
    return !TIME_BEFORE_COMPOUND.test(text.slice(Math.max(0, start - 16), start));
  if (TIME_WORD_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return false;
  return NOUN_AFTER.test(text.slice(end, end + 20));
}

/**
 * "after a night of heavy rain", "spent another night in the camps", "during a stormy night": a
 * night told by what kind it was, with "a" or "another", says which day no more than "a day" does.
 * The clause's own date ("Yesterday, after a night of heavy rain, …", "on 14 October 2020, during
 * a night of record rain") or the story's tells it.
 */
const INDEFINITE_BEFORE = /\b(?:an?|another)\s+(?:\p{Ll}+\s+)?$/iu;

/** Whether the part of the day at `[start, end)` is a noun's modifier or an indefinite one: no date either way. */
export const namesNoDay = (text: string, start: number, end: number): boolean =>
  modifiesNoun(text, start, end) ||
  (BARE_PART.test(text.slice(start, end)) && INDEFINITE_BEFORE.test(text.slice(Math.max(0, start - 24), start)));
