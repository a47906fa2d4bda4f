/**
 * "a 56-year-old woman from Kalpi was trampled near Orai", "the boy from Dhanpur died at the
 * district hospital in Moga", "about 200 farmers from Sirsa marched to the collector's office in
 * Hisar": people named by where they come from. The place says who they are, not where the event
 * happened, when the clause puts the event somewhere else. Alone, it stands for the event ("a herder
 * from a village near Garissa was confirmed positive": the case is Garissa's).
 *
 * Only a phrase that opens its clause (its subject, or set off by a comma) reads so: "evacuated
 * 4,000 people from Jomboy" and "flew the injured from Matta to Mingora" tell where they were taken
 * from, which is the event's.
 *
 * @example
 * isPeopleOrigin('A farmer from Kalpi was killed in Orai.', { start: 14, end: 19 }) // true
 */
import type { DraftPlace } from './event-places.ts';

/** A word of a list, its first letter in either case ("The boy", "the boy"). */
const either = (words: readonly string[]) =>
  `(?:${words.map((w) => `[${w[0]?.toUpperCase() ?? ''}${w[0] ?? ''}]${w.slice(1).replaceAll(' ', String.raw`\s+`)}`).join('|')})`;

/** Nouns for people (not teams, firms or things: "a rescue team from Valpoi" was sent from there). */
const PEOPLE = String.raw`(?:man|men|woman|women|boys?|girls?|child|children|bab(?:y|ies)|infants?|toddlers?|teenagers?|youths?|patients?|farmers?|residents?|villagers?|herders?|shepherds?|fisherm[ae]n|workers?|labou?rers?|students?|pupils?|pilgrims?|vendors?|famil(?:y|ies)|people|mothers?|fathers?|sons?|daughters?|brothers?|sisters?|couples?|widows?|elders?|tribesmen|nomads?)`;
/** What may come before the noun in its phrase: articles, numbers, ages, one adjective. */
const LEAD = String.raw`(?:(?:${either([
  'an?',
  'the',
  'one of the',
  'some of the',
  'two',
  'three',
  'four',
  'five',
  'several',
  'many',
  'some',
  'dozens of',
  'hundreds of',
  'thousands of',
  'a group of',
  'about',
  'around',
  'nearly',
  'over',
  'more than',
  'at least',
  'first',
  'second',
  'young',
  'elderly',
  'local',
  'other',
])}|\d[\d,]*|[\p{L}\d-]+-year-old|\p{Lu}\p{Ll}+)\s+){0,6}`;
/**
 * Where a subject or an apposition opens: a line or sentence, a comma or dash, a joining word; or the
 * people an appeal is made to ("urged residents of Ghizer to avoid the banks"), who are where they live.
 */
const OPENS = String.raw`(?:\n\s*|[.!?:;,]\s+|[(—–]\s*|\b${either(['that', 'since', 'when', 'after', 'before', 'as', 'while', 'because', 'where', 'and', 'but', 'until', 'once', 'urged', 'warned', 'told', 'asked', 'advised', 'called on'])}\s+)`;
/**
 * "from" (or "displaced from"), and "from a village in", "from the village of", "from the", before the
 * place's name; or "of": "residents of Kalpi were taken to Orai" tells where they live, as "from" does.
 */
const FROM = String.raw`(?:(?:\s+displaced)?\s+from\s+(?:(?:a|the)\s+(?:village|town|hamlet|settlement)\s+(?:in|of|near)\s+|the\s+)?|\s+of\s+(?:the\s+)?)`;
const ORIGIN_PHRASE = new RegExp(String.raw`${OPENS}${LEAD}${PEOPLE}${FROM}$`, 'u');

/** Between a place and the unit it is told in: ", the headquarters of", ", a village in", " in". */
const UNIT_TOLD = /^(?:,\s+(?:(?:an?|the)\s+(?:[\p{L}'’-]+\s+){1,4}?(?:of|in)|in)|\s+in)\s+(?:the\s+)?$/u;

/** How far back the phrase may start. */
const REACH = 90;

/** Whether the place at `m` names where people the clause tells of come from ("a woman from Kalpi"). */
export function isPeopleOrigin(text: string, m: { start: number }): boolean {
  const from = Math.max(0, m.start - REACH);
  const before = text.slice(from, m.start);
  // The phrase ends in "from" or "of": a text without either is refused before the pattern, tried from every character, is.
  if (!before.includes('from') && !before.includes('of')) return false;
  // The text's start opens a phrase; a cut in the middle of a sentence does not.
  return ORIGIN_PHRASE.test((from === 0 ? '\n' : 'x') + before);
}

/**
 * The places of `drafted` that name where people come from, set aside as mentioned when the event
 * has a place of its own beside them.
 */
export function setAsideOrigins(text: string, drafted: DraftPlace[]): void {
  const origins = drafted.filter((p) => p.role !== 'mentioned' && isPeopleOrigin(text, p.mention));
  if (origins.length === 0) return;
  // "residents of Khalanga, the headquarters of Darchula district": the unit the text puts the place in is no elsewhere.
  const unitOfOrigin = (p: DraftPlace) =>
    origins.some(
      (o) =>
        p.placeId !== null &&
        o.unknown?.withinId === p.placeId &&
        p.mention.start > o.mention.end &&
        UNIT_TOLD.test(text.slice(o.mention.end, p.mention.start)),
    );
  const elsewhere = drafted.some((p) => p.role !== 'mentioned' && !origins.includes(p) && !unitOfOrigin(p));
  if (elsewhere) for (const p of origins) p.role = 'mentioned';
}
