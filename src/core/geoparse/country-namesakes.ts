/**
 * A name two countries share ("Congo": the Republic of the Congo, or the Democratic Republic of
 * the Congo, which most stories call Congo too). A reader takes the country the text's other
 * places lie in: Goma, Bukavu and South Kivu make "Congo" the DRC; Brazzaville and Pointe-Noire
 * the other. The text's own longer name ("the Democratic Republic of Congo") counts as one of
 * them.
 */
import type { Candidate, NamedEntry } from './match-context.ts';

/**
 * Of `entries`, all countries, the one whose code most of `anchors` (the text's places already
 * chosen, one per place) lie in; undefined when the entries are not all countries or no country
 * leads.
 */
export function countryOfTheText(
  entries: readonly NamedEntry[],
  anchors: readonly Candidate[],
): NamedEntry | undefined {
  if (entries.length < 2 || !entries.every((e) => e.candidate.kind === 'country' && e.candidate.country)) {
    return undefined;
  }
  const votes = (e: NamedEntry) => anchors.filter((a) => a.country === e.candidate.country).length;
  const ranked = [...entries].sort((a, b) => votes(b) - votes(a));
  const [first, second] = ranked;
  if (!first || !second || votes(first) === 0 || votes(first) === votes(second)) return undefined;
  return first;
}
