/**
 * Writes tests/fixtures/article-fingerprints.json: one hash per run of words of the three seed
 * articles (see src/core/copy-check.ts), so the tests can check that no text we ship copies an
 * article without the articles being in the project.
 *
 * Usage: npm run build:article-fingerprints [-- DIR]   (DIR: the seeds, default ../shared/seeds)
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COPY_RUN_LENGTH, runFingerprint, wordRuns } from '../core/copy-check.ts';

const REPO = resolve(fileURLToPath(import.meta.url), '../../..');
const seeds = resolve(process.argv[2] ?? join(REPO, '../shared/seeds'));
const out = join(REPO, 'tests/fixtures/article-fingerprints.json');

let files: string[];
try {
  files = readdirSync(seeds)
    .filter((f) => f.endsWith('.txt'))
    .sort();
} catch (err) {
  console.error(`Cannot read the seed articles in ${seeds}: ${(err as Error).message}`);
  process.exit(2);
}
if (files.length === 0) {
  console.error(`No .txt articles in ${seeds}`);
  process.exit(2);
}
const fingerprints = new Set<string>();
for (const file of files) {
  for (const run of wordRuns(readFileSync(join(seeds, file), 'utf8'))) fingerprints.add(runFingerprint(run));
}
const body = {
  about:
    `Hashes (cyrb53, src/core/copy-check.ts) of every run of ${COPY_RUN_LENGTH} words in the seed articles ` +
    `${files.join(', ')}. No article text can be read back from them. Rebuild: npm run build:article-fingerprints.`,
  runLength: COPY_RUN_LENGTH,
  fingerprints: [...fingerprints].sort(),
};
writeFileSync(out, `${JSON.stringify(body, null, 1)}\n`);
console.log(`wrote ${out}: ${fingerprints.size} fingerprints from ${files.length} articles`);
