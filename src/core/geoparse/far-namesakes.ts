/**
 * A town whose name many places share, chosen hundreds of kilometres from every other place of a
 * story that itself keeps to one region, is the wrong namesake: "near Baikunthpur in Gopalganj
 * district" beside Siwan and Patna is a village of Bihar no index holds, not Baikunthpur in Madhya
 * Pradesh, 360 km away. Such a town is left for the unknown-place readings, which draw it as
 * the unit the text gives. A name only one town bears is kept however far (a story may well
 * reach across a country), and so is a story with no region: no two of its places near each other.
 *
 * @example
 * farNamesake(baikunthpurMp, [gopalganj, siwan, patna], 2) // true
 */
import { kmBetween } from './match-context.ts';

type Point = { lon: number; lat: number };

/** Farther than this from every other place of the text, a shared name is another place's. */
export const FAR_NAMESAKE_KM = 300;
/** Two places of the text this near each other make a region for the story. */
const REGION_KM = 150;

/** Whether `town`, one of `namesakes` towns of its name, lies far from the region of the text's `others`. */
export function farNamesake(town: Point, others: readonly Point[], namesakes: number): boolean {
  if (namesakes < 2 || others.length < 2) return false;
  if (others.some((o) => kmBetween(o, town) <= FAR_NAMESAKE_KM)) return false;
  return others.some((a, i) => others.some((b, j) => j > i && kmBetween(a, b) < REGION_KM));
}
