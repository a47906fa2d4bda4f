/**
 * Dates told from another event rather than from the publication: "a day after the release",
 * "within hours of the verdict", "on the eve of the ruling" (linked to the event the words name),
 * and "the next day", "two days earlier", "that night", "late at night" (linked to the event told
 * just before). Each is found here with a null span and a `link`; the event extractor resolves it
 * once it knows the anchor's date (`applyLink`).
 *
 * @example
 * findRelativeDates('On the eve of the ruling, police detained 30 activists.')
 * // [{ text: 'On the eve of', kind: 'relative-event', link: { days: -1, anchor: { text: 'the ruling' } } }]
 */
import { dayFromYmd, ymdOfDay } from '../time/day.ts';
import { ONE_TO_TEN, ONE_TO_TEN_PATTERN } from './number-words.ts';
import type { DateLink, DateMention, DaySpanDraft } from './resolve-dates.ts';
import { findClauseVerbs } from './clause-verbs.ts';
import { asciiTwin } from './ascii-regex.ts';

const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, ...ONE_TO_TEN };
const UNIT_DAYS: Record<string, number> = { hour: 0, day: 1, week: 7, month: 30 };
/** From this many days, an offset is a month's worth: the linked date keeps only its month. */
const MONTH_OFFSET_DAYS = 28;
const COUNT = String.raw`(a|an|${ONE_TO_TEN_PATTERN}|\d{1,2})`;

/**
 * "a day after the release", "less than two days after the meeting", "hours before the vote",
 * "within hours of the verdict" (`of` only after "within": "two days of talks" is no date).
 */
const RELATIVE_EVENT = new RegExp(
  String.raw`\b(?:(less than|under|within|barely|only|just|about|nearly|more than)\s+)?(?:${COUNT}\s+(hour|day|week|month)s?|(hours|days|the day|the week|shortly|soon|moments|minutes))\s+(after|before|of)\s+`,
  'giu',
);
/** "on the eve of the ruling" (the day before), "on the night of the fire" (its own day). */
const PART_OF_EVENT =
  /\b(?:[Oo]n\s+|[Ii]n\s+)?[Tt]he\s+(eve|night|morning|afternoon|evening|day)\s+of\s+(?=the\s|a\s|an\s|his\s|her\s|their\s|its\s)/gu;
/** "shortly before midnight", "soon after dawn", "shortly after 1pm": a time of the day, no event to count from. */
const TIME_OF_DAY =
  /^(?:midnight|noon|midday|dawn|dusk|daybreak|nightfall|sunrise|sunset)\b|^\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\b|o'clock\b|hours\b|GMT\b|UTC\b)/iu;
/**
 * "The recount ordered", "a rally held", "the curfew imposed": a clause's subject with a participle
 * of its own, right before the relative date (from the sentence's or a clause's start).
 */
const REDUCED_RELATIVE =
  /(?:^|[.;:!?–—]\s*|\n)(?:The|A|An)\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,3}?(?:\p{Ll}+ed|held|made|set|begun|brought|called|sent|built|cut|put|won|given|taken|shown)\s+$/u;
/** "was", "had been", "and": the helpers and joins before the verb the anchor stops at. */
const AUXILIARY_END = /(?:\s+(?:was|were|is|are|has|have|had|been|will|would|and|but|then))+\s*$/u;
/** A subject pronoun after the first word of an anchor: the clause's own subject ("after the release they were …"). */
const SUBJECT_PRONOUN = /(?<=\s)(?:he|she|they|we)\s/u;
/** After the relation word: the anchor, up to the clause's end. */
const ANCHOR = /^(?:the\s+|a\s+|his\s+|her\s+|their\s+|its\s+)?[^,.;:!?]{1,60}/u;
const RELATIVE_PREVIOUS =
  /\b(?:(the (?:next|following) (?:day|morning|afternoon|evening|night))|((?:a|one) day later)|(the (?:previous|preceding) (?:day|morning|afternoon|evening|night)|the day before(?!\s+(?:the|a|an|his|her|their|its)\b))|(later that (?:day|morning|afternoon|evening|night)|the same (?:day|morning|afternoon|evening|night)(?!\s+as\s)|that (?:day|morning|afternoon|evening|night)|(?:hours|minutes|moments) later))\b/giu;
/** "on the same day as the landslide": the day of the event the words name, not of the one told just before. */
const SAME_DAY_AS =
  /\b(?:[Oo]n\s+)?[Tt]he\s+same\s+(?:day|morning|afternoon|evening|night)\s+as\s+(?=the\s|a\s|an\s|his\s|her\s|their\s|its\s)/gu;
/**
 * "the morning after the storm" (the next day), "the night before the vote" (the day before), and
 * with a bare noun for the event, "the night before landfall", "the morning after polling"; not
 * "the night before last", two nights back, nor "the evening before that".
 */
const PART_NEXT_TO_EVENT =
  /\b(?:[Oo]n\s+)?[Tt]he\s+(?:morning|afternoon|evening|night)\s+(after|before)\s+(?=the\s|a\s|an\s|his\s|her\s|their\s|its\s|(?!(?:last|that|this|it|then|dawn|midnight|noon)\b)\p{Ll}{4,}\b)/gu;
/**
 * "two days earlier", "a week later": counted from the event told just before. Only "before" may
 * open the words naming an anchor ("two days before the vote"); "later" and "earlier" never do,
 * so "two days later the water reached …" is the clause's own date.
 */
const COUNT_EARLIER = new RegExp(
  String.raw`\b${COUNT}\s+(day|week)s?\s+(earlier|later|before(?!\s+(?:the|a|an|his|her|their|its)\b))\b`,
  'giu',
);
/** The twins without `u` on a text where they find the same (see ascii-regex.ts): ~2× faster. */
const relativeEvent = asciiTwin(RELATIVE_EVENT);
const relativePrevious = asciiTwin(RELATIVE_PREVIOUS);
const countEarlier = asciiTwin(COUNT_EARLIER);

function countOf(word: string | undefined): number {
  if (word === undefined) return 1;
  return NUMBER_WORDS[word.toLowerCase()] ?? Number(word);
}

/** A mention dated `days` after (before, when negative) the event told just before it. */
export function relativeToPrevious(m: { index: number; 0: string }, days: number): DateMention {
  return {
    start: m.index,
    end: m.index + m[0].length,
    text: m[0],
    kind: 'relative-previous',
    span: null,
    link: { days, upTo: false, anchor: 'previous' },
    note: `"${m[0]}": dated from the event told just before`,
  };
}

function relativeToEvent(text: string, start: number, anchorStart: number, days: number, upTo: boolean) {
  const anchor = ANCHOR.exec(text.slice(anchorStart));
  if (!anchor) return null;
  let anchorText = anchor[0].trim();
  // "The recount ordered the day after the vote was carried out …": the date and its anchor tell
  // when the thing the clause opens with was done; the anchor ends where the clause's verb begins.
  let closed = REDUCED_RELATIVE.test(text.slice(Math.max(0, start - 60), start));
  if (closed) {
    const verb = findClauseVerbs(anchorText).find((v) => v.start > 0);
    const cut = verb ? anchorText.slice(0, verb.start).replace(AUXILIARY_END, '') : anchorText;
    anchorText = cut.trim();
  }
  // "The morning after the release they were flown to Bamako": with no comma, the clause's own
  // subject ends the words naming the anchor; what follows is the clause's, not the anchor's.
  const subject = closed ? -1 : anchorText.search(SUBJECT_PRONOUN);
  if (subject > 0) {
    anchorText = anchorText.slice(0, subject).trim();
    closed = true;
  }
  const said = text.slice(start, anchorStart).trim();
  const mention: DateMention = {
    start,
    end: anchorStart,
    text: said,
    kind: 'relative-event',
    span: null,
    link: {
      days,
      upTo,
      anchor: { start: anchorStart, end: anchorStart + anchorText.length, text: anchorText, ...(closed && { closed }) },
    },
    note: `"${said} ${anchorText}": dated from that event`,
  };
  return mention;
}

/** Every date in `text` told from another event, in the order the readers find them. */
export function findRelativeDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  for (const m of text.matchAll(PART_OF_EVENT)) {
    const part = m[1]?.toLowerCase();
    const mention = relativeToEvent(text, m.index, m.index + m[0].length, part === 'eve' ? -1 : 0, false);
    if (mention) found.push(mention);
  }
  for (const m of text.matchAll(SAME_DAY_AS)) {
    const mention = relativeToEvent(text, m.index, m.index + m[0].length, 0, false);
    if (mention) found.push(mention);
  }
  for (const m of text.matchAll(PART_NEXT_TO_EVENT)) {
    const days = m[1] === 'before' ? -1 : 1;
    const mention = relativeToEvent(text, m.index, m.index + m[0].length, days, false);
    if (mention) found.push(mention);
  }
  for (const m of text.matchAll(relativeEvent(text))) {
    const [whole, qualifier, count, unit, vague, relation] = m;
    const q = qualifier?.toLowerCase() ?? '';
    const of = relation?.toLowerCase() === 'of';
    if (of && q !== 'within') continue;
    if (TIME_OF_DAY.test(text.slice(m.index + whole.length))) continue;
    const sign = relation?.toLowerCase() === 'before' ? -1 : 1;
    const lowered = vague?.toLowerCase();
    let days = 0;
    if (unit) days = countOf(count) * (UNIT_DAYS[unit.toLowerCase()] ?? 1);
    else if (lowered === 'the day') days = 1;
    else if (lowered === 'the week') days = 7;
    else if (lowered === 'days') days = 2;
    // "within hours of": the anchor's own day; "within two days of": up to two days after.
    const upTo = (/less than|under|within|barely/iu.test(q) || lowered === 'days') && days > 0;
    const mention = relativeToEvent(text, m.index, m.index + whole.length, sign * days, upTo);
    if (mention) found.push(mention);
  }
  for (const m of text.matchAll(relativePrevious(text))) {
    const days = m[1] || m[2] ? 1 : m[3] ? -1 : 0;
    found.push(relativeToPrevious(m, days));
  }
  for (const m of text.matchAll(countEarlier(text))) {
    const [, count, unit, way] = m;
    const days =
      countOf(count) * (UNIT_DAYS[(unit ?? 'day').toLowerCase()] ?? 1) * (way?.toLowerCase() === 'later' ? 1 : -1);
    found.push(relativeToPrevious(m, days));
  }
  return found;
}

function monthSpan(year: number, month: number): DaySpanDraft {
  return { first: dayFromYmd(year, month, 1), last: dayFromYmd(year, month + 1, 1) - 1, precision: 'month' };
}

/** Applies a link once its anchor's span is known: "a day after" a day is a day; "less than two days after" a range. */
export function applyLink(link: DateLink, anchor: DaySpanDraft): DaySpanDraft | null {
  if (anchor.first === null || anchor.precision !== 'day') {
    if (link.days === 0 && anchor.first !== null) return anchor;
    return null;
  }
  const target = anchor.first + link.days;
  if (Math.abs(link.days) >= MONTH_OFFSET_DAYS) {
    const { year, month } = ymdOfDay(target);
    return monthSpan(year, month);
  }
  if (!link.upTo || link.days === 0) return { first: target, last: target, precision: 'day' };
  const [first, last] = link.days > 0 ? [anchor.first, target] : [target, anchor.first];
  return { first, last, precision: 'range' };
}
