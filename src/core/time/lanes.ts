/**
 * Packs spans into as few lanes as possible so none overlap in a lane (greedy interval
 * partitioning, optimal for intervals sorted by start). The timeline draws month- and
 * range-precision events as bars in these lanes instead of piling them on one line.
 */
export interface LaneSpan {
  first: number;
  last: number;
}

/**
 * The lane of each span (same order as the input). Spans beyond `maxLanes` share the last lane.
 *
 * @example assignLanes([{ first: 0, last: 5 }, { first: 3, last: 8 }, { first: 6, last: 9 }]) // [0, 1, 0]
 */
export function assignLanes(spans: readonly LaneSpan[], maxLanes = Infinity): number[] {
  const order = spans
    .map((_, i) => i)
    .sort((a, b) => spans[a]!.first - spans[b]!.first || spans[a]!.last - spans[b]!.last);
  const laneEnds: number[] = [];
  const lanes = new Array<number>(spans.length).fill(0);
  for (const i of order) {
    const span = spans[i]!;
    let lane = laneEnds.findIndex((end) => end < span.first);
    if (lane === -1) {
      lane = laneEnds.length < maxLanes ? laneEnds.length : maxLanes - 1;
      if (lane === laneEnds.length) laneEnds.push(span.last);
    }
    laneEnds[lane] = Math.max(laneEnds[lane] ?? -Infinity, span.last);
    lanes[i] = lane;
  }
  return lanes;
}
