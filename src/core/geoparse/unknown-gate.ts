/**
 * The names no unknown place has, and the quick test before the unknown-place patterns
 * (event-places.ts): whether a sentence holds a word where one of their names could start. The
 * patterns are tried at every character and cost the most of the extractor's place reading; a
 * test a character at a time refuses half the sentences first.
 */
import type { PlaceMention } from './find-places.ts';
import type { Span } from './event-parts.ts';

/** Words that open no place's name: an article, a month or a weekday, a legislature. */
const NOT_PLACE_WORDS =
  /^(?:The|A|An|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Parliament|Congress|Senate)\b/u;

/**
 * A name ending in one of these is a building or an institution ("Nishtar Hospital", "the High
 * Court"): it lies in a town, and the event is put at the town the text gives, never at an
 * unknown place of its own.
 */
const INSTITUTION_WORDS =
  /\b(?:Hospital|Clinic|University|College|School|Academy|Institute|Mosque|Church|Temple|Shrine|Stadium|Prison|Jail|Airport|Hotel|Court|Assembly|Parliament|Club|Market|Bazaar|Mall|Plaza|Square|Station|Camp|Base|Cantonment|Office|Ministry|Secretariat|House|Palace|Tower|Centre|Center|Bank|Exchange|Memorial|Museum|Park|Bridge|Road|Highway|Street|Dam|Port|Harbour|Factory|Mill|Company|Corporation|Association|Union|Party|Council|Committee|Commission|Department|Agency|Programme|Program|Organisation|Organization|Authority|Division)$/u;

/** Continents and their parts ("Southeast Asia"): no town, an area no event is put at. */
const CONTINENT =
  /^(?:(?:North|South|East|West|Central|Southeast|South-East|Northeast|North-East|Southern|Northern|Eastern|Western|Latin)\s+)?(?:Asia|Africa|Europe|America|Americas|Oceania)$/u;

/** A name the unknown-place patterns found that is no place: a refused first word, a building, a continent. */
export const isRefusedName = (name: string): boolean =>
  NOT_PLACE_WORDS.test(name) || CONTINENT.test(name) || INSTITUTION_WORDS.test(name);

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const SPACE = /\s/u;
/**
 * Whether `sentence` holds, after white space, a capital and a small letter ("Mi") that no known
 * place covers and that open no word NOT_PLACE_WORDS refuses ("Monday"). Each pattern's name starts
 * at such a pair, right after the pattern's `\s` (its words before, or a look-behind's), and a
 * name at any other is refused, so a sentence without one is not searched. Most sentences name
 * only places the index knows and people, whose names open sentences, and the patterns, tried at
 * every character, cost the most here. Read a character at a time: a global pattern's matches
 * would cost more than the test saves.
 */
export function mayNameUnknown(sentence: Span, mentions: readonly PlaceMention[]): boolean {
  const text = sentence.text;
  for (let i = 1; i + 1 < text.length; i++) {
    const c = text.charCodeAt(i);
    let next = i + 1;
    if (c < 65 || (c > 90 && c < 128)) continue;
    const before = text.charCodeAt(i - 1);
    if (before !== 32 && !SPACE.test(text[i - 1] as string)) continue;
    if (c >= 128) {
      // Beyond ASCII, a capital \p{Lu} takes, read by its code point (a pair of surrogates is one).
      const point = text.codePointAt(i) as number;
      if (!UPPER.test(String.fromCodePoint(point))) continue;
      if (point > 0xffff) next = i + 2;
    }
    // A small letter after it (NaN past the end is none).
    const n = text.charCodeAt(next);
    if (!(n >= 97 && n <= 122) && !(n >= 128 && LOWER.test(String.fromCodePoint(text.codePointAt(next) as number))))
      continue;
    const at = sentence.start + i;
    if (mentions.some((p) => p.start <= at && at < p.end)) continue;
    // The longest refused word is nine letters: the slice keeps the letter after it for `\b`.
    if (NOT_PLACE_WORDS.test(text.slice(i, i + 12))) continue;
    return true;
  }
  return false;
}
