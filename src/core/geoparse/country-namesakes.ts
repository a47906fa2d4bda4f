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

/** Where the sentence around a mention starts and ends, roughly (". " or a line break). */
function sentenceAround(text: string, start: number, end: number): { start: number; end: number } {
  const before = Math.max(text.lastIndexOf('. ', start), text.lastIndexOf('\n', start));
  const stops = [text.indexOf('. ', end), text.indexOf('\n', end)].filter((i) => i >= 0);
  return { start: before + 1, end: stops.length > 0 ? Math.min(...stops) : text.length };
}

/**
 * "governors of Iran's eastern provinces in Mashhad" in a story told from Kabul: a name towns of
 * several countries share, told in a sentence that names one of those countries, is that
 * country's, however near the story's other places the other one lies. Of `entries`, those in
 * the one country of theirs that `countries` (the text's country mentions, with their codes)
 * names in the sentence; undefined when none or more than one is named.
 */
export function inTheSentencesCountry(
  text: string,
  at: { start: number; end: number },
  entries: readonly NamedEntry[],
  countries: readonly { start: number; end: number; country: string }[],
): NamedEntry[] | undefined {
  const codes = new Set(entries.map((e) => e.candidate.country));
  if (codes.size < 2 || codes.has(undefined)) return undefined;
  const sentence = sentenceAround(text, at.start, at.end);
  const named = new Set(
    countries.filter((c) => c.start >= sentence.start && c.end <= sentence.end).map((c) => c.country),
  );
  const fitting = entries.filter((e) => e.candidate.country !== undefined && named.has(e.candidate.country));
  return new Set(fitting.map((e) => e.candidate.country)).size === 1 ? fitting : undefined;
}
