/**
 * The small readers the event extractor is built from: sentences (Intl.Segmenter, mended after
 * "Sen." and "Jan."), clauses, actors (named people and organisations) and casualty figures.
 */
import { ONE_TO_TEN, ONE_TO_TEN_PATTERN } from './number-words.ts';
import irregularVerbs from './lexicon/irregular-verbs.json';
import { asciiTwin } from './ascii-regex.ts';
import { allMatches } from './all-matches.ts';

export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Abbreviations after which ICU's sentence segmenter wrongly ends a sentence ("Sen. John Kerry"). */
const ABBREVIATIONS =
  /\b(?:Sen|Rep|Gov|Gen|Lt|Col|Maj|Capt|Adm|Sgt|Cpl|Mr|Mrs|Ms|Dr|Prof|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Gen|Brig|Cmdr|Rev|Jr|Sr|U\.S|U\.N)\.\s*$/u;

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The sentences of `text` with their offsets; blank ones are left out. */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let pending: { start: number; end: number } | null = null;
  for (const s of sentenceSegments(text)) {
    const start: number = pending?.start ?? s.index;
    const end = s.index + s.segment.length;
    if (endsWithAbbreviation(s.segment) && !s.segment.includes('\n')) {
      pending = { start, end };
      continue;
    }
    pending = null;
    pushTrimmed(text, start, end, out);
  }
  if (pending) pushTrimmed(text, pending.start, pending.end, out);
  return out;
}

/** Lines are read together up to about this many characters before ICU is handed them. */
const PIECE_CHARS = 256;

/**
 * ICU's sentence segments of `text`, as `segmenter.segment(text)` gives them, read a piece at a
 * time: each segment V8 hands back costs a copy of all the text it was given, quadratic in an
 * article read whole. A piece ends after the first line break {@link PIECE_CHARS} on: a sentence
 * always ends at a line break (UAX #29, rule SB4; no rule reads across one), so the pieces give
 * the segments the whole text gives.
 */
export function sentenceSegments(text: string): { index: number; segment: string }[] {
  const out: { index: number; segment: string }[] = [];
  for (let from = 0; from < text.length;) {
    const lineBreak = text.indexOf('\n', from + PIECE_CHARS);
    const to = lineBreak === -1 ? text.length : lineBreak + 1;
    for (const s of segmenter.segment(from === 0 && to === text.length ? text : text.slice(from, to))) {
      out.push({ index: from + s.index, segment: s.segment });
    }
    from = to;
  }
  return out;
}

/** The longest abbreviation, and the character before it that its `\b` reads. */
const ABBREVIATION_REACH = 'Sept'.length + 1;

/**
 * ABBREVIATIONS read on the segment's last few characters: the pattern is anchored at the end,
 * and V8 would try it from every character of the sentence.
 */
function endsWithAbbreviation(segment: string): boolean {
  const trimmed = segment.trimEnd();
  if (!trimmed.endsWith('.')) return false;
  return ABBREVIATIONS.test(segment.slice(Math.max(0, trimmed.length - 1 - ABBREVIATION_REACH)));
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]) {
  const whole = text.slice(start, end);
  // Most segments hold no line break: the split below would give them back whole.
  if (!whole.includes('\n')) {
    const lead = whole.length - whole.trimStart().length;
    const body = whole.trim();
    if (body !== '') out.push({ start: start + lead, end: start + lead + body.length, text: body });
    return;
  }
  // A paragraph break inside one ICU segment (a headline without a full stop) ends a sentence too.
  let from = start;
  for (const part of whole.split(/(\n\s*\n|\n(?=\s*\p{Lu}))/u)) {
    const lead = part.length - part.trimStart().length;
    const body = part.trim();
    if (body !== '' && !/^\n/u.test(part)) out.push({ start: from + lead, end: from + lead + body.length, text: body });
    from += part.length;
  }
}

/** Past forms of irregular verbs, for a coordinated predicate: ", and flew on to Tehran". */
const IRREGULAR_PAST = Object.keys(irregularVerbs).join('|');
/** ", and the following day …", ", and on Thursday …": a new time starts a new event's clause. */
const NEW_TIME = String.raw`(?:the\s+(?:next|following|same)\s+(?:day|morning|afternoon|evening|night)|(?:a|one|two|three)\s+days?\s+later|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|later\s+that)\b`;
/**
 * Where a sentence breaks into clauses: a semicolon, or a comma before a new predicate, a
 * conjunction ("while", "but") or "and" before a past verb (", and flew on to Tehran on Monday"),
 * "and" before a new time (", and the following day clinics in Faisalabad closed"), or "after"
 * before a clause with a past verb (", after a court acquitted the owner": an earlier event).
 */
/** Where a break may be: a semicolon, a comma, the space before "when" or before "that took …". */
/** A subject counted out of those told before: ", and eight of the injured were flown …", ", and most were …". */
const COUNTED = String.raw`\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|some|many|most|several|all|both|others`;
const MONTH_NAMES = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** A full date with its year, either way round: "9 March 2024", "March 9, 2024". */
const FULL_DATE = String.raw`(?:\d{1,2}\s+${MONTH_NAMES}|${MONTH_NAMES}\s+\d{1,2},?)\s+\d{4}\b`;
/**
 * "have soured since militants ambushed a convoy near Razmak on March 9, 2024": "since" before an
 * event with a full date of its own opens a clause, that event's; so does "and" before a past verb
 * with a new time, comma or none ("were examined in Jolo that evening and flown out the next day to
 * Zamboanga City": the flight is the next day's event, at its own place).
 */
const BREAK_AT = new RegExp(
  String.raw`;\s+|,\s+|\s+(?=when\s)|\s+(?=that\s+(?:\p{Ll}{3,}ed|${IRREGULAR_PAST})\b)|\s+(?=since\s+[^,;.]{0,80}?\b(?:on|of)\s+${FULL_DATE})|\s+(?=and\s+(?:\p{Ll}{3,}ed|${IRREGULAR_PAST})\s+(?:\p{Ll}+\s+)?${NEW_TIME})`,
  'gu',
);
/**
 * ", and the disaster at Soma on May 13, 2014 …", ", and a landslide buried houses in Trabzon on 9
 * July 2021": a second event with a date of its own, the first told in the same sentence with another.
 */
const OWN_DATE_AND = String.raw`and\s+(?:the|a|an|his|her|their|its|${COUNTED})\s+(?:[^,;.]{0,80}?\b(?:on|of)\s+${FULL_DATE}|(?:[\p{L}-]+\s+){0,4}?(?:\p{Ll}{3,}ed|${IRREGULAR_PAST})\b(?=[^;.]*\bon\s+(?:\d{1,2}\s+${MONTH_NAMES}|${MONTH_NAMES}\s+\d{1,2})))`;
/**
 * After a comma, what makes it a clause's end (", where traders stopped … on October 12", ", who
 * died … on 9 October 2024": a new date, a new event; ", will tour …": the main clause's predicate
 * after an aside); read only at commas (sticky), not at every letter.
 */
const AFTER_COMMA = new RegExp(
  String.raw`(?:while|whereas|but|and then|after which|which|before|although)\b|where\s+(?=[^,;.]*\bon\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\b)|who\s+(?=[^,;.]*\bon\s+\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}\b)|(?:will|shall)\s+(?=\p{Ll}{3,})|and\s+(?:\p{Ll}{3,}ed|${IRREGULAR_PAST})\b|and\s+${NEW_TIME}|and\s+(?:the|a|an|his|her|their|its|${COUNTED})\s+(?:[\p{L}-]+\s+){0,5}?(?:was|were|had|has|have)\s+(?:\p{Ll}{3,}ed|${IRREGULAR_PAST})\b|after\s+(?:a|an|the|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,3}?(?:\p{Ll}{3,}ed|${IRREGULAR_PAST})\b|${OWN_DATE_AND}`,
  'iuy',
);

/** The clauses of a sentence, offsets in the whole text. */
export function splitClauses(sentence: Span): Span[] {
  const out: Span[] = [];
  let from = 0;
  const text = sentence.text;
  for (const m of allMatches(BREAK_AT, text)) {
    if (m[0].startsWith(',')) {
      AFTER_COMMA.lastIndex = m.index + m[0].length;
      if (!AFTER_COMMA.test(text)) continue;
    }
    if (m.index > from) out.push(part(sentence, from, m.index));
    from = m.index + m[0].length;
  }
  if (from < text.length) out.push(part(sentence, from, text.length));
  return out;
}

const part = (s: Span, a: number, b: number): Span => ({
  start: s.start + a,
  end: s.start + b,
  text: s.text.slice(a, b),
});

// ---------------------------------------------------------------- actors

/** Title words dropped from an actor's name: "CIA Director Leon Panetta" → CIA, Leon Panetta. */
const TITLES = new Set(
  'Director General Lt Lt-Gen Gen Sen Senator Adm Admiral President Prime Minister Secretary Ambassador Chief Chairman Mr Mrs Ms Dr Commander Colonel Col Maj Capt King Queen Prince Foreign Defence Defense Interior State Army Spokesman Spokeswoman High Commissioner Governor Gov Rep Officials Official Former Acting Deputy Vice'.split(
    ' ',
  ),
);
/** Capitalised words that are no actor: sentence openers, months, weekdays, pronouns. */
const NOT_ACTORS = new Set(
  'The A An In On At By For From To Of And But Or If When While After Before Since Until As It He She They We I Last Next One Two Three Four Five Six Eight Nine Ten Several Some Many Hundreds Thousands Dozens His Her Their Its This That These Those There Here Among Meanwhile However Nevertheless Clearly Earlier Later Newly Previous Seven Dear Follow Join Leave January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday US U.S. Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec'.split(
    ' ',
  ),
);
const NAME_RUN = /\b(?:\p{Lu}[\p{L}'’.-]*|al|bin|ul)(?:\s+(?:\p{Lu}[\p{L}'’.-]*|al|bin|ul))*/gu;

/** Named people and organisations in `clause`, leaving out the words covered by places. */
export function findActors(clause: Span, covered: (start: number, end: number) => boolean): string[] {
  const actors: string[] = [];
  // Each run of names ends by flushing it to the actors: a module function, not a closure made
  // per clause (tsx gives each named one a name property as it is made).
  let words: string[] = [];
  for (const m of allMatches(NAME_RUN, clause.text)) {
    let offset = clause.start + m.index;
    // A run starts and ends with a word: the split gives words at even places, white space between.
    const pieces = m[0].split(/(\s+)/u);
    for (let i = 0; i < pieces.length; i++) {
      const raw = pieces[i] ?? '';
      const start = offset;
      offset += raw.length;
      if (i % 2 === 1) continue;
      const word = withoutPossessive(raw.endsWith('.') || raw.endsWith(',') ? raw.slice(0, -1) : raw);
      const acronym = isAcronym(word);
      if (covered(start, start + raw.length) || TITLES.has(word) || NOT_ACTORS.has(word)) {
        words = flushName(words, actors);
        continue;
      }
      if (acronym) {
        words = flushName(words, actors);
        words.push(word);
        words = flushName(words, actors);
        continue;
      }
      words.push(word);
    }
    words = flushName(words, actors);
  }
  return actors;
}

/** `word` without a final "'s" or "’s" (as `/['’]s$/u` finds it), by its last code units. */
function withoutPossessive(word: string): string {
  const before = word.charAt(word.length - 2);
  return word.endsWith('s') && (before === "'" || before === '’') ? word.slice(0, -2) : word;
}

/** `/^\p{Lu}{2,}$/u`: a plain word by its code units, any other by the pattern. */
function isAcronym(word: string): boolean {
  let ascii = word.length >= 2;
  for (let i = 0; ascii && i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return /^\p{Lu}{2,}$/u.test(word);
    ascii = c >= 65 && c <= 90;
  }
  return ascii;
}

const LINKS = new Set(['al', 'bin', 'ul']);

/** Adds the run of `words` as a name to `actors` (without a trailing "al"/"bin"/"ul"); the run is then empty. */
function flushName(words: string[], actors: string[]): string[] {
  while (words.length > 0 && LINKS.has(words[words.length - 1] ?? '')) words.pop();
  const name = withoutPossessive(words.join(' '));
  if (name.length > 1 && !actors.includes(name)) actors.push(name);
  return [];
}

// ---------------------------------------------------------------- casualty figures

export interface CasualtyFigure {
  min: number;
  max: number | null;
  who: string;
  span: Span;
}

const SMALL_NUMBERS: Record<string, number> = {
  ...ONE_TO_TEN,
  eleven: 11,
  twelve: 12,
  dozen: 12,
  twenty: 20,
  thirty: 30,
  fifty: 50,
  hundred: 100,
};
const NUMBER = String.raw`(\d[\d,]*|${ONE_TO_TEN_PATTERN}|eleven|twelve|twenty|thirty|fifty|a dozen|dozens|scores)`;
const QUALIFIER = String.raw`(at least|more than|over|nearly|almost|about|around|some|up to)?\s*`;
const WHO = String.raw`((?:[a-z]+\s+(?:and\s+)?)?(?:people|civilians|militants|fighters|soldiers|troops|policemen|police|children|women|men|suspects|insurgents|members|pakistanis|americans|afghans|workers|others))?`;
/** "killing 45 civilians", "killed at least six", "leaving 12 dead". */
const KILLED_THEN_COUNT = new RegExp(
  String.raw`\b(?:killing|killed|kills|kill|left|leaving)\s+${QUALIFIER}${NUMBER}(?:\s*(?:-|–|to)\s*(\d[\d,]*))?\s*${WHO}`,
  'giu',
);
/** "six people were killed", "45 civilians died". */
const COUNT_THEN_KILLED = new RegExp(
  String.raw`\b${QUALIFIER}${NUMBER}(?:\s*(?:-|–|to)\s*(\d[\d,]*))?\s+${WHO}\s*(?:were|have been|had been|was)?\s*(?:killed|dead|died)\b`,
  'giu',
);

/** The twins without `u` on a text where they find the same (see ascii-regex.ts). */
const killedThenCount = asciiTwin(KILLED_THEN_COUNT);
const countThenKilled = asciiTwin(COUNT_THEN_KILLED);

function numberOf(word: string): number | null {
  const w = word.toLowerCase();
  if (/^\d/u.test(w)) return Number(w.replace(/,/gu, ''));
  if (w === 'a dozen') return 12;
  if (w === 'dozens') return 24;
  if (w === 'scores') return 40;
  return SMALL_NUMBERS[w] ?? null;
}

/** The death tolls a clause gives, as ranges: "at least six" is six or more (`max: null`). */
export function findCasualties(clause: Span): CasualtyFigure[] {
  const figures: CasualtyFigure[] = [];
  for (const twin of [killedThenCount, countThenKilled]) {
    for (const m of allMatches(twin(clause.text), clause.text)) {
      const [, qualifier, count, upper, who] = m;
      if (count === undefined) continue;
      const n = numberOf(count);
      if (n === null) continue;
      // "killed two people" is a toll; "killed in 2003" is no number of dead.
      if (!who && /^\d{4}$/u.test(count)) continue;
      const q = qualifier?.toLowerCase();
      const vague = count === 'dozens' || count === 'scores';
      const atLeast = vague || q === 'at least' || q === 'more than' || q === 'over' || q === 'some';
      const max = upper ? Number(upper.replace(/,/gu, '')) : atLeast ? null : n;
      const span: Span = {
        start: clause.start + m.index,
        end: clause.start + m.index + m[0].length,
        text: m[0].trim(),
      };
      if (figures.some((f) => f.span.start < span.end && span.start < f.span.end)) continue;
      figures.push({ min: n, max: max !== null && max < n ? n : max, who: who?.trim() || 'people', span });
    }
  }
  return figures;
}
