/**
 * Geoparser throughput: the trie matcher against a naive scan with one regular expression per
 * spelling, on the same generated text (about {@link TARGET_BYTES} of news-like sentences) in the
 * same run.
 *
 *   npx tsx bench/benchmarks/geoparse.ts
 *
 * Two pairs: the curated gazetteer with demonyms (about a hundred spellings), and the same plus the
 * world index (about two thousand). A naive scan costs one pass per spelling, the trie one pass.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gazetteerSchema } from '../../src/core/dataset/schema.ts';
import { parseWorldIndex } from '../../src/core/geoparse/world-index.ts';
import { createPlaceMatcher } from '../../src/core/geoparse/find-places.ts';
import { DEMONYMS } from '../../src/core/geoparse/lexicon.ts';
import { DEFAULT_GAZETTEER, DEFAULT_WORLD_INDEX } from '../../src/cli/geoparse.ts';

const TARGET_BYTES = 5 * 1024 * 1024;
const BYTES_PER_MB = 1024 * 1024;
/** The naive scan over every world name is slow: time it on a slice, rates stay comparable. */
const NAIVE_WORLD_BYTES = 512 * 1024;
/** Best of a few runs: the first one also pays for the JIT warming up. */
const RUNS = 3;

// Our own sentences; `{P}` takes a place, `{A}` an adjective, `{W}` a word that is no place.
const TEMPLATES = [
  'Officials in {P} said on Tuesday that talks with {P} would resume next month.',
  'A convoy left {P} for {P} after two days of rain, the {A} army said.',
  "{P}'s trade minister met {A} business leaders to discuss tariffs on cotton.",
  'The {A} embassy in {P} closed early as crowds gathered near the old market.',
  'Farmers near {P} complained that water from the canal had not reached their {W} fields.',
  'Analysts said the dispute between {P} and {P} was unlikely to end soon.',
  'Mr {W} told reporters that the roads out of {P} were open again.',
  'A {A}-funded school opened in a village north of {P}, local people said.',
];
const PLACES = [
  'Lahore',
  'Islamabad',
  'Karachi',
  'North Waziristan',
  'Kabul',
  'Washington',
  'Datta Khel',
  'Mumbai',
  'Peshawar',
  'Bannu',
  'Quetta',
  'Punjab',
  'the Afghan border',
  'Singapore',
  'Turkey',
];
const ADJECTIVES = ['Pakistani', 'Afghan', 'American', 'Indian', 'Turkish'];
const WORDS = ['wheat', 'Smith', 'dusty', 'Green', 'rice', 'Harris'];

/** Deterministic text: the same bytes every run, so timings compare. */
export function generateText(targetBytes = TARGET_BYTES): string {
  const parts: string[] = [];
  let length = 0;
  let n = 0;
  const pick = <T>(list: readonly T[]) => list[n++ % list.length] as T;
  while (length < targetBytes) {
    const sentence = pick(TEMPLATES)
      .replace(/\{P\}/g, () => pick(PLACES))
      .replace(/\{A\}/g, () => pick(ADJECTIVES))
      .replace(/\{W\}/g, () => pick(WORDS));
    parts.push(sentence);
    length += sentence.length + 1;
  }
  return parts.join(' ');
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The obvious approach: every spelling its own case-insensitive regular expression. */
export function naiveScan(text: string, spellings: readonly string[]): number {
  let found = 0;
  for (const spelling of spellings) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(spelling)}(?![\\p{L}\\p{N}])`, 'giu');
    for (const _ of text.matchAll(re)) found++;
  }
  return found;
}

function bestSeconds(fn: () => number): { seconds: number; result: number } {
  let seconds = Infinity;
  let result = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    result = fn();
    seconds = Math.min(seconds, (performance.now() - t0) / 1000);
  }
  return { seconds, result };
}

export async function benchGeoparse(): Promise<string[]> {
  const gazetteer = gazetteerSchema.parse(JSON.parse(readFileSync(DEFAULT_GAZETTEER, 'utf8')));
  const world = parseWorldIndex(JSON.parse(readFileSync(DEFAULT_WORLD_INDEX, 'utf8')));
  const text = generateText();
  const slice = text.slice(0, NAIVE_WORLD_BYTES);
  const mb = (s: string) => Buffer.byteLength(s) / BYTES_PER_MB;

  const curatedSpellings = [
    ...gazetteer.features.flatMap((f) => [f.properties.name, ...f.properties.aliases]),
    ...Object.values(DEMONYMS).flat(),
  ];
  const allSpellings = [...curatedSpellings, ...world.map((w) => w.name)];
  const curatedOnly = createPlaceMatcher(gazetteer);
  const withWorld = createPlaceMatcher(gazetteer, world);

  const trie = bestSeconds(() => curatedOnly.find(text).length);
  const naive = bestSeconds(() => naiveScan(text, curatedSpellings));
  const trieWorld = bestSeconds(() => withWorld.find(text).length);
  const naiveWorld = bestSeconds(() => naiveScan(slice, allSpellings));
  const rate = (s: string, seconds: number) => mb(s) / seconds;
  const f = (x: number) => `${x.toFixed(1)} MB/s`;

  return [
    `geoparse throughput on ${mb(text).toFixed(2)} MB of generated text (best of ${RUNS}; the naive world scan on its first ${mb(slice).toFixed(2)} MB):`,
    `  curated + demonyms, ${curatedSpellings.length} spellings:`,
    `    trie matcher           ${f(rate(text, trie.seconds))} (${trie.result} mentions)`,
    `    naive, regex/spelling  ${f(rate(text, naive.seconds))} (${naive.result} raw matches)`,
    `    trie / naive           ${(rate(text, trie.seconds) / rate(text, naive.seconds)).toFixed(2)}×`,
    `  with the world index, ${allSpellings.length} spellings:`,
    `    trie matcher           ${f(rate(text, trieWorld.seconds))} (${trieWorld.result} mentions)`,
    `    naive, regex/spelling  ${f(rate(slice, naiveWorld.seconds))} (${naiveWorld.result} raw matches)`,
    `    trie / naive           ${(rate(text, trieWorld.seconds) / rate(slice, naiveWorld.seconds)).toFixed(2)}×`,
    "  (naive counts are higher: no case, person or longest-match rules; its cost grows with the number of spellings, the trie's does not)",
  ];
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const line of await benchGeoparse()) console.log(line);
}
