/**
 * Choosing among a name's candidates: context first ("Washington state", "Seattle, Washington"),
 * then distance to the text's other places, then the kind of place.
 */
import type { PlaceKind } from '../dataset/schema.ts';
import {
  kmBetween,
  SAME_PLACE_KM,
  tokenAfter,
  WHITESPACE_GAP,
  type Candidate,
  type Match,
  type NamedEntry,
  type PlaceMention,
} from './match-context.ts';
import { countryOfTheText, inTheSentencesCountry } from './country-namesakes.ts';
import { FAR_NAMESAKE_KM, farNamesake } from './far-namesakes.ts';

/** Whether `c` lies farther than FAR_NAMESAKE_KM from every place of `others`. */
const farFromEvery = (c: Candidate, others: readonly Candidate[]) =>
  others.every((o) => kmBetween(o, c) > FAR_NAMESAKE_KM);

/** "Bamyan city", "Kandahar town": the name with its word for a town. */
const TOWN_WORD_AFTER = /^\s+(?:city|town)\b/u;
/** A dateline's place, in capitals at a line's start before ", Country" or a dash: "BAMYAN, Afghanistan (Agency) —". */
const DATELINE_AFTER = /^(?:,\s+\p{Lu}[\p{L} ]*?(?:\s+\([^)\n]*\))?)?\s+[—–-]\s/u;
function namesATown(text: string, m: Match): boolean {
  if (TOWN_WORD_AFTER.test(text.slice(m.end, m.end + 8))) return true;
  const written = text.slice(m.start, m.end);
  const lineStart = m.start === 0 || text.charAt(m.start - 1) === '\n';
  return lineStart && written === written.toUpperCase() && DATELINE_AFTER.test(text.slice(m.end, m.end + 60));
}

/** In "Seattle, Washington" the state (a division point) lies at most this far from the city. */
const PROVINCE_REACH_KM = 800;
/** World places win ties in this order when nothing in the text points to one of them. */
const KIND_PREFERENCE: readonly PlaceKind[] = ['country', 'city', 'province', 'town'];

// The helpers are made here, not in resolve: a named arrow made per call costs a `name` property under tsx.
const named = (m: Match) => m.entries.filter((e): e is NamedEntry => e.candidate !== null);
const rank = (c: Candidate) => KIND_PREFERENCE.indexOf(c.kind);
/** How far a candidate lies from the nearest of `reference`. */
const kmTo =
  (reference: readonly Candidate[]) =>
  (c: Candidate): number =>
    reference.length === 0 ? 0 : Math.min(...reference.map((r) => kmBetween(r, c)));

export function resolve(text: string, matches: Match[]): PlaceMention[] {
  const chosen: (NamedEntry | null)[] = matches.map(() => null);

  // Context first: "Washington state" and "Seattle, Washington" name the state, not the city.
  matches.forEach((m, i) => {
    const entries = named(m);
    if (entries.length === 1) {
      chosen[i] = entries[0] ?? null;
      return;
    }
    const province = entries.find((e) => e.candidate.kind === 'province' && e.candidate.source !== 'curated');
    const curated = entries.find((e) => e.candidate.source === 'curated');
    if (province && curated?.candidate.kind !== 'province') {
      const next = tokenAfter(text, m);
      if (next?.norm === 'state' && WHITESPACE_GAP.test(text.slice(m.end, next.start))) {
        chosen[i] = province;
        return;
      }
    }
    // "arrived in Bamyan city", "BAMYAN, Afghanistan —" (a dateline): the town, not the province of its name.
    const town = entries.find((e) => e.candidate.kind === 'city' || e.candidate.kind === 'town');
    if (town && entries.some((e) => e.candidate.kind === 'province') && namesATown(text, m)) {
      chosen[i] = town;
      return;
    }
    const before = matches[i - 1];
    const city = before && named(before).length === 1 ? named(before)[0]?.candidate : undefined;
    if (
      before &&
      city &&
      (city.kind === 'city' || city.kind === 'town') &&
      /^,\s*$/u.test(text.slice(before.end, m.start))
    ) {
      const near = entries
        .filter(
          (e) =>
            (e.candidate.kind === 'province' || e.candidate.kind === 'country') &&
            kmBetween(city, e.candidate) < PROVINCE_REACH_KM,
        )
        .sort((a, b) => kmBetween(city, a.candidate) - kmBetween(city, b.candidate))[0];
      if (near) {
        chosen[i] = near;
        return;
      }
    }
    if (curated) chosen[i] = curated;
  });

  // Then distance: a world name with several candidates takes the one nearest the text's other
  // places. One anchor per place, not per mention: a long text names Lahore thousands of times.
  const anchors = [
    ...new Map(
      chosen.filter((e): e is NamedEntry => e !== null).map((e) => [e.candidate.placeId, e.candidate]),
    ).values(),
  ];
  const local = anchors.filter((c) => c.kind !== 'country');
  const reference = local.length > 0 ? local : anchors;
  const kmToText = kmTo(reference);
  // Kandahar the city and Kandahar the province are one answer to "which Kandahar": within
  // SAME_PLACE_KM of each other, the kind decides.
  const closer = (a: Candidate, b: Candidate) => {
    const d = kmToText(a) - kmToText(b);
    return Math.abs(d) < SAME_PLACE_KM ? 0 : d;
  };
  const countries = matches.flatMap((m, i) => {
    const c = chosen[i]?.candidate;
    return c?.kind === 'country' && c.country ? [{ start: m.start, end: m.end, country: c.country }] : [];
  });
  matches.forEach((m, i) => {
    if (chosen[i]) return;
    // "Congo" in a story about Goma: the country the text's places lie in, before any distance.
    const country = countryOfTheText(named(m), anchors);
    if (country) {
      chosen[i] = country;
      return;
    }
    const pool = inTheSentencesCountry(text, m, named(m), countries) ?? named(m);
    const sorted = pool.sort((a, b) => closer(a.candidate, b.candidate) || rank(a.candidate) - rank(b.candidate));
    chosen[i] = sorted[0] ?? null;
  });

  // "Panjab district" in a story about Bamyan: the curated province of Punjab, 600 km away, is another place's name.
  const placed = [
    ...new Map(
      chosen
        .filter((e): e is NamedEntry => e !== null && e.candidate.kind !== 'country')
        .map((e) => [e.candidate.placeId, e.candidate]),
    ).values(),
  ];
  matches.forEach((m, i) => {
    const entry = chosen[i];
    // A province only: a capital is often named far from the story ("flew to Washington" from Lahore).
    if (entry?.candidate.source !== 'curated' || entry.candidate.kind !== 'province') return;
    const others = placed.filter((c) => c.placeId !== entry.candidate.placeId);
    const near = named(m).filter(
      (e) => e.candidate.source !== 'curated' && !farFromEvery(e.candidate, others) && e.candidate.kind !== 'country',
    );
    if (near.length === 0 || !farNamesake(entry.candidate, others, 2)) return;
    const kmToOthers = kmTo(others);
    chosen[i] = near.sort((a, b) => kmToOthers(a.candidate) - kmToOthers(b.candidate))[0] ?? entry;
  });

  const mentions: PlaceMention[] = [];
  matches.forEach((m, i) => {
    const entry = chosen[i];
    if (!entry) return;
    const c = entry.candidate;
    mentions.push({
      start: m.start,
      end: m.end,
      text: text.slice(m.start, m.end),
      placeId: c.placeId,
      name: c.name,
      kind: c.kind,
      form: entry.form,
      source: c.source,
      lon: c.lon,
      lat: c.lat,
    });
  });
  return mentions;
}
