/**
 * People who share a place's name ("Denzel Washington", "Sen. Davis"): the context rules that
 * take such a match out of the places found.
 */
import { HONORIFICS, LOCATIVE_WORDS, NOT_GIVEN_NAMES, PERSON_LIKE_PLACE_NAMES, PERSON_VERBS } from './lexicon.ts';
import { SINGLE_SPACE, tokenAfter, tokenBefore, type Match } from './match-context.ts';

function isName(m: Match): boolean {
  return m.tokens.length === 1 && m.entries.some((e) => e.form === 'name' && e.candidate !== null);
}

/**
 * Single-word names read as a person: after a title ("Sen.", "President") or a capitalised given
 * name ("Denzel Washington"), before "said" when the name is a common surname, and, once a name
 * has been a person in this text, everywhere it is not governed by "in", "to", "from"….
 */
export function findPeople(text: string, matches: Match[], covered: Set<number>): Set<Match> {
  const people = new Set<Match>();
  const personNames = new Set<string>();
  for (const m of matches) {
    const word = m.tokens[0];
    if (!isName(m) || !word) continue;
    // Both cues before a name need a single space there: most mentions skip reading that word.
    const spaced = text[m.start - 1] === ' ' || text[m.start - 1] === '\u00a0';
    const previous = spaced ? tokenBefore(text, m) : null;
    let strong = false;
    let weak = false;
    if (previous) {
      const gap = text.slice(previous.rawEnd, word.start);
      const titled =
        HONORIFICS.has(previous.norm) &&
        previous.rawEnd === previous.end &&
        (SINGLE_SPACE.test(gap) || /^\.\s$/u.test(gap));
      const givenName =
        SINGLE_SPACE.test(gap) &&
        previous.titleCase &&
        !covered.has(previous.start) &&
        !NOT_GIVEN_NAMES.has(previous.norm) &&
        // "Pakistan's Lahore": a possessive before the name is no given name.
        previous.rawEnd === previous.end &&
        !/(?:ing|ed)$/u.test(previous.norm);
      strong = titled || givenName;
    }
    const next = strong ? null : tokenAfter(text, m);
    if (next && PERSON_LIKE_PLACE_NAMES.has(word.norm) && PERSON_VERBS.has(next.norm)) {
      const gap = text.slice(word.end, next.start);
      weak = word.rawEnd === word.end && (SINGLE_SPACE.test(gap) || /^,\s$/u.test(gap));
    }
    if (strong || weak) people.add(m);
    // Only the strong cues carry over to the name's other mentions: "Washington said" is weak.
    if (strong) personNames.add(word.norm);
  }
  if (personNames.size === 0) return people;
  for (const m of matches) {
    const word = m.tokens[0];
    if (!isName(m) || !word || !personNames.has(word.norm) || people.has(m)) continue;
    const previous = tokenBefore(text, m);
    const locative = previous !== null && LOCATIVE_WORDS.has(previous.norm);
    // "Seattle, Washington": a place just before, across a comma, makes this one a place too.
    const afterPlace =
      previous !== null && covered.has(previous.start) && /^,\s*$/u.test(text.slice(previous.rawEnd, word.start));
    if (!locative && !afterPlace) people.add(m);
  }
  return people;
}
