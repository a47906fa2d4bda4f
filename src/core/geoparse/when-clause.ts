/**
 * "The prime minister, who was in Brussels when the ambassador was summoned, phoned Belgrade that
 * evening": "that evening" counts from the event its sentence names with "when", not from the
 * one told just before. A reader takes the clause as naming the day the words refer to. So does
 * a sentence opened by "After the release, …" or "Following the quake, …": "After their release,
 * the men were examined in Jolo that evening" is the evening of the release, however much
 * background was told between.
 *
 * @example
 * const text = 'He was abroad when the envoy was summoned, and called home that evening.';
 * whenClauseBefore(text, text.indexOf('that evening')) // { start: 18, text: 'the envoy was summoned' }
 */
import { allMatches } from './all-matches.ts';

/** "when" and what it tells, up to a comma, a dash or a semicolon, in the sentence so far. */
const WHEN_CLAUSE = /\bwhen\s+((?:the|a|an|his|her|its|their)\s+[^,;:.!?—–]{3,80}?)\s*(?=[,;:—–]|$)/giu;

/** "After their release, ", "Following the quake, ": an event named as what the sentence comes after. */
const AFTER_OPENING = /^\s*(?:After|Following)\s+((?:the|a|an|his|her|its|their)\s+[^,;:.!?—–]{3,60}?)\s*,/u;

/**
 * The last "when …" clause of the sentence before `at`, else its opening "After …," clause, as an
 * anchor to name an event by.
 */
export function whenClauseBefore(text: string, at: number): { start: number; text: string } | null {
  const sentenceStart = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('\n', at)) + 1;
  const before = text.slice(sentenceStart, at);
  let found: { start: number; text: string } | null = null;
  for (const m of allMatches(WHEN_CLAUSE, before)) {
    const clause = m[1] as string;
    found = { start: sentenceStart + (m.index ?? 0) + m[0].indexOf(clause), text: clause };
  }
  const after = found ? null : AFTER_OPENING.exec(before);
  if (after?.[1]) found = { start: sentenceStart + after[0].indexOf(after[1]), text: after[1] };
  return found;
}
