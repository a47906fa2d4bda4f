/**
 * An area a draft names beside a town is not a second place of the event. A province or a country
 * the town does not lie in is what the act at the town is about: "speaking in Quito, the president
 * declared a state of emergency in Manabí", "arrived in Juba and are being dispatched to Upper
 * Nile", "received Turkey's consul general in Erbil", "trucks waiting at Machipanda to cross into
 * Zimbabwe". An area named as a unit ("in Kudus regency, villagers in Undaan", "Mahama refugee camp
 * in Kirehe District") is the town's unit, which no index may hold (so demoteContaining in
 * event-place-roles.ts cannot see that it holds the town). Either way the event is at the town,
 * and the area stays a place the draft mentions.
 */
import type { DraftPlace } from './event-places.ts';
import { isLocating } from './event-place-roles.ts';

/** Units wider than a district: a region, a province, a country. */
const WIDE_UNITS: ReadonlySet<string> = new Set(['region', 'province', 'country']);
/** Places a point stands for: a building, a site, a village, a town, a city. */
const TOWNS: ReadonlySet<string> = new Set(['building', 'site', 'village', 'town', 'city']);
/**
 * "Kudus regency", "Zavkhan aimag", "Bicholim taluka": a name told as a unit of the country's own;
 * not the start of a named building ("the Koyra Upazila Health Complex" is a site in Koyra).
 */
const UNIT_AFTER =
  /^\s+(?:district|province|region|county|aimag|regency|taluka|tehsil|upazila|governorate|department|prefecture)\b/iu;
/** A capital after the unit word: the words go on as a name. */
const NAME_GOES_ON = /^\s+\p{Lu}/u;
/** "Kirehe District", "Morobe Province": a unit in the name no index holds. */
const UNIT_IN_NAME = /\s(?:District|Province|Region|County|Governorate|Department|Prefecture)$/u;
/** Enough text after a name for its unit word, and after that for the next word's first letter. */
const UNIT_REACH = 16;
const NAME_REACH = 2;

/** Between a town and the unit right after it that holds it: a few words at most ("soum", "refugee camp"), then "in". */
const IN_BETWEEN = /^(?:\s+[\p{L}'’-]+){0,3},?\s+in\s+(?:the\s+)?$/u;

const named = (p: DraftPlace) => isLocating(p) && !p.fallback;

function toldAsUnit(p: DraftPlace, text: string): boolean {
  const after = text.slice(p.mention.end, p.mention.end + UNIT_REACH + NAME_REACH);
  const unit = UNIT_AFTER.exec(after.slice(0, UNIT_REACH));
  return unit !== null && !NAME_GOES_ON.test(after.slice(unit[0].length));
}

/** Leaves the areas named beside a town of the draft only mentioned. */
export function areasBesideTown(places: DraftPlace[], text: string): void {
  const isArea = (p: DraftPlace) =>
    // A place no index holds takes its unit's kind ("unknown place: Buluganya, in Uganda"): only its name tells.
    (!p.unknown && WIDE_UNITS.has(p.unit ?? p.kind)) ||
    p.unit === 'district' ||
    UNIT_IN_NAME.test(p.name) ||
    toldAsUnit(p, text);
  const areas = places.filter((p) => named(p) && isArea(p));
  if (areas.length === 0) return;
  const towns = places.filter((p) => named(p) && !areas.includes(p) && (p.unknown !== undefined || TOWNS.has(p.kind)));
  for (const p of areas) {
    // A unit no index holds is the town's only where the text tells it so: named before the town
    // ("in Kudus regency, villagers in Undaan") or right after it ("Mahama camp in Kirehe District");
    // "officials in Kisumu began trucking water to households in Kelvoran district" go out to it.
    const holds = (t: DraftPlace) =>
      !p.unknown || p.mention.start < t.mention.start || IN_BETWEEN.test(text.slice(t.mention.end, p.mention.start));
    if (towns.some(holds)) p.role = 'mentioned';
  }
}
