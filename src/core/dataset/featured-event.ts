/**
 * Which of the events happening now the event card features when the user has picked none.
 */
import { eventSpan } from '../time/event-times.ts';
import type { TimeEvent } from './schema.ts';

/**
 * The most specific of the events happening now: the shortest span; among equals the best
 * documented (most claims, then most sources), then the latest.
 */
export function mostSpecific(events: readonly TimeEvent[]): TimeEvent | undefined {
  const rank = (e: TimeEvent) => {
    const { first, last } = eventSpan(e);
    return [-(last - first), e.claims.length, e.sources.length, first];
  };
  let best: { event: TimeEvent; rank: number[] } | undefined;
  for (const event of events) {
    const r = rank(event);
    if (!best || compareRanks(r, best.rank) > 0) best = { event, rank: r };
  }
  return best?.event;
}

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
