/**
 * Countries a text names as where people come from, not where its story happens: "carrying
 * people from Sudan, Eritrea, Bangladesh and Egypt", "a young man believed to be from Guinea".
 * A reader looks for the story's towns in the countries it happens in (Italy, Malta, Greece of a
 * rescue off Libya), so the town layer asks these countries' shards only after the others.
 *
 * @example
 * isOriginMention(text, mention) // true for "Eritrea" in "people from Sudan, Eritrea and Egypt"
 */
import type { PlaceMention } from './match-context.ts';

/** How far back the list of countries and the word before it may reach. */
const REACH = 120;
/** A list of names before the country: "Sudan, Eritrea, Bangladesh and " (possibly empty). */
const LIST = String.raw`(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}(?:,\s+|,?\s+(?:and|or)\s+))*`;
/** People, or being, said to be from a country: "migrants from", "believed to be from", "mostly from". */
const ORIGIN_BEFORE = new RegExp(
  String.raw`\b(?:people|persons|migrants|refugees|asylum[-\s]seekers|nationals|citizens|survivors|passengers|workers|men|women|children|boys|girls|families|victims|be|been|are|were|was|is|came|come|comes|hail(?:s|ed|ing)?|mostly|mainly|largely|originally)\s+from\s+${LIST}$`,
  'u',
);

/** Whether `m`, a country, is named as where people come from. */
export function isOriginMention(text: string, m: PlaceMention): boolean {
  return m.kind === 'country' && ORIGIN_BEFORE.test(text.slice(Math.max(0, m.start - REACH), m.start));
}
