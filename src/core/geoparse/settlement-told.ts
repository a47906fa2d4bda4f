/**
 * How an apposition tells that the name before it is a settlement: ", a farming commune between
 * …", ", the country's main Caspian port.", ", a village of farmers and sand miners", ", a small
 * seaside town east of …". Up to three words may qualify the noun, a possessive or a people's
 * name among them; after the noun comes what ends or goes on telling the place (a stop, a
 * preposition, a bearing, its size or what it is made of, a clause: "the town where"), never a
 * noun it qualifies: "Karim, a village elder" is a man, "Ochieng, the town's mayor" too.
 *
 * @example
 * new RegExp(String.raw`${NAME}(?=,\s+(?:an?|the)\s+${SETTLEMENT_TOLD})`, 'gu')
 */

/** The nouns an apposition calls a settlement by. */
export const SETTLEMENT_WORDS: readonly string[] = [
  'town',
  'village',
  'city',
  'settlement',
  'hamlet',
  'port',
  'commune',
  'suburb',
  'township',
  'oasis',
];

/** What may qualify the noun: a lower-case word ("tea-growing"), a possessive ("the region's"), a people ("Kurdish"). */
const QUALIFIER = String.raw`(?:[\p{Ll}-]+|\p{Ll}+['’]s|\p{Lu}\p{Ll}+)`;
/** Words that go on telling the place after its noun. */
const GOES_ON = String.raw`(?:in|near|on|along|by|at|between|below|above|beside|across|facing|bordering|famous|known|where|that|which|whose|to|about|some|(?:north|south|east|west)(?:-?(?:east|west))?)`;

/**
 * "of farmers and sand miners that …", "of half a million people,", "of barely 60 houses": what the
 * place is made of, a phrase that ends before a stop, a joining word or a clause, never a verb
 * ("Mwangi, a village of elders said" tells of a village elder, who speaks).
 */
const SAID = String.raw`(?:said|says|told|added|warned|reported|claimed)\b`;
const MADE_OF = String.raw`of\s+(?:(?!${SAID})[\p{Ll}\d,-]+\s+){0,4}?(?!${SAID})[\p{Ll}\d-]+(?=\s*[,;.]|\s+(?:and|or|that|which|where|whose|with|in|on|at|near|along|by)\b)`;

/** After ", a" or ", the": the words that call the name before them a settlement (no capture group). */
export const SETTLEMENT_TOLD = String.raw`(?:${QUALIFIER}\s+){0,3}(?:${SETTLEMENT_WORDS.join('|')})(?:\s+${GOES_ON}\b|\s+${MADE_OF}|\s+(?:\p{Ll}+ed|strung|set|built|spread|hidden)\b|\s*[,;.])`;
