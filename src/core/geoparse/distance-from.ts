/**
 * "landed about four kilometres from Adré", "a village 4 km from Lohian Khas": a distance from a
 * place measures where the thing was, near that place. The place is no origin, though "from"
 * stands before it; a careful reader draws the event there.
 */
import type { PlaceMention } from './find-places.ts';

const NUMBER = String.raw`(?:\d+(?:[.,]\d+)?|a\s+few|several|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|a\s+hundred)`;
const UNIT = String.raw`(?:km|kms|kilomet(?:re|er)s?|miles?|metres?|meters?)`;
/** The distance right before "from": "about 4 km (north-east) from (the town of)". */
const DISTANCE_FROM = new RegExp(
  String.raw`\b${NUMBER}[\s-]*${UNIT}\s+(?:\p{L}+(?:-\p{L}+)?\s+)?(?:away\s+)?from\s+(?:the\s+)?(?:(?:\p{L}+\s+)?(?:town|city|village|district|port)\s+of\s+)?$`,
  'iu',
);

/** True when `m` is the place a distance is measured from. */
export const isDistanceFrom = (text: string, m: Pick<PlaceMention, 'start'>): boolean =>
  DISTANCE_FROM.test(text.slice(Math.max(0, m.start - 80), m.start));
