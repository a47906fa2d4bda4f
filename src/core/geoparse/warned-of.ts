/**
 * An event's word before a word for a warning of it: "served its strike notice", "a swell surge
 * alert", "the cyclone warning", "a flood threat". The word names what is warned of, not what
 * happened: the clause is no strike and no surge, and "the night before the walkout" or "a day
 * after the surge" is not counted from it.
 */
const WARNING_AFTER = /^[\s-]+(?:notices?|alerts?|warnings?|threats?|ultimatums?|deadlines?)\b/iu;

/** Whether the word ending at `end` in `text` is followed by a word for a warning of it. */
export function warnedOf(text: string, end: number): boolean {
  return WARNING_AFTER.test(text.slice(end, end + 16));
}
