/** Reading a PMTiles archive held in memory with npm `pmtiles` (the reference reader), for tests. */
import { PMTiles, type Source } from 'pmtiles';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';

/** A pmtiles Source over bytes, counting the range reads. */
export class BytesSource implements Source {
  reads = 0;
  constructor(private readonly bytes: Uint8Array) {}
  getKey = () => 'memory';
  getBytes = (offset: number, length: number) => {
    this.reads += 1;
    // A copy: a Node Buffer's slice shares (and its .buffer is) the whole pool.
    const slice = new Uint8Array(this.bytes.subarray(offset, offset + length));
    return Promise.resolve({ data: slice.buffer });
  };
}

export function readArchive(bytes: Uint8Array): PMTiles {
  return new PMTiles(new BytesSource(bytes));
}

/** An MVT tile (pmtiles has unzipped it) as @mapbox/vector-tile reads it. */
export function decodeTile(data: ArrayBuffer): VectorTile {
  return new VectorTile(new PbfReader(new Uint8Array(data)));
}
