/**
 * An import that also finds towns the world index leaves out: a name that gives its country
 * ("Tuni, India", "Bogra, BD") and matched nothing is looked up again in that country's town
 * shard (geodata/world-towns/xx.json). The file is read once as it is; only when such names
 * failed are those countries' shards loaded and the file read once more with their towns, so a
 * file that needs no shard costs nothing more.
 */
import type { WorldPlace } from '../geoparse/world-index.ts';
import { importText, type ImportContext, type ImportResult } from './file.ts';
import { coded, fileProblem, type ImportProblem } from './problem.ts';

/** Why a country's towns could not be had. */
export type TownsProblem = { kind: 'http'; status: number } | { kind: 'offline' } | { kind: 'invalid' };

/** What a town loader gives back: the towns it could load, and the countries it could not. */
export interface LoadedTowns {
  towns: readonly WorldPlace[];
  missing: readonly { country: string; problem: TownsProblem }[];
}

/** Loads the shards of some countries (ISO alpha-2 codes); never rejects. */
export type TownLoader = (countries: readonly string[]) => Promise<LoadedTowns>;

function missingProblem(country: string, problem: TownsProblem): ImportProblem {
  const params: Record<string, string | number> = { country, kind: problem.kind };
  if (problem.kind === 'http') params.status = problem.status;
  return { ...fileProblem('', { severity: 'warning' }), ...coded({ key: 'problem.townsMissing', params }) };
}

/** The English name the world index gives a country code: "India" for `IN`. */
function countryName(world: readonly WorldPlace[], code: string): string {
  return world.find((w) => w.kind === 'country' && w.country === code)?.name ?? code;
}

/**
 * {@link importText}, then once more with the towns of the countries whose names it could not
 * find, when `loadTowns` has them. A country whose towns could not be loaded is named in a
 * warning; its rows keep the problems of the first reading.
 *
 * @example
 * await importTextWithTowns({ name: 'events.csv', text }, { gazetteer, world }, [], loadShards)
 */
export async function importTextWithTowns(
  file: { name: string; text: string },
  context: ImportContext,
  early: ImportProblem[],
  loadTowns: TownLoader,
): Promise<ImportResult> {
  const wanted = new Set<string>();
  const first = importText(file, { ...context, townsWanted: wanted }, early);
  if (wanted.size === 0) return first;
  const { towns, missing } = await loadTowns([...wanted].sort());
  const notes = missing.map((m) => missingProblem(countryName(context.world, m.country), m.problem));
  if (towns.length === 0) return { ...first, problems: [...notes, ...first.problems] };
  return importText(file, { ...context, towns }, [...early, ...notes]);
}
