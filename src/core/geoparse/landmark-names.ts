/**
 * Names that stand for a landform or a landmark, not for the place of the same name.
 *
 * "at the foot of the Kaçkar mountains", "smoke filled the upper Lachen valley", "the Tarn hills":
 * a name before "valley", "mountains", "hills" or "range" in lower case names the land around, an
 * area no event is pinned to, and not the town the valley or the range is called after. A district
 * of the valley's name may still be meant ("the Swat valley" is Swat's), so only a settlement's or
 * an unknown name is read so.
 *
 * "In Tirana, the river rose under the Tabakëve bridge", "the mayor of Quito spoke at the
 * Carondelet palace": an unknown name before "bridge" or "palace", in a sentence that has named the
 * town before it, is that town's landmark (the event is in the town), not a village of its own. A
 * bridge in a sentence that names no town may well be named after the village it serves ("the old
 * Hassanabad bridge collapsed"), and stays a place. "The Gulf of Aden" is a sea, not Aden.
 *
 * @example
 * isLandformName('snow closed the Rila mountains', { end: 21 }) // true
 */
import type { Span } from './event-parts.ts';
import type { PlaceMention } from './match-context.ts';

const LANDFORM_AFTER = /^\s+(?:valley|valleys|mountains|hills|range)\b/u;
const LANDMARK_AFTER = /^\s+(?:bridge|palace)\b/u;
const SETTLEMENTS: ReadonlySet<string> = new Set(['city', 'town', 'village']);

/** Whether the name ending at `m.end` is a valley's or a range's ("the Rila mountains"). */
export const isLandformName = (text: string, m: { end: number }): boolean =>
  LANDFORM_AFTER.test(text.slice(m.end, m.end + 14));

/** "the Gulf of Aden", "the Bay of Bengal": a sea named after the place, not the place. */
const WATER_OF_BEFORE = /\b(?:Gulf|Bay|Strait|Straits|Sea)\s+of\s+(?:the\s+)?$/u;

/**
 * A known place told only as a landform's name: a settlement's namesake valley or range (not
 * the settlement), or a sea named after any place.
 */
export const namesLandform = (text: string, m: PlaceMention): boolean =>
  (SETTLEMENTS.has(m.kind) && isLandformName(text, m)) ||
  WATER_OF_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start));

/**
 * Whether the unknown name `u` (text offsets) of `sentence` is no place of its own: a landform's name, or a bridge's or a
 * palace's in a sentence that has named a settlement before it (`inSentence`, the known places).
 */
export function isLandmarkName(
  sentence: Span,
  u: { start: number; end: number },
  inSentence: readonly PlaceMention[],
): boolean {
  const after = sentence.text.slice(u.end - sentence.start, u.end - sentence.start + 14);
  if (LANDFORM_AFTER.test(after)) return true;
  if (!LANDMARK_AFTER.test(after)) return false;
  return inSentence.some((m) => m.form === 'name' && m.end <= u.start && SETTLEMENTS.has(m.kind));
}
