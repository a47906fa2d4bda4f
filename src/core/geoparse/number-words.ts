/**
 * The number words the article readers know, one home for the words both the date offsets
 * ("two days later", resolve-dates.ts) and the casualty figures ("killing six", event-parts.ts)
 * read; each adds the words only it needs.
 */

/** "one" to "ten" and their values. */
export const ONE_TO_TEN: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

/** The words of ONE_TO_TEN as a regular-expression alternation: `one|two|…|ten`. */
export const ONE_TO_TEN_PATTERN = Object.keys(ONE_TO_TEN).join('|');
