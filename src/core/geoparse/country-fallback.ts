/**
 * The article's country stands in for a passage's place only where the passage tells of the
 * country as a whole or of a wide part of it ("schools across the country reopened", "convoys to
 * the west of the country", "nationwide", "drone attacks in the northwest regions"), or where the
 * event is a captive's release, which happens wherever the captors held him and is told at the
 * country he was held in. A passage that names no place and no such reach ("The worst of the
 * storm arrived on Tuesday", "the causeway was still submerged when this correspondent visited on
 * Monday") happened somewhere in the country, not across it: a day drawn over the whole country
 * claims a place the text never gave, so the country stays a place the draft mentions, the note
 * says why, and the reviewer places the event. Spans longer than a day ("floods in 2010") keep
 * the country: over a month or a year a story often is the country's.
 */
import { THE_COUNTRY } from './clause-verbs.ts';
import type { DraftPlace } from './event-places.ts';
import { AT_ARTICLE_COUNTRY } from './fallback-kinds.ts';

/** "nationwide", "countrywide", "the northwest regions", "the southern provinces": a wide part of the country. */
const WIDE_REACH =
  /\b(?:nation|country)[- ]?wide\b|\bthe (?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)? (?:regions|provinces|districts|states)\b/iu;

/** Whether some sentence of the draft tells of the country as a whole or of a wide part of it. */
const toldWide = (evidence: readonly { text: string }[]) =>
  evidence.some((e) => THE_COUNTRY.test(e.text) || WIDE_REACH.test(e.text));

interface CountryDraft {
  type: string;
  span: { precision: string } | null;
  places: DraftPlace[];
  evidence: readonly { text: string }[];
}

/** Leaves the article's country, put at a day's passage that names no place, only mentioned unless it reaches wide. */
export function countryOnlyWhereWide(d: CountryDraft): void {
  if (d.span?.precision !== 'day' || d.type === 'release') return;
  for (const p of d.places) {
    if (p.role !== 'mentioned' && p.fallback?.endsWith(AT_ARTICLE_COUNTRY) && !toldWide(d.evidence)) {
      p.role = 'mentioned';
    }
  }
}
