/**
 * Words near an event's trigger that do not tell the event they name. A count: "won by 17 votes"
 * counts votes, it is no vote. A warning: an event's word before a word for a warning of it: "served its strike notice", "a swell surge
 * alert", "the cyclone warning", "a flood threat". The word names what is warned of, not what
 * happened: the clause is no strike and no surge, and "the night before the walkout" or "a day
 * after the surge" is not counted from it.
 */
const WARNING_AFTER = /^[\s-]+(?:notices?|alerts?|warnings?|threats?|ultimatums?|deadlines?)\b/iu;

/** Whether the word ending at `end` in `text` is followed by a word for a warning of it. */
export function warnedOf(text: string, end: number): boolean {
  return WARNING_AFTER.test(text.slice(end, end + 16));
}

/** A number right before the word at `at`: "17 votes", "9,000 ballots". */
export function afterNumber(passage: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && passage[i] === ' ') i--;
  return i < at - 1 && i >= 0 && (passage[i] ?? '') >= '0' && (passage[i] ?? '') <= '9';
}
