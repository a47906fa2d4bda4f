/**
 * A PMTiles v3 archive writer, to the published specification
 * (https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md): a 127-byte header, a root
 * directory within the first 16 KiB, leaf directories when the root would not fit, the metadata
 * JSON, then the tile data, clustered (tiles in tile-id order). Tiles with the same bytes are
 * stored once, and a run of consecutive tile ids with the same bytes is one directory entry.
 *
 * Pure: the caller passes tiles already compressed and the function that compresses the
 * directories and the metadata (gzip from node:zlib in the CLI), so this module runs anywhere.
 * npm's `pmtiles` is a reader only; the tests read our archives back with it.
 */
import { zxyToTileId } from 'pmtiles';

/** One tile of the archive: its address and its bytes, already compressed as `tileCompression` says. */
export interface ArchiveTile {
  z: number;
  x: number;
  y: number;
  data: Uint8Array;
}

/** What the header says about the archive besides where its parts are. */
export interface ArchiveOptions {
  /** Compresses directories and metadata: gzip (the spec's internal compression 2). */
  compress: (bytes: Uint8Array) => Uint8Array;
  /** The archive's metadata JSON object (for vector tiles, with `vector_layers`). */
  metadata: Record<string, unknown>;
  minZoom: number;
  maxZoom: number;
  /** West, south, east, north in degrees. */
  bounds: [number, number, number, number];
  /** Longitude, latitude and zoom a viewer starts at. */
  center: [number, number, number];
}

/** The spec's numbers for compression and tile type. */
const COMPRESSION_GZIP = 2;
const TILE_TYPE_MVT = 1;
const HEADER_BYTES = 127;
/** The header and the root directory must fit in the first 16 KiB a reader fetches. */
const ROOT_BUDGET = 16_384;
const FIRST_LEAF_SIZE = 4096;

interface Entry {
  tileId: number;
  offset: number;
  length: number;
  runLength: number;
}

/** What the writer did, for the CLI's summary. */
export interface ArchiveSummary {
  addressedTiles: number;
  tileEntries: number;
  tileContents: number;
  leafDirectories: number;
}

/**
 * The archive's bytes, as parts to write one after another (the tile data is not copied).
 *
 * @example
 * const { parts } = writePmtiles(tiles, { compress: gzipSync, metadata, minZoom: 0, maxZoom: 10, bounds, center });
 * writeFileSync('events.pmtiles', Buffer.concat(parts));
 */
export function writePmtiles(
  tiles: readonly ArchiveTile[],
  options: ArchiveOptions,
): { parts: Uint8Array[]; summary: ArchiveSummary } {
  const addressed = tiles
    .map((t) => ({ tileId: zxyToTileId(t.z, t.x, t.y), data: t.data }))
    .sort((a, b) => a.tileId - b.tileId);
  const entries: Entry[] = [];
  const tileData: Uint8Array[] = [];
  const stored = new ContentIndex();
  let dataLength = 0;
  for (let i = 0; i < addressed.length; i++) {
    const { tileId, data } = addressed[i]!;
    if (i > 0 && addressed[i - 1]!.tileId === tileId) throw new Error(`tile id ${tileId} is given twice`);
    let offset = stored.find(data);
    if (offset === undefined) {
      offset = dataLength;
      stored.add(data, offset);
      tileData.push(data);
      dataLength += data.byteLength;
    }
    const last = entries[entries.length - 1];
    if (last && last.offset === offset && last.tileId + last.runLength === tileId) last.runLength += 1;
    else entries.push({ tileId, offset, length: data.byteLength, runLength: 1 });
  }

  const { root, leaves, leafCount } = buildDirectories(entries, options.compress);
  const metadata = options.compress(new TextEncoder().encode(JSON.stringify(options.metadata)));
  const rootOffset = HEADER_BYTES;
  const metadataOffset = rootOffset + root.byteLength;
  const leavesOffset = metadataOffset + metadata.byteLength;
  const dataOffset = leavesOffset + leaves.byteLength;

  const header = new DataView(new ArrayBuffer(HEADER_BYTES));
  const magic = new TextEncoder().encode('PMTiles');
  magic.forEach((b, i) => header.setUint8(i, b));
  header.setUint8(7, 3);
  const u64 = (at: number, value: number) => header.setBigUint64(at, BigInt(value), true);
  u64(8, rootOffset);
  u64(16, root.byteLength);
  u64(24, metadataOffset);
  u64(32, metadata.byteLength);
  u64(40, leavesOffset);
  u64(48, leaves.byteLength);
  u64(56, dataOffset);
  u64(64, dataLength);
  u64(72, addressed.length);
  u64(80, entries.length);
  u64(88, tileData.length);
  header.setUint8(96, 1); // clustered
  header.setUint8(97, COMPRESSION_GZIP);
  header.setUint8(98, COMPRESSION_GZIP);
  header.setUint8(99, TILE_TYPE_MVT);
  header.setUint8(100, options.minZoom);
  header.setUint8(101, options.maxZoom);
  const e7 = (degrees: number) => Math.round(degrees * 1e7);
  const [west, south, east, north] = options.bounds;
  header.setInt32(102, e7(west), true);
  header.setInt32(106, e7(south), true);
  header.setInt32(110, e7(east), true);
  header.setInt32(114, e7(north), true);
  const [lon, lat, zoom] = options.center;
  header.setUint8(118, zoom);
  header.setInt32(119, e7(lon), true);
  header.setInt32(123, e7(lat), true);

  return {
    parts: [new Uint8Array(header.buffer), root, metadata, leaves, ...tileData],
    summary: {
      addressedTiles: addressed.length,
      tileEntries: entries.length,
      tileContents: tileData.length,
      leafDirectories: leafCount,
    },
  };
}

/**
 * The root directory and the leaf directories: all entries in the root when it fits in the first
 * 16 KiB, else leaves of 4096 entries, doubled until the root of leaf pointers fits.
 */
function buildDirectories(
  entries: readonly Entry[],
  compress: (bytes: Uint8Array) => Uint8Array,
): { root: Uint8Array; leaves: Uint8Array; leafCount: number } {
  const whole = serializeDirectory(entries, compress);
  if (HEADER_BYTES + whole.byteLength <= ROOT_BUDGET) return { root: whole, leaves: new Uint8Array(0), leafCount: 0 };
  for (let leafSize = FIRST_LEAF_SIZE; ; leafSize *= 2) {
    const pointers: Entry[] = [];
    const leafParts: Uint8Array[] = [];
    let leavesLength = 0;
    for (let i = 0; i < entries.length; i += leafSize) {
      const chunk = entries.slice(i, i + leafSize);
      const leaf = serializeDirectory(chunk, compress);
      pointers.push({ tileId: chunk[0]!.tileId, offset: leavesLength, length: leaf.byteLength, runLength: 0 });
      leafParts.push(leaf);
      leavesLength += leaf.byteLength;
    }
    const root = serializeDirectory(pointers, compress);
    if (HEADER_BYTES + root.byteLength <= ROOT_BUDGET) {
      return { root, leaves: concat(leafParts, leavesLength), leafCount: leafParts.length };
    }
  }
}

/**
 * A directory as the spec lays it out: the entry count, then the tile ids as deltas, the run
 * lengths, the lengths, and the offsets (0 where an entry follows the one before it directly,
 * else offset + 1), all as unsigned LEB128 varints, then compressed.
 */
export function serializeDirectory(entries: readonly Entry[], compress: (bytes: Uint8Array) => Uint8Array): Uint8Array {
  const out = new VarintWriter();
  out.write(entries.length);
  let lastId = 0;
  for (const e of entries) {
    out.write(e.tileId - lastId);
    lastId = e.tileId;
  }
  for (const e of entries) out.write(e.runLength);
  for (const e of entries) out.write(e.length);
  entries.forEach((e, i) => {
    const previous = entries[i - 1];
    out.write(previous && e.offset === previous.offset + previous.length ? 0 : e.offset + 1);
  });
  return compress(out.bytes());
}

/** Unsigned varints of numbers up to 2^53, with arithmetic rather than 32-bit bitwise operators. */
class VarintWriter {
  private buffer = new Uint8Array(1024);
  private length = 0;

  write(value: number): void {
    if (!Number.isSafeInteger(value) || value < 0) throw new Error(`cannot write ${value} as a varint`);
    if (this.length + 10 > this.buffer.byteLength) {
      const grown = new Uint8Array(this.buffer.byteLength * 2);
      grown.set(this.buffer);
      this.buffer = grown;
    }
    let v = value;
    while (v >= 0x80) {
      this.buffer[this.length++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.buffer[this.length++] = v;
  }

  bytes(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }
}

/** Tile contents already stored, found by a hash of their bytes and then compared byte by byte. */
class ContentIndex {
  private byHash = new Map<number, { data: Uint8Array; offset: number }[]>();

  find(data: Uint8Array): number | undefined {
    return this.byHash.get(fnv1a(data))?.find((s) => sameBytes(s.data, data))?.offset;
  }

  add(data: Uint8Array, offset: number): void {
    const hash = fnv1a(data);
    const list = this.byHash.get(hash);
    if (list) list.push({ data, offset });
    else this.byHash.set(hash, [{ data, offset }]);
  }
}

function fnv1a(data: Uint8Array): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < data.length; i++) hash = Math.imul(hash ^ data[i]!, 0x01000193);
  return hash >>> 0;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.byteLength; i++) if (a[i] !== b[i]) return false;
  return true;
}

function concat(parts: readonly Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}
