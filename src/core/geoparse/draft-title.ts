/**
 * A draft's title, in our words: its type, its smallest place (or where a trip or a call went from
 * and to), and up to two actors: "Strike in Datta Khel", "Call from Islamabad to Washington".
 */
import type { EventType } from '../dataset/schema.ts';
import type { EventDraft } from './extract-events.ts';
import { kindSize } from './event-places.ts';
import { isLocating } from './event-place-roles.ts';
import { DIRECTED_TYPES } from './triggers.ts';

const TYPE_LABELS: Record<EventType, string> = {
  strike: 'Strike',
  shooting: 'Shooting',
  attack: 'Attack',
  detention: 'Detention',
  release: 'Release',
  raid: 'Raid',
  'diplomatic-meeting': 'Meeting',
  'diplomatic-protest': 'Diplomatic protest',
  'phone-call': 'Call',
  visit: 'Visit',
  statement: 'Statement',
  policy: 'Policy',
  report: 'Report',
  protest: 'Protest',
  'casualty-toll': 'Casualty toll',
  accident: 'Accident',
  other: 'Event',
};

/** The title of `d`, at most 120 characters. */
export function titleOf(d: EventDraft): string {
  // The smallest place first; a town we could not find is named, though drawn as its district.
  const where = d.places
    .filter(isLocating)
    .sort((a, b) => Number(!a.unknown) - Number(!b.unknown) || kindSize(a.kind) - kindSize(b.kind));
  const label = TYPE_LABELS[d.type];
  const from = where.find((p) => p.role === 'from');
  const to = where.find((p) => p.role === 'to');
  let place = '';
  if (DIRECTED_TYPES.has(d.type) && (from || to)) {
    place = `${from ? ` from ${from.name}` : ''}${to ? ` to ${to.name}` : ''}`;
  } else if (where[0]) place = ` in ${where[0].name}`;
  const by = d.actors[0] ? ` (${d.actors.slice(0, 2).join(', ')})` : '';
  return `${label}${place}${by}`.slice(0, 120);
}
