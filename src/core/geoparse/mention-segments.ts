/**
 * A text cut into plain runs and mentions, so a view can highlight the places the geoparser
 * found by rendering each run as a text node: no HTML is ever built from the text.
 */

/** Anything with JavaScript string offsets into the text (a PlaceMention). */
export interface Span {
  start: number;
  end: number;
}

export type Segment<M extends Span> = { text: string; mention: null } | { text: string; mention: M };

/**
 * The whole text as consecutive segments; joined, their `text` is the input again. Mentions are
 * taken in order of `start`; one that is empty, out of range or overlaps an earlier one is left
 * as plain text rather than breaking the rest.
 *
 * @example
 * mentionSegments('in Lahore today', [{ start: 3, end: 9 }])
 * // [{ text: 'in ', mention: null }, { text: 'Lahore', mention: … }, { text: ' today', mention: null }]
 */
export function mentionSegments<M extends Span>(text: string, mentions: readonly M[]): Segment<M>[] {
  const segments: Segment<M>[] = [];
  let at = 0;
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const m of sorted) {
    if (!Number.isInteger(m.start) || !Number.isInteger(m.end)) continue;
    if (m.start < at || m.end <= m.start || m.end > text.length) continue;
    if (m.start > at) segments.push({ text: text.slice(at, m.start), mention: null });
    segments.push({ text: text.slice(m.start, m.end), mention: m });
    at = m.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), mention: null });
  return segments;
}
