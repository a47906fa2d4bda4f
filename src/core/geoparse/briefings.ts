/**
 * "The head of the mission told reporters in La Paz that the vote on Sunday had been calm", "She
 * said at a news conference in Davao on Friday that work in Patikul would resume": a briefing is
 * an event where and when it was given; the dates and places of what it says, after "that", are
 * what was said about, not the briefing's.
 *
 * @example
 * const text = 'He told reporters in Lima that the vote on Sunday was calm.';
 * contentOf(text, { start: 3, end: 17, text: 'told reporters', type: 'statement' }, { start: 0, end: text.length })
 * // { start: 26, end: 59 }: "that the vote on Sunday was calm."
 */
import type { Trigger } from './triggers.ts';

interface Range {
  start: number;
  end: number;
}

/** The trigger words that tell a briefing, given somewhere to someone, and a located saying's verb (located-sayings.ts). */
const BRIEFING = /^(?:told\s+(?:reporters|journalists)|(?:news|press)\s+(?:conference|briefing)|said|says|speaking)$/iu;
/** "that" opening what was said, after the briefing's words. */
const THAT = /\bthat\b/u;

/** What a briefing at `trigger` says, from its "that" to the clause's end; null for any other trigger. */
export function contentOf(text: string, trigger: Trigger, clause: Range): Range | null {
  if (!BRIEFING.test(trigger.text)) return null;
  const m = THAT.exec(text.slice(trigger.end, clause.end));
  return m ? { start: trigger.end + m.index, end: clause.end } : null;
}

/** `spans` without those inside what the briefing at `trigger` says (all of them for any other trigger). */
export function outsideContent<T extends Range>(text: string, trigger: Trigger, clause: Range, spans: T[]): T[] {
  const content = contentOf(text, trigger, clause);
  return content ? spans.filter((s) => s.start < content.start || s.end > content.end) : spans;
}

/**
 * Whether a briefing of `triggers` tells `plan` in what it says ("told reporters that a joint
 * funeral will be held in Kisumu on Saturday"): the plan is then an event of its own on that day,
 * as "said they would march on Monday" is, though its date and place are the briefing's content
 * and so not the briefing's.
 */
export function planTold(text: string, triggers: readonly Trigger[], plan: Range, clause: Range): boolean {
  return triggers.some((t) => {
    const content = contentOf(text, t, clause);
    return content !== null && plan.start >= content.start && plan.end <= content.end;
  });
}
