/**
 * A place's name that is only the head or the tail of a longer Spanish or Portuguese name the
 * index does not hold: "San Juan de Nicaragua" is no San Juan of Costa Rica, "San José Las
 * Flores" no San José, "Oaxaca de Juárez" neither Oaxaca nor Juárez. A name going on with a
 * particle and a capitalised word ("de Nicaragua", "Las Flores"), or coming after one ("… de
 * Juárez"), is part of that longer name: the place the text names is the longer one, read as a
 * place no index holds (event-places.ts), never the shorter namesake.
 *
 * @example
 * partOfLongerName('near San Juan de Nicaragua, at', { start: 5, end: 13 }) // true
 */

/** " de Nicaragua", " del Sur", " de la Maguana", " Las Flores", " do Sul": the name goes on. */
const GOES_ON =
  /^ (?:(?:de|del|da|do|dos|das|di|du)(?: (?:la|las|los|le|les))? \p{Lu}\p{Ll}|(?:Las|Los|La|El|Les) \p{Lu}\p{Ll})/u;
/** "Oaxaca de ", "Santa Cruz de la ": a capitalised name and its particle right before. */
const CAME_BEFORE = /\p{Lu}\p{Ll}+ (?:de|del|da|do|dos|das|di|du)(?: (?:la|las|los|le|les))? $/u;

/**
 * Whether the match at `[m.start, m.end)` of `text` is only part of a longer name. A country's
 * name only as a longer name's tail ("San Juan de Nicaragua", "Banco de México"): "Mexico" and
 * "Peru" go on with no particle in English.
 */
export function partOfLongerName(text: string, m: { start: number; end: number }, country = false): boolean {
  if (CAME_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start))) return true;
  return !country && GOES_ON.test(text.slice(m.end, m.end + 24));
}
