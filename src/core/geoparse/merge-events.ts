/**
 * The same event told twice, in one article or in two, becomes one draft that keeps every
 * source, every passage and every claim: differing casualty figures stand side by side, as the
 * curated dataset keeps them, never averaged or picked.
 */
import { staysBeside } from './fallback-kinds.ts';
import type { EventDraft } from './extract-events.ts';
import type { DaySpanDraft } from './resolve-dates.ts';
import { narrower } from './resolve-dates.ts';
import { sameKind, TYPE_PRIORITY } from './triggers.ts';

const locating = (d: EventDraft) =>
  d.places.filter((p) => p.role !== 'mentioned' && !p.fallback).map((p) => p.placeId ?? `?${p.name}`);

function spansMeet(a: DaySpanDraft | null, b: DaySpanDraft | null): boolean {
  if (!a || !b || a.first === null || b.first === null) return false;
  if (a.precision === 'day' && b.precision === 'day') return a.first === b.first;
  return a.first <= b.last && b.first <= a.last;
}

/** Same kind, dates that meet, and places that agree (or one side only knows a fallback). */
export function sameEvent(a: EventDraft, b: EventDraft): boolean {
  if (!sameKind(a.type, b.type) || !spansMeet(a.span, b.span)) return false;
  const pa = locating(a);
  const pb = locating(b);
  // One sentence, one date, one kind: "an attack in Uri in September, which killed 19" is one event.
  const sameSentence = a.evidence.some((e) => b.evidence.some((f) => f.source === e.source && f.start === e.start));
  const equal = a.span?.first === b.span?.first && a.span?.last === b.span?.last;
  if (sameSentence && equal && (pa.length === 0 || pb.length === 0)) return true;
  // "The road was cleared the next day": a place taken from the event before is still a place, not any.
  if (pa.length + pb.length > 0 && placedElsewhere(pa.length === 0 ? a : b, pa.length === 0 ? pb : pa)) return false;
  if (pa.length === 0 || pb.length === 0) {
    return (a.span?.precision === 'day' && b.span?.precision === 'day') || (equal && pa.length + pb.length === 0);
  }
  return pa.some((p) => pb.includes(p));
}

/** Whether a draft with no place of its own was put at a town or district the story gave it, none of `places`. */
function placedElsewhere(d: EventDraft, places: readonly string[]): boolean {
  const taken = d.places.filter(
    (p) =>
      p.fallback?.startsWith('put at') && (p.unknown !== undefined || p.kind !== 'country') && p.role !== 'mentioned',
  );
  return taken.length > 0 && !taken.some((p) => places.includes(p.placeId ?? `?${p.name}`));
}

const rank = (d: EventDraft) => TYPE_PRIORITY.indexOf(d.type);

function mergeTwo(a: EventDraft, b: EventDraft): EventDraft {
  const span = a.span && b.span ? narrower(a.span, b.span) : (a.span ?? b.span);
  const fromA = span === a.span;
  const all = [...a.places, ...b.places];
  const specific = all.filter((p) => !p.fallback && p.role !== 'mentioned');
  const places = specific.length > 0 ? all.filter((p) => !p.fallback || staysBeside(p, specific)) : all;
  const seen = new Set<string>();
  return {
    ...a,
    type: rank(a) <= rank(b) ? a.type : b.type,
    span,
    dateKind: fromA ? a.dateKind : b.dateKind,
    dateText: fromA ? a.dateText : b.dateText,
    dateNote: a.dateNote === b.dateNote ? a.dateNote : `${a.dateNote} | ${b.dateNote}`,
    places: places.filter((p) => {
      const k = `${p.placeId ?? p.name}\t${p.role}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    }),
    actors: [...new Set([...a.actors, ...b.actors])],
    claims: [...a.claims, ...b.claims.filter((c) => !a.claims.some((x) => x.statement === c.statement))],
    sources: [...new Set([...a.sources, ...b.sources])],
    evidence: [
      ...a.evidence,
      ...b.evidence.filter((e) => !a.evidence.some((x) => x.source === e.source && x.start === e.start)),
    ],
    notes: [...new Set([...a.notes, ...b.notes])].filter(
      (n) => !(specific.length > 0 && n.startsWith('the passage names no place')),
    ),
  };
}

/** Merges drafts that tell the same event; keeps the first one's place in the order. */
export function mergeDrafts(drafts: readonly EventDraft[]): EventDraft[] {
  const out: EventDraft[] = [];
  for (const d of drafts) {
    const i = out.findIndex((o) => sameEvent(o, d));
    if (i >= 0) out[i] = mergeTwo(out[i] as EventDraft, d);
    else out.push(d);
  }
  return out;
}
