/**
 * "Facts come from the articles; sentences do not": a check that our texts share no long run of
 * words with an article. The articles cannot ship with the project, so they are kept as
 * fingerprints (a hash per run of words, from which no text can be read back), built by
 * `npm run build:article-fingerprints` and committed with the tests.
 */

/** Runs of this many words that also appear in an article count as copied (7 shared is the limit). */
export const COPY_RUN_LENGTH = 8;

/** Lower-case words without accents or apostrophes, so "Pakistan’s" and "pakistans" match. */
export function copyWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Every run of `length` consecutive words, joined by single spaces. */
export function wordRuns(text: string, length = COPY_RUN_LENGTH): string[] {
  const words = copyWords(text);
  const runs: string[] = [];
  for (let i = 0; i + length <= words.length; i++) runs.push(words.slice(i, i + length).join(' '));
  return runs;
}

/**
 * A 53-bit hash of a run (cyrb53), as 14 hex digits: small, stable across platforms, and with
 * the few thousand runs of the articles a false match is vanishingly unlikely.
 */
export function runFingerprint(run: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < run.length; i++) {
    const c = run.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** The runs of `text` whose fingerprints are among `fingerprints` (the copied ones). */
export function copiedRuns(text: string, fingerprints: ReadonlySet<string>): string[] {
  return wordRuns(text).filter((run) => fingerprints.has(runFingerprint(run)));
}
