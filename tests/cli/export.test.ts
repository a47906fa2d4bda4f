import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check } from '@placemarkio/check-geojson';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/export.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/export/dataset.json', import.meta.url));
const SHIPPED_EVENTS = fileURLToPath(new URL('../../geodata/events.json', import.meta.url));
const LAYERS = ['places', 'events', 'regions', 'routes'];
/** Feature counts of the fixture: 8 places, 7 events, 2 areas touched, 1 call with from/to. */
const FIXTURE_COUNTS: Record<string, number> = { places: 8, events: 7, regions: 2, routes: 1 };

const HAS_OGRINFO = spawnSync('ogrinfo', ['--version']).status === 0;
if (!HAS_OGRINFO) console.warn('cli/export.test: ogrinfo (GDAL) not found, skipping the GDAL read-back checks');

function ogrFeatureCount(file: string): number {
  const info = spawnSync('ogrinfo', ['-ro', '-so', '-al', file], { encoding: 'utf8' });
  expect(info.status, info.stderr).toBe(0);
  return [...info.stdout.matchAll(/Feature Count: (\d+)/g)].reduce((n, m) => n + Number(m[1]), 0);
}

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'export-cli-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(argv, { log: (l) => out.push(l), error: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

// Each test starts the CLI (tsx) in a child process, some GDAL too: seconds on a loaded 2-core machine.
describe('export CLI', { timeout: 30_000 }, () => {
  it('writes the four GeoJSON layers, valid, and says what it wrote', () => {
    const dir = join(tempDir(), 'nested', 'out');
    const { code, out, err } = run(['--out', dir, '--dataset', FIXTURE]);
    expect(err).toBe('');
    expect(code).toBe(0);
    for (const name of LAYERS) {
      const file = join(dir, `${name}.geojson`);
      const count = FIXTURE_COUNTS[name] as number;
      expect(out).toContain(`wrote ${file} (${count} ${count === 1 ? 'feature' : 'features'})`);
      const parsed = check(readFileSync(file, 'utf8')) as { features: unknown[] };
      expect(parsed.features).toHaveLength(count);
      if (HAS_OGRINFO) expect(ogrFeatureCount(file)).toBe(count);
    }
  });

  if (!HAS_OGRINFO) it.skip('GDAL read-back checks (ogrinfo not installed)', () => {});

  it('writes the four layers as JSON-FG (.fg.json), each one GDAL reads as GeoJSON', () => {
    const dir = tempDir();
    const { code, err } = run(['--out', dir, '--dataset', FIXTURE, '--format', 'jsonfg']);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(LAYERS.map((l) => `${l}.fg.json`).sort());
    for (const name of LAYERS) {
      const file = join(dir, `${name}.fg.json`);
      const doc = JSON.parse(readFileSync(file, 'utf8')) as { conformsTo: string[]; features: unknown[] };
      expect(doc.conformsTo).toEqual(['http://www.opengis.net/spec/json-fg-1/1.0/conf/core']);
      if (HAS_OGRINFO) expect(ogrFeatureCount(file)).toBe(FIXTURE_COUNTS[name]);
    }
  });

  it('writes places and events as Linked Places (.lpf.json), and refuses --flat for it', () => {
    const dir = tempDir();
    const { code } = run(['--out', dir, '--dataset', FIXTURE, '--format', 'lpf']);
    expect(code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['events.lpf.json', 'places.lpf.json']);
    const events = JSON.parse(readFileSync(join(dir, 'events.lpf.json'), 'utf8')) as { '@context': string };
    expect(events['@context']).toMatch(/linkedplaces-context/);
    const flat = run(['--out', tempDir(), '--dataset', FIXTURE, '--format', 'lpf', '--flat']);
    expect(flat.code).toBe(2);
    expect(flat.err).toMatch(/--flat/);
  });

  it('writes events.csv for --format csv, filtered by --from/--to/--types', () => {
    const dir = tempDir();
    const { code, out } = run([
      '--out',
      dir,
      '--dataset',
      FIXTURE,
      '--format',
      'csv',
      '--from',
      '2011-03',
      '--to',
      '2011-03',
      '--types',
      'strike,detention',
    ]);
    expect(code).toBe(0);
    expect(readdirSync(dir)).toEqual(['events.csv']);
    const rows = Papa.parse<Record<string, string>>(readFileSync(join(dir, 'events.csv'), 'utf8'), {
      header: true,
      skipEmptyLines: true,
    });
    expect(rows.data.map((r) => r.id)).toEqual(['davis-detention', 'datta-khel-strike']);
    expect(out).toContain('(2 rows)');
    if (HAS_OGRINFO) expect(ogrFeatureCount(join(dir, 'events.csv'))).toBe(2);
  });

  it('writes one KML per layer for --format kml, and GDAL reads each', () => {
    const dir = tempDir();
    expect(run(['--out', dir, '--dataset', FIXTURE, '--format', 'kml']).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(LAYERS.map((l) => `${l}.kml`).sort());
    for (const name of LAYERS) {
      const kml = readFileSync(join(dir, `${name}.kml`), 'utf8');
      expect(kml.match(/<Placemark/g) ?? []).toHaveLength(FIXTURE_COUNTS[name] as number);
      if (HAS_OGRINFO) expect(ogrFeatureCount(join(dir, `${name}.kml`))).toBe(FIXTURE_COUNTS[name]);
    }
  });

  it('--flat drops the nested record, --bbox adds boxes', () => {
    const dir = tempDir();
    expect(run(['--out', dir, '--dataset', FIXTURE, '--flat', '--bbox']).code).toBe(0);
    const events = JSON.parse(readFileSync(join(dir, 'events.geojson'), 'utf8')) as {
      bbox?: number[];
      features: Array<{ properties: Record<string, unknown>; bbox?: number[] }>;
    };
    expect(events.bbox).toHaveLength(4);
    for (const f of events.features) {
      expect(f.properties).not.toHaveProperty('record');
      expect(f.bbox).toHaveLength(4);
    }
  });

  it.each([
    { name: 'missing --out', argv: ['--dataset', FIXTURE], message: /--out DIR is required/ },
    { name: 'unknown flag', argv: ['--out', 'X', '--bogus'], message: /Unknown option '--bogus'/ },
    { name: 'stray positional', argv: ['--out', 'X', 'events'], message: /positional/i },
    { name: 'bad date', argv: ['--out', 'X', '--from', '2011-02-30'], message: /--from "2011-02-30" is not a date/ },
    { name: 'not a date at all', argv: ['--out', 'X', '--to', 'yesterday'], message: /--to "yesterday" is not a date/ },
    { name: 'unknown type', argv: ['--out', 'X', '--types', 'strike,picnic'], message: /unknown event type "picnic"/ },
    {
      name: '--from after --to',
      argv: ['--out', 'X', '--from', '2011-05', '--to', '2011-04-30'],
      message: /--from 2011-05 is after --to 2011-04-30/,
    },
    { name: 'unknown format', argv: ['--out', 'X', '--format', 'shp'], message: /unknown --format "shp"/ },
    { name: 'flag without its value', argv: ['--out'], message: /argument missing|--out/ },
  ])('exits 2 with a clear message on $name, writing nothing', ({ argv, message }) => {
    const dir = tempDir();
    const args = argv.map((a) => (a === 'X' ? join(dir, 'out') : a));
    const { code, out, err } = run(args);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(err).toContain('usage:');
    expect(out).toBe('');
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('exits 1 on a dataset file that is missing or invalid', () => {
    const dir = tempDir();
    const missing = run(['--out', dir, '--dataset', join(dir, 'nope.json')]);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/cannot read .*nope\.json: no such file/);
    const invalid = run([
      '--out',
      dir,
      '--dataset',
      fileURLToPath(new URL('../fixtures/export/rfc7946/messy.geojson', import.meta.url)),
    ]);
    expect(invalid.code).toBe(1);
    expect(invalid.err).toMatch(/is not valid/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('prints usage for --help', () => {
    const { code, out } = run(['--help']);
    expect(code).toBe(0);
    expect(out).toMatch(/^usage: npm run -s export/);
  });

  it.skipIf(!existsSync(SHIPPED_EVENTS))('exports the shipped geodata/ by default', () => {
    const dir = tempDir();
    const { code, err } = run(['--out', dir]);
    expect(err).toBe('');
    expect(code).toBe(0);
    const shippedEvents = (JSON.parse(readFileSync(SHIPPED_EVENTS, 'utf8')) as unknown[]).length;
    for (const name of LAYERS) {
      const parsed = check(readFileSync(join(dir, `${name}.geojson`), 'utf8')) as { features: unknown[] };
      if (name === 'events') expect(parsed.features).toHaveLength(shippedEvents);
    }
  });
});
