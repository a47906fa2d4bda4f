/**
 * Words that describe a named settlement without changing which place it is: "in neighbouring
 * Bannu", "through central Mardan", "in the remote village of …". A reader skips them to find
 * the preposition that says how the event stands to the place. Before an area they are kept:
 * "northern Iran" is a part of the country, not the country an event was in.
 *
 * @example
 * withoutPlaceAdjective('traders in neighbouring ', 'city') // 'traders in '
 */

/** "neighbouring", "central", "north-western", "downtown", "remote": one such word, or two ("remote northern"). */
const PLACE_ADJECTIVES =
  /(?:^|\s)(?:(?:neighbou?ring|nearby|central|downtown|remote|rural|restive|(?:north|south)(?:-?(?:east|west))?ern|eastern|western|coastal|mountainous|old|historic)\s+){1,2}$/u;
/** "near Puquio, in neighbouring Ayacucho": a place set off by a comma locates the one before it. */
const SET_OFF = /,\s+in\s+$/u;
const SETTLEMENTS: ReadonlySet<string> = new Set(['city', 'town', 'village']);

/** The text before a settlement with a describing word at its end taken off, keeping the space before the place. */
export function withoutPlaceAdjective(before: string, kind: string | undefined): string {
  if (kind === undefined || !SETTLEMENTS.has(kind)) return before;
  const m = PLACE_ADJECTIVES.exec(before);
  if (!m) return before;
  // Keep the whitespace the match began with, so "in " stays "in ".
  const cut = before.slice(0, m.index + (/^\s/u.test(m[0]) ? 1 : 0));
  return SET_OFF.test(cut) ? before : cut;
}
