/**
 * A saying told where it was made is an event of its day: "the weather service said in Mbarara
 * this morning that …", "the prime minister's office said in a statement from Chennai that …",
 * "police in Songkhla said on Friday that …", "In Ganja, the ministry said yesterday that …". News
 * dates such a statement as it dates a briefing ("told reporters in La Paz"): at the place it was
 * made, on the day told with it; what it says, after "that", is about other places and days.
 * A saying told with no place of its own ("officials said on Friday"), or one that closes a clause
 * as its source (", police in Yala said"), is no event: the extractor reads those as attributions.
 *
 * @example
 * locatedSayings({ start: 0, end: 60, text: 'Police in Songkhla said this morning that checks were tightened.' }, [songkhla])
 * // [{ text: 'said', type: 'statement', … }]
 */
import type { Trigger } from './triggers.ts';

interface Range {
  start: number;
  end: number;
}
interface Span extends Range {
  text: string;
}

/** The reporting verbs a located saying is told with; "Speaking in Kisumu on Friday, the governor said". */
const SAYING_VERB = /\b(?:said|says|[Ss]peaking)\b/gu;
/** Asked first of a sentence: most have no reporting verb, and nothing more is read of them. */
const ANY_SAYING = /\b(?:said|says|[Ss]peaking)\b/u;
/**
 * Between the verb and its place: a day told with the saying ("this morning", "on Friday"), then
 * "in a statement issued", then the preposition: "said yesterday in a statement issued in".
 */
const PLACE_AFTER =
  /^\s+(?:to\s+(?:reporters|journalists)\s+)?(?:(?:late\s+|early\s+)?(?:on\s+)?(?:(?:this|last)\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|tonight|morning|afternoon|evening|night|afterwards|later|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{Ll}*\.?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{Ll}*\.?\s+\d{1,2})(?:\s+(?:morning|afternoon|evening|night))?\s+)?(?:in\s+an?\s+(?:\p{Ll}+\s+)?(?:statement|communiqu[eé]|post|message)\s+(?:\p{Ll}+\s+)?)?(?:in|from)\s+(?:the\s+)?$/u;
/** "police in Songkhla said", "farmers at Ondangwa said": the sayer is told with its place. */
const SAYER_AT = /\b(?:\p{Ll}+|\p{Lu}\p{Ll}+)\s+(?:in|at)\s+(?:the\s+)?$/u;
/** "In Eldoret, the ministry said": a sentence (or its text after a dateline) opening on the sayer's place. */
const OPENS_IN = /(?:^|\s[-–—]\s+)In\s+$/u;
/** The words between a sentence-opening place and its sayer: ", the ministry of emergencies". */
const SAYER_AFTER_OPENING = /^,\s+[^,;]{0,80}$/u;
/** Characters between a subject-located place and its verb ("police in Songkhla said"). */
const SPACE = /^\s+$/u;
/** How far after the verb its place may stand: "said late on Wednesday in a statement from". */
const MAX_GAP = 70;

/**
 * The located sayings of `sentence`, each a `statement` trigger on its verb. `mentions` are the
 * sentence's places, in text order.
 */
export function locatedSayings(sentence: Span, mentions: readonly Range[]): LocatedSaying[] {
  if (mentions.length === 0 || !ANY_SAYING.test(sentence.text)) return [];
  const out: LocatedSaying[] = [];
  for (const m of sentence.text.matchAll(SAYING_VERB)) {
    const start = sentence.start + m.index;
    const end = start + m[0].length;
    // "Speaking in Kisumu": a participle tells its place after it, never a sayer's before.
    const after = m[0] !== 'said' && m[0] !== 'says';
    const place = mentions.find((p) => (!after || p.start >= end) && told(sentence, p, start, end));
    if (place) out.push({ start, end, text: m[0], type: 'statement', place });
  }
  return out;
}

/** A located saying's verb, and the place it was made at. */
export interface LocatedSaying extends Trigger {
  place: Range;
}

/**
 * The role of `m` in the event of `trigger` when `m` is the place a saying was made at: where it
 * happened, though "a statement from Nakuru" would otherwise read as a thing's origin.
 */
export function sayingPlaceRole(trigger: Trigger, m: Range): 'where' | null {
  return 'place' in trigger && isLocatedSaying(trigger) && (trigger as LocatedSaying).place.start === m.start
    ? 'where'
    : null;
}

/** Whether place `p` is where the saying at `start`–`end` was made. */
function told(sentence: Span, p: Range, start: number, end: number): boolean {
  const at = (i: number) => i - sentence.start;
  if (p.start >= end) {
    return p.start - end <= MAX_GAP && PLACE_AFTER.test(sentence.text.slice(at(end), at(p.start)));
  }
  if (p.end > start) return false;
  const before = sentence.text.slice(Math.max(0, at(p.start) - 30), at(p.start));
  const between = sentence.text.slice(at(p.end), at(start));
  if (SPACE.test(between)) return SAYER_AT.test(before);
  return OPENS_IN.test(before) && SAYER_AFTER_OPENING.test(between.trimEnd());
}

/** Between a verb or a place and the day told right after it: "said this morning", "in Nakuru on Friday". */
const DAY_RIGHT_AFTER = /^\s+(?:on\s+)?$/u;

/**
 * Before a day that opens its clause: nothing but punctuation, or a linking word ("And on
 * Friday"), after the clause's start or a dateline's spaced dash ("NAIROBI, Nov 21 - This morning").
 */
const OPENS_CLAUSE = /(?:^|\s[-–—]\s)[\s\p{P}]*(?:(?:and|but|then|also|so)\s+)?$/iu;
/** Between a clause's opening day and its saying: the sayer, set off by the day's comma alone. */
const SAYER_BETWEEN = /^,?[^,;]*$/u;

/**
 * Whether one of `dates` (the clause's) is the saying's own day: told before its verb, opening
 * the clause ("This morning, the service said in Kisumu"), right after the verb or its place ("said on Friday",
 * "said in Nakuru on Friday"), or between the two ("said yesterday in a statement issued in").
 * A day told further on is in what was said ("said a team will travel to Garissa on Monday"), and
 * a saying with no day of its own is left to the attributions it usually is.
 */
export function toldWithOwnDay(text: string, t: Trigger, dates: readonly Range[], clause: Range): boolean {
  const place = (t as LocatedSaying).place;
  return dates.some(
    (d) =>
      (d.end <= t.start &&
        OPENS_CLAUSE.test(text.slice(clause.start, d.start)) &&
        SAYER_BETWEEN.test(text.slice(d.end, t.start))) ||
      (d.start >= t.end && DAY_RIGHT_AFTER.test(text.slice(t.end, d.start))) ||
      (place.start > t.end && d.start >= t.end && d.end <= place.start) ||
      (d.start >= place.end && DAY_RIGHT_AFTER.test(text.slice(place.end, d.start))),
  );
}

/** Whether a date at `at` is told right after one of `sayings`' verbs ("said this morning"): that saying's day. */
export function dayOfSaying(text: string, sayings: readonly Trigger[], at: number): boolean {
  return sayings.some((t) => at > t.end && DAY_RIGHT_AFTER.test(text.slice(t.end, at)));
}

/** Whether a trigger is a located saying's verb: no trigger word of triggers.ts is "said", "says" or "speaking". */
export const isLocatedSaying = (t: Trigger): boolean => t.type === 'statement' && SAYING_WORD.test(t.text);
const SAYING_WORD = /^(?:said|says|[Ss]peaking)$/u;
