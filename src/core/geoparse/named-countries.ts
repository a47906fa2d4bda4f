/**
 * Countries a text names where the place matcher rightly finds no place: "the Bangladesh Water
 * Development Board", "the Chad Red Cross". Such a name is no place of an event, but a reader
 * takes it as a sign of which country the story is in, and so of whose towns to look for
 * (town-layer.ts); the towns still have to pass that layer's own guards.
 *
 * @example
 * const named = createCountryNames(world);
 * named('Officials of the Bangladesh Water Development Board said') // ['BD']
 */
import type { WorldPlace } from './world-index.ts';
import { COUNTRY_ALIASES } from './lexicon.ts';

/** The longest country name in words ("Bosnia and Herzegovina" has lower-case words, left out). */
const MAX_WORDS = 3;
/** Runs of capitalised words: only they can be a country's name. */
const CAPITALISED_RUN = /\p{Lu}[\p{L}'’.-]*(?:[ \u00a0]\p{Lu}[\p{L}'’.-]*)*/gu;

/** What may end a name's last word: a possessive, a full stop. */
const TRAILING = /(?:['’]s|\.)$/u;

/** A function giving the country codes a text names, one per naming, in text order. */
export function createCountryNames(world: readonly WorldPlace[]): (text: string) => string[] {
  const byName = new Map<string, string>();
  for (const w of world) {
    if (w.kind !== 'country' || w.country === '') continue;
    byName.set(w.name, w.country);
    for (const alias of COUNTRY_ALIASES[w.id] ?? []) if (!byName.has(alias)) byName.set(alias, w.country);
  }
  // A name's first word, as the run writes it (a one-word name also with an ending): most words
  // begin no name, and their runs are read without a key built for each word.
  const firsts = new Set([...byName.keys()].map((name) => name.split(' ')[0] ?? name));
  const beginsName = (word: string) => firsts.has(word) || firsts.has(word.replace(TRAILING, ''));
  return (text) => {
    const codes: string[] = [];
    for (const run of text.matchAll(CAPITALISED_RUN)) {
      const words = run[0].split(/[ \u00a0]/u);
      for (let i = 0; i < words.length;) {
        if (!beginsName(words[i] ?? '')) {
          i += 1;
          continue;
        }
        let step = 1;
        for (let n = Math.min(MAX_WORDS, words.length - i); n >= 1; n--) {
          const key = words.slice(i, i + n).join(' ');
          // "Bangladesh's", "in Chad.": the name without what ends its last word.
          const code = byName.get(key) ?? byName.get(key.replace(TRAILING, ''));
          if (code) {
            codes.push(code);
            step = n;
            break;
          }
        }
        i += step;
      }
    }
    return codes;
  };
}
