/**
 * `text.matchAll(re)`, read into an array, without the copy of `re` that `matchAll` makes on each
 * call. The extractor reads each sentence and clause with a dozen patterns; on text that short
 * the copy and its iterator cost more than the matching (an `exec` loop ran over twice as fast
 * as `matchAll` for the unknown-place patterns over the fixture sentences).
 *
 * The matches are those `matchAll` gives: from `re.lastIndex` on (as `matchAll` starts), past an
 * empty match by one character (a code point with `u` or `v`), and `re.lastIndex` is as it was
 * before. All are read before the caller sees the first, so its loop may use `re` as it likes.
 *
 * @example
 * allMatches(/\p{Lu}\p{Ll}+/gu, 'in Mir Ali today').map((m) => m[0]) // ['Mir', 'Ali']
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global)
    throw new TypeError(`allMatches needs a pattern with the g flag, as matchAll does: /${re.source}/${re.flags}`);
  const from = re.lastIndex;
  const out: RegExpExecArray[] = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    if (m[0] === '') re.lastIndex = nextIndex(text, re.lastIndex, re.unicode || re.flags.includes('v'));
  }
  re.lastIndex = from;
  return out;
}

/** The spec's AdvanceStringIndex: one code unit on, or past a surrogate pair in unicode mode. */
function nextIndex(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const first = text.charCodeAt(at);
  const second = text.charCodeAt(at + 1);
  return first >= 0xd800 && first <= 0xdbff && second >= 0xdc00 && second <= 0xdfff ? at + 2 : at + 1;
}

/**
 * Where `text` holds `word` and `fits(start, end)` holds, as a global pattern of the word with
 * look-arounds would find them (a miss reads on from the next character, a match from its end): by
 * `indexOf`, with no pattern compiled for each word of each text.
 *
 * @example
 * const text = 'Kalehe and Kaleheni';
 * literalMatches(text, 'Kalehe', (s, e) => holdsAt(/(?![\p{L}-])/uy, text, e)) // [0]
 */
export function literalMatches(text: string, word: string, fits: (start: number, end: number) => boolean): number[] {
  const found: number[] = [];
  if (word === '') throw new TypeError('literalMatches needs a word');
  for (let start = text.indexOf(word); start >= 0;) {
    const end = start + word.length;
    const hit = fits(start, end);
    if (hit) found.push(start);
    start = text.indexOf(word, hit ? end : start + 1);
  }
  return found;
}

/** Whether sticky `re` matches `text` at `at` (a look-around asked at one place). */
export function holdsAt(re: RegExp, text: string, at: number): boolean {
  if (!re.sticky) throw new TypeError(`holdsAt needs a sticky pattern: /${re.source}/${re.flags}`);
  re.lastIndex = at;
  return re.test(text);
}
