/**
 * The ends of a phone call: where the caller was and where the other side was.
 *
 * @example
 * callEnd(text, mention, trigger, 'from') // 'from'
 */
/**
 * Which end of a call a place is: one told before the call is the caller's, one after it the
 * other side's ("from" stays the caller's). "Iran's foreign minister phoned …" names whose
 * minister called, not where he was: a country told so is only mentioned (when no other place
 * is named, the country of those who act is still the fallback).
 */
export function callEnd(
  text: string,
  m: { start: number; end: number; kind: string },
  trigger: { start: number },
  before: string | undefined,
): 'from' | 'to' | 'mentioned' {
  if (m.start < trigger.start)
    return m.kind === 'country' && /^['’]s\s/u.test(text.slice(m.end, m.end + 3)) ? 'mentioned' : 'from';
  return before === 'from' ? 'from' : 'to';
}
