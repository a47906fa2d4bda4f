/**
 * Which of a clause's triggers tell events of their own, which date each takes, and which trigger
 * a place belongs to: one trigger per kind of event, the nearest date (one of its own before one
 * that waits for another event), the nearest trigger (a place after one counts half the distance).
 */
import type { EventType } from '../dataset/schema.ts';
import type { DateMention } from './resolve-dates.ts';
import { sameKind, TYPE_PRIORITY, type Trigger } from './triggers.ts';

export const VIOLENT: ReadonlySet<EventType> = new Set<EventType>(['strike', 'raid', 'shooting', 'attack']);

/** One trigger per kind of event in a clause: "drone attacks … killing 45 … in one attack" is one strike. */
const rankOf = (t: Trigger) => TYPE_PRIORITY.indexOf(t.type);

export function pickTriggers(triggers: Trigger[], dates: readonly DateMention[] = []): Trigger[] {
  const kept: Trigger[] = [];
  // With two dates of its own in the clause, a second trigger of a kind is a second event when
  // each is nearest a different date ("a train derailed in May, and in April floods swept …").
  const own = dates.filter((d) => d.span !== null);
  for (const t of [...triggers].sort((a, b) => rankOf(a) - rankOf(b))) {
    const same = kept.filter((k) => sameKind(k.type, t.type) || (VIOLENT.has(k.type) && VIOLENT.has(t.type)));
    const date = own.length > 1 ? pickDate(t, own) : null;
    if (same.length > 0 && (date === null || same.some((k) => (own.length > 1 ? pickDate(k, own) : null) === date)))
      continue;
    kept.push(t);
  }
  return kept.sort((a, b) => a.start - b.start);
}

export function pickDate(trigger: Trigger, dates: readonly DateMention[]): DateMention | null {
  // The first of the best, as a stable sort would give, in one pass. A date of its own ("this
  // morning") beats one that waits for another event ("less than two days after"), then the nearest.
  let best: DateMention | null = null;
  let bestOwn = 0;
  let bestDistance = 0;
  for (const d of dates) {
    const own = d.span === null ? 1 : 0;
    const distance = d.start >= trigger.end ? d.start - trigger.end : trigger.start - d.end;
    if (best === null || own < bestOwn || (own === bestOwn && distance < bestDistance)) {
      [best, bestOwn, bestDistance] = [d, own, distance];
    }
  }
  return best;
}

export function nearestTrigger(p: { start: number; end: number }, triggers: readonly Trigger[]): Trigger | undefined {
  // The first of the nearest, in one pass: it runs for every place of every trigger. A place after
  // a trigger is usually its object ("struck Mir Ali"): it counts half the distance.
  let nearest: Trigger | undefined;
  let least = Infinity;
  for (const t of triggers) {
    const distance = p.start >= t.end ? (p.start - t.end) / 2 : t.start - p.end;
    if (distance < least) [nearest, least] = [t, distance];
  }
  return nearest;
}

/** "last week's bombing", "Monday's attack", "yesterday's deadly blast": a date told as the trigger's possessive. */
const POSSESSIVE_GAP = /^['’]s\s+(?:[\p{L}-]+\s+){0,2}$/u;
/** The triggers dated by a possessive before them (`of`), and those dates (`taken`): no other event's. */
export interface Possessives {
  of: ReadonlyMap<Trigger, DateMention>;
  taken: ReadonlySet<DateMention>;
}
const NO_POSSESSIVES: Possessives = { of: new Map(), taken: new Set() };
export function possessiveDates(
  text: string,
  triggers: readonly Trigger[],
  dates: readonly DateMention[],
): Possessives {
  let of: Map<Trigger, DateMention> | undefined;
  for (const t of triggers) {
    for (const x of dates) {
      if (x.end > t.start || t.start - x.end >= 40 || !APOSTROPHES.has(text.charCodeAt(x.end))) continue;
      if (POSSESSIVE_GAP.test(text.slice(x.end, t.start))) (of ??= new Map()).set(t, x);
    }
  }
  return of ? { of, taken: new Set(of.values()) } : NO_POSSESSIVES;
}
/** ' and ’. */
const APOSTROPHES: ReadonlySet<number> = new Set([0x27, 0x2019]);

/**
 * "His release …, a day after the release": a trigger told before its date, of the kind the
 * anchor's words name, is the anchor told again, not a new event. One told after its date ("A day
 * after the talks, the directors met") is a new event of that kind.
 */
export function anchorToldAgain(
  trigger: Trigger,
  date: DateMention | null,
  typesOf: (words: string) => readonly EventType[],
): boolean {
  const anchor = date?.link?.anchor;
  if (!date || !anchor || anchor === 'previous' || trigger.start >= date.start) return false;
  return typesOf(anchor.text).includes(trigger.type);
}
