/**
 * A search index built once per dataset: the distinct whitespace-separated tokens of every
 * event's search text, each with the positions of the events holding it. A query word matches an
 * event when it occurs inside one of the event's tokens: exactly the rule of the linear search
 * ("every word occurs in the search text"), since a word without spaces can only occur inside one
 * token, but the words are looked for once in the vocabulary instead of in every event.
 */
import { foldLetters } from '../text/fold-letters.ts';

/** Build with {@link createTokenIndex}. */
export interface TokenIndex {
  readonly size: number;
  /** The distinct tokens. */
  readonly vocabulary: readonly string[];
  /** Postings of token t: `postings[offsets[t] .. offsets[t + 1])`, ascending positions. */
  readonly offsets: Uint32Array;
  readonly postings: Uint32Array;
}

const SPACE = /\s+/;
const NOT_ASCII = /\P{ASCII}/u;
const COMBINING_MARK = /\p{Mn}/gu;

/**
 * Text as search compares it: lower-cased, and without combining marks, so that accents are
 * optional ("pakistan" finds "Pakistán", "lodz" finds "Łódź") and so are Urdu's vowel marks. The
 * text and the query both go through it; plain ASCII (most imported files) skips the normalisation.
 *
 * @example foldForSearch('Pakistán') // 'pakistan'
 */
export function foldForSearch(text: string): string {
  const lower = text.toLowerCase();
  return NOT_ASCII.test(lower) ? foldLetters(lower.normalize('NFD').replace(COMBINING_MARK, '')) : lower;
}

/**
 * V8 makes a long piece of `split` a view into the whole text: a vocabulary of such views would
 * keep every text alive. Below this length a piece is a copy already.
 */
const SLICE_MIN_LENGTH = 13;

/** A copy of `token` that holds only its own characters (a concatenation is flattened first). */
const ownCopy = (token: string) => (token.length < SLICE_MIN_LENGTH ? token : ` ${token}`.slice(1));

/**
 * Indexes search texts (folded by {@link foldForSearch}), one per position. The texts may be made one at a time (a
 * generator): none is kept, only the distinct tokens.
 *
 * @example createTokenIndex(['datta khel strike', 'kabul']).vocabulary // ['datta', 'khel', 'strike', 'kabul']
 */
export function createTokenIndex(texts: Iterable<string>): TokenIndex {
  const ids = new Map<string, number>();
  const vocabulary: string[] = [];
  const counts: number[] = [];
  let pairs = new Uint32Array(1024);
  let n = 0;
  let p = 0;
  const seen = new Set<number>();
  for (const text of texts) {
    seen.clear();
    for (const token of text.split(SPACE)) {
      if (token === '') continue;
      let id = ids.get(token);
      if (id === undefined) {
        id = vocabulary.length;
        const own = ownCopy(token);
        ids.set(own, id);
        vocabulary.push(own);
        counts.push(0);
      }
      if (seen.has(id)) continue;
      seen.add(id);
      counts[id] = (counts[id] as number) + 1;
      if (n + 2 > pairs.length) {
        const grown = new Uint32Array(pairs.length * 2);
        grown.set(pairs);
        pairs = grown;
      }
      pairs[n++] = id;
      pairs[n++] = p;
    }
    p++;
  }
  const offsets = new Uint32Array(vocabulary.length + 1);
  for (let t = 0; t < vocabulary.length; t++) offsets[t + 1] = (offsets[t] as number) + (counts[t] as number);
  const postings = new Uint32Array(offsets[vocabulary.length] as number);
  const cursor = offsets.slice(0, vocabulary.length);
  // Pairs come in position order, so each token's postings come out ascending.
  for (let i = 0; i < n; i += 2) {
    const t = pairs[i] as number;
    postings[cursor[t] as number] = pairs[i + 1] as number;
    cursor[t] = (cursor[t] as number) + 1;
  }
  return { size: p, vocabulary, offsets, postings };
}

/**
 * 1 for each position whose text contains every word of `query` (folded, split on spaces);
 * all 1 for a blank query.
 *
 * @example matchQuery(createTokenIndex(['datta khel strike', 'kabul']), 'khel') // Uint8Array [1, 0]
 */
export function matchQuery(index: TokenIndex, query: string): Uint8Array {
  const words = foldForSearch(query)
    .split(SPACE)
    .filter((w) => w !== '');
  const result = new Uint8Array(index.size).fill(1);
  const hit = new Uint8Array(index.size);
  for (const word of words) {
    hit.fill(0);
    index.vocabulary.forEach((token, t) => {
      if (!token.includes(word)) return;
      for (let k = index.offsets[t] as number; k < (index.offsets[t + 1] as number); k++) {
        hit[index.postings[k] as number] = 1;
      }
    });
    for (let p = 0; p < index.size; p++) result[p] = (result[p] as number) & (hit[p] as number);
  }
  return result;
}
