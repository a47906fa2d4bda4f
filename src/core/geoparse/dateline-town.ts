/**
 * "ANAKAPALLI, India — A reactor exploded …", "SUNGAI KOLOK, Thailand — A bomb tore through a
 * night market in this border town": a dateline names the town the story was filed from, and its
 * country after the comma, whether an index holds the town or not. A town no index holds is the
 * story's town all the same, drawn as its country (an unknown place, named as a reader writes it:
 * "Anakapalli", not "ANAKAPALLI"), so the lede's event and a later "the town" are put there.
 *
 * @example
 * unknownStoryTown('ANAKAPALLI, India — A blast …', mentions, { start: 0, end: 21 }, context)
 * // { name: 'Anakapalli', placeId: null, unknown: { withinName: 'India', … }, … }
 */
import type { PlaceMention } from './match-context.ts';
import { unknownDraftPlace, type DraftPlace, type PlaceContext } from './event-places.ts';

/** The dateline's first words in capitals, then a comma: the town's name as the wire writes it. */
const TOWN_IN_CAPITALS = /^\s*(\p{Lu}[\p{Lu}'’-]+(?:\s+\p{Lu}[\p{Lu}'’-]+){0,2}),\s*/u;

/** "SUNGAI KOLOK" → "Sungai Kolok", "N'DJAMENA" → "N'djamena". */
const titleCase = (s: string) =>
  s
    .toLowerCase()
    .split(/(\s+|-)/u)
    .map((w) => (w.length > 0 ? (w[0]?.toUpperCase() ?? '') + w.slice(1) : w))
    .join('');

/**
 * The town of a dateline that names a town no index holds before a country the text's places
 * give ("ANAKAPALLI, India —"); null when the dateline has no such name, or its first name is a
 * known place (storyTown in event-places.ts reads those).
 */
export function unknownStoryTown(
  text: string,
  mentions: readonly PlaceMention[],
  dateline: { start: number; end: number },
  context: PlaceContext,
): DraftPlace | null {
  if (dateline.end <= dateline.start) return null;
  const found = TOWN_IN_CAPITALS.exec(text.slice(dateline.start, dateline.end));
  const written = found?.[1];
  if (!found || !written) return null;
  const start = dateline.start + found[0].indexOf(written);
  const end = start + written.length;
  if (mentions.some((m) => m.start < end && start < m.end)) return null;
  const afterComma = dateline.start + found[0].length;
  const country = mentions.find((m) => m.start === afterComma && m.kind === 'country' && m.end <= dateline.end);
  if (!country) return null;
  return unknownDraftPlace({ name: titleCase(written), start, end, within: country }, 'where', null, context);
}
