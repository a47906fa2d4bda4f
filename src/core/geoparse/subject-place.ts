/**
 * A place that is the subject of its clause ("On Sunday, Jamnagar city recorded 302 mm of rain",
 * "Gondal reported two deaths"): what the sentence tells happens there, though no preposition
 * puts it in the place. A careful reader draws such a sentence at the town, not at its country.
 */
import type { PlaceMention } from './find-places.ts';
import { isDistanceFrom } from './distance-from.ts';

/** Common nouns a town's name may take before its verb: "Jamnagar city", "Swat district". */
const HEAD_NOUN = String.raw`(?:\s+(?:city|town|village|district|port|municipality|township))?`;
/** A finite verb: a past tense, a present in -s, or an auxiliary before one. */
const FINITE_VERB = String.raw`\s+(?:(?:has|had|was|were|is|have)\s+(?:been\s+)?)?[a-z]{2,}(?:ed|s)\b`;
const SUBJECT_AFTER = new RegExp(`^${HEAD_NOUN}${FINITE_VERB}`, 'u');
/**
 * What may stand before the subject in its sentence: nothing, or one fronted phrase closed by a
 * comma ("On Sunday,", "By evening,"), with no other comma that would make the name a list item.
 */
const SUBJECT_BEFORE = /(?:^|[.!?]["”’]?\s+|\n\s*)(?:[A-Z][^.!?,;\n]{0,40},\s+)?(?:the\s+)?$/u;

/**
 * Whether `before` can end as SUBJECT_BEFORE asks: in a sentence's end, a line break, a comma or
 * a quote, or with nothing at all, after any "the " and spaces. A quick test that never refuses
 * what the pattern takes: most places follow a preposition ("in Goma"), and the pattern, free to
 * start anywhere in `before`, is slow to refuse them.
 */
function mayOpenClause(before: string): boolean {
  const mayEnd = (s: string): boolean => {
    let i = s.length;
    while (i > 0 && /\s/u.test(s[i - 1] as string)) {
      if (s[i - 1] === '\n') return true;
      i -= 1;
    }
    return i === 0 || '.!?"”’,'.includes(s[i - 1] as string);
  };
  const the = /the\s+$/u.exec(before);
  return mayEnd(before) || (the !== null && mayEnd(before.slice(0, the.index)));
}

/** True when `m` opens its clause and a finite verb follows it (or its "city", "district"). */
export function isClauseSubject(text: string, m: Pick<PlaceMention, 'start' | 'end'>): boolean {
  const before = text.slice(Math.max(0, m.start - 60), m.start);
  if (!mayOpenClause(before)) return false;
  const startOfText = m.start - before.length === 0;
  if (!SUBJECT_BEFORE.test(before) && !(startOfText && /^(?:[A-Z][^.!?,;\n]{0,40},\s+)?$/u.test(before))) return false;
  return SUBJECT_AFTER.test(text.slice(m.end, m.end + 60));
}

/**
 * A place the sentence puts its event at with no locative preposition before it: its clause's
 * subject ("Jamnagar city recorded"), or the place a distance is measured from ("4 km from Adré").
 */
export const isBareLocus = (text: string, m: Pick<PlaceMention, 'start' | 'end'>): boolean =>
  isClauseSubject(text, m) || isDistanceFrom(text, m);
