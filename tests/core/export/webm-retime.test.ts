import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { retimeWebm } from '../../../src/core/export/webm-retime.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`in/${name}`, import.meta.url)));

/**
 * A reader written for the test: the start time (ms) of every block, from the cluster timecodes
 * and the blocks' offsets, walking the EBML by hand (ids and sizes as RFC 9559 defines them).
 */
function blockTimes(bytes: Uint8Array): { times: number[]; duration: number | undefined } {
  const times: number[] = [];
  let duration: number | undefined;
  const vint = (at: number, keepMarker: boolean) => {
    const first = bytes[at] as number;
    const length = Math.clz32(first) - 23;
    let value = keepMarker ? first : first & (0xff >> length);
    for (let i = 1; i < length; i++) value = value * 256 + (bytes[at + i] as number);
    return { value, length };
  };
  const MASTERS = new Set([0x18538067, 0x1f43b675, 0xa0, 0x1549a966]);
  let cluster = 0;
  const walk = (from: number, to: number) => {
    let at = from;
    while (at < to) {
      const id = vint(at, true);
      const size = vint(at + id.length, false);
      const start = at + id.length + size.length;
      const end = start + size.value;
      if (MASTERS.has(id.value)) walk(start, end);
      else if (id.value === 0xe7) cluster = bytes.subarray(start, end).reduce((n, b) => n * 256 + b, 0);
      else if (id.value === 0xa3 || id.value === 0xa1) {
        const track = vint(start, false);
        times.push(cluster + new DataView(bytes.buffer, bytes.byteOffset).getInt16(start + track.length));
      } else if (id.value === 0x4489) duration = new DataView(bytes.buffer, bytes.byteOffset).getFloat64(start);
      at = end;
    }
  };
  walk(0, bytes.length);
  return { times, duration };
}

describe('retimeWebm', () => {
  test.each(['uneven-chrome.webm', 'uneven-ffmpeg.webm'])('%s: 12 frames at a steady 1/30 s', (name) => {
    const input = fixture(name);
    const before = blockTimes(input).times;
    expect(before).toHaveLength(12);
    // The fixtures are uneven: that is the point.
    const gaps = before.slice(1).map((t, i) => t - (before[i] as number));
    expect(Math.max(...gaps) - Math.min(...gaps)).toBeGreaterThan(20);

    const out = retimeWebm(input, 30);
    expect(out.frames).toBe(12);
    expect(out.seconds).toBeCloseTo(0.4, 9);
    const after = blockTimes(out.bytes);
    expect(after.times).toEqual(Array.from({ length: 12 }, (_, k) => Math.round((k * 1000) / 30)));
    expect(after.duration).toBeCloseTo(400, 6);
  });

  test('a limit keeps only the first frames', () => {
    const out = retimeWebm(fixture('uneven-chrome.webm'), 10, 9);
    expect(out.frames).toBe(9);
    expect(blockTimes(out.bytes).times).toEqual([0, 100, 200, 300, 400, 500, 600, 700, 800]);
  });

  test('the input is not changed', () => {
    const input = fixture('uneven-ffmpeg.webm');
    const copy = input.slice();
    retimeWebm(input, 30);
    expect(input).toEqual(copy);
  });

  test('what is not a WebM is refused with a reason', () => {
    expect(() => retimeWebm(new TextEncoder().encode('GIF89a……'), 30)).toThrow(/not a WebM file|no element/);
    expect(() => retimeWebm(fixture('uneven-chrome.webm'), 0)).toThrow('a frame rate must be above 0, got 0');
    // A file cut short names where it ends.
    expect(() => retimeWebm(fixture('uneven-chrome.webm').subarray(0, 300), 30)).toThrow(/byte \d+/);
  });
});
