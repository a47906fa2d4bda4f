/**
 * "The governor of Kandahar visited Spin Boldak", "the mayor of Kashmar said …": a place told as the
 * seat of an office names whose official acts, not where the act was. The event is at the
 * clause's other places, or falls back as one with no place would.
 *
 * @example
 * isOfficePlace('The governor of Kandahar visited Spin Boldak.', { start: 16 }) // true
 */
import { asciiTwin } from './ascii-regex.ts';

/** The offices a place may name the seat of. */
const OFFICE = String.raw`(?:governor|deputy\s+governor|mayor|deputy\s+mayor|chief\s+minister|police\s+chief|chief\s+of\s+police|commissioner|administrator|district\s+officer|bishop|imam)`;
/** "the governor of ", "the Taliban-appointed governor of ": the office right before the place. */
const OFFICE_OF = new RegExp(String.raw`\b${OFFICE}\s+of\s+(?:the\s+)?$`, 'iu');
/** Its twin without `u` where both find the same (ascii-regex.ts): asked before many places, ~4× faster. */
const officeOf = asciiTwin(OFFICE_OF);

export function isOfficePlace(text: string, m: { start: number }): boolean {
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  return officeOf(before).test(before);
}
