/**
 * Events found from a clause's structure rather than a closed list of trigger words: a clause's
 * finite verb (past tense, or a known event verb in any form), read as its lemma ("reached",
 * "reaches", "reaching" → reach; "flew" → fly) with its particle ("walked off", "flew on to"),
 * and typed by its verb class, or `other` when the verb is none we class. The extractor only
 * drafts one when the same clause also has a resolved date and a place: precision comes from
 * that, not from the verb.
 *
 * The tables are data in lexicon/: irregular forms, verb classes, verbs that tell no event.
 *
 * @example
 * findClauseVerbs('An aid convoy reached Herat on 14 August 2020')
 * // [{ start: 13, end: 20, text: 'reached', lemma: 'reach', type: 'visit' }]
 */
import type { EventType } from '../dataset/schema.ts';
import irregularVerbs from './lexicon/irregular-verbs.json';
import verbClasses from './lexicon/verb-classes.json';
import nonEventVerbs from './lexicon/non-event-verbs.json';
import type { Trigger } from './triggers.ts';
import type { DateMention } from './resolve-dates.ts';
import { asciiTwin } from './ascii-regex.ts';
import { allMatches } from './all-matches.ts';

/**
 * Irregular past forms and participles → lemma: "flew" → fly. Maps, not the JSON objects, so a
 * word such as "constructor" or "toString" is not read as a verb from Object's prototype.
 */
const IRREGULAR: ReadonlyMap<string, string> = new Map(Object.entries(irregularVerbs));
/** Lemma, or "lemma particle", → the event type it tells: "reach" → visit, "walk off" → protest. */
const CLASSES: ReadonlyMap<string, EventType> = new Map(Object.entries(verbClasses as Record<string, EventType>));
/** Lemmas that tell no event: reporting ("say"), belief ("expect"), adjectives ("arm", "wound"). */
const NON_EVENT: ReadonlySet<string> = new Set(nonEventVerbs);
/** Every lemma the tables know, to choose among the spellings a suffix may leave. */
const KNOWN: ReadonlySet<string> = new Set([
  ...IRREGULAR.values(),
  ...[...CLASSES.keys()].map((k) => k.split(' ')[0] ?? k),
  ...NON_EVENT,
]);

export interface ClauseVerb extends Trigger {
  lemma: string;
}

/**
 * The lemma of an English verb form: "reached" → reach, "closed" → close, "stopped" → stop,
 * "carried" → carry, "reaches" → reach, "reaching" → reach, "flew" → fly. A form the rules cannot
 * tell apart ("focused": focus or focuse) takes a spelling the tables know, else the bare stem.
 */
export function lemmaOf(word: string): string {
  const w = word.toLowerCase();
  let lemma = LEMMAS.get(w);
  if (lemma === undefined) {
    if (LEMMAS.size >= MAX_CACHED_LEMMAS) LEMMAS.clear();
    LEMMAS.set(w, (lemma = readLemma(w)));
  }
  return lemma;
}
/** Lemmas already read: a text repeats its verbs, and the rules below are not free. */
const LEMMAS = new Map<string, string>();
const MAX_CACHED_LEMMAS = 20_000;

function readLemma(w: string): string {
  // "died", "tied", "lied": the e stays (die, tie, lie), no y.
  if (/^\p{Ll}ied$/u.test(w)) return w.slice(0, -1);
  const irregular = IRREGULAR.get(w);
  if (irregular) return irregular;
  if (KNOWN.has(w)) return w;
  let stems: string[] = [];
  if (/ied$/u.test(w) || /ies$/u.test(w)) stems = [`${w.slice(0, -3)}y`];
  else if (w.endsWith('ed')) stems = [w.slice(0, -2), w.slice(0, -1), w.slice(0, -3)];
  else if (w.endsWith('ing')) stems = [w.slice(0, -3), `${w.slice(0, -3)}e`, w.slice(0, -4)];
  else if (/(?:ch|sh|ss|x|z|o)es$/u.test(w)) stems = [w.slice(0, -2), w.slice(0, -1)];
  else if (w.endsWith('s') && !w.endsWith('ss')) stems = [w.slice(0, -1)];
  const known = stems.find((s) => KNOWN.has(s));
  if (known) return known;
  const bare = stems[0] ?? w;
  // "stopped" → stop (a doubled final consonant), "arrived" → arrive (no English verb ends in v).
  if (/([b-df-hj-np-tv-z])\1$/u.test(bare) && !/(?:ll|ss|ff|zz)$/u.test(bare)) return bare.slice(0, -1);
  // "injured", "invaded", "escalated", "closed": the e the suffix took ("visited", "defeated" keep none).
  if (/[vcu]$/u.test(bare) || /[^aeiou][sz]$/u.test(bare) || /[^aeiou](?:ur|[aou]d|at)$/u.test(bare)) {
    return `${bare}e`;
  }
  return bare;
}

/** The type a verb tells, by its class: the particle's entry first ("walk off"), then the verb's. */
export function verbClassOf(lemma: string, particle = ''): EventType | undefined {
  return (particle ? CLASSES.get(`${lemma} ${particle}`) : undefined) ?? CLASSES.get(lemma);
}

/** A word after the verb that belongs to it: "walked off", "set out", "flew on (to)". */
const PARTICLES = new Set(['off', 'out', 'up', 'down', 'back', 'away', 'over', 'on']);
/** Before a participle that is an adjective or a noun: "the injured", "a wounded soldier". */
const DETERMINERS = new Set(
  'the a an its their his her our this that these those some many several no each every any one two three four five'.split(
    ' ',
  ),
);
/** Before a verb that has not happened: "will reach", "plans to travel", "could close". */
const NOT_YET = new Set(['will', 'would', 'could', 'may', 'might', 'should', 'must', 'to', 'shall', 'cannot']);
/** Words before "one" that make it a pronoun: "a second one", "the other one". */
const ONE_AS_PRONOUN_AFTER = new Set([
  'a',
  'the',
  'another',
  'other',
  'second',
  'third',
  'first',
  'last',
  'new',
  'this',
]);
/** Before a verb that did not happen: "did not reach", "never arrived". */
const NEGATIONS = new Set(['not', 'never', "didn't", 'didn’t', "wasn't", 'wasn’t', "weren't", 'weren’t']);
/** Words after which a classed verb's -ing form tells an event: "before travelling on to Karachi". */
const GERUND_AFTER = new Set(['before', 'after']);
/** Helpers that make a participle finite: "has reached", "was suspended", "were attacked". */
const AUXILIARIES = new Set(['has', 'have', 'had', 'was', 'were', 'is', 'are', 'been', 'be']);

const WORD = /\p{L}[\p{L}'’-]*/gu;
/**
 * "cases were confirmed in Dharan", "an outbreak of cholera was reported in Sylhet": cases found
 * somewhere are an event (an epidemic's spread), though "officials confirmed that …" is a saying.
 */
const FOUND_CASES: ReadonlySet<string> = new Set(['confirm', 'report']);
const CASES_BEFORE =
  /(?<!\b(?:[Nn]o|[Nn]o new|[Nn]o further|[Nn]o more)\s)\b(?:cases?|infections?|outbreaks?|cluster|clusters)\b(?:\s+[\p{L}-]+){0,4}\s+(?:was|were|is|are|(?:has|have|had)\s+been)\s+(?:first\s+|also\s+)?$/u;

/**
 * "was confirmed positive", "were reported missing", "confirmed dead": a person found so is an
 * event of the day, though "confirmed that" is a saying. "admitted to the district hospital",
 * "admitted to hospital": taken in, not owning up ("admitted to lying", "admitted that").
 */
const FOUND_AFTER: ReadonlyMap<string, RegExp> = new Map([
  ['confirm', /^\s+(?:as\s+)?(?:positive|negative|dead|infected|missing)\b/u],
  ['report', /^\s+(?:positive|dead|missing|infected)\b/u],
  [
    'admit',
    /^\s+(?:to|at|in)\s+(?:(?:the|a|an)\s+)?(?:[\p{L}-]+\s+){0,3}(?:hospitals?|clinics?|wards?|ICU|intensive care|health (?:centre|center|complex|post))\b/u,
  ],
]);

/** Whether a reporting verb tells cases or people found ("cases were confirmed", "was confirmed positive"). */
function foundCase(lemma: string, clause: string, start: number, end: number): boolean {
  if (FOUND_CASES.has(lemma) && CASES_BEFORE.test(clause.slice(0, start))) return true;
  const after = FOUND_AFTER.get(lemma);
  return after !== undefined && after.test(clause.slice(end, end + 60));
}

/** What a word's spelling alone tells of it, the same wherever it stands. */
interface Form {
  lower: string;
  /** "died", "tied": a short -ied past is a verb too ("bed", "red" are not). */
  past: boolean;
  lemma: string;
  nonEvent: boolean;
  classed: boolean;
  /** "reaches", "reaching": a classed verb's form that is finite or a gerund. */
  tensed: boolean;
}
/** Forms already read, by spelling: a text repeats its words, and these tests ran once a word. */
const FORMS = new Map<string, Form>();
function formOf(word: string): Form {
  let form = FORMS.get(word);
  if (form === undefined) {
    if (FORMS.size >= MAX_CACHED_LEMMAS) FORMS.clear();
    const lower = word.toLowerCase();
    const lemma = lemmaOf(lower);
    form = {
      lower,
      past: IRREGULAR.has(lower) || (lower.endsWith('ed') && lower.length >= 5) || /^\p{Ll}ied$/u.test(lower),
      lemma,
      nonEvent: NON_EVENT.has(lemma),
      classed: CLASSES.has(lemma),
      tensed: /(?:s|ing)$/u.test(lower),
    };
    FORMS.set(word, form);
  }
  return form;
}

/**
 * The finite verbs of `clause` that may tell an event: past forms (regular "-ed" or irregular),
 * and forms of a classed verb in any tense ("reaches", "is reaching"). Offsets are relative to
 * `offset`, the clause's start in the text.
 */
export function findClauseVerbs(clause: string, offset = 0): ClauseVerb[] {
  const words = allMatches(WORD, clause);
  const out: ClauseVerb[] = [];
  const quoted = quotedAt(clause);
  for (let i = 0; i < words.length; i++) {
    const m = words[i];
    if (!m || quoted(m.index)) continue;
    const word = m[0];
    // A word starts with a letter: below 128 only a-z are lowercase ones, and \p{Ll} is asked of the rest.
    const first = word.charCodeAt(0);
    if (word.length < 3 || (first < 128 ? first < 97 : !/^\p{Ll}/u.test(word))) continue;
    const { lower, past, lemma, nonEvent, classed, tensed } = formOf(word);
    if (nonEvent && !foundCase(lemma, clause, m.index, m.index + word.length)) continue;
    // Neither past nor classed is never finite: most words stop here, before the word before is read.
    if (!past && !classed) continue;
    const previous = words[i - 1]?.[0].toLowerCase() ?? '';
    const finite = past || (classed && (tensed || AUXILIARIES.has(previous)));
    if (!finite) continue;
    // "the injured", "an armed man": a participle used as an adjective; "to reach": not yet done.
    // "a second one started": "one" after an article or an ordinal is a pronoun, the verb is finite.
    const pronounOne = previous === 'one' && ONE_AS_PRONOUN_AFTER.has(words[i - 2]?.[0].toLowerCase() ?? '');
    if ((DETERMINERS.has(previous) && !pronounOne) || NOT_YET.has(previous) || NEGATIONS.has(previous)) continue;
    // "showed no sign of giving in": a verb whose object is "no …" tells nothing that happened.
    if (words[i + 1]?.[0].toLowerCase() === 'no') continue;
    // "before travelling on to Karachi": a gerund after "before" or "after" tells an event too.
    if (lower.endsWith('ing') && !AUXILIARIES.has(previous) && !GERUND_AFTER.has(previous)) continue;
    let end = m.index + word.length;
    const next = words[i + 1];
    const particle = next && PARTICLES.has(next[0].toLowerCase()) ? next[0].toLowerCase() : '';
    let type = verbClassOf(lemma, particle);
    if (particle && CLASSES.has(`${lemma} ${particle}`) && next) end = next.index + next[0].length;
    type ??= 'other';
    out.push({ start: offset + m.index, end: offset + end, text: clause.slice(m.index, end), type, lemma });
  }
  return out;
}

/**
 * Whether a position is inside a quotation ("…" or “…”): the speaker's words ("the vote had been
 * “well organised”"), which tell what was said, not an event the story narrates.
 */
function quotedAt(text: string): (at: number) => boolean {
  if (!/["“”]/u.test(text)) return () => false;
  const spans: [number, number][] = [];
  let open = -1;
  for (const m of text.matchAll(/["“”]/gu)) {
    const closes = m[0] === '”' || (m[0] === '"' && open >= 0);
    if (closes && open >= 0) {
      spans.push([open, m.index]);
      open = -1;
    } else if (!closes) open = m.index;
  }
  return (at) => spans.some(([a, b]) => at > a && at < b);
}

/**
 * A clause with no trigger word may still tell an event by its structure: a finite verb, a date
 * and a place ("the country" counts as the article's) in the same clause. Its type is the verb's
 * class ("reached": visit, "suspended": policy), else `other` ("walked off the job").
 */
export function clauseEvent(
  verbs: readonly ClauseVerb[],
  dates: readonly DateMention[],
  places: number,
  published: number,
): Trigger | null {
  // News tells what happened: a date after the publication ("after 12 years of …" read forward) is no event's.
  if (!dates.some((d) => d.span === null || (d.span.first ?? d.span.last) <= published)) return null;
  if (places === 0) return null;
  return verbs.find((v) => v.type !== 'other') ?? verbs[0] ?? null;
}

/** Words without which no date is told: numbers, months, weekdays, "yesterday", "ago", "last". */
const DATE_CUE_IU =
  /\d|\b(?:jan(?:uary)?|feb(?:ruary)?|march|mar|april|apr|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun|to|yester)day|tonight|tomorrow|ago|last|next|earlier|later|previous|morning|evening|night|hours?|eve|weeks?|months?|years?|days?|since|until)\b/iu;

/** A reference to the article's country stands for its name: "to the west of the country". */
const THE_COUNTRY_IU = /\bthe (?:country|nation)\b/iu;

// Asked of every sentence: each runs its twin without `u` where that finds the same (see ascii-regex.ts).
const dateCue = asciiTwin(DATE_CUE_IU);
const theCountry = asciiTwin(THE_COUNTRY_IU);
export const DATE_CUE = { test: (text: string): boolean => dateCue(text).test(text) };
export const THE_COUNTRY = { test: (text: string): boolean => theCountry(text).test(text) };

/** Whether a span holds a place mention, for spans asked in text order (a moving cursor, not a scan). */
export function placesWithin(mentions: readonly { start: number; end: number }[]) {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  let i = 0;
  return (span: { start: number; end: number }): boolean => {
    while (i < sorted.length && (sorted[i]?.start ?? 0) < span.start) i++;
    const m = sorted[i];
    return m !== undefined && m.end <= span.end;
  };
}
