/**
 * The maths of a virtual list of rows of one fixed height: which rows a scroll box shows, and
 * where to scroll so a row is in view. Only those rows are rendered, so a list of a million
 * events costs as much as a list of forty.
 */

/** A scroll box over `count` rows of `rowHeight` pixels. */
export interface RowViewport {
  scrollTop: number;
  viewportHeight: number;
  rowHeight: number;
  count: number;
}

/**
 * Rows `[start, end)` to render: those in view and `overscan` more on each side (so a quick
 * scroll or an arrow key does not meet an empty row).
 *
 * @example rowWindow({ scrollTop: 480, viewportHeight: 480, rowHeight: 48, count: 1000 }, 5) // { start: 5, end: 25 }
 */
export function rowWindow(view: RowViewport, overscan: number): { start: number; end: number } {
  const { scrollTop, viewportHeight, rowHeight, count } = view;
  if (count <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const last = Math.ceil((Math.max(0, scrollTop) + Math.max(0, viewportHeight)) / rowHeight);
  return { start: Math.max(0, Math.min(count, first - overscan)), end: Math.min(count, last + overscan) };
}

/**
 * The scroll position that brings row `row` fully into view with the least movement; the same
 * position when it is in view already.
 *
 * @example scrollToShow(30, { scrollTop: 0, viewportHeight: 480, rowHeight: 48, count: 100 }) // 1008
 */
export function scrollToShow(row: number, view: RowViewport): number {
  const { scrollTop, viewportHeight, rowHeight, count } = view;
  const r = Math.min(Math.max(0, row), Math.max(0, count - 1));
  const top = r * rowHeight;
  const bottom = top + rowHeight;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewportHeight) return Math.max(0, bottom - viewportHeight);
  return scrollTop;
}

/** The row a key moves to from `row` (`undefined`: not a key of the list). */
export function rowAfterKey(key: string, row: number, count: number, pageRows: number): number | undefined {
  if (count === 0) return undefined;
  const moves: Record<string, number> = {
    ArrowDown: row + 1,
    ArrowUp: row - 1,
    PageDown: row + Math.max(1, pageRows),
    PageUp: row - Math.max(1, pageRows),
    Home: 0,
    End: count - 1,
  };
  const next = moves[key];
  return next === undefined ? undefined : Math.min(count - 1, Math.max(0, next));
}
