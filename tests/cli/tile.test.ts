import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/tile.ts';
import { tiledDataset, tiledEventDay, TILED_FIRST_DAY } from '../support/tiled-dataset.ts';
import { decodeTile, readArchive } from '../support/pmtiles-bytes.ts';
import type { TileCounts } from '../../src/core/tiles/tiled-events.ts';
import { EVENT_TYPES } from '../../src/core/dataset/schema.ts';

const dir = mkdtempSync(join(tmpdir(), 'tile-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[]) {
  let out = '';
  let err = '';
  const code = main(args, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

const COUNT = 3000;
const input = join(dir, 'events.json');
writeFileSync(input, JSON.stringify(tiledDataset(COUNT, 400)));

describe('npm run tile', () => {
  const out = join(dir, 'out');
  const result = run([input, '--out', out, '--max-features', '500']);

  it('writes the archive and the counts file, and says what it wrote', () => {
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(
      /events\.pmtiles: 3,000 events in \d+ tiles \(zoom 0–\d+\), [\d.]+ (KB|MB), in [\d.]+ s; largest tile/,
    );
  });

  it('puts every event once in the deepest zoom, with its first and last day as integers', async () => {
    const archive = readArchive(readFileSync(join(out, 'events.pmtiles')));
    const header = await archive.getHeader();
    const ids = new Map<string, { first: unknown; last: unknown; type: unknown; title: unknown }>();
    for (let x = 0; x < 2 ** header.maxZoom; x++) {
      for (let y = 0; y < 2 ** header.maxZoom; y++) {
        // Only the tiles over the region: the reader is asked for the rest and has none.
        if (x / 2 ** header.maxZoom < 0.66 || x / 2 ** header.maxZoom > 0.72) continue;
        const tile = await archive.getZxy(header.maxZoom, x, y);
        if (!tile) continue;
        const layer = decodeTile(tile.data).layers.events!;
        for (let i = 0; i < layer.length; i++) {
          const f = layer.feature(i);
          const p = f.properties;
          ids.set(String(p.id), { first: p.first, last: p.last, type: p.type, title: p.title });
        }
      }
    }
    expect(ids.size).toBe(COUNT);
    const e7 = ids.get('e7')!;
    expect(e7).toEqual({ first: tiledEventDay(7), last: tiledEventDay(7), type: EVENT_TYPES[7], title: 'Event 7' });
  });

  it('keeps each tile within the feature budget, however low the zoom', async () => {
    const archive = readArchive(readFileSync(join(out, 'events.pmtiles')));
    const tile = await archive.getZxy(0, 0, 0);
    expect(decodeTile(tile!.data).layers.events!.length).toBe(500);
  });

  it('writes metadata naming the layer and its fields', async () => {
    const archive = readArchive(readFileSync(join(out, 'events.pmtiles')));
    const metadata = (await archive.getMetadata()) as {
      vector_layers: { id: string; fields: Record<string, string> }[];
    };
    expect(metadata.vector_layers[0]).toMatchObject({
      id: 'events',
      fields: { first: 'Number', last: 'Number', title: 'String' },
    });
  });

  it('counts events per day from all events, not the thinned tiles', () => {
    const counts = JSON.parse(readFileSync(join(out, 'counts.json'), 'utf8')) as TileCounts;
    const expected = new Map<number, number>();
    for (let i = 0; i < COUNT; i++) expected.set(tiledEventDay(i), (expected.get(tiledEventDay(i)) ?? 0) + 1);
    expect(counts.count).toBe(COUNT);
    expect(counts.first).toBe(TILED_FIRST_DAY);
    expect(counts.days.reduce((a, b) => a + b, 0)).toBe(COUNT);
    for (const [day, n] of expected) expect(counts.days[day - counts.first]).toBe(n);
    expect(Object.values(counts.types).reduce((a, b) => a + b, 0)).toBe(COUNT);
  });
});

describe('npm run tile refuses bad input, saying where', () => {
  it('names a missing file', () => {
    const r = run([join(dir, 'nothing.json'), '--out', join(dir, 'x')]);
    expect([r.code, r.err]).toEqual([1, expect.stringMatching(/cannot read .*nothing\.json: no such file/)]);
  });

  it('asks for --out', () => {
    const r = run([input]);
    expect([r.code, r.err]).toEqual([2, expect.stringMatching(/--out DIR is required/)]);
  });

  it('refuses a zoom past 14', () => {
    const r = run([input, '--out', join(dir, 'x'), '--max-zoom', '20']);
    expect([r.code, r.err]).toEqual([
      2,
      expect.stringMatching(/--max-zoom must be a whole number from 0 to 14, not "20"/),
    ]);
  });

  it('lists a bad event by its path and field, and cuts the others', () => {
    const dataset = tiledDataset(50, 10);
    (dataset.events[3] as { start: string }).start = '2011-02-30';
    const file = join(dir, 'one-bad.json');
    writeFileSync(file, JSON.stringify(dataset));
    const r = run([file, '--out', join(dir, 'one-bad')]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/one-bad\.json: events\[3\]\.start, field "start": .*does not exist in the calendar/);
    expect(r.out).toMatch(/49 events/);
  });

  it('reads a CSV through the app import, naming the row of a bad date', () => {
    const file = join(dir, 'rows.csv');
    writeFileSync(
      file,
      'title,date,lat,lon,type\nA strike,2011-03-17,33.0,70.0,strike\nBad,17th of never,33.1,70.1,strike\n',
    );
    const r = run([file, '--out', join(dir, 'rows')]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/rows\.csv: row 3, field "date"/);
    expect(r.out).toMatch(/1 event in/);
  });

  it('says when a file is not JSON where it should be', () => {
    const file = join(dir, 'broken.json');
    writeFileSync(file, '{"events": [');
    const r = run([file, '--out', join(dir, 'broken')]);
    expect([r.code, r.err]).toEqual([1, expect.stringMatching(/broken\.json: not valid JSON at line 1, column \d+/)]);
  });
});
