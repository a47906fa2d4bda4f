import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main, type CliIo } from '../../src/cli/geoparse.ts';
import { evaluate, parseLabels, runEvaluations } from '../../src/cli/evaluate-geoparser.ts';
import { createPlaceMatcher } from '../../src/core/geoparse/find-places.ts';
import { gazetteerSchema } from '../../src/core/dataset/schema.ts';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/geoparse/${name}`, import.meta.url));
const FIXTURE_DATA = ['--gazetteer', fixture('gazetteer.geojson'), '--world', fixture('world-places.json')];

function run(argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const io: CliIo = { out: (s) => (out += s), err: (s) => (err += s) };
  const code = main(argv, io);
  return { code, out, err };
}

describe('geoparse CLI', () => {
  it('prints the mentions of each file as JSON', () => {
    const { code, out, err } = run([...FIXTURE_DATA, fixture('cli-input.txt')]);
    expect(err).toBe('');
    expect(code).toBe(0);
    const [result] = JSON.parse(out) as {
      file: string;
      mentions: { text: string; placeId: string; source: string; form: string }[];
    }[];
    expect(result?.file).toBe(fixture('cli-input.txt'));
    expect(result?.mentions.map((m) => [m.text, m.placeId, m.form, m.source])).toEqual([
      ['ISLAMABAD', 'islamabad', 'name', 'curated'],
      ['Lahore', 'lahore', 'name', 'curated'],
      ['Bannu', 'gn-pk-bannu', 'name', 'geonames'],
      ['Pakistani', 'pakistan', 'adjective', 'curated'],
      ['Lahore', 'lahore', 'name', 'curated'],
    ]);
  });

  it('prints one FeatureCollection with mention counts under --geojson', () => {
    const { code, out } = run(['--geojson', ...FIXTURE_DATA, fixture('cli-input.txt')]);
    expect(code).toBe(0);
    const fc = JSON.parse(out) as {
      type: string;
      features: {
        id: string;
        geometry: { coordinates: number[] };
        properties: { mentions: number; names: number; adjectives: number };
      }[];
    };
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.map((f) => [f.id, f.properties.mentions, f.properties.names, f.properties.adjectives])).toEqual([
      ['lahore', 2, 2, 0],
      ['gn-pk-bannu', 1, 1, 0],
      ['islamabad', 1, 1, 0],
      ['pakistan', 1, 0, 1],
    ]);
    expect(fc.features[0]?.geometry.coordinates).toEqual([74.35, 31.55]);
  });

  it.each([
    ['a missing file', 'no-such-file.txt', /cannot read .*no-such-file\.txt \(ENOENT\)/],
    ['a file with NUL bytes', 'bad/nul-bytes.txt', /not a text file \(it contains NUL bytes\)/],
  ])('reports %s on stderr, exits 1 and still parses the other files', (_what, name, message) => {
    const { code, out, err } = run([...FIXTURE_DATA, fixture(name), fixture('cli-input.txt')]);
    expect(code).toBe(1);
    expect(err).toMatch(message);
    const results = JSON.parse(out) as { file: string }[];
    expect(results.map((r) => r.file)).toEqual([fixture('cli-input.txt')]);
  });

  it('reads a file that is not UTF-8 as Windows-1252, as the import does, and warns on stderr', () => {
    const { code, out, err } = run([...FIXTURE_DATA, fixture('bad/invalid-utf8.txt'), fixture('cli-input.txt')]);
    expect(code).toBe(0);
    expect(err).toMatch(/invalid-utf8\.txt is not UTF-8 text; it was read as Windows-1252/);
    const results = JSON.parse(out) as { file: string; mentions: { placeId: string }[] }[];
    expect(results.map((r) => r.file)).toEqual([fixture('bad/invalid-utf8.txt'), fixture('cli-input.txt')]);
    expect(results[0]?.mentions.map((m) => m.placeId)).toEqual(['lahore']);
  });

  it.each([[[]], [['--bogus', 'x.txt']], [['--world']]])('rejects bad usage %j with exit code 2', (argv) => {
    const { code, err } = run(argv);
    expect(code).toBe(2);
    expect(err).toMatch(/usage: geoparse/);
  });

  it('finds a town from the shard of the country the text is about, as extract-events does (Tuni, India)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'geoparse-'));
    const file = join(dir, 'derailment.txt');
    writeFileSync(file, 'Seven coaches left the track near Tuni in Andhra Pradesh, India, on Monday.');
    const { code, out, err } = run([file]);
    expect(err).toBe('');
    expect(code).toBe(0);
    const [result] = JSON.parse(out) as { mentions: { text: string; placeId: string; lon: number; lat: number }[] }[];
    expect(result?.mentions.find((m) => m.text === 'Tuni')).toMatchObject({
      placeId: 'gn-in-tuni',
      lon: 82.5461,
      lat: 17.359,
    });
    // --no-world: the curated gazetteer only, so no shard either.
    const curated = JSON.parse(run(['--no-world', file]).out) as { mentions: { text: string }[] }[];
    expect(curated[0]?.mentions.map((m) => m.text)).not.toContain('Tuni');
  });

  it('reads the shipped gazetteer and world index by default', () => {
    const { code, out } = run([fixture('cli-input.txt')]);
    expect(code).toBe(0);
    const [result] = JSON.parse(out) as { mentions: { placeId: string }[] }[];
    expect(result?.mentions.map((m) => m.placeId)).toContain('gn-pk-bannu');
  });
});

describe('evaluate-geoparser', () => {
  const gazetteer = gazetteerSchema.parse(JSON.parse(readFileSync(fixture('gazetteer.geojson'), 'utf8')));
  const matcher = createPlaceMatcher(gazetteer);
  const text = 'Pakistani envoys left Lahore for Kabul. Denzel Washington stayed.';
  const labels = parseLabels(
    [
      'file\tstart\tend\tsurface\tplaceId\tform',
      't.txt\t0\t9\tPakistani\tpakistan\tadjective',
      't.txt\t22\t28\tLahore\tlahore\tname',
      't.txt\t33\t38\tKabul\tafghanistan\tname',
      't.txt\t47\t57\tWashington\twashington-dc\tname',
    ].join('\n'),
  );

  it('scores names and adjectives separately, by span and place id', () => {
    const e = evaluate(new Map([['t.txt', text]]), labels, matcher);
    // Lahore right; Kabul found as kabul (wrong id per these labels); Washington (a person) not found.
    expect(e.names).toMatchObject({ truePositives: 1, predicted: 2, labelled: 3 });
    expect(e.names.precision).toBeCloseTo(0.5);
    expect(e.names.recall).toBeCloseTo(1 / 3);
    expect(e.adjectives).toMatchObject({ truePositives: 1, predicted: 1, labelled: 1, precision: 1, recall: 1 });
    expect(e.falseNegatives.map((l) => l.surface)).toEqual(['Kabul', 'Washington']);
  });

  it('refuses labels whose offsets do not match the text', () => {
    expect(() => evaluate(new Map([['t.txt', `x${text}`]]), labels, matcher)).toThrow(/label says "Pakistani"/);
  });

  it('meets the targets on our own labelled texts (names: precision ≥ 0.95, recall ≥ 0.9)', () => {
    const runs = runEvaluations('/nonexistent-seeds-dir');
    expect(runs.map((r) => r.name)).toEqual(['own texts (tests/fixtures/geoparse/texts)']);
    const { names, adjectives } = runs[0]!.evaluation;
    expect(names.precision).toBeGreaterThanOrEqual(0.95);
    expect(names.recall).toBeGreaterThanOrEqual(0.9);
    expect(adjectives.recall).toBeGreaterThanOrEqual(0.9);
  });
});
