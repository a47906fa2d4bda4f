/**
 * Whether a place another event of the clause took may be this event's too, when this event
 * names none of its own. One told with the same date is the same scene ("flew to Islamabad …
 * for talks"); one of the same kind is where it came again ("floods had hit Swat in May, and
 * in June another flood had cut the road"). Any other event's place is that event's alone
 * ("kidnapped in Kabul … released on Friday").
 *
 * @example
 * sharesPlace(owner, trigger, date, dateOf) // true when owner and trigger are both floods
 */
import type { DateMention } from './resolve-dates.ts';
import type { Trigger } from './triggers.ts';

export function sharesPlace(
  owner: Trigger | undefined,
  trigger: Trigger,
  date: DateMention | null,
  dateOf: ReadonlyMap<Trigger, DateMention | null>,
): boolean {
  if (owner === undefined || owner === trigger || owner.type === trigger.type) return true;
  return date !== null && dateOf.get(owner) === date;
}

/**
 * Whether an event told "later that day" or "the next morning", naming no place, is where the
 * event before it was, as a reader follows one story on: the same day always; the next day
 * when its sentence names no country either ("Pakistan's foreign secretary met … the next
 * day": that country's people act, perhaps elsewhere).
 */
export function sameSceneNextDay(date: DateMention | null, sentenceMentions: readonly { kind: string }[]): boolean {
  if (date?.link?.anchor !== 'previous') return false;
  return date.link.days === 0 || (date.link.days === 1 && !sentenceMentions.some((m) => m.kind === 'country'));
}
