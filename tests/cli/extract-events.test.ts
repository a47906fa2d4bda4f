import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/extract-events.ts';
import { validateDataset } from '../../src/core/dataset/validate-dataset.ts';

const TEXTS = 'tests/fixtures/extract-events/texts';

function run(argv: string[]) {
  let out = '';
  let err = '';
  const code = main(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

// Each test starts `npm run` and tsx in a child process: seconds on a loaded 2-core machine, more than
// the 5 s default allows (the Tuni test took 5.8 s under load once).
describe('extract-events CLI', { timeout: 30_000 }, () => {
  it("prints the issue's JSON shape, with the dateline date when no --published is given", () => {
    const { code, out } = run([join(TEXTS, 'waziristan-strikes.txt')]);
    expect(code).toBe(0);
    const [file] = JSON.parse(out) as {
      published: { date: string; from: string };
      events: Record<string, unknown>[];
    }[];
    expect(file?.published).toMatchObject({ date: '2012-10-14', from: 'dateline' });
    const event = file?.events[0];
    expect(Object.keys(event ?? {})).toEqual(
      expect.arrayContaining(['start', 'end', 'precision', 'type', 'title', 'places', 'actors', 'claims', 'evidence']),
    );
  });

  it('says which file has no date to resolve against, and writes a dataset that validates', () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-events-'));
    writeFileSync(join(dir, 'undated.txt'), 'A drone struck a house in Lahore on Monday.');
    const missing = run([join(dir, 'undated.txt')]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('undated.txt: no --published given');
    const out = join(dir, 'out.json');
    const written = run(['--published', '2011-04-13', '--dataset', out, join(dir, 'undated.txt')]);
    expect(written.code).toBe(0);
    const result = validateDataset(JSON.parse(readFileSync(out, 'utf8')));
    expect(result.ok ? result.dataset.events.map((e) => e.start) : result.problems).toEqual(['2011-04-11']);
  });

  it('merges one event told by two articles in the dataset, keeping both sources and both figures', () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-events-'));
    writeFileSync(join(dir, 'one.txt'), 'A drone strike on 17 March 2011 hit Datta Khel, killing 45 civilians.');
    writeFileSync(join(dir, 'two.txt'), 'The March 17 strike in Datta Khel killed at least 20 militants.');
    const out = join(dir, 'out.json');
    expect(run(['--published', '2011-08-02', '--dataset', out, join(dir, 'one.txt'), join(dir, 'two.txt')]).code).toBe(
      0,
    );
    const result = validateDataset(JSON.parse(readFileSync(out, 'utf8')));
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
    expect(result.dataset.events).toHaveLength(1);
    expect(result.dataset.events[0]?.sources).toEqual(['one-txt', 'two-txt']);
    expect(result.dataset.events[0]?.claims.map((c) => c.killed?.min)).toEqual([45, 20]);
  });

  it('rejects a bad --published value', () => {
    const { code, err } = run(['--published', '13/04/2011', 'x.txt']);
    expect(code).toBe(2);
    expect(err).toContain('--published "13/04/2011" is not a date written YYYY-MM-DD');
  });

  it('gives the coordinates of a town from the shard of the country the article is about (Tuni, India)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-events-'));
    const file = join(dir, 'derailment.txt');
    writeFileSync(file, 'Seven coaches left the track near Tuni in Andhra Pradesh, India, on Monday, officials said.');
    const result = spawnSync('npm', ['run', '--silent', 'extract-events', '--', '--published', '2024-08-20', file], {
      encoding: 'utf8',
    });
    expect(result.status, result.stderr).toBe(0);
    const [parsed] = JSON.parse(result.stdout) as {
      events: { start: string; places: { id: string; lon: number; lat: number }[] }[];
    }[];
    const tuni = parsed?.events
      .flatMap((e) => e.places.map((p) => ({ ...p, start: e.start })))
      .find((p) => p.id === 'gn-in-tuni');
    expect(tuni).toMatchObject({ lon: 82.5461, lat: 17.359, start: '2024-08-19' });
  });
});
