import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTownShard } from '../../../src/core/geoparse/world-towns.ts';
import type { ImportResult } from '../../../src/core/import/file.ts';
import { importTextWithTowns, type LoadedTowns, type TownLoader } from '../../../src/core/import/with-towns.ts';
import { importContext } from '../../support/import-context.ts';

/** The shipped shards, read from disk as the worker fetches them; `asked` records every call. */
function diskTowns(): { load: TownLoader; asked: string[][] } {
  const asked: string[][] = [];
  const load: TownLoader = (countries) => {
    asked.push([...countries]);
    const towns = countries.flatMap((code) => {
      const file = `geodata/world-towns/${code.toLowerCase()}.json`;
      const json: unknown = JSON.parse(readFileSync(new URL(`../../../${file}`, import.meta.url), 'utf8'));
      return parseTownShard(json, file);
    });
    return Promise.resolve({ towns, missing: [] });
  };
  return { load, asked };
}

const csv = (...places: string[]) =>
  `date,title,type,place\n${places.map((p, i) => `2024-03-0${i + 1},Event ${i + 1},protest,"${p}"`).join('\n')}\n`;

const run = (text: string, load: TownLoader) =>
  importTextWithTowns({ name: 'towns.csv', text }, importContext, [], load);

function placeOf(result: ImportResult, title: string): string | undefined {
  if (!result.ok) return undefined;
  return result.dataset.events.find((e) => e.title === title)?.places[0]?.place;
}

describe('importing names the world index lacks, from the town shards', () => {
  it("finds 'Tuni, India' in India's shard, and keeps what the world index finds", async () => {
    const { load, asked } = diskTowns();
    const result = await run(csv('Tuni, India', 'Hyderabad, Pakistan'), load);
    expect(asked).toEqual([['IN']]);
    expect(result.ok).toBe(true);
    expect(placeOf(result, 'Event 1')).toBe('gn-in-tuni');
    expect(placeOf(result, 'Event 2')).toBe('gn-pk-hyderabad');
    const tuni = result.ok ? result.dataset.places.features.find((p) => p.properties.id === 'gn-in-tuni') : undefined;
    expect(tuni?.properties.geometrySource).toContain('geodata/world-towns/in.json');
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('reads the file once, and loads no shard, when every name is found without one', async () => {
    const { load, asked } = diskTowns();
    const result = await run(csv('Lahore', 'Hyderabad, PK'), load);
    expect(asked).toEqual([]);
    expect(result.ok && result.dataset.events).toHaveLength(2);
  });

  it('names the candidates of a town two places of the shard share, and still reports a name found nowhere', async () => {
    const { load } = diskTowns();
    const result = await run(csv('Sultanpur, India', 'Nowhereabad, India', 'Tuni, India'), load);
    const messages = result.problems.map((p) => `${p.row ?? '-'} ${p.message}`);
    expect(messages.find((m) => m.startsWith('2 '))).toMatch(/Sultanpur, IN .*Sultanpur, IN/);
    expect(messages.find((m) => m.startsWith('3 '))).toContain('No place called "Nowhereabad, India" is known');
    expect(placeOf(result, 'Event 3')).toBe('gn-in-tuni');
  });

  it("says which country's towns could not be loaded, and why, and keeps the first reading's problems", async () => {
    const failing: TownLoader = (countries): Promise<LoadedTowns> =>
      Promise.resolve({
        towns: [],
        missing: countries.map((country) => ({ country, problem: { kind: 'http', status: 500 } })),
      });
    const result = await run(csv('Tuni, India', 'Lahore'), failing);
    const warning = result.problems.find((p) => p.severity === 'warning');
    expect(warning?.message).toBe(
      'The towns of India could not be loaded (the server answered HTTP 500), so places given with that country ' +
        'were looked for among its larger places only.',
    );
    expect(warning?.code?.key).toBe('problem.townsMissing');
    expect(result.problems.find((p) => p.row === 2)?.message).toContain('No place called "Tuni, India"');
    expect(placeOf(result, 'Event 2')).toBe('lahore');
  });
});
