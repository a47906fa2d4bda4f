/**
 * A live blog's entries ("21:40 — At least 18 people confirmed dead …") are each a story of their
 * own, told at the hour they head: a reader takes an entry's place from the entry itself, never
 * from the entry above it, which may be about another day or another disaster altogether ("This
 * is reminiscent of the … disaster near Balasore on 2 June 2023"). An event in a log that names
 * no place, with nothing placed before it in its entry and no event it is counted from, is put on
 * no map: it is left undated, as an undated mention, rather than put at the country or at the
 * place of another entry.
 */
import type { DayLog } from './day-headers.ts';
import { isLocating } from './event-place-roles.ts';
import type { Pending } from './pending-event.ts';

/** Entries are the blank-line separated paragraphs of a log's day sections. */
const ENTRY_BREAK = /\n[^\S\n]*\n/gu;

export function keepToEntries(
  pending: Pending[],
  anchorOf: ReadonlyMap<Pending, Pending>,
  log: DayLog,
  text: string,
): void {
  if (!pending.some((p) => log.logged(p.at))) return;
  const breaks = [...text.matchAll(ENTRY_BREAK)].map((m) => m.index);
  const entryOf = (at: number) => {
    let n = 0;
    while (n < breaks.length && (breaks[n] ?? 0) < at) n++;
    return n;
  };
  const placed = (p: Pending) => p.places.some((x) => isLocating(x) && !x.fallback);
  for (const [i, d] of pending.entries()) {
    if (d.span === null || !log.logged(d.at) || placed(d)) continue;
    const anchor = anchorOf.get(d);
    if (anchor && placed(anchor)) continue;
    const entry = entryOf(d.at);
    if (pending.slice(0, i).some((p) => placed(p) && p.span !== null && entryOf(p.at) === entry)) continue;
    d.span = null;
  }
}
