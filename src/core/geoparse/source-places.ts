/**
 * Places that say where a source or an organisation sits, not where the event was.
 *
 * "The quake was centred near Përmet, according to the seismology institute in Tirana": the
 * source told after "according to" is somewhere else, and its seat is no place of the event.
 * Readouts are another matter ("according to readouts issued in Baku and Yerevan" tell a call's
 * two ends), as are the people of the place ("according to residents of Kalpi": they are there).
 *
 * "the river commission, whose secretariat is in Vientiane", "the regional president, whose
 * administration is based in Semera": a relative clause that tells where a body has its seat.
 *
 * @example
 * isSourcePlace('Ten homes fell, according to the institute in Tirana.', { start: 44 }) // true
 */

/** "according to the Institute of Geosciences in ", "according to the " before the place, its phrase unbroken. */
const ACCORDING_TO = /\baccording\s+to\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,6}?(?:(?:in|at|of)\s+(?:the\s+)?)?$/iu;
/** A verb in the source's phrase ("readouts issued in"), or the people of the place. */
const NOT_A_SEAT = /\b\p{Ll}+ed\s|\b(?:residents|villagers|people|witnesses|survivors|families)\b/u;
/** "whose secretariat is in ", "whose administration is based in ". */
const WHOSE_SEAT =
  /\bwhose\s+(?:\p{Ll}+\s+){1,3}(?:is|are|was|were)\s+(?:based\s+|headquartered\s+|located\s+|situated\s+)?(?:in|at)\s+(?:the\s+)?$/u;

/** Whether the place at `m` is a source's or an organisation's seat, by the words right before it. */
export function isSourcePlace(text: string, m: { start: number }): boolean {
  const before = text.slice(Math.max(0, m.start - 80), m.start);
  if (!/\b(?:according|whose)\b/iu.test(before)) return false;
  if (WHOSE_SEAT.test(before)) return true;
  const source = ACCORDING_TO.exec(before);
  return source !== null && !NOT_A_SEAT.test(source[0]);
}
