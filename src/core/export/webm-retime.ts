/**
 * Gives every frame of a WebM its place on a steady clock: frame k at k / fps seconds.
 *
 * Why: MediaRecorder stamps each frame with the wall-clock time it arrived, so a recording whose
 * frames took uneven times to draw plays unevenly. The recorder (video-recorder.ts) hands frames
 * over one by one; this rewrites the timecodes afterwards, in the file's own structure (EBML, see
 * the Matroska specification, RFC 9559): the cluster timecodes, each block's offset in its cluster,
 * block durations and the segment's duration. The seek index (SeekHead, Cues) pointed at the old
 * byte positions and times, so it is left out; players find the clusters by reading the file.
 */

const EBML_MAGIC = 0x1a45dfa3;
const ID = {
  segment: 0x18538067,
  seekHead: 0x114d9b74,
  void: 0xec,
  info: 0x1549a966,
  timecodeScale: 0x2ad7b1,
  duration: 0x4489,
  cluster: 0x1f43b675,
  timecode: 0xe7,
  simpleBlock: 0xa3,
  blockGroup: 0xa0,
  block: 0xa1,
  blockDuration: 0x9b,
  cues: 0x1c53bb6b,
} as const;
/** Matroska's default: timecodes in milliseconds. */
const DEFAULT_TIMECODE_SCALE_NS = 1_000_000;
const NS_PER_SECOND = 1e9;
const INT16_MAX = 32767;

interface Element {
  id: number;
  /** Where the element's id starts. */
  head: number;
  /** Start of the element's data, and its end (exclusive) in the buffer. */
  start: number;
  end: number;
}

/** The result of {@link retimeWebm}: the file, and how many frames it holds. */
export interface Retimed {
  bytes: Uint8Array;
  frames: number;
  /** Duration in seconds (`frames / fps`). */
  seconds: number;
}

/**
 * Rewrites the timecodes of a one-track WebM so that frame k starts at k / fps seconds, keeping
 * at most `limit` frames (the recorder sends a few spare frames at the end, so that the encoder
 * has surely taken the last real one). Throws with the byte offset when the file is not a WebM it
 * can read.
 */
export function retimeWebm(input: Uint8Array, fps: number, limit = Number.POSITIVE_INFINITY): Retimed {
  if (!Number.isFinite(fps) || fps <= 0) throw new RangeError(`a frame rate must be above 0, got ${fps}`);
  if (readUint(input, { id: 0, head: 0, start: 0, end: Math.min(4, input.length) }) !== EBML_MAGIC) {
    throw new Error('not a WebM file: it does not start with an EBML header');
  }
  const top = children(input, 0, input.length);
  const header = top[0];
  const segment = top.find((e) => e.id === ID.segment);
  if (!header || header.id !== EBML_MAGIC || !segment) throw new Error('not a WebM file: no EBML header or segment');
  const parts = children(input, segment.start, segment.end);
  const info = parts.find((e) => e.id === ID.info);
  if (!info) throw new Error('not a WebM file: the segment has no Info');
  const scaleElement = children(input, info.start, info.end).find((e) => e.id === ID.timecodeScale);
  const scale = scaleElement ? readUint(input, scaleElement) : DEFAULT_TIMECODE_SCALE_NS;
  const unitsPerFrame = NS_PER_SECOND / fps / scale;

  let frame = 0;
  const body: Uint8Array[] = [];
  for (const part of parts) {
    if (part.id === ID.seekHead || part.id === ID.cues || part.id === ID.void) continue;
    if (part.id === ID.cluster) {
      if (frame >= limit) continue;
      const first = frame;
      const clusterTime = Math.round(first * unitsPerFrame);
      const inner: Uint8Array[] = [element(ID.timecode, uint(clusterTime))];
      for (const child of children(input, part.start, part.end)) {
        if (child.id === ID.timecode) continue;
        if ((child.id === ID.simpleBlock || child.id === ID.blockGroup) && frame >= limit) continue;
        if (child.id === ID.simpleBlock) {
          inner.push(element(ID.simpleBlock, block(input, child, Math.round(frame++ * unitsPerFrame) - clusterTime)));
        } else if (child.id === ID.blockGroup) {
          const group: Uint8Array[] = [];
          for (const g of children(input, child.start, child.end)) {
            if (g.id === ID.block) {
              group.push(element(ID.block, block(input, g, Math.round(frame++ * unitsPerFrame) - clusterTime)));
            } else if (g.id === ID.blockDuration) {
              group.push(element(ID.blockDuration, uint(Math.round(unitsPerFrame))));
            } else group.push(input.subarray(g.head, g.end));
          }
          inner.push(element(ID.blockGroup, concat(group)));
        } else inner.push(input.subarray(child.head, child.end));
      }
      body.push(element(ID.cluster, concat(inner)));
    } else if (part.id === ID.info) {
      const kept = children(input, info.start, info.end)
        .filter((e) => e.id !== ID.duration)
        .map((e) => input.subarray(e.head, e.end));
      body.push(element(ID.info, concat([...kept, element(ID.duration, float64(0))])));
    } else body.push(input.subarray(part.head, part.end));
  }
  // The duration is known only now: patch it into the Info written above (its size is fixed).
  const infoIndex = body.findIndex((b) => readId(b, 0).value === ID.info);
  const infoBytes = body[infoIndex] as Uint8Array;
  new DataView(infoBytes.buffer, infoBytes.byteOffset).setFloat64(infoBytes.length - 8, frame * unitsPerFrame);
  const bytes = concat([input.subarray(0, header.end), element(ID.segment, concat(body))]);
  return { bytes, frames: frame, seconds: frame / fps };
}

/** A (Simple)Block's data with its 16-bit offset from the cluster's timecode replaced. */
function block(input: Uint8Array, e: Element, offset: number): Uint8Array {
  if (offset > INT16_MAX) {
    throw new Error(`a cluster at byte ${e.start} is longer than ${INT16_MAX} timecode units; cannot retime it`);
  }
  const copy = input.slice(e.start, e.end);
  const track = readVint(copy, 0);
  new DataView(copy.buffer).setInt16(track.length, offset);
  return copy;
}

// ---------------------------------------------------------------- EBML reading

function children(input: Uint8Array, from: number, to: number): Element[] {
  const out: Element[] = [];
  let at = from;
  while (at < to) {
    const id = readId(input, at);
    const size = readVint(input, at + id.length);
    const start = at + id.length + size.length;
    // Chrome may leave the segment's or a cluster's size unknown (all ones) while it streams.
    const end = size.unknown ? endOfUnknown(input, id.value, start, to) : start + size.value;
    if (end > input.length) throw new Error(`the element at byte ${at} runs past the end of the file`);
    out.push({ id: id.value, head: at, start, end });
    at = end;
  }
  return out;
}

/** An element of unknown size ends where the next element of its own level (or a higher one) starts. */
function endOfUnknown(input: Uint8Array, id: number, start: number, to: number): number {
  if (id === ID.segment) return to;
  let at = start;
  while (at < to) {
    const next = readId(input, at);
    if (next.value === ID.cluster || next.value === ID.cues) return at;
    const size = readVint(input, at + next.length);
    at += next.length + size.length + size.value;
  }
  return to;
}

function readId(input: Uint8Array, at: number): { value: number; length: number } {
  const first = input[at];
  if (first === undefined || first === 0) throw new Error(`no element id at byte ${at}`);
  const length = Math.clz32(first) - 23;
  if (length > 4) throw new Error(`an element id at byte ${at} is longer than 4 bytes`);
  let value = 0;
  for (let i = 0; i < length; i++) value = value * 256 + (input[at + i] as number);
  return { value, length };
}

function readVint(input: Uint8Array, at: number): { value: number; length: number; unknown: boolean } {
  const first = input[at];
  if (first === undefined || first === 0) throw new Error(`no element size at byte ${at}`);
  const length = Math.clz32(first) - 23;
  let value = first & (0xff >> length);
  let allOnes = value === 0xff >> length;
  for (let i = 1; i < length; i++) {
    const b = input[at + i] as number;
    value = value * 256 + b;
    allOnes &&= b === 0xff;
  }
  return { value, length, unknown: allOnes };
}

function readUint(input: Uint8Array, e: Element): number {
  let value = 0;
  for (let i = e.start; i < e.end; i++) value = value * 256 + (input[i] as number);
  return value;
}

// ---------------------------------------------------------------- EBML writing

function element(id: number, data: Uint8Array): Uint8Array {
  const idBytes: number[] = [];
  for (let v = id; v > 0; v = Math.floor(v / 256)) idBytes.unshift(v % 256);
  return concat([Uint8Array.from(idBytes), size(data.length), data]);
}

/** An EBML size in 8 bytes: long enough for any file a browser records. */
function size(n: number): Uint8Array {
  const out = new Uint8Array(8);
  let v = n;
  for (let i = 7; i >= 1; i--) {
    out[i] = v % 256;
    v = Math.floor(v / 256);
  }
  out[0] = 0x01;
  return out;
}

function uint(n: number): Uint8Array {
  const bytes: number[] = [];
  for (let v = n; v > 0; v = Math.floor(v / 256)) bytes.unshift(v % 256);
  return Uint8Array.from(bytes.length ? bytes : [0]);
}

function float64(n: number): Uint8Array {
  const out = new Uint8Array(8);
  new DataView(out.buffer).setFloat64(0, n);
  return out;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
