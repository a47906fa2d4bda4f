/**
 * The words that tell an event happened ("struck", "met", "phoned", "summoned"), each with the
 * event type it makes. A clause about drones or missiles turns "killed" and "attack" into a
 * strike. Travel and calls read their places as from/to; the others as where they happened.
 */
import { warnedOf } from './untold-words.ts';
import type { EventType } from '../dataset/schema.ts';
import { asciiTwin } from './ascii-regex.ts';
import { allMatches } from './all-matches.ts';

export interface Trigger {
  start: number;
  end: number;
  text: string;
  type: EventType;
}

/** Lower-case word (or two-word phrase) → type. Past tense first: news reports what happened. */
const TRIGGER_WORDS: Record<string, EventType> = {
  strike: 'strike',
  strikes: 'strike',
  struck: 'strike',
  'slammed into': 'strike',
  bombed: 'strike',
  airstrike: 'strike',
  airstrikes: 'strike',
  attack: 'attack',
  attacks: 'attack',
  attacked: 'attack',
  bombing: 'attack',
  shelling: 'attack',
  shelled: 'attack',
  blast: 'attack',
  explosion: 'attack',
  ambush: 'attack',
  ambushed: 'attack',
  clash: 'attack',
  clashes: 'attack',
  clashed: 'attack',
  killed: 'attack',
  killing: 'attack',
  shot: 'shooting',
  shooting: 'shooting',
  'opened fire': 'shooting',
  raid: 'raid',
  raids: 'raid',
  raided: 'raid',
  stormed: 'raid',
  met: 'diplomatic-meeting',
  meeting: 'diplomatic-meeting',
  talks: 'diplomatic-meeting',
  summit: 'diplomatic-meeting',
  'held talks': 'diplomatic-meeting',
  visited: 'visit',
  visit: 'visit',
  visits: 'visit',
  trip: 'visit',
  trips: 'visit',
  'went to': 'visit',
  'travelled to': 'visit',
  'traveled to': 'visit',
  'flew to': 'visit',
  'arrived in': 'visit',
  'left for': 'visit',
  summoned: 'diplomatic-protest',
  // "called in the ambassador": a summons (only with an envoy after it; see ENVOY_AFTER).
  'called in': 'diplomatic-protest',
  'lodged a': 'diplomatic-protest',
  boycott: 'diplomatic-protest',
  recalled: 'diplomatic-protest',
  expelled: 'diplomatic-protest',
  boycotted: 'diplomatic-protest',
  protest: 'protest',
  protests: 'protest',
  protested: 'protest',
  protesters: 'protest',
  demonstrators: 'protest',
  rally: 'protest',
  rallied: 'protest',
  demonstration: 'protest',
  demonstrations: 'protest',
  marched: 'protest',
  released: 'release',
  release: 'release',
  freed: 'release',
  'set free': 'release',
  freeing: 'release',
  acquitted: 'release',
  arrested: 'detention',
  detained: 'detention',
  imprisoned: 'detention',
  jailed: 'detention',
  kidnapped: 'detention',
  abducted: 'detention',
  seized: 'detention',
  phoned: 'phone-call',
  telephoned: 'phone-call',
  'phone call': 'phone-call',
  'telephone call': 'phone-call',
  'called up': 'phone-call',
  'secure line': 'phone-call',
  // "spoke by phone from Dushanbe with …": a call, its places the two ends ("told … by phone" is a saying).
  'spoke by phone': 'phone-call',
  'spoke by telephone': 'phone-call',
  'talked by phone': 'phone-call',
  'talked by telephone': 'phone-call',
  condemned: 'statement',
  condemnation: 'statement',
  announced: 'statement',
  declared: 'statement',
  warned: 'statement',
  // "told reporters in La Paz", "said at a news conference in Davao": a briefing, told where it was given.
  'told reporters': 'statement',
  'told journalists': 'statement',
  'news conference': 'statement',
  'press conference': 'statement',
  'press briefing': 'statement',
  'news briefing': 'statement',
  report: 'report',
  accident: 'accident',
  accidents: 'accident',
  crash: 'accident',
  crashed: 'accident',
  fire: 'accident',
  blaze: 'accident',
  flood: 'accident',
  floods: 'accident',
  flooding: 'accident',
  earthquake: 'accident',
  quake: 'accident',
  landslide: 'accident',
  avalanche: 'accident',
  cyclone: 'accident',
  storm: 'accident',
  derailed: 'accident',
  // "nine coaches left the tracks": a derailment told in words.
  'left the tracks': 'accident',
  'jumped the tracks': 'accident',
  'came off the tracks': 'accident',
  capsized: 'accident',
  collapsed: 'accident',
  'broke out': 'accident',
  collision: 'accident',
  stampede: 'accident',
  wildfire: 'accident',
  tsunami: 'accident',
  tornado: 'accident',
  typhoon: 'accident',
  hurricane: 'accident',
  mudslide: 'accident',
  // "the lake burst through its ice wall", "the river breached the embankment".
  burst: 'accident',
  breached: 'accident',
  cloudburst: 'accident',
  derailment: 'accident',
  riot: 'protest',
  riots: 'protest',
  rioting: 'protest',
  strikers: 'protest',
  'sit-in': 'protest',
  walkout: 'protest',
};

/** Two-word triggers are matched before one-word ones. */
const TRIGGER_RE = new RegExp(
  String.raw`\b(${Object.keys(TRIGGER_WORDS)
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/ /gu, String.raw`\s+`))
    .join('|')})\b`,
  'giu',
);
/** The twin without `u` on a text where it finds the same (see ascii-regex.ts): ~2× faster. */
const triggerRe = asciiTwin(TRIGGER_RE);
const NATURAL =
  /\b(?:disasters?|rains?|floods?|storms?|earthquakes?|quakes?|cyclones?|monsoon|fires?|blaze|drought|heatwave|epidemic|outbreak)\b/iu;
const AERIAL = /\b(?:drones?|missiles?|unmanned|air ?strikes?|warplanes?|jets)\b/iu;
const aerialRe = asciiTwin(AERIAL);
const LABOUR_STRIKE =
  /\b(?:on|general|hunger|labou?r|workers['’]?|nationwide|national|wildcat|transport|dock|teachers['’]?|doctors['’]?)\s+$/iu;
/**
 * "a protest with the ambassador" after "lodged", "handed him a note of protest": a diplomatic
 * protest, not a street one.
 */
const DIPLOMATIC_PROTEST =
  /\b(?:lodged|filed|registered|delivered)\s+(?:a\s+)?(?:strong\s+|formal\s+)?protest|\bnotes?\s+of\s+protest\b|\bprotest\s+notes?\b/iu;
/** "called in Ambassador Dragan Vesović", "called in the Indian envoy": who a summons is of. */
const ENVOY_AFTER =
  /^\s+(?:(?:the|its|their|his|her)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:ambassador|envoy|chargé|charge d['’]affaires|high commissioner|diplomat)s?\b/iu;
/** Reporting about a thing is not the thing: "the report also criticised". */
const REPORT_CONTEXT = /\b(?:report(?:ed)? to|made public|published|released)\b[^.]*\breport\b|\breport to\b/iu;

/**
 * "the strike committee", "protest leaders": a group named after the event, which acts but is no
 * event itself.
 */
const GROUP_AFTER =
  /^\s+(?:committees?|leaders?|leadership|organi[sz]ers?|organi[sz]ing\s+committee|coordinators?|spokes(?:man|woman|person)|council|coalition|alliance|group)\b/iu;
const GROUP_NAMED = new Set(['strike', 'strikes', 'protest', 'protests', 'boycott']);

/**
 * "press release", "news release": the word names a document; so does "this release" in a
 * bulletin speaking of itself ("This release brings together the earlier updates").
 */
const DOCUMENT_BEFORE = /\b(?:press|news|media|this)\s+$/iu;

/** "-hit", "-affected": after an event's word, an adjective describing a place, no event told. */
const PLACE_DESCRIBED = /^-(?:hit|affected|ravaged|stricken|prone|battered|damaged|devastated)\b/iu;

/** "He left the next day for Turkey": a journey, however many words stand between. */
const LEFT_FOR = /\bleft\b(?=[^.;,]{0,30}\bfor\s+\p{Lu})/gu;

/** The triggers in `clause`, offsets relative to `offset` (the clause's start in the text). */
export function findTriggers(clause: string, offset = 0, sentence = clause): Trigger[] {
  const aerial = aerialRe(sentence).test(sentence);
  const triggers: Trigger[] = [];
  for (const m of allMatches(triggerRe(clause), clause)) {
    const word = m[0].toLowerCase().replace(/\s+/gu, ' ');
    let type = TRIGGER_WORDS[word];
    if (!type) continue;
    if (aerial && (type === 'attack' || type === 'raid')) type = 'strike';
    if (word === 'protest' && DIPLOMATIC_PROTEST.test(clause)) type = 'diplomatic-protest';
    if (word === 'lodged a' && !DIPLOMATIC_PROTEST.test(clause)) continue;
    if (word === 'called in' && !ENVOY_AFTER.test(clause.slice(m.index + m[0].length, m.index + m[0].length + 60)))
      continue;
    if (type === 'report' && !REPORT_CONTEXT.test(clause)) continue;
    if (GROUP_NAMED.has(word) && GROUP_AFTER.test(clause.slice(m.index + m[0].length, m.index + m[0].length + 30)))
      continue;
    // "Press Release No. 14", "said in a news release": a document, not someone set free.
    if (word === 'release' && DOCUMENT_BEFORE.test(clause.slice(Math.max(0, m.index - 12), m.index))) continue;
    // "Heavy rains struck Sindh": a disaster, not a strike.
    if (type === 'strike' && NATURAL.test(clause.slice(Math.max(0, m.index - 40), m.index))) type = 'accident';
    // "went on strike", "a general strike": workers stopping work, not a strike from the air.
    if (type === 'strike' && LABOUR_STRIKE.test(clause.slice(Math.max(0, m.index - 30), m.index))) type = 'protest';
    // "came under fire", "opened fire": shooting, not a blaze; "fighting broke out": no accident.
    if (word === 'fire' && /\b(?:under|open(?:ed)?|return(?:ed)?|cease|cross)[\s-]*$/iu.test(clause.slice(0, m.index)))
      continue;
    if (word === 'broke out' && !NATURAL.test(clause.slice(Math.max(0, m.index - 40), m.index))) continue;
    // "the flood-hit villages", "quake-affected districts": the event's word in a place's description.
    if (PLACE_DESCRIBED.test(clause.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    // "served its strike notice": what a warning is of, not an event told (untold-words.ts).
    if (warnedOf(clause, m.index + m[0].length)) type = 'other';
    triggers.push({ start: offset + m.index, end: offset + m.index + m[0].length, text: m[0], type });
  }
  // "Teachers went on strike …, and the union said the strike would go on": one labour strike.
  if (!aerial && triggers.some((t) => t.type === 'protest' && /^strikes?$/iu.test(t.text))) {
    for (const t of triggers) if (t.type === 'strike' && /^strikes?$/iu.test(t.text)) t.type = 'protest';
  }
  for (const m of allMatches(LEFT_FOR, clause)) {
    triggers.push({ start: offset + m.index, end: offset + m.index + m[0].length, text: m[0], type: 'visit' });
  }
  // "A fire … killed three men": the fire's dead, no attack.
  if (triggers.some((t) => t.type === 'accident')) {
    for (const t of triggers) if (t.type === 'attack' && /^kill/iu.test(t.text)) t.type = 'accident';
  }
  return triggers.sort((a, b) => a.start - b.start);
}

/** "the detained doctors", "the collapsed bridge": a participle used as an adjective, no event. */
const DETERMINER_WORDS = new Set(
  'the a an its their his her our this these those some many several each every'.split(' '),
);
/** "would boycott classes", "will join the strike": a modal up to three words before. */
const MODALS = new Set('will would could may might should must shall cannot'.split(' '));
const NON_WORD = /[^\p{L}'’]+/u;
/**
 * The same split of a lower-case slice holding only ASCII and "’" (most do): its letters are
 * a-z, and a class without `u` is faster than a Unicode property.
 */
const NON_WORD_ASCII = /[^a-z'’]+/;
const RIGHT_QUOTE = 0x2019;
const ASCII_END = 128;
function asciiOrQuote(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= ASCII_END && c !== RIGHT_QUOTE) return false;
  }
  return true;
}
/** The last few words before a trigger, lower case: read from a short slice, never the text. */
function wordsBefore(text: string, at: number, n: number): string[] {
  const before = text.slice(Math.max(0, at - 40), at).toLowerCase();
  const words = before.split(asciiOrQuote(before) ? NON_WORD_ASCII : NON_WORD);
  if (words.at(-1) === '') words.pop();
  return words.slice(-n);
}

/**
 * Whether a trigger word tells an event that happened: not a participle used as an adjective
 * ("the detained doctors"), not one a modal puts ahead ("would boycott", "will join the strike"),
 * not a purpose ("to protest", "in protest against"). `text` is the whole text the trigger's offsets are in.
 */
export function isTold(text: string, t: Trigger): boolean {
  const before = wordsBefore(text, t.start, 3);
  const last = before.at(-1) ?? '';
  if (/(?:ed|en)$/iu.test(t.text) && DETERMINER_WORDS.has(last)) return false;
  if (/^\p{Ll}/u.test(t.text) && (last === 'to' || before.some((w) => MODALS.has(w)))) return false;
  // "boycotted courts in protest against an arrest": why they boycotted, not a second event.
  if (last === 'in' && /^protest$/iu.test(t.text)) return false;
  // "The trip was agreed in a call on May 28": the day of the agreeing, not of the trip.
  return !ARRANGED_AFTER.test(text.slice(t.end, t.end + 40));
}
/** "was agreed", "had been planned", "were postponed": a thing arranged, not an event that happened. */
const ARRANGED_AFTER =
  /^\s+(?:was|were|has been|have been|had been)\s+(?:first\s+|already\s+)?(?:agreed|planned|arranged|proposed|approved|discussed|scheduled|postponed|cancell?ed|called off)\b/u;

/** Types whose places are read as a journey or a call: from one place to another. */
export const DIRECTED_TYPES: ReadonlySet<EventType> = new Set<EventType>(['visit', 'phone-call']);

/** Types the same event may be told as: a drone "attack" in one article is a "strike" in another. */
const VIOLENT_KINDS: ReadonlySet<EventType> = new Set<EventType>(['strike', 'attack', 'raid']);
export function sameKind(a: EventType, b: EventType): boolean {
  return a === b || (VIOLENT_KINDS.has(a) && VIOLENT_KINDS.has(b));
}

/** The order in which one clause's triggers win when they name the same event. */
export const TYPE_PRIORITY: readonly EventType[] = [
  'strike',
  'raid',
  'shooting',
  'attack',
  'phone-call',
  'visit',
  'diplomatic-meeting',
  'diplomatic-protest',
  'release',
  'detention',
  'protest',
  'report',
  'statement',
  'policy',
  'casualty-toll',
  'accident',
  'other',
];
