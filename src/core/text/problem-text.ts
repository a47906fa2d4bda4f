/**
 * The pieces every problem message is made of: the value found at a path of a parsed input, that
 * value shown short, and text cut to a length. A dataset, a tour and an imported file report their
 * problems in the same words, so a user who has read one message can read them all.
 */

/** A value shown in a message is cut here: a whole object or a 10,000-character cell would drown the reason. */
export const MAX_SHOWN_CHARS = 60;

/**
 * The value at `path` inside `root` (a zod issue's path into the input it was given), or
 * `undefined` when the path leads out of the input.
 *
 * @example valueAt({ events: [{ title: 'A' }] }, ['events', 0, 'title']) // 'A'
 */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let here: unknown = root;
  for (const segment of path) {
    if (here === null || typeof here !== 'object') return undefined;
    here = (here as Record<PropertyKey, unknown>)[segment];
  }
  return here;
}

/**
 * `text` cut to `max` characters, with "…" where it was cut. Counts characters as a reader
 * sees them (code points), so an emoji is never cut in half.
 *
 * @example shorten('a very long place name', 6) // 'a very…'
 */
export function shorten(text: string, max = MAX_SHOWN_CHARS): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
}

/**
 * A found value as JSON, short: `"Lahore"`, `[1,2]`, `nothing` when there is none.
 *
 * @example describeValue({ lon: 70 }) // '{"lon":70}'
 */
export function describeValue(value: unknown, max = MAX_SHOWN_CHARS): string {
  if (value === undefined) return 'nothing';
  const json = JSON.stringify(value);
  if (json === undefined) return String(value);
  return shorten(json, max);
}
