/**
 * An event the article says will happen ("the chief minister will visit Quetta on Friday") is an
 * event on that day too: a reader puts it on the timeline. A day within a month of publication
 * counts, told with "will", "shall", "is due to", "are scheduled to", "is expected to" or "agreed
 * to", at a place the clause names itself that is not only a country. "would" counts as reported
 * speech ("said they would hold a rally … on Tuesday"), not after "that"/"which"/"who" ("a line
 * that would link") and not in a clause with a condition ("would extend the strike … unless").
 * Every labelled set follows one convention since the tenth: a planned event dated to a day is an
 * event (the older sets were relabelled to it: dev-4, unseen-5, unseen-6).
 */
import type { Span } from './event-parts.ts';
import type { ClauseVerb } from './clause-verbs.ts';
import { lemmaOf, verbClassOf } from './clause-verbs.ts';
import { applyLink, type DateLink, type DateMention, type DaySpanDraft } from './resolve-dates.ts';
import type { DraftPlace } from './event-places.ts';
import { isLocating } from './event-place-roles.ts';
import { asciiTwin } from './ascii-regex.ts';

/** A forecast's bound is no plan's day either (forecast-dates.ts). */
export { datesStory } from './forecast-dates.ts';

/**
 * How many days after publication a planned event may be: a month. Further ahead, a day is as
 * often a deadline or a hope as a plan.
 */
export const PLAN_WINDOW_DAYS = 31;

/** A day in the month after publication: the span of a plan, not of what happened. */
export function isPlannedDay(span: DaySpanDraft | null, published: number): boolean {
  if (span === null || span.precision !== 'day') return false;
  const first = span.first ?? span.last;
  return first > published && first <= published + PLAN_WINDOW_DAYS;
}

/**
 * "will visit", "will be held": the verb "will" puts ahead, with its type ("visit") or `other`.
 * Group 1 is the verb. Offsets are the text's.
 */
const PLAN_VERB =
  /(?:\b(?:will|shall|(?:is|are|was|were)\s+(?:due|scheduled|expected)\s+to|agreed\s+to)|(?<!\b(?:that|which|who)\s+)\bwould)\s+(?:\p{Ll}+ly\s+)?(?:be\s+)?(\p{Ll}{3,})\b/u;
/** A condition makes "would" no plan: "would extend the strike unless the rule is suspended". */
const CONDITION = /\b(?:unless|if|otherwise)\b/iu;
/**
 * A condition after an infinitive is that infinitive's ("would hold a jirga on Saturday to decide
 * whether to block the road if …"), not the plan's.
 */
const INFINITIVE = /\bto\s+\p{Ll}/u;
/** "would" is a plan only as reported speech: "the union said it would march on Monday". */
const REPORTED = /\b(?:said|says|told|announced|confirmed|added|promised|vowed|pledged|insisted|stated)\b/u;

/**
 * Whether "would" at `at` in `text` tells no plan: not reported speech, or held back by a
 * condition before it or one of its own after it.
 */
function conditional(text: string, at: number): boolean {
  if (!REPORTED.test(text) || CONDITION.test(text.slice(0, at))) return true;
  const after = text.slice(at);
  const m = CONDITION.exec(after);
  return m !== null && !INFINITIVE.test(after.slice(0, m.index));
}
/** Words a helper may stand before that tell no event: "will continue", "would not". */
const NO_PLAN = new Set(['not', 'continue', 'remain', 'stay', 'keep', 'also', 'try', 'seek', 'need', 'have', 'like']);

/**
 * "He is then expected in Belgrade on Saturday", "is due back in Kabul on Monday": a traveller
 * awaited at a place, told without a verb of travel, is a visit planned there.
 */
const AWAITED_AT = /\b(?:is|are|was|were)\s+(?:then\s+|also\s+)?(expected|due)\s+(?:back\s+)?(?:in|at)\s+(?=\p{Lu})/u;

/**
 * "The union has called a march in the city centre for Saturday", "set a vote for Monday": an event
 * someone called, set or scheduled for a day is planned for it. Group 1 is the event's noun.
 */
const ARRANGED =
  /\b(?:call(?:s|ed)?|set|schedul(?:es?|ed)|announc(?:es?|ed)|organi[sz]e[sd]?|plann?(?:s|ed)?)\s+(?:an?|the|another|fresh|new)\s+(?:[\p{Ll}-]+\s+){0,2}?(march|rally|protest|strike|sit-in|demonstration|vote|hearing|meeting|summit|referendum|election|funeral|vigil)\b[^.;!?]*?\bfor\s+(?:next\s+|this\s+|the\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d|January|February|March|April|May|June|July|August|September|October|November|December)/u;

export function plannedVerb(clause: Span): ClauseVerb | null {
  const m = PLAN_VERB.exec(clause.text);
  const word = m?.[1];
  if (!m) return awaitedAt(clause) ?? arranged(clause);
  if (!word || NO_PLAN.has(word)) return null;
  if (m[0].startsWith('would') && conditional(clause.text, m.index)) return null;
  const lemma = lemmaOf(word);
  const start = clause.start + m.index + m[0].length - word.length;
  return { start, end: start + word.length, text: word, type: verbClassOf(lemma) ?? 'other', lemma };
}

function arranged(clause: Span): ClauseVerb | null {
  const m = ARRANGED.exec(clause.text);
  const word = m?.[1];
  if (!m || !word) return null;
  // The noun's first place in the match is its own: the words before it are the verb and a few others.
  const start = clause.start + m.index + m[0].indexOf(word);
  const lemma = lemmaOf(word);
  return { start, end: start + word.length, text: word, type: verbClassOf(lemma) ?? 'other', lemma };
}

function awaitedAt(clause: Span): ClauseVerb | null {
  const m = AWAITED_AT.exec(clause.text);
  const word = m?.[1];
  if (!m || !word) return null;
  const start = clause.start + m.index + m[0].indexOf(word);
  return { start, end: start + word.length, text: word, type: 'visit', lemma: lemmaOf(word) };
}

/** "by Friday", "by the weekend", "no later than 15 May": a deadline, not the day of a plan. */
const DEADLINE_BEFORE = /\b(?:by|before|no later than|not later than)\s+(?:the\s+)?$/iu;
/** Its twin without `u` where both find the same (ascii-regex.ts): asked before every clause date, ~4× faster. */
const deadlineBefore = asciiTwin(DEADLINE_BEFORE);

/**
 * A clause date that may be a plan's day: one in the coming month, or one counted from the event
 * told just before ("On Thursday the team will fly to Agra, and the following day it will drive
 * on to Jaipur"), which is known only once linked (`keptByDate` then asks again). A deadline is
 * none ("stocks will run out by the weekend"): what is told to happen by then has no day.
 */
export function mayBePlanned(d: DateMention, published: number, text = ''): boolean {
  const before = `${text.slice(Math.max(0, d.start - 20), d.start)}${deadlineWords(d.text)}`;
  if (deadlineBefore(before).test(before)) return false;
  return isPlannedDay(d.span, published) || toldForToday(d, published) || (d.span === null && d.link !== undefined);
}

/**
 * "is scheduled to return to Manila today", "will travel to Dodoma tonight": a plan for the day
 * of publication is planned for that day, as one for the coming week is, when its words put it
 * ahead within the day ("this morning" tells what was done: "held a sit-in this morning and said
 * they would boycott classes" plans nothing for today). keptByDate keeps it as any of that day.
 */
function toldForToday(d: DateMention, published: number): boolean {
  const first = d.span?.precision === 'day' ? (d.span.first ?? d.span.last) : null;
  return first === published && LATER_TODAY.test(d.text);
}
/** The words of a day of publication still ahead: "today", "tonight", "this afternoon", "later today". */
const LATER_TODAY = /\b(?:today|tonight|this\s+(?:afternoon|evening))\b/iu;

/** The words of a date's own text before its day ("by the weekend" read as "by the"): what may make it a deadline. */
function deadlineWords(dateText: string): string {
  const m = /^(?:by|before|no later than|not later than)\s+(?:the\s+)?/iu.exec(dateText);
  return m ? m[0] : '';
}

/**
 * Whether a draft stays for its date: news tells what happened, so one dated after publication
 * is a plan, kept only when told with "will" (`plan`) for the coming month at a place of its own.
 * A plan counted from the event before it that lands before publication was no plan: dropped.
 */
export function keptByDate(
  d: { span: DaySpanDraft | null; dateKind: string | null; places: readonly DraftPlace[] },
  published: number,
  plan: boolean,
): boolean {
  if (d.span === null) return true;
  // "is due to cross into Iran on Friday": a plan's country alone is the way there, not a place it is told at.
  // A town no index holds ("will meet in Janakpurdham") is a place of its own, though drawn at its country.
  if (plan && isPlannedDay(d.span, published)) {
    return d.places.some((p) => isLocating(p) && !p.fallback && (p.kind !== 'country' || p.unknown !== undefined));
  }
  return (d.span.first ?? d.span.last) <= published && !(plan && d.dateKind === 'relative-previous');
}

/**
 * Which anchors an event counted from another, its date at `at`, may have: one that puts it no
 * later than publication, for news tells what happened; any, when it is told as a plan ("will
 * hold an assembly hours before the talks"), for then the event it is counted from lies ahead too.
 */
export function anchorsItMayHave(
  text: string,
  at: number,
  link: DateLink,
  published: number,
): (p: { span: DaySpanDraft | null }) => boolean {
  const start = Math.max(...['.', '!', '?', '\n'].map((c) => text.lastIndexOf(c, at - 1))) + 1;
  const plan = plannedVerb({ start, end: at, text: text.slice(start, at) }) !== null;
  return (p) => p.span !== null && (plan || (applyLink(link, p.span)?.first ?? 0) <= published);
}
