/**
 * "Those steps were the focus of Tuesday's visit. In Damascus, the minister met the Syrian foreign
 * minister …": a sentence with no date of its own goes on telling the dated event of the sentence
 * right before it in its paragraph. Words naming that event later ("a day after the Damascus
 * talks") may use the sequel's words and places, not only those of the sentence its date was in.
 * A sentence in the present ("Heavy rains have contaminated wells") tells how things stand, and
 * goes on telling nothing.
 *
 * @example
 * sequelsOf(pending, text).get(tuesdaysVisit) // [the undated meeting in Damascus]
 */
import { paragraphEndAfter } from './article-frame.ts';

interface Told {
  date: unknown;
  at: number;
  sentence: number;
  type: string;
  earlier: boolean;
  evidence: readonly { start: number; text?: string }[];
}

/** A sentence told in the present: "have contaminated", "is still closed". */
const PRESENT = /\b(?:has|have|is|are|am)\b/iu;

const cache = new WeakMap<readonly Told[], Map<Told, Told[]>>();

/** Each dated event's undated sequels, read once per list of events. */
export function sequelsOf<P extends Told>(pending: readonly P[], text: string): ReadonlyMap<P, P[]> {
  let found = cache.get(pending) as Map<P, P[]> | undefined;
  if (found) return found;
  found = new Map<P, P[]>();
  // "A day after the crash, mourners gathered": the crash the words name is no undated sentence's event.
  const datedSentences = new Set(pending.filter((p) => p.date !== null).map((p) => p.sentence));
  let last: P | undefined;
  for (const p of pending) {
    // "Heavy rains have contaminated wells": a sentence in the present tells how things stand, not what came next.
    const undated = p.date === null && !datedSentences.has(p.sentence) && !PRESENT.test(p.evidence[0]?.text ?? '');
    // A saying ("the tribes declared …") is a reaction, an event of its own; an ", after …" clause is earlier.
    if (undated && last && p.sentence - last.sentence === 1 && p.type !== 'statement' && !p.earlier) {
      const from = last.evidence[0]?.start ?? last.at;
      if (paragraphEndAfter(text, from) > (p.evidence[0]?.start ?? p.at))
        found.set(last, [...(found.get(last) ?? []), p]);
    }
    if (p.date !== null) last = p;
  }
  cache.set(pending, found as Map<Told, Told[]>);
  return found;
}
