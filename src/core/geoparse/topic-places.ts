/**
 * "spoke … with his counterpart in Islamabad about regional security and the situation in
 * Afghanistan": a place in what a call or a meeting was about is its subject, not where it was;
 * so is one in what an agreement signed at it was on.
 */
import type { Trigger } from './triggers.ts';

/** "about …", "regarding …", "concerning …" after the trigger; "about 20 km", "about three hours" measure a distance. */
const TOPIC =
  /\b(?:about|regarding|concerning)\s+(?!\d|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|a few|several|half)\b)[^,;.]*$/iu;

/** Whether the place at `m` lies in the subject the words after `trigger` say the event was about. */
export function isTopicPlace(text: string, m: { start: number }, trigger: Trigger): boolean {
  if (m.start <= trigger.end || m.start - trigger.end > 200) return false;
  const between = text.slice(trigger.end, m.start);
  return TOPIC.test(between) || AGREED_ON.test(between);
}

/** "signed a memorandum on increasing gas delivered to Iran's provinces": what a text agreed is about. */
const AGREED_ON = /\b(?:agreement|memorandum|deal|accord|treaty|pact|protocol)\s+(?:on|about|for)\s+[^,;.]*$/u;
