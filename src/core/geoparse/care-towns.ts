/**
 * Where a patient was admitted or died, read as a health bulletin is read:
 *
 * - "admitted to Rajshahi Medical College Hospital", "treated at the Natore Sadar Hospital": a
 *   hospital named after a town the text names as a place is in that town (a university or an
 *   institute so named speaks for itself: "according to the Tehran University centre") ({@link withInstitutionTowns}), though the matcher leaves a name before more capitalised
 *   words alone ("Kanye West");
 * - "died at Kasturba Hospital, Manipal": the town after a named institution and a comma is
 *   where the institution is, the preposition before the institution its own
 *   ({@link institutionPreposition});
 * - "a 62-year-old man from Hosanagar", "the boy from a village in Mohanpur upazila": where a
 *   person comes from is not where what befell them happened, when the event has a place of its
 *   own ({@link dropPersonOrigins}); with none, the home is the best the text gives.
 */
import type { PlaceMention } from './match-context.ts';
import type { DraftPlace } from './event-places.ts';
import { holdsAt, literalMatches } from './all-matches.ts';

/** The words that end an institution's name. */
const INSTITUTION = String.raw`(?:Hospital|Medical\s+College|Medical\s+Centre|Medical\s+Center|Clinic|University|College|Airport|Stadium|Prison|Jail)`;
/** A hospital's last words: a town's name before them names the hospital's town. */
const HOSPITAL = String.raw`(?:Hospital|Medical\s+College|Medical\s+Centre|Medical\s+Center|Clinic)`;
/** After a town's name: up to three more capitalised words, then a hospital's word. */
const HOSPITAL_AFTER = new RegExp(String.raw`^(?:\s+\p{Lu}[\p{L}'’-]*){0,3}?\s+${HOSPITAL}\b`, 'u');
/** No letter, apostrophe or hyphen right before a place, and white space then a capital after it (sticky: read there only). */
const NO_WORD_BEFORE = /(?<![\p{L}'’-])/uy;
const CAPITAL_AFTER = /(?=\s+\p{Lu})/uy;

/**
 * `mentions` and the towns the text names again as the first word of a hospital's name
 * ("Rajshahi Medical College Hospital" in a text that names Rajshahi as a place).
 */
export function withInstitutionTowns(text: string, mentions: readonly PlaceMention[]): PlaceMention[] {
  if (!/Hospital|Clinic|Medical/u.test(text)) return [...mentions];
  const towns = new Map<string, PlaceMention>();
  for (const m of mentions) {
    if (m.form === 'name' && (m.kind === 'town' || m.kind === 'city') && !m.text.includes(' ')) towns.set(m.text, m);
  }
  const added: PlaceMention[] = [];
  for (const [written, m] of towns) {
    for (const start of literalMatches(
      text,
      written,
      (s, e) => holdsAt(NO_WORD_BEFORE, text, s) && holdsAt(CAPITAL_AFTER, text, e),
    )) {
      const end = start + written.length;
      if (mentions.some((o) => o.start < end && start < o.end)) continue;
      if (!HOSPITAL_AFTER.test(text.slice(end, end + 60))) continue;
      added.push({ ...m, start, end, text: written });
    }
  }
  return added.length === 0 ? [...mentions] : [...mentions, ...added].sort((a, b) => a.start - b.start);
}

/** "at Kasturba Hospital, " right before a town: the preposition, the institution's name, a comma. */
const AT_INSTITUTION = new RegExp(
  String.raw`\b(at|in|to|into|outside)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,4}${INSTITUTION},\s+$`,
  'u',
);

/** The preposition before a named institution whose town `m` is, told after a comma; else undefined. */
export function institutionPreposition(text: string, m: { start: number }): string | undefined {
  const before = text.slice(Math.max(0, m.start - 90), m.start);
  if (!before.endsWith(', ')) return undefined;
  return AT_INSTITUTION.exec(before)?.[1];
}

/** "a 62-year-old man from ", "the boy from a village in ": a person, then where they come from. */
const PERSON_FROM =
  /\b(?:\d+-year-old|(?:wo)?man|men|boy|girl|child|children|baby|infant|patient|farmer|herder|fisherman|fishermen|labourer|worker|student|teacher|driver|trader|resident|villager|pilgrim|traveller)s?\s+from\s+(?:(?:a|the)\s+(?:village|hamlet|town|settlement)\s+(?:in|near|of)\s+)?(?:the\s+)?$/iu;

const locating = (p: DraftPlace) => p.role === 'where' || p.role === 'to' || p.role === 'target';

/** Whether the place at `m` is where a person named just before comes from. */
export const isPersonOrigin = (text: string, m: { start: number }) =>
  PERSON_FROM.test(text.slice(Math.max(0, m.start - 60), m.start));

/**
 * The places of one event with a person's home made only mentioned, when another place of the
 * event, not a home, locates it (see the file's comment).
 */
export function dropPersonOrigins(text: string, drafted: DraftPlace[]): void {
  const homes = drafted.filter((p) => locating(p) && isPersonOrigin(text, p.mention));
  if (homes.length === 0 || !drafted.some((p) => locating(p) && !homes.includes(p) && !p.fallback)) return;
  for (const p of homes) p.role = 'mentioned';
}
