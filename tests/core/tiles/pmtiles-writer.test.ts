import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { Compression, TileType, zxyToTileId } from 'pmtiles';
import { writePmtiles, type ArchiveTile } from '../../../src/core/tiles/pmtiles-writer.ts';
import { readArchive } from '../../support/pmtiles-bytes.ts';

const concat = (parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));
// The archive says its tiles are gzip-compressed, and the reader unzips them: so they are.
const bytesOf = (text: string) => new Uint8Array(gzipSync(text));
const textOf = (data: ArrayBuffer | undefined) => (data ? new TextDecoder().decode(data) : undefined);

function archive(tiles: ArchiveTile[], metadata: Record<string, unknown> = { vector_layers: [] }) {
  return writePmtiles(tiles, {
    compress: (b) => gzipSync(b),
    metadata,
    minZoom: 0,
    maxZoom: Math.max(3, ...tiles.map((t) => t.z)),
    bounds: [60.5, 24.25, 77.75, 37.125],
    center: [69, 30.5, 2],
  });
}

describe('writePmtiles, read back with npm pmtiles', () => {
  it('writes a header the reader takes, with our zooms, bounds, compression and counts', async () => {
    const { parts } = archive([
      { z: 0, x: 0, y: 0, data: bytesOf('world') },
      { z: 1, x: 1, y: 0, data: bytesOf('north-east') },
      { z: 3, x: 5, y: 3, data: bytesOf('deep') },
    ]);
    const bytes = concat(parts);
    expect(new TextDecoder().decode(bytes.slice(0, 7))).toBe('PMTiles');
    const header = await readArchive(bytes).getHeader();
    expect(header).toMatchObject({
      specVersion: 3,
      clustered: true,
      internalCompression: Compression.Gzip,
      tileCompression: Compression.Gzip,
      tileType: TileType.Mvt,
      minZoom: 0,
      maxZoom: 3,
      minLon: 60.5,
      minLat: 24.25,
      maxLon: 77.75,
      maxLat: 37.125,
      centerZoom: 2,
      centerLon: 69,
      centerLat: 30.5,
      numAddressedTiles: 3,
      numTileEntries: 3,
      numTileContents: 3,
      rootDirectoryOffset: 127,
    });
  });

  it('gives back every tile by z/x/y, and nothing where there is no tile', async () => {
    const tiles: ArchiveTile[] = [
      { z: 2, x: 3, y: 1, data: bytesOf('2/3/1') },
      { z: 0, x: 0, y: 0, data: bytesOf('0/0/0') },
      { z: 2, x: 0, y: 2, data: bytesOf('2/0/2') },
      { z: 1, x: 0, y: 1, data: bytesOf('1/0/1') },
    ];
    const reader = readArchive(concat(archive(tiles).parts));
    for (const t of tiles) expect(textOf((await reader.getZxy(t.z, t.x, t.y))?.data)).toBe(`${t.z}/${t.x}/${t.y}`);
    expect(await reader.getZxy(2, 1, 1)).toBeUndefined();
    expect(await reader.getZxy(3, 0, 0)).toBeUndefined();
  });

  it('stores the metadata JSON compressed, as the reader returns it', async () => {
    const metadata = { name: 'Events', vector_layers: [{ id: 'events', fields: { first: 'Number' } }] };
    const reader = readArchive(concat(archive([{ z: 0, x: 0, y: 0, data: bytesOf('x') }], metadata).parts));
    expect(await reader.getMetadata()).toEqual(metadata);
  });

  it('stores identical tiles once and a run of them as one entry', async () => {
    // Tile ids 1–4 are the four tiles of zoom 1, consecutive in Hilbert order.
    const sea = bytesOf('empty sea');
    const tiles = [0, 1].flatMap((x) => [0, 1].map((y) => ({ z: 1, x, y, data: sea })));
    tiles.push({ z: 2, x: 0, y: 0, data: bytesOf('land') }, { z: 2, x: 3, y: 3, data: sea });
    const { parts, summary } = archive(tiles);
    expect(summary).toMatchObject({ addressedTiles: 6, tileEntries: 3, tileContents: 2 });
    const bytes = concat(parts);
    const reader = readArchive(bytes);
    const header = await reader.getHeader();
    expect([header.numAddressedTiles, header.numTileEntries, header.numTileContents]).toEqual([6, 3, 2]);
    expect(header.tileDataLength).toBe(sea.byteLength + bytesOf('land').byteLength);
    for (const t of tiles) {
      expect(textOf((await reader.getZxy(t.z, t.x, t.y))?.data)).toBe(t === tiles[4] ? 'land' : 'empty sea');
    }
  });

  it('puts the entries in leaf directories when the root would not fit in 16 KiB', async () => {
    const tiles: ArchiveTile[] = [];
    // 30,000 tiles of zoom 10 at pseudo-random places, of pseudo-random sizes: far more entries
    // than 16 KiB of root directory can hold, with gaps and lengths that do not compress away.
    let seed = 17;
    const next = () => (seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0) >>> 8;
    const seen = new Set<number>();
    while (tiles.length < 30_000) {
      const [x, y] = [next() % 1024, next() % 1024];
      if (seen.has(y * 1024 + x)) continue;
      seen.add(y * 1024 + x);
      tiles.push({ z: 10, x, y, data: bytesOf(`10/${x}/${y}/${'.'.repeat(next() % 300)}`) });
    }
    const { parts, summary } = archive(tiles);
    expect(summary.leafDirectories).toBeGreaterThan(1);
    const bytes = concat(parts);
    const reader = readArchive(bytes);
    const header = await reader.getHeader();
    expect(header.leafDirectoryLength).toBeGreaterThan(0);
    expect(127 + header.rootDirectoryLength).toBeLessThanOrEqual(16_384);
    for (const i of [0, 1, 4095, 4096, 4097, 20_000, tiles.length - 1]) {
      const t = tiles[i]!;
      expect(textOf((await reader.getZxy(t.z, t.x, t.y))?.data)).toMatch(`${t.z}/${t.x}/${t.y}/`);
    }
  });

  it('lays the tile data out in tile-id order (clustered)', () => {
    const tiles = [
      { z: 2, x: 1, y: 1, data: bytesOf('b') },
      { z: 1, x: 1, y: 1, data: bytesOf('a') },
      { z: 2, x: 3, y: 0, data: bytesOf('c') },
    ];
    const { parts } = archive(tiles);
    const order = [...tiles].sort((p, q) => zxyToTileId(p.z, p.x, p.y) - zxyToTileId(q.z, q.x, q.y));
    expect(parts.slice(-3)).toEqual(order.map((t) => t.data));
  });

  it('refuses the same tile given twice', () => {
    const t = { z: 1, x: 0, y: 0, data: bytesOf('a') };
    expect(() => archive([t, { ...t, data: bytesOf('b') }])).toThrow(/given twice/);
  });
});
