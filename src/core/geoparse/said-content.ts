/**
 * A place named in what someone is told to have said, after the event's word, is what the words
 * are about, not where the event was: "flew to Budapest for talks, where she said the government
 * in Belgrade respects its neighbours" holds the talks in Budapest, not in Belgrade.
 *
 * @example
 * inWhatWasSaid(text, belgrade, talks) // true: the saying comes between the talks and Belgrade
 */
import type { Trigger } from './triggers.ts';

/** "she said the government in", "he told reporters that": a saying and the start of what was said. */
const SAID_BETWEEN =
  /\b(?:said|says|told\s+(?:\p{Ll}+\s+){0,2}|added|insisted|stressed|argued|claimed)\s+(?:that\s+)?(?!(?:in|at|on|from|to)\s+(?:the\s+)?$)\S/u;
/** A sentence's end or a clause of its own between them: the saying is then no longer this event's. */
const SPLIT = /[.;!?]/u;

export function inWhatWasSaid(text: string, m: { start: number }, trigger: Trigger): boolean {
  if (trigger.type === 'statement' || m.start <= trigger.end) return false;
  const between = text.slice(trigger.end, m.start);
  return between.length < 200 && !SPLIT.test(between) && SAID_BETWEEN.test(between);
}
