/**
 * What a place pattern cannot match without, kept beside the pattern: a sentence that fails one
 * of its groups is not searched with it. A regex tried at every character of a sentence costs
 * more than one `includes` or one scan for a comma, for patterns that are costly (a look-behind
 * at every capital) or rare ("off" the coast, a mountain "Pass").
 *
 * A group is a list of words, one of which every match holds (case-sensitive, as the patterns
 * are: flags `gu`, no `i`), or a pattern (no `g`) that every match's text passes: ", a" or
 * ", the" after any white space. Each `includes` scans the sentence: a long list costs more
 * than the pattern it guards, and is no use.
 *
 * @example
 * const pass = needing(['Pass'], /\bthe\s+(\p{Lu}\p{Ll}+\sPass)\b/gu);
 * lacksAGroup('Rain closed the road.', neededWords(pass)) // true: the pattern is skipped
 */
/** One group: a word of it, or a text its pattern finds. */
export type NeededGroup = readonly string[] | RegExp;
const NEEDED = new WeakMap<RegExp, readonly NeededGroup[]>();

/** `re`, noted as needing what `first` and each of `more` ask (a word of a list, or a pattern's text). */
export function needing(first: NeededGroup, re: RegExp, ...more: NeededGroup[]): RegExp {
  NEEDED.set(re, [first, ...more]);
  return re;
}

/** The groups noted for `re`, if any. */
export const neededWords = (re: RegExp) => NEEDED.get(re);

/** Whether `text` fails some group of `needed` (loops, not closures made per call). */
export function lacksAGroup(text: string, needed: readonly NeededGroup[] | undefined): boolean {
  if (!needed) return false;
  outer: for (const group of needed) {
    if (group instanceof RegExp) {
      if (group.test(text)) continue;
      return true;
    }
    for (const w of group) if (text.includes(w)) continue outer;
    return true;
  }
  return false;
}
