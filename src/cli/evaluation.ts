/**
 * What the evaluation CLIs (evaluate-geoparser, evaluate-events) share: where the label sets and
 * the seed articles are, reading the labelled texts, and printing a share.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readTextFile } from './geoparse.ts';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The seed articles' folder when the command line names none: ../shared/seeds beside the repo. */
export const DEFAULT_SEEDS = resolve(REPO, '../shared/seeds');

/** The folder of one CLI's label sets and texts, `tests/fixtures/NAME` in the repo. */
export function fixturesDir(name: string): string {
  return resolve(REPO, 'tests/fixtures', name);
}

/** The texts of the files the labels name, read from `dir`; throws when one cannot be read. */
export function loadTexts(dir: string, labels: readonly { file: string }[]): Map<string, string> {
  const texts = new Map<string, string>();
  for (const file of new Set(labels.map((l) => l.file))) {
    const read = readTextFile(join(dir, file));
    if ('error' in read) throw new Error(read.error);
    texts.set(file, read.text);
  }
  return texts;
}

/** A share as a percentage with one decimal: `58.3%`. */
export const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/**
 * The seeds folder the command line names (its first argument, else DEFAULT_SEEDS), after a
 * line on `log` when it does not exist and only our own texts are evaluated.
 */
export function seedsDirOf(argv: readonly string[], log: (s: string) => void = console.log): string {
  const seedsDir = resolve(argv[0] ?? DEFAULT_SEEDS);
  if (!existsSync(seedsDir)) log(`(no seed articles at ${seedsDir}: evaluating our own texts only)`);
  return seedsDir;
}
