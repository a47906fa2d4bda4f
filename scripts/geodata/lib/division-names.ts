/**
 * How the world index names GeoNames' first-level divisions, and which it leaves out.
 *
 * GeoNames writes many with their unit ("Vichada Department", "Kitui County", "Region of
 * Magallanes"); articles write "Vichada", "Kitui", "Magallanes", and put the unit in lower case
 * after the name when they write it at all ("the Puno region"), which the geoparser reads around
 * the name. Some names say nothing on their own: "Central Province" is a division of five
 * countries, "Red Sea" a sea before it is a state of Sudan or a governorate of Egypt, "Niger" a
 * country before a state of Nigeria. Those are left out: a text that names them names its
 * country too, and the town layer then finds its towns.
 */
import { normalise } from '../../../src/core/geoparse/world-towns.ts';

/** The words GeoNames puts after a division's name ("Vichada Department") or before it ("Region of Magallanes"). */
const UNIT_WORDS = 'Province|County|Region|Department|District|Oblast|State|Governorate|Municipality|Parish|Division|Krai|Republic';
const UNIT_AFTER = new RegExp(`\\s+(?:${UNIT_WORDS})$`, 'u');
// "Mexico City" is no unit of Mexico, nor "District of Columbia" one of Columbia: "City of Francistown" is.
// "Opština Nikšić": Montenegro's municipalities in Serbian.
const UNIT_BEFORE = new RegExp(`^(?:(?:${UNIT_WORDS.replace('District|', '')}|City)\\s+of|Opština|Općina|Obshtina)\\s+`, 'u');
/** Words that are no name alone: "Free State", "Capital Region", "Western District" keep their unit word. */
const NO_NAME_ALONE = new Set([
  'free', 'capital', 'federal', 'central', 'centre', 'north', 'south', 'east', 'west', 'northern', 'southern',
  'eastern', 'western', 'upper', 'lower', 'middle', 'national', 'metropolitan', 'greater', 'autonomous', 'special',
  'north east', 'north west', 'south east', 'south west', 'northeastern', 'northwestern', 'southeastern',
  'southwestern', 'far north', 'far west', 'islands', 'coast', 'urban', 'rural', 'mountain', 'lake', 'lakes',
]);

/**
 * The world index's name of a division: GeoNames' name without its unit word, as articles write
 * it: "Maidan Wardak Province" → "Maidan Wardak", "Vichada Department" → "Vichada", "Region of
 * Magallanes" → "Magallanes", "Ho Chi Minh City (HCMC)" → "Ho Chi Minh City". A name that would be a
 * bare common word keeps its unit ("Free State", "Western District"); "District of Columbia" too.
 */
export function divisionName(name: string): string {
  const plain = name.replace(/\s*\([^)]*\)$/u, '');
  const short = plain.replace(UNIT_AFTER, '').replace(UNIT_BEFORE, '');
  return short.length === 0 || NO_NAME_ALONE.has(short.toLowerCase()) ? plain : short;
}

/** Words of a name that tell no division from another: "North West", "Central Region", "Upper East". */
const GENERIC_WORDS = new Set([
  ...[...NO_NAME_ALONE].flatMap((w) => w.split(' ')),
  'center', 'region', 'province', 'district', 'state', 'territory', 'division', 'side', 'end', 'island',
  'northeast', 'northwest', 'southeast', 'southwest', 'city', 'area', 'bay', 'hill', 'point', 'river', 'harbour',
  'long', 'grand', 'port', 'black', 'red', 'sea', 'cat', 'capital',
  // The same in French, Spanish and Portuguese: "Nord" (Haiti, Burkina Faso), "Distrito Federal".
  'nord', 'sud', 'est', 'ouest', 'centro', 'norte', 'sur', 'distrito',
]);

/** Divisions whose name the news uses for another place: "Gaza" (Mozambique) is the Gaza Strip. */
const OTHER_PLACES_NAMES = new Set(['gaza']);

/**
 * Whether the index leaves a division out (see the file's comment): named only by common words
 * ("Western Province", "North West", "Long Island"), after a sea ("Red Sea", "Southern Red Sea"),
 * as a country is (`countries`: normalised names of countries, "niger", "mexico"), or as a better
 * known place elsewhere ("Gaza").
 */
export function unclearDivision(name: string, countries: ReadonlySet<string>): boolean {
  const words = normalise(name).split(' ');
  const whole = words.join(' ');
  return words.every((w) => GENERIC_WORDS.has(w)) || words.at(-1) === 'sea' || countries.has(whole) || OTHER_PLACES_NAMES.has(whole);
}
