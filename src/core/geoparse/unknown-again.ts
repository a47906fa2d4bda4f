/**
 * A place no index holds, once the text has told what it is ("Kalehe, a lakeside town in South
 * Kivu"), is that place wherever the text names it again ("the governor visited Kalehe
 * yesterday") and where it tells it again by its kind ("the hillside above the town gave way"),
 * as a reader keeps it in mind. Without this, later events there fall back to the country.
 */
import type { Span } from './event-parts.ts';
import {
  draftPlace,
  findUnknownPlaces,
  unknownDraftPlace,
  type DraftPlace,
  type PlaceContext,
  type UnknownPlace,
} from './event-places.ts';
import type { PlaceMention } from './match-context.ts';
import { THE_TOWN, townBefore } from './town-before.ts';
import { isWhereTheHurtWereTaken } from './care-places.ts';
import { holdsAt, literalMatches } from './all-matches.ts';
import { isLandmarkName } from './landmark-names.ts';

/** How far back "the town" may look for the place it tells again (as town-before.ts does). */
const LOOK_BACK = 400;
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;
const WHERE_BEFORE = /\b(?:in|at|near|outside|around|inside|into|visited|toured|reached)\s+$/u;
/** A name as a word of its own: no letter or hyphen on either side (sticky, asked at one place). */
const NO_WORD_BEFORE = /(?<![\p{L}-])/uy;
const NO_WORD_AFTER = /(?![\p{L}-])/uy;
const BOUNDARY = /\b/uy;
const UNIT_WORD_AFTER = /\s+(?:district|province|region|county)\b/uy;

/**
 * The unknown places of `sentence`: those findUnknownPlaces finds, and the names of `seen` (those
 * found in sentences before, in text order) named again where no known place is. Adds the found
 * ones to `seen`.
 */
function unknownsAgain(
  sentence: Span,
  mentions: readonly PlaceMention[],
  known: ReadonlySet<string>,
  seen: UnknownPlace[],
): UnknownPlace[] {
  // "the upper Iza valley", "in Larissa … under the Alcazar bridge": a landform's or a landmark's name (landmark-names.ts).
  const found = findUnknownPlaces(sentence, mentions, known).filter((u) => !isLandmarkName(sentence, u, mentions));
  const again: UnknownPlace[] = [];
  for (const s of seen) {
    if (!sentence.text.includes(s.name)) continue;
    const text = sentence.text;
    const alone = (a: number, b: number) => holdsAt(NO_WORD_BEFORE, text, a) && holdsAt(NO_WORD_AFTER, text, b);
    for (const index of literalMatches(text, s.name, alone)) {
      const at = { start: sentence.start + index, end: sentence.start + index + s.name.length };
      if ([...found, ...again, ...mentions].some((x) => overlaps(x, at))) continue;
      // "visited Kalehe", "in Kalehe": told as where something is, not "residents of Kalehe".
      if (!WHERE_BEFORE.test(text.slice(Math.max(0, index - 20), index))) continue;
      again.push({ name: s.name, ...at, within: s.within });
    }
  }
  for (const u of found) if (!seen.some((s) => s.name === u.name)) seen.push(u);
  return again.length === 0 ? [...found] : [...found, ...again].sort((a, b) => a.start - b.start);
}

/**
 * The settlement `clause` tells again as "the town", drafted where the event is: the later of
 * the known one town-before.ts finds and the last unknown place of `seen` named before it, at
 * most {@link LOOK_BACK} back (drawn as the unit it is in, or `country`).
 */
function townTold(
  text: string,
  clause: Span,
  mentions: readonly PlaceMention[],
  seen: readonly UnknownPlace[],
  country: DraftPlace | null,
  context: PlaceContext,
): DraftPlace | null {
  const town = lastTownTold(text, clause, mentions, seen);
  if (!town) return null;
  return 'placeId' in town ? draftPlace(town, 'where', context) : unknownDraftPlace(town, 'where', country, context);
}

function lastTownTold(
  text: string,
  clause: Span,
  mentions: readonly PlaceMention[],
  seen: readonly UnknownPlace[],
): PlaceMention | UnknownPlace | null {
  const known = townBefore(text, clause, mentions);
  const m = THE_TOWN.exec(clause.text);
  if (!m) return known;
  const at = clause.start + m.index;
  const unknown = seen
    .filter(
      (u) =>
        u.end <= at && at - u.end <= LOOK_BACK && !isWhereTheHurtWereTaken(text, u.start) && !isNamedUnit(text, u.name),
    )
    .at(-1);
  // "Kalehe, a lakeside town": the town right after its name is its apposition, not told again.
  if (!unknown || /^\s*,\s*$/u.test(text.slice(unknown.end, at))) return known;
  return known && known.end > unknown.end ? known : unknown;
}

/**
 * The two readings over one text, with the unknown places `unknowns` has found so far (call it
 * on the text's sentences in order): `unknowns(sentence, …)` and `town(clause)`.
 */
export function placesToldAgain(
  text: string,
  mentions: readonly PlaceMention[],
  country: DraftPlace | null,
  context: PlaceContext,
) {
  const seen: UnknownPlace[] = [];
  return {
    unknowns: (sentence: Span, inSentence: readonly PlaceMention[], known: ReadonlySet<string>) =>
      unknownsAgain(sentence, inSentence, known, seen),
    town: (clause: Span) => townTold(text, clause, mentions, seen, country, context),
  };
}

/** "Rautahat district" anywhere in the text: a unit, which "the town" never tells again. */
function isNamedUnit(text: string, name: string): boolean {
  const named = (a: number, b: number) => holdsAt(BOUNDARY, text, a) && holdsAt(UNIT_WORD_AFTER, text, b);
  return literalMatches(text, name, named).length > 0;
}
