/**
 * "near the town", "officers in the lakeside city", "in the centre of the south-western city":
 * a settlement the story named a little before, told again by its kind. A reader puts the event
 * there, not in the article's country.
 */
import type { PlaceMention } from './match-context.ts';
import type { Span } from './event-parts.ts';
import { isWhereTheHurtWereTaken } from './care-places.ts';
import { isLandformName } from './landmark-names.ts';

/**
 * "the town", "the lakeside city" (one describing word), "the city's", and "The town was last hit …"
 * opening a sentence: not "the town of Batken", not "the capital city".
 */
export const THE_TOWN =
  /\b[Tt]he\s+(?!(?:capital|old|inner|twin|new)\s)(?:\p{Ll}[\p{Ll}-]*\s+)?(?:town|city|village)\b(?!\s+(?:of|council|hall|centre|center)\b)/u;
/** How far back the settlement may have been named: about two sentences. */
const LOOK_BACK = 400;
const SETTLEMENT_KINDS: ReadonlySet<string> = new Set(['city', 'town', 'village']);

/**
 * The settlement `clause` tells again as "the town" or "the … city": the last one named (by
 * name, outside the dateline) before those words and at most {@link LOOK_BACK} characters back.
 * `mentions` are in text order.
 */
export function townBefore(text: string, clause: Span, mentions: readonly PlaceMention[]): PlaceMention | null {
  const m = THE_TOWN.exec(clause.text);
  if (!m) return null;
  const at = clause.start + m.index;
  const kind = /(town|city|village)$/u.exec(m[0])?.[1];
  let found: PlaceMention | null = null;
  for (const p of mentions) {
    if (p.end > at) break;
    // "the Rodna mountains" told no town (landmark-names.ts).
    if (p.form !== 'name' || !SETTLEMENT_KINDS.has(p.kind) || isWhereTheHurtWereTaken(text, p.start)) continue;
    if (isLandformName(text, p)) continue;
    // "the city" is a city; "the town" or "the village" may be any settlement the index has.
    if (kind === 'city' && p.kind !== 'city' && p.kind !== 'town') continue;
    found = p;
  }
  if (!found || at - found.end > LOOK_BACK) return null;
  // Nothing but the words between: "the town" right after a name is that name's apposition, handled there.
  return /^\s*,\s*$/u.test(text.slice(found.end, at)) ? null : found;
}

/**
 * ", a town west of ", ", a farming village 20 km north of ", ", a suburb outside ", ", a Tajik
 * exclave surrounded by ": what locates the place named before.
 */
const APPOSED_REFERENCE =
  /\p{Lu}[\p{L}'’-]*,\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,3}?(?:town|village|city|settlement|suburb|district|area|hamlet|port|exclave|enclave)\s+(?:(?:about|some|nearly|around)\s+)?(?:\d[\d,.]*\s*(?:km|kilometres|kilometers|miles)\s+)?(?:(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of)|(?:downstream|upstream)\s+(?:of|from)|near|outside|surrounded\s+by|bordering)\s+(?:the\s+)?$/u;

/**
 * "Datta Khel, a town west of Miranshah": the second place only tells where the first is, as a
 * reader's map does; the event is at the first.
 */
export function isApposedReference(text: string, m: { start: number; end: number }): boolean {
  const before = text.slice(Math.max(0, m.start - 90), m.start);
  // Each pattern below needs a comma ("Datta Khel, a town …"): V8 would try them from every character.
  if (!before.includes(',')) return false;
  if (APPOSED_IN.test(before) && UNIT_AFTER.test(text.slice(m.end, m.end + 16))) return true;
  if (APPOSED_BEARING.test(before)) return true;
  if (endsWithWordBefore(before, ['in']) && APPOSED_KIND_IN.test(before)) return true;
  if (!endsWithWordBefore(before, LOCATING_ENDS)) return false;
  return APPOSED_REFERENCE.test(before) || APPOSED_PART_OF.test(before);
}

/** The last words of both patterns above, before their white space and optional "the". */
const LOCATING_ENDS = ['of', 'near', 'outside', 'by', 'bordering'];

/**
 * Whether `before` ends with one of `words`, white space, and maybe "the" and white space: what a
 * pattern anchored at the end on those words needs. Asked in a few steps, where V8 tries such a
 * pattern from every character (`\s` and `trimEnd` read the same white space).
 */
export function endsWithWordBefore(before: string, words: readonly string[]): boolean {
  const trimmed = before.trimEnd();
  if (trimmed.length === before.length) return false;
  if (words.some((w) => trimmed.endsWith(w))) return true;
  if (!trimmed.endsWith('the')) return false;
  const rest = trimmed.slice(0, -'the'.length);
  const last = rest.trimEnd();
  return last.length < rest.length && words.some((w) => last.endsWith(w));
}

/**
 * "Chaman, in Pakistan's Balochistan province", "Malangwa, in neighbouring Sarlahi district": the
 * unit told beside a place says what holds it, as a reader's map does; the event is at the place.
 */
const APPOSED_IN =
  /\p{Lu}[\p{L}'’-]*,\s+in\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*['’]s\s+)?(?:(?:neighbouring|neighboring|nearby|northern|southern|eastern|western|central)\s+)?$/u;
const UNIT_AFTER = /^\s+(?:province|district|region|state|county|governorate|division)\b/u;

/**
 * "Nasia, a riverside town in the West Mamprusi area", "Duc Pho, one of the hardest-hit towns in
 * Quang Ngai": the kind of the place named before, then what holds it; the event is at the first.
 */
const APPOSED_KIND_IN =
  /\p{Lu}[\p{L}'’-]*,\s+(?:a|an|the|one\s+of\s+the)\s+(?:[\p{L}-]+\s+){0,3}?(?:towns?|villages?|cit(?:y|ies)|settlements?|suburbs?|hamlets?|ports?|municipalit(?:y|ies))\s+in\s+(?:the\s+)?$/u;

/**
 * ", on the coast south of ", ", about 40 kilometres southeast of central ", ", 30 miles from ",
 * ", downstream of ", ", across the border from ": a bearing, a distance or a side told beside a
 * place says where that place lies, as ", a town west of" does without naming the kind of place.
 */
const APPOSED_BEARING =
  /\p{Lu}[\p{L}'’-]*,\s+(?:(?:on|along)\s+the\s+(?:[\p{L}-]+\s+){0,2}?(?:coast|shore|border|road|highway|river|bank|edge)\s+)?(?:(?:about|some|nearly|around|roughly|just|only)\s+)?(?:(?:(?:\d[\d,.]*|[\p{Ll}-]+)\s*(?:km|kilometres|kilometers|miles)\s+)?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of|(?:\d[\d,.]*|[\p{Ll}-]+)\s*(?:km|kilometres|kilometers|miles)\s+from|(?:downstream|upstream)\s+(?:of|from)|across\s+the\s+(?:border|frontier|river|lake|strait|bay)\s+from)\s+(?:the\s+)?(?:(?:central|downtown|northern|southern|eastern|western)\s+)?$/u;

/** ", the commercial hub of the ", ", the main port of ": the place named before is a part of the next one. */
const APPOSED_PART_OF =
  /\p{Lu}[\p{L}'’-]*,\s+the\s+(?:[\p{L}-]+\s+){0,3}?(?:hub|capital|centre|center|seat|heart|gateway|port|town|city)\s+of\s+(?:the\s+)?$/u;
