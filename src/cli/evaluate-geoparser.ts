/**
 * Scores the geoparser against hand labels.
 *
 *   npx tsx src/cli/evaluate-geoparser.ts [SEEDS_DIR]
 *
 * Two label sets: the three seed articles (SEEDS_DIR, default ../shared/seeds beside the repo;
 * the articles are not in the repo, only our labels with offsets into them) and our own short
 * texts under tests/fixtures/geoparse/texts, so the evaluation also runs in a clone without
 * ../shared. A prediction counts when its span and place id both equal a label's. Labels with
 * place id "?" are places no gazetteer of ours holds: they can only be missed, which is the point.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixturesDir, loadTexts, pct, seedsDirOf } from './evaluation.ts';
import type { MentionForm, PlaceMatcher, PlaceMention } from '../core/geoparse/find-places.ts';
import { loadPlaceMatcher } from './geoparse.ts';

const FIXTURES = fixturesDir('geoparse');

export interface Label {
  file: string;
  start: number;
  end: number;
  surface: string;
  placeId: string;
  form: MentionForm;
}

/** Parses `file, start, end, surface, placeId, form` rows (tab-separated, one header line). */
export function parseLabels(tsv: string): Label[] {
  const lines = tsv.split(/\r?\n/).filter((l) => l.trim() !== '');
  return lines.slice(1).map((line, i) => {
    const [file, start, end, surface, placeId, form] = line.split('\t');
    if (!file || !start || !end || !surface || !placeId || (form !== 'name' && form !== 'adjective')) {
      throw new Error(`labels line ${i + 2}: expected 6 tab-separated fields, got "${line}"`);
    }
    return { file, start: Number(start), end: Number(end), surface, placeId, form };
  });
}

export interface Score {
  truePositives: number;
  predicted: number;
  labelled: number;
  precision: number;
  recall: number;
  f1: number;
}

function score(truePositives: number, predicted: number, labelled: number): Score {
  const precision = predicted === 0 ? 1 : truePositives / predicted;
  const recall = labelled === 0 ? 1 : truePositives / labelled;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives, predicted, labelled, precision, recall, f1 };
}

export interface Evaluation {
  names: Score;
  adjectives: Score;
  /** Predictions with no label, and labels with no prediction: what to look at. */
  falsePositives: PlaceMention[];
  falseNegatives: Label[];
}

/**
 * Compares predictions with labels per form. Each text must match its labels' surfaces, or the
 * offsets point into a different version of the text and the score would mean nothing.
 */
export function evaluate(
  texts: ReadonlyMap<string, string>,
  labels: readonly Label[],
  matcher: PlaceMatcher,
): Evaluation {
  for (const l of labels) {
    const text = texts.get(l.file);
    if (text === undefined) throw new Error(`no text for labelled file ${l.file}`);
    if (text.slice(l.start, l.end) !== l.surface) {
      throw new Error(
        `${l.file} ${l.start}-${l.end}: label says "${l.surface}", text has "${text.slice(l.start, l.end)}"`,
      );
    }
  }
  const key = (file: string, m: { start: number; end: number; placeId: string }) =>
    `${file}\t${m.start}\t${m.end}\t${m.placeId}`;
  const labelled = new Map(labels.map((l) => [key(l.file, l), l]));
  const hits = { name: 0, adjective: 0 };
  const predicted = { name: 0, adjective: 0 };
  const falsePositives: PlaceMention[] = [];
  const found = new Set<string>();
  for (const [file, text] of texts) {
    for (const m of matcher.find(text)) {
      const label = labelled.get(key(file, m));
      // A prediction is scored in its label's form: "Afghan" read as a name of Afghanistan is still found.
      const form = label?.form ?? m.form;
      predicted[form]++;
      if (label) {
        hits[form]++;
        found.add(key(file, m));
      } else falsePositives.push({ ...m, text: `${file}: ${m.text}` });
    }
  }
  const count = (form: MentionForm) => labels.filter((l) => l.form === form).length;
  return {
    names: score(hits.name, predicted.name, count('name')),
    adjectives: score(hits.adjective, predicted.adjective, count('adjective')),
    falsePositives,
    falseNegatives: labels.filter((l) => !found.has(key(l.file, l))),
  };
}

export function formatEvaluation(title: string, e: Evaluation): string[] {
  const line = (what: string, s: Score) =>
    `  ${what.padEnd(10)} precision ${pct(s.precision)} (${s.truePositives}/${s.predicted})  recall ${pct(s.recall)} (${s.truePositives}/${s.labelled})  F1 ${pct(s.f1)}`;
  const out = [title, line('names', e.names), line('adjectives', e.adjectives)];
  for (const m of e.falsePositives)
    out.push(`  false hit: ${m.text} → ${m.placeId} (${m.form}) at ${m.start}-${m.end}`);
  for (const l of e.falseNegatives)
    out.push(`  missed:    ${l.file}: ${l.surface} → ${l.placeId} (${l.form}) at ${l.start}-${l.end}`);
  return out;
}

export interface EvaluationRun {
  name: string;
  evaluation: Evaluation;
}

/** Evaluates our own texts, and the seed articles when `seedsDir` exists. */
export function runEvaluations(seedsDir: string, matcher: PlaceMatcher = loadPlaceMatcher()): EvaluationRun[] {
  const runs: EvaluationRun[] = [];
  const seedLabels = parseLabels(readFileSync(join(FIXTURES, 'seed-labels.tsv'), 'utf8'));
  if (existsSync(seedsDir)) {
    runs.push({
      name: `seed articles (${seedsDir})`,
      evaluation: evaluate(loadTexts(seedsDir, seedLabels), seedLabels, matcher),
    });
  }
  const ownLabels = parseLabels(readFileSync(join(FIXTURES, 'own-labels.tsv'), 'utf8'));
  runs.push({
    name: 'own texts (tests/fixtures/geoparse/texts)',
    evaluation: evaluate(loadTexts(join(FIXTURES, 'texts'), ownLabels), ownLabels, matcher),
  });
  return runs;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const seedsDir = seedsDirOf(process.argv.slice(2));
  for (const run of runEvaluations(seedsDir)) console.log(formatEvaluation(run.name, run.evaluation).join('\n'));
}
