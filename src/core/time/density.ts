/**
 * How many events fall in each stretch of the time slider, for the density strip drawn along it.
 */
import type { EpochSpan } from './event-times.ts';
import type { EventIndex } from '../dataset/select-events.ts';

/**
 * Event counts in `binCount` equal bins across `extent` (inclusive days). An event spreads its
 * weight of 1 over the bins it covers in proportion to the time it spends in each, so a
 * month-precision or multi-day event shows as a low wide band rather than a false spike on its
 * first day. The part of an event outside `extent` is off the slider and not counted.
 *
 * @example densityBins(index, { first: 15034, last: 15064 }, 31) // one bin per day of March 2011
 */
export function densityBins(index: EventIndex, extent: EpochSpan, binCount: number): number[] {
  checkBins(extent, binCount);
  const bins = new Array<number>(binCount).fill(0);
  const start = extent.first;
  const end = extent.last + 1;
  const binDays = (end - start) / binCount;
  // The last edge is exact, so float rounding cannot shave weight off the last bin.
  const edge = (bin: number) => (bin === binCount ? end : start + bin * binDays);
  for (const { first, last } of index.entries) {
    const from = Math.max(first, start);
    const to = Math.min(last + 1, end);
    if (to <= from) continue;
    const weightPerDay = 1 / (last + 1 - first);
    const firstBin = Math.floor((from - start) / binDays);
    const lastBin = Math.min(binCount - 1, Math.ceil((to - start) / binDays) - 1);
    for (let bin = firstBin; bin <= lastBin; bin++) {
      const overlap = Math.min(to, edge(bin + 1)) - Math.max(from, edge(bin));
      if (overlap > 0) bins[bin] = (bins[bin] as number) + overlap * weightPerDay;
    }
  }
  return bins;
}

function checkBins(extent: EpochSpan, binCount: number): void {
  if (!Number.isInteger(binCount) || binCount < 1) {
    throw new RangeError(`binCount must be a positive whole number, got ${binCount}`);
  }
  if (!Number.isFinite(extent.first) || !Number.isFinite(extent.last) || extent.last < extent.first) {
    throw new RangeError(`extent needs finite days with first ≤ last, got ${extent.first}–${extent.last}`);
  }
}
