/**
 * Dates and places an event takes from another event of the article: "the next day" from the
 * event told just before (skipping a flashback told in the pluperfect, "had left Rawalpindi on
 * Monday"), "two days after the signing" from the event the words name (by its trigger's type or
 * its verb: "the signing" is the clause that "signed", "the verdict" the court that "ruled"), the
 * place of "there" and of "that night" from the event before, and undated mentions' places added
 * to the nearest dated event of their kind. Each pass walks the events once, in text order.
 */
import type { EventDraft } from './extract-events.ts';
import { staysBeside } from './fallback-kinds.ts';
import { applyLink, type DateMention } from './resolve-dates.ts';
import { anchorsItMayHave } from './planned-events.ts';
import { isLocating } from './event-place-roles.ts';
import { findTriggers, sameKind } from './triggers.ts';
import type { EventType } from '../dataset/schema.ts';
import { lemmaOf } from './clause-verbs.ts';
import type { Pending } from './pending-event.ts';
import { whenClauseBefore } from './when-clause.ts';
import { flashbackGoesOn, storyEvent } from './aside-clauses.ts';
import { afterNumber, warnedOf } from './untold-words.ts';
import { atNamedPlace, sceneOf } from './anchor-place.ts';
import { sequelsOf } from './sequels.ts';
import { paragraphEndAfter, paragraphStartBefore } from './article-frame.ts';
import type { storyDays } from './story-day.ts';
import eventNouns from './lexicon/event-nouns.json';

/** A noun naming an event → a past form of its verb: "verdict" → ruled, "arrests" → arrested. */
const EVENT_NOUNS: ReadonlyMap<string, string> = new Map(Object.entries(eventNouns));
/** A verb's lemma → the lemmas of the nouns naming its event: vote → poll, ballot ("on polling day" is the vote). */
const NOUNS_OF = new Map<string, string[]>();
for (const [noun, verb] of EVENT_NOUNS) {
  const [n, v] = [lemmaOf(noun), lemmaOf(verb)];
  if (n !== v) NOUNS_OF.set(v, [...(NOUNS_OF.get(v) ?? []), n]);
}
/** Whether the words telling an event say `word`, or a noun naming the event it is the verb of. */
const tells = (told: ReadonlySet<string>, word: string) =>
  told.has(word) || (NOUNS_OF.get(word)?.some((n) => told.has(n)) ?? false);

/** The anchor's event nouns as their verbs: "a day after the summons" → "a day after the summoned"; anchorLemmas, their lemmas. */
function asVerbs(anchor: string): string {
  return anchor.replace(/\p{L}+/gu, (w) => EVENT_NOUNS.get(w.toLowerCase()) ?? w);
}

function anchorLemmas(anchor: string): string[] {
  return [...anchor.toLowerCase().matchAll(/\p{L}+/gu)].map((m) => lemmaOf(EVENT_NOUNS.get(m[0]) ?? m[0]));
}

/** Day-dated events by what may name them (`type:` their kind, `lemma:` their verb): one pass. */
function anchorIndex(pending: readonly Pending[]): Map<string, Pending[]> {
  const index = new Map<string, Pending[]>();
  for (const p of pending) {
    if (p.span?.precision !== 'day') continue;
    addTo(index, `type:${kindKey(p.type)}`, p);
    addTo(index, `lemma:${p.lemma}`, p);
  }
  return index;
}
function addTo(index: Map<string, Pending[]>, key: string, p: Pending) {
  const list = index.get(key);
  if (list) list.push(p);
  else index.set(key, [p]);
}
/** Types told as the same kind share a key: a "strike" anchors "the attack". */
const kindKey = (t: EventType) => (sameKind(t, 'strike') ? 'strike' : t);

const LINK_PASSES = 3;
type StoryDay = ReturnType<typeof storyDays>;

/** "the next day" takes the event told just before; "a day after the release" the release. */
export function resolveLinks(
  pending: Pending[],
  text: string,
  published = Infinity,
  toldBefore = (a: number, b: number) => a < b,
  storyDay: StoryDay = () => null,
) {
  const anchorOf = new Map<Pending, Pending>();
  // A pass that links nothing changes nothing, so the next would find the same: stop there.
  for (let pass = 0, linked = true; pass < LINK_PASSES && linked; pass++) {
    linked = false;
    // The last dated events told so far: any, and the last not told as a flashback; and the same
    // as they were before the current date mention (events of one clause share it: "was attacked
    // …, and its drivers were detained two days later" both count from the event before them).
    let lastDated: Pending | undefined;
    let lastNarrative: Pending | undefined;
    let group: { date: DateMention | null; dated?: Pending; narrative?: Pending } = { date: null };
    const index = anchorIndex(pending);
    for (const d of pending) {
      if (d.date !== group.date) group = { date: d.date, dated: lastDated, narrative: lastNarrative };
      const link = d.date?.link;
      if (link && d.span === null) {
        // "that evening", in a sentence that says "when the ambassador was summoned": the summons.
        const when = link.anchor === 'previous' && d.date ? whenClauseBefore(text, d.date.start) : null;
        let anchor = when
          ? namedAnchor(index, pending, d, when, text, anchorOf, () => true, published, toldBefore, false)
          : undefined;
        const byWhen = anchor ? `, named by "when ${when?.text}"` : '';
        if (!anchor && link.anchor === 'previous') {
          const goesOn = flashbackGoesOn(group.dated, d.sentence, text.slice(group.dated?.at ?? 0, d.at));
          anchor = goesOn ? group.dated : (group.narrative ?? group.dated);
        } else if (!anchor && link.anchor !== 'previous') {
          // News tells what happened: an anchor putting the event after publication is not the one named, but for a plan.
          const past = anchorsItMayHave(text, d.date?.start ?? d.at, link, published);
          anchor = namedAnchor(index, pending, d, link.anchor, text, anchorOf, past, published, toldBefore);
        }
        // "On Tuesday, residents were cut off … The same day": the day a sentence since opened with (story-day.ts).
        const opened = link.anchor === 'previous' && !byWhen ? storyDay(anchor?.sentence ?? -1, d, pending) : null;
        if (opened) {
          [linked, anchor, d.span] = [true, undefined, applyLink(link, opened)];
          d.dateNote = `${d.dateNote}; counted from the day a sentence before it opened with`;
        }
        const span = anchor?.span ? applyLink(link, anchor.span) : null;
        if (span && anchor) {
          linked = true;
          d.span = span;
          anchorOf.set(d, anchor);
          const anchorDate = anchor.dateText ?? 'its date';
          d.dateNote = `${d.dateNote}; anchored to the ${anchor.type.replace('-', ' ')} of ${anchorDate} ("${text.slice(anchor.at, anchor.at + 40).split(/[.;]/u)[0]}…")${byWhen}`;
        }
      }
      // "who died in the city in 1966": a year or a month told in passing is no day to count "the next day" from.
      if (d.span?.precision === 'day') {
        lastDated = d;
        // "On the eve of the ruling, …": an event counted back from a later one is an aside, as a flashback is.
        const aside = d.date?.link !== undefined && d.date.link.anchor !== 'previous' && d.date.link.days < 0;
        if (!d.flashback && !aside) lastNarrative = d;
      }
    }
  }
  // "in the evening" with no event before it: the day it stands for alone (publication's).
  for (const d of pending) {
    const orElse = d.date?.link?.orElse;
    if (d.span === null && orElse) d.span = orElse;
  }
  return anchorOf;
}

/** Words of an anchor that name nothing by themselves ("the", "was", "Kabul's" keeps Kabul). */
const ANCHOR_FILLER = new Set(
  'the a an his her their its s was were had been be wa of in on at to by for and'.split(' '),
);
/** Whether `a` comes before `b`, read left to right: the first entry that differs decides. */
const outranks = (a: readonly number[], b: readonly number[]) => {
  const i = a.findIndex((x, k) => x !== b[k]);
  return i >= 0 && (a[i] ?? 0) > (b[i] ?? 0);
};
/** How many of an anchor's first words are matched against what told earlier events. */
const ANCHOR_HEAD_WORDS = 3;
/** How far around an event's trigger its own words are read, to match the words naming it later. */
const TOLD_REACH = { before: 40, after: 60 };

/** The lemmas of the words telling an event, around its trigger, within its sentence. */
function toldLemmas(p: Pending, text: string): Set<string> {
  const cached = toldCache.get(p);
  if (cached) return cached;
  const from = Math.max(p.evidence[0]?.start ?? 0, p.at - TOLD_REACH.before);
  const to = Math.min(p.evidence[0]?.end ?? text.length, p.at + TOLD_REACH.after);
  const told = new Set<string>();
  const passage = text.slice(from, to).toLowerCase();
  for (const m of passage.matchAll(/\p{L}+/gu)) {
    // "won by 17 votes", "a surge alert": a count of things, a warning, not the event the word names.
    if (afterNumber(passage, m.index) || warnedOf(passage, m.index + m[0].length)) continue;
    told.add(lemmaOf(m[0]));
  }
  // "the day before the Sitakunda clash": an event is also named by the place it was at.
  for (const x of p.places) {
    if (isLocating(x)) for (const w of x.name.toLowerCase().match(/\p{L}+/gu) ?? []) told.add(lemmaOf(w));
  }
  toldCache.set(p, told);
  return told;
}
/** Each event's words are read once, however many links and passes ask. */
const toldCache = new WeakMap<Pending, Set<string>>();

/**
 * The event "two days after the strike" names: one told before it (a story names what it has
 * told), matched by its kind or verb and by the words that told it ("the bridge was lost" is the
 * clause that "swept away the bridge", "Kabul's summons" the one where "Kabul … summoned");
 * among equals one with a date of its own (not itself dated from another), then the nearest ("the
 * strike began": one told as a start, then the earliest). With no match, an event told later the
 * same way; with none at all, the event the sentence before ends with. Among matches, one
 * `acceptable` (news tells what happened: one that does not put the event after publication).
 */
function namedAnchor(
  index: ReadonlyMap<string, Pending[]>,
  pending: readonly Pending[],
  d: Pending,
  anchor: { start: number; text: string },
  text: string,
  anchorOf: ReadonlyMap<Pending, Pending>,
  acceptable: (p: Pending) => boolean,
  published: number,
  toldBefore: (a: number, b: number) => boolean,
  orBefore = true,
): Pending | undefined {
  const keyed = new Set<Pending>();
  const lemmas = anchorLemmas(anchor.text);
  // "the summons" names a summons however it was told ("called in the ambassador"): the noun's verb has its kind.
  for (const t of findTriggers(asVerbs(anchor.text)))
    for (const p of index.get(`type:${kindKey(t.type)}`) ?? []) keyed.add(p);
  for (const l of lemmas) for (const p of index.get(`lemma:${l}`) ?? []) keyed.add(p);
  // The head of the words naming it: "the government freed a CIA contractor held for …" is named by its first words.
  const words = lemmas.filter((w) => !ANCHOR_FILLER.has(w)).slice(0, ANCHOR_HEAD_WORDS);
  // "a week after the strike began": the event told as its start ("the walkout began on …"), else its first.
  const start = BEGAN.test(anchor.text);
  // The best match, and the best that `acceptable` takes (one that puts the event no later than publication).
  let best: { p: Pending; rank: number[] } | undefined;
  let bestAccepted: typeof best;
  let before: Pending | undefined;
  const paragraphStart = paragraphStartBefore(text, anchor.start);
  const paragraphEnd = paragraphEndAfter(text, anchor.start);
  for (const p of pending) {
    if (p === d || p.date === d.date || p.span?.precision !== 'day') continue;
    if (p.at > paragraphEnd && !toldBefore(p.at, anchor.start)) continue; // told in a later paragraph
    // "Tuesday's visit. In Damascus, the minister met …": the words of its undated sequels name it too (sequels.ts).
    const sequels = sequelsOf(pending, text).get(p) ?? [];
    const told =
      sequels.length > 0 ? new Set([p, ...sequels].flatMap((x) => [...toldLemmas(x, text)])) : toldLemmas(p, text);
    // "the Nairobi meeting": the event at the place named, or at its scene's, outweighs any count of words (anchor-place.ts).
    const named = atNamedPlace(
      [p, ...sequels, ...sceneOf(pending, p)].flatMap((x) => x.places),
      lemmas,
    )
      ? ANCHOR_HEAD_WORDS + 2
      : 0;
    const score = named + (keyed.has(p) ? 1 : 0) + words.filter((w) => tells(told, w)).length;
    // "… tested positive in X. She is stable. The day after the case was confirmed": its paragraph's last, not a flashback.
    const near = p.sentence === d.sentence - 1 || (p.at >= paragraphStart && !p.flashback);
    if (p.at < anchor.start && p.sentence < d.sentence && near) before = p;
    if (score === 0) continue;
    const begins = start && BEGIN_LEMMAS.some((w) => told.has(w)) ? 1 : 0;
    const nearness = start ? -(p.span.first ?? 0) : -Math.abs(p.at - anchor.start);
    // "On the eve of the visit": the visit that has begun, before a leg of it the article plans.
    const happened = (p.span.first ?? p.span.last) <= published ? 1 : 0;
    // A log told newest first tells earlier events further down; "After their release": the story's, not a flashback's.
    const rank = [+toldBefore(p.at, anchor.start), begins, +!p.flashback, score, +!p.date?.link, happened, nearness];
    if (!best || outranks(rank, best.rank)) best = { p, rank };
    if ((!bestAccepted || outranks(rank, bestAccepted.rank)) && acceptable(p)) bestAccepted = { p, rank };
  }
  // "The following morning, engineers arrived … The day after the slide": an event counted from
  // the one before it is its sequel, and an unmatched name means the event the sequel follows.
  for (let n = 0; before?.date?.link?.anchor === 'previous' && n < LINK_PASSES; n++) {
    before = anchorOf.get(before) ?? before;
  }
  return (bestAccepted ?? best)?.p ?? (orBefore ? (before ?? storyEvent(pending, d, toldBefore)) : undefined);
}
/** "the strike began", "since the protests started": the words name an event's start. */
const BEGAN = /\b(?:began|begun|started|broke out|erupted)\b/iu;
const BEGIN_LEMMAS = ['begin', 'start'];

/**
 * "The two men signed an agreement there", "were released late at night": an event whose clause
 * names no place of its own is at the place of the event it follows (its anchor, else the event
 * told just before that has a place), not the article's country.
 */
export function inheritPlaces(
  pending: readonly Pending[],
  anchorOf: ReadonlyMap<Pending, Pending>,
  story: StoryFrame = { text: '', place: null },
) {
  const paragraphOf = paragraphIndex(story.text);
  let lastPlaced: Pending | undefined;
  let lastTrip: Pending | undefined;
  const placed = (p: Pending | undefined) => p && p.places.some((x) => isLocating(x) && !x.fallback);
  for (const d of pending) {
    const own = placed(d);
    // "He arrived in Islamabad on Thursday. He held talks on Friday": the traveller is where he went.
    const onTrip = lastTrip && d.sentence - lastTrip.sentence <= TRIP_SENTENCES ? lastTrip : undefined;
    if (!own && !d.inherit && d.traveller && onTrip && d.places.every((x) => !isLocating(x) || x.kind === 'country')) {
      const where = onTrip.places.filter((x) => x.role === 'to' && !x.fallback);
      const note = `put at ${where.map((x) => x.name).join(', ')}, where the traveller had gone`;
      d.places = [
        ...d.places.filter((x) => !isLocating(x)),
        ...where.map((x) => ({ ...x, role: 'where' as const, fallback: note })),
      ];
      d.notes = [...d.notes.filter((n) => !n.startsWith('the passage names no place')), note];
    }
    // "A fire broke out … in Karachi late on Wednesday, and firefighters were still battling the
    // blaze this morning": "the blaze" is the fire told just before, still where it was.
    const told = !own && !d.inherit && THE_BEFORE.test(story.text.slice(Math.max(0, d.at - 5), d.at));
    const same = told && lastPlaced && lastPlaced.sentence >= d.sentence - 1 && sameKind(lastPlaced.type, d.type);
    if (same && lastPlaced) {
      const where = lastPlaced.places.filter((x) => isLocating(x) && !x.fallback);
      const note = `put at ${where.map((x) => x.name).join(', ')}, where the same ${d.type} was told just before`;
      d.places = [
        ...d.places.filter((x) => !x.fallback && !isLocating(x)),
        ...where.map((x) => ({ ...x, role: 'where' as const, fallback: note })),
      ];
      d.notes = [...d.notes.filter((n) => !n.startsWith('the passage names no place')), note];
    }
    if (d.inherit && !own) {
      const anchor = anchorOf.get(d);
      // "traders in Turbat joined …, and police in the town arrested …": the sentence's own place first.
      const sameSentence = lastPlaced?.sentence === d.sentence ? lastPlaced : undefined;
      // "The chief minister, who visited the wounded at the Civil Hospital on Saturday …": with no
      // place in its paragraph, a site is in the story's town, not where an earlier paragraph's event was.
      const sameParagraph = lastPlaced && paragraphOf(lastPlaced) === paragraphOf(d) ? lastPlaced : undefined;
      const storyTown =
        d.inherit === 'site' && story.place && !sameSentence && !placed(anchor) && !sameParagraph ? story.place : null;
      const from = sameSentence ?? (placed(anchor) ? anchor : (sameParagraph ?? (storyTown ? undefined : lastPlaced)));
      if (storyTown) {
        const note = `put at ${storyTown.name}, where the story was filed: its paragraph names no place`;
        d.places = [
          ...d.places.filter((x) => !x.fallback && !isLocating(x)),
          { ...storyTown, role: 'where', fallback: note },
        ];
        d.notes = [...d.notes.filter((n) => !n.startsWith('the passage names no place')), note];
      } else if (from) {
        const where = from.places.filter((x) => isLocating(x) && !x.fallback);
        const note = `put at ${where.map((x) => x.name).join(', ')}, where the event told before it happened`;
        d.places = [
          ...d.places.filter((x) => !x.fallback && !isLocating(x)),
          ...where.map((x) => ({ ...x, role: 'where' as const, fallback: note })),
        ];
        d.notes = [...d.notes.filter((n) => !n.startsWith('the passage names no place')), note];
      }
    }
    if (own && d.span !== null) lastPlaced = d;
    if (d.type === 'visit' && d.span !== null && d.places.some((x) => x.role === 'to' && !x.fallback)) lastTrip = d;
  }
  shareScene(pending);
}

/** "the blaze", "the attack": a trigger told as one the reader already knows. */
const THE_BEFORE = /\b[Tt]he\s+$/u;
/** The story's text, and its town: the dateline's place ("QUETTA, Pakistan, Feb. 20 –"), if it names one. */
export interface StoryFrame {
  text: string;
  place: EventDraft['places'][number] | null;
}

/** The index of the paragraph (blank-line separated) each event's passage is in, for events asked in text order. */
function paragraphIndex(text: string) {
  const breaks = [...text.matchAll(/\n[^\S\n]*\n/gu)].map((m) => m.index);
  return (p: Pending): number => {
    const at = p.evidence[0]?.start ?? p.at;
    let n = 0;
    while (n < breaks.length && (breaks[n] ?? 0) < at) n++;
    return n;
  };
}

/** Areas, not places: an event put only at one of these may take a finer place the sentence gives. */
const AREA_KINDS: ReadonlySet<string> = new Set(['region', 'province', 'country']);
const fine = (x: Pending['places'][number]) =>
  isLocating(x) && !x.fallback && (x.unknown !== undefined || !AREA_KINDS.has(x.kind));

/**
 * "flew to Jorhat yesterday … and announced compensation", "flew to Lahore, where he met …, who is
 * revered in Iran": an event put only at a country or province (or nowhere the text names) is at
 * the finer place of the event its sentence tells with the same date, the same scene.
 */
function shareScene(pending: readonly Pending[]) {
  const bySentence = new Map<number, Pending[]>();
  for (const p of pending) {
    const list = bySentence.get(p.sentence);
    if (list) list.push(p);
    else bySentence.set(p.sentence, [p]);
  }
  for (const d of pending) {
    if (d.date === null || d.places.some(fine)) continue;
    const scene = bySentence.get(d.sentence)?.find((q) => q !== d && q.date === d.date && q.places.some(fine));
    if (!scene) continue;
    // "flew out of Tehran and arrived in Ashgabat, where he met …": the scene is where the trip went.
    const where = scene.places.filter((x) => fine(x) && x.role !== 'from');
    if (where.length === 0) continue;
    const note = `put at ${where.map((x) => x.name).join(', ')}, where the same sentence puts the event told with the same date`;
    d.places = [
      ...d.places.filter((x) => !x.fallback).map((x) => (isLocating(x) ? { ...x, role: 'mentioned' as const } : x)),
      ...where.map((x) => ({ ...x, role: 'where' as const, fallback: note })),
    ];
    d.notes = [...d.notes.filter((n) => !n.startsWith('the passage names no place')), note];
  }
}
/** How many sentences after a trip its traveller is still taken to be where the trip went. */
const TRIP_SENTENCES = 2;

/**
 * A mention with no date of its own ("the strike in the Datta Khel area") adds its places to the
 * nearest dated event of the same kind; with none, it is no event we can put on a timeline. A
 * headline's (before `headlineEnd`) sums the story up ("Cyclone leaves thousands homeless on
 * Sindh coast"): its places are no one event's.
 */
export function attachUndated(pending: Pending[], headlineEnd = 0, text = ''): EventDraft[] {
  const dated = pending.filter((p) => p.span !== null);
  const paragraphOf = paragraphIndex(text);
  for (const p of pending) {
    if (p.span !== null || p.at < headlineEnd || p.earlier) continue;
    const specific = p.places.filter((x) => isLocating(x) && !x.fallback && x.kind !== 'country');
    if (specific.length === 0) continue;
    // "An aftershock rattled the region the next day … Two men were killed in Bardaskan": an
    // undated sentence goes on telling the dated event right before it in its paragraph, whatever
    // its kind; a saying ("the tribes declared …") is a reaction, an event of its own.
    const goesOn = (d: Pending) =>
      d.at < p.at && p.type !== 'statement' && p.sentence - d.sentence === 1 && paragraphOf(d) === paragraphOf(p);
    const target =
      dated.findLast(goesOn) ??
      dated
        // "Meanwhile, associations in Dhanusha have warned …": an undated saying is told as of now,
        // no other paragraph's dated saying.
        .filter((d) => sameKind(d.type, p.type) && (p.type !== 'statement' || paragraphOf(d) === paragraphOf(p)))
        .sort((a, b) => Math.abs(a.at - p.at) - Math.abs(b.at - p.at))[0];
    if (!target) continue;
    // The dateline's town a lede is put at is kept beside the places added, unless one lies in it (fallback-kinds.ts).
    target.places = target.places.filter((x) => !x.fallback || staysBeside(x, specific));
    for (const x of specific) if (!target.places.some((y) => y.name === x.name)) target.places.push(x);
    target.notes = target.notes.filter((n) => !n.startsWith('the passage names no place'));
    target.evidence.push(...p.evidence.filter((e) => !target.evidence.some((t) => t.start === e.start)));
    for (const a of p.actors) if (!target.actors.includes(a)) target.actors.push(a);
  }
  return dated.map(
    ({
      date: _date,
      at: _at,
      lemma: _lemma,
      flashback: _flashback,
      sentence: _sentence,
      inherit: _inherit,
      earlier: _earlier,
      ...d
    }) => d,
  );
}
