/**
 * What one import has already worked out for a text that recurs row after row (a date, a type, a
 * place name), so a million rows naming a few hundred days read each day once. Only for pure
 * look-ups: the value must depend on the text alone, and callers must not change it. At most
 * `limit` texts are kept, so a file of a million distinct texts costs no more memory than before.
 */
const DEFAULT_LIMIT = 20_000;

export class LookupCache<V> {
  readonly #values = new Map<string, V>();
  readonly #limit: number;

  constructor(limit = DEFAULT_LIMIT) {
    this.#limit = limit;
  }

  /**
   * @example
   * const types = new LookupCache<EventType | undefined>();
   * types.get('Drone strike', eventType) // 'strike', worked out once per import
   */
  get(text: string, work: (text: string) => V): V {
    const known = this.#values.get(text);
    if (known !== undefined || this.#values.has(text)) return known as V;
    const value = work(text);
    this.remember(text, value);
    return value;
  }

  /** The value kept for `text`, if any: for look-ups that are pure only in some cases. */
  known(text: string): V | undefined {
    return this.#values.get(text);
  }

  remember(text: string, value: V): void {
    if (this.#values.size < this.#limit) this.#values.set(text, value);
  }
}
