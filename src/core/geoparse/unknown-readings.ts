/**
 * More ways a text names a place no index holds, read as a careful reader does, and the guards
 * that keep a known place from being taken for the unit of one it is not about.
 *
 * - "seized in waters off Delft Island", "sank off Kund": at sea off a place is at that place.
 * - "the Dharmapasha upazila administration": a name before a unit word is that unit.
 * - "Cherrapunji in Meghalaya had recorded …": a name the text puts inside a province or country.
 * - "the Bahanaga Bazar disaster near Balasore": an event called after the place it happened.
 *
 * @example
 * moreUnknownPatterns(NAME) // [/…off NAME…/gu, …], appended to event-places.ts's patterns
 */
import type { PlaceMention } from './match-context.ts';
import type { Span } from './event-parts.ts';
import { DEMONYMS } from './lexicon.ts';
import { unknownObjectPatterns } from './unknown-objects.ts';
import { needing } from './needed-words.ts';
import { hazardObjectPattern, isHazardObject } from './hazard-objects.ts';

/** The words of an administrative unit a name may stand before ("Tahirpur upazila", "Assoungha department"). */
export const UNIT_WORDS = String.raw`(?:district|province|division|region|upazila|tehsil|taluka?|subdistrict|sub-district|municipality|county|department|governorate|prefecture|commune)`;

/** Where a name must stand: what a pattern below needs after its name. */
const NEEDS_REGION_AFTER = new WeakSet<RegExp>();
/** A pattern whose name must be what a hazard struck (hazard-objects.ts). */
const NEEDS_HAZARD = new WeakSet<RegExp>();

/** The patterns, over event-places.ts's NAME (one capture group: the name). */
export function moreUnknownPatterns(name: string): RegExp[] {
  // At sea, "off" a place is at it: "seized two trawlers in waters off Delft Island".
  // A sentence without "off" is not searched with it (needed-words.ts): few are at sea.
  const off = needing(
    ['off'],
    new RegExp(
      String.raw`\b(?:waters?|coast|sea|shore|anchored|sank|capsized|centred|centered|seized|intercepted|arrested|sighted|spotted|fishing|sailing|patrolling|moored|drowned|ran\s+aground)\s+off\s+${name}(?=\s+\p{Ll}|[,.;])`,
      'gu',
    ),
  );
  // "the Dharmapasha upazila administration opened shelters": the unit the name is, however the phrase goes on
  // ("department" is not read so: "the Revenue department").
  const unit = new RegExp(
    String.raw`\b[Tt]he\s+${name}\s+(?:upazila|tehsil|taluka?|subdistrict|municipality|county)\b`,
    'gu',
  );
  // ", Cherrapunji in Meghalaya had recorded": a name opening a clause after a comma or a conjunction (a
  // sentence's first word may be any noun: "Flooding in Sindh"), inside a province or country.
  const inRegion = new RegExp(
    String.raw`(?:,\s+|\b(?:and|while|as|when|whereas|but)\s+)${name}\s+in\s+(?:the\s+)?(?=\p{Lu})`,
    'gu',
  );
  NEEDS_REGION_AFTER.add(inRegion);
  // "the Bahanaga Bazar disaster near Balasore": an event named after where it happened.
  const named = new RegExp(
    String.raw`\b[Tt]he\s+${name}\s+(?:disaster|tragedy|crash|collision|derailment|accident|massacre|bombing|blast|attack|quake|earthquake|landslide|stampede|explosion|fire|floods?)\s+(?:near|in|at|outside|off)\s+(?=\p{Lu})`,
    'gu',
  );
  // "was breached close to Lohian Khas", "40 nautical miles off Addu City": near a place, told by its distance.
  const closeTo = new RegExp(
    String.raw`\b(?:close\s+to|(?:miles|kilometres|kilometers|km)\s+off)\s+${name}(?=\s+\p{Ll}|[,.;])`,
    'gu',
  );
  // "the old Hassanabad bridge collapsed", "the gates at the Harike headworks", "before the Mallakam magistrate's
  // court", "the Dilucu border gate", "the Alican crossing": a work, a crossing or a court named after its place.
  const work = new RegExp(
    String.raw`(?<!\b(?:to|from|towards)\s)\b[Tt]he\s+(?:(?:old|new|main)\s+)?${name}\s+(?:dam|bridge|barrage|headworks|weir|embankment|bundh?|(?:border\s+)?(?:gate|crossing|post|checkpoint)|(?:magistrate['’]?s|magistrates|sessions)\s+court)\b`,
    'gu',
  );
  // "landed at the Pokut plateau", "the Diezmero substation", "flooding the Kibenga neighbourhood", "the busy
  // Ruhwa crossing": a part of the land, a quarter or a site called by its own name, a place on the map.
  const part = new RegExp(
    String.raw`\b[Tt]he(?<!\b(?:to|from|towards)\s[Tt]he)\s+(?:[\p{Ll}-]+\s+)?${name}\s+(?:plateau|site|substation|causeway|land\s+port|neighbourhood|neighborhood|sub-county|subcounty|quarter|locality|crossing)\b`,
    'gu',
  );
  // "residents of Khalanga, the headquarters of Darchula district": a seat of the unit named after it.
  const seat = needing(
    ['headquarters', 'capital', 'seat'],
    new RegExp(
      String.raw`(?=\p{Lu})(?<=\b\p{Ll}+\s)${name}(?=,\s+the\s+(?:[\p{Ll}-]+\s+){0,2}(?:headquarters|capital|seat)\s+of\s+(?:the\s+)?\p{Lu})`,
      'gu',
    ),
  );
  // "Residents of Morlem said", "the people of Ighil were asleep": the people of a place live there (not "the
  // families of the victims", who are someone's).
  const people = needing(
    ['of'],
    new RegExp(
      String.raw`\b(?:[Rr]esidents|[Vv]illagers|[Ii]nhabitants|[Pp]eople|[Tt]ownspeople|[Ll]ocals)\s+of\s+${name}(?=\s+\p{Ll}|[,.;])`,
      'gu',
    ),
    ['esidents', 'illagers', 'nhabitants', 'eople', 'ocals'],
  );
  // "a hailstorm hit Kalabaydh, west of …": what a storm, a quake or a fire struck.
  const struck = hazardObjectPattern(name);
  NEEDS_HAZARD.add(struck);
  return [off, unit, inRegion, named, closeTo, work, part, seat, people, struck, ...unknownObjectPatterns(name)];
}

/** Region kinds a name may be told as lying in with a bare "in": not a town ("Rasiah in Jaffna" is a man). */
const REGION_KINDS: ReadonlySet<string> = new Set(['district', 'region', 'province', 'country']);
/** "Oxfam in Bangladesh said": an organisation speaking for its branch, not a place. */
const SAYS_AFTER = /^\s*(?:said|says|told|warned|urged|called|has\s+said|had\s+said|added)\b/u;
const DEMONYM_WORDS: ReadonlySet<string> = new Set(Object.values(DEMONYMS).flat());
/** One word ending as a plural or a common noun does ("Tamils", "Flooding", "Violence"): no town's name. */
const COMMON_ENDING = /(?:s|ing|tion|sion|ence|ance|ment|ity)$/u;

/**
 * Whether a match of `re` at `[start, end)` (its name) with the whole match ending at `matchEnd`
 * is a place: always, but for the pattern that reads a name "in" a region, which needs a known
 * province or country right after, not a people ("Tamils in Sri Lanka") nor a speaker.
 */
function unknownMatchHolds(
  re: RegExp,
  text: string,
  name: string,
  matchEnd: number,
  mentions: readonly PlaceMention[],
): boolean {
  if (!NEEDS_REGION_AFTER.has(re)) return true;
  if (DEMONYM_WORDS.has(name) || (!name.includes(' ') && COMMON_ENDING.test(name))) return false;
  const region = mentions.find((m) => m.start === matchEnd);
  return (
    region !== undefined && REGION_KINDS.has(region.kind) && !SAYS_AFTER.test(text.slice(region.end, region.end + 20))
  );
}

/**
 * Between an unknown name and a known place after it, words that end the phrase the name is in:
 * ", arresting 21 fishermen who had sailed from Rameswaram" tells where the men came from, not
 * where the unknown place lies ("Shawal, near the border in North Waziristan" does).
 */
const GAP_BREAK = /\b(?:who|which|whose|that|from|after|before|while|when|where)\b|,\s+\p{Ll}+ing\b/u;
export const unitGapBroken = (gap: string) => GAP_BREAK.test(gap);

/** ", in Assoungha department": right after an unknown place, the unit it lies in, not a second place. */
const IN_UNIT_BEFORE = /^,\s+in\s+(?:the\s+)?$/u;
const UNIT_AFTER = new RegExp(String.raw`^\s+${UNIT_WORDS}\b`, 'u');
function isUnitOfPlaceBefore(gapBefore: string, after: string): boolean {
  return IN_UNIT_BEFORE.test(gapBefore) && UNIT_AFTER.test(after);
}

/** "Lake Kivu", "the Piyain River", "Mount Kenya": a water body or a mountain, by its name's own word. */
const FEATURE_NAME = /^(?:Lake|River|Mount|Gulf|Bay)\s|\s(?:River|Lake|Sea|Strait|Canal|Bay|Gulf|Creek)$/u;
/** "across Lake Kivu", "down the Rakti River": a feature crossed or followed, the way there, not the event's place. */
const CROSSED_BEFORE = /\b(?:across|along|down|up|over|via|through|past|crossing|crossed|cross)\s+(?:the\s+)?$/u;
const isCrossedFeature = (name: string, before: string) => FEATURE_NAME.test(name) && CROSSED_BEFORE.test(before);

/**
 * "received at Nur Khan airbase by the minister", "treated at Lady Reading hospital": a name no index
 * holds before the word for a building is the building's own name, somewhere in a town, never a
 * town itself (a town's port, market or bridge is the town's: "the Harike headworks").
 */
const BUILDING_AFTER =
  /^\s+(?:air\s?base|airport|airfield|hospital|prison|jail|stadium|grounds|university|college|mosque|shrine|hotel|barracks|cantonment)\b/u;

/** "at Har ki Pauri", "near Lal ka Bagh": a Hindi genitive joins one longer name, whose first word is no place. */
const NAME_GOES_ON = /^\s+(?:ki|ka|ke)\s+\p{Lu}/u;

/**
 * Whether a name a pattern of `re` found in `sentence` at `[start, end)` is no place of its own:
 * a match that does not hold (see unknownMatchHolds), a feature crossed on the way, or the unit
 * ", in X department" of an unknown place of `found` right before it.
 */
export function isNoPlace(
  re: RegExp,
  sentence: Span,
  mentions: readonly PlaceMention[],
  found: readonly { start: number; end: number }[],
  at: { name: string; start: number; end: number; matchEnd: number },
): boolean {
  const local = (i: number) => i - sentence.start;
  if (NEEDS_HAZARD.has(re) && !isHazardObject(sentence.text, { start: local(at.start), end: local(at.end) }))
    return true;
  if (!unknownMatchHolds(re, sentence.text, at.name, at.matchEnd, mentions)) return true;
  if (isCrossedFeature(at.name, sentence.text.slice(Math.max(0, local(at.start) - 20), local(at.start)))) return true;
  const rest = sentence.text.slice(local(at.end));
  if (BUILDING_AFTER.test(rest) || NAME_GOES_ON.test(rest)) return true;
  return found.some(
    (u) => u.end < at.start && isUnitOfPlaceBefore(sentence.text.slice(local(u.end), local(at.start)), rest),
  );
}

/** " in ": right after an unknown place, the unit it lies in when a unit word follows ("Sultanpur Lodhi in Kapurthala district"). */
const IN_BEFORE = /^\s+in\s+(?:the\s+)?$/u;

/**
 * `found` (a sentence's unknown places) without those that are only the unit of another: "reached
 * Sultanpur Lodhi in Kapurthala district" names one place, in Kapurthala, however the patterns
 * found the two.
 */
export function withoutUnitsOfOthers<T extends { start: number; end: number }>(sentence: Span, found: T[]): T[] {
  const local = (i: number) => i - sentence.start;
  return found.filter(
    (u) =>
      !UNIT_AFTER.test(sentence.text.slice(local(u.end))) ||
      !found.some((o) => o.end < u.start && IN_BEFORE.test(sentence.text.slice(local(o.end), local(u.start)))),
  );
}
