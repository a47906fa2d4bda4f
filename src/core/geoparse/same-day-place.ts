/**
 * "A fire broke out at a refinery in Karachi … still burning this morning. Police arrested two
 * workers on Thursday.": an event told with no place of its own, right after one of the same day
 * that has one, is at that place, not over the whole country; the country would be a second pair
 * for what is one scene.
 *
 * @example
 * sameDayPlace(drafts) // the arrest at Karachi, not at Pakistan
 */
import { isLocating } from './event-place-roles.ts';
import type { EventDraft } from './extract-events.ts';

/** How far back, in characters from the end of its passage to the start of this one, the event just told may be. */
const JUST_BEFORE = 300;

const isCountryFallback = (d: EventDraft) => {
  const located = d.places.filter(isLocating);
  return located.length > 0 && located.every((p) => p.fallback !== undefined && p.kind === 'country');
};

/** `drafts` (one article's, in text order) with each placeless draft of a day put where the event just before it that day was. */
export function sameDayPlace(drafts: EventDraft[]): EventDraft[] {
  return drafts.map((d, i) => {
    const at = d.evidence[0]?.start ?? 0;
    if (d.span?.precision !== 'day' || !isCountryFallback(d)) return d;
    const before = drafts
      .slice(0, i)
      .filter((b) => (b.evidence[0]?.start ?? 0) <= at && at - (b.evidence[0]?.end ?? 0) <= JUST_BEFORE)
      .at(-1);
    if (!before || before.span?.precision !== 'day' || before.span.first !== d.span.first) return d;
    const there = before.places.filter((p) => isLocating(p) && p.kind !== 'country' && !p.unknown);
    const country = d.places.find(isLocating);
    if (there.length === 0 || !country) return d;
    const note = `put at ${there.map((p) => p.name).join(' and ')}, where the event told just before on the same day was`;
    const places = [
      ...d.places.filter((p) => !isLocating(p)),
      ...there.map((p) => ({ ...p, role: 'where' as const, fallback: note })),
    ];
    const notes = [...d.notes.filter((n) => n !== country.fallback), note];
    return { ...d, places, notes };
  });
}
