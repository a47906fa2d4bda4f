/**
 * The publication date a text gives about itself: a byline or "Published" line ("By Jane Roe |
 * 13 April 2011", "Posted on April 25, 2011") or a dateline ("ISLAMABAD, April 13, 2011 (AP) –").
 * Only a full date counts: a dateline without its year says nothing we could resolve against.
 */
import * as chrono from 'chrono-node';
import { formatDay } from '../time/day.ts';

export interface FoundPublication {
  date: string;
  from: 'byline' | 'dateline';
  /** The line the date was read from. */
  line: string;
}

/** How far into a text a dateline or byline is looked for. */
const HEAD_LINES = 15;
const BYLINE = /^\s*(?:by\b|published|posted|updated|first published|date\b)/iu;
const DATELINE = /^\s*\p{Lu}[\p{Lu} .,'’-]{2,40}(?:,|\s[-–—]|\s\()/u;

export function findPublicationDate(text: string): FoundPublication | null {
  for (const line of text.split(/\r?\n/u).slice(0, HEAD_LINES)) {
    const kind = BYLINE.test(line) ? 'byline' : DATELINE.test(line) ? 'dateline' : null;
    if (!kind) continue;
    for (const r of chrono.parse(line.slice(0, 200))) {
      const s = r.start;
      if (!s.isCertain('year') || !s.isCertain('month') || !s.isCertain('day')) continue;
      const date = formatDay(Date.UTC(s.get('year') ?? 0, (s.get('month') ?? 1) - 1, s.get('day') ?? 1) / 86_400_000);
      return { date, from: kind, line: line.trim().slice(0, 200) };
    }
  }
  return null;
}
