/**
 * Article to timeline: draft events from a news text, each with a trigger, a date resolved
 * against the publication date, its places with their roles, actors, casualty figures as claims,
 * and the passage it came from. Dates relative to another event ("a day after the release") are
 * linked to that event; the same event told twice is merged (`mergeDrafts`, also across articles).
 *
 * @example
 * const drafts = extractEvents(text, { source: 'ap', published: '2011-08-02', matcher, context });
 * drafts[0] // { type: 'strike', span: { first: 15050, … 'day' }, places: [{ name: 'Datta Khel', role: 'where' }], … }
 */
import { dropPersonOrigins, withInstitutionTowns } from './care-towns.ts';
import type { CLAIM_ASPECTS, EventType } from '../dataset/schema.ts';
import type { PlaceMatcher } from './find-places.ts';
import { findDates, publicationDay, type DateKind, type DateMention, type DaySpanDraft } from './resolve-dates.ts';
import { findActors, findCasualties, splitClauses, splitSentences, type Span } from './event-parts.ts';
import {
  atASite,
  draftPlace,
  explainChoice,
  findUnknownPlaces,
  storyTown,
  unknownDraftPlace,
  refreshUnknownNotes,
  partsOfKnown,
  type DraftPlace,
  type PlaceContext,
} from './event-places.ts';
import {
  demoteContaining,
  preferSmallest,
  isLocating,
  mostNamedCountry,
  countryOfLastStop,
} from './event-place-roles.ts';
import { DIRECTED_TYPES, findTriggers, type Trigger } from './triggers.ts';
import { titleOf } from './draft-title.ts';
import { anchorToldAgain, nearestTrigger, pickDate, pickTriggers, possessiveDates, VIOLENT } from './pick-events.ts';
import { mergeDrafts } from './merge-events.ts';
import { datelineOf, headlineEnd, spansWithin } from './article-frame.ts';
import { attachUndated, inheritPlaces, resolveLinks } from './link-events.ts';
import { triggerLemma, type Pending } from './pending-event.ts';
import { clauseEvent, DATE_CUE, findClauseVerbs, placesWithin, THE_COUNTRY, type ClauseVerb } from './clause-verbs.ts';
import { THE_TOWN } from './town-before.ts';
import { ledeAtStoryTown, unknownStoryTown } from './story-lede.ts';
import { datesStory, keptByDate, mayBePlanned, plannedVerb } from './planned-events.ts';
import { goesOnScene, inSceneBefore, sameSceneNextDay, sharesPlace } from './same-scene.ts';
import { outsideContent, planTold } from './briefings.ts';
import { dayOfSaying, isLocatedSaying, locatedSayings, sayingPlaceRole, toldWithOwnDay } from './located-sayings.ts';
import { placeHere } from './people-named.ts';
import { isLaterLeg, originOfEarlierLeg } from './later-leg.ts';
import { daySections, entryDate } from './day-headers.ts';
import { keepToEntries } from './log-entries.ts';
import { onlyBound, toldInPast } from './entry-past.ts';
import { finerDates } from './finer-dates.ts';
import { toldAsNoEvent } from './state-told.ts';
import { isAsideClause, markAside } from './aside-clauses.ts';
import { openingDate, sameDayAsToldBefore } from './same-day.ts';
import { endsToldNext, secondEndOfFallback } from './call-ends.ts';
import { placesToldAgain } from './unknown-again.ts';
import { storyDays, withOpeningDays } from './story-day.ts';
import { setAsidePlaces } from './purpose-places.ts';
import { countryOnlyWhereWide } from './country-fallback.ts';
import { areasBesideTown } from './area-beside-town.ts';
import { holdersMentioned } from './possessive-holder.ts';
import { courtSeat, placeFallback, roleHere, sameDayPlace, townTold } from './place-readings.ts';
import {
  anchorEnd,
  attribution,
  coveredBy,
  inClauseOf,
  inside,
  insideAny,
  isClosed,
  ownedBy,
  unknownOfClause,
  usableIn,
} from './clause-spans.ts';

export interface Evidence {
  source: string;
  start: number;
  end: number;
  text: string;
}

export interface DraftClaim {
  source: string;
  aspect: (typeof CLAIM_ASPECTS)[number];
  statement: string;
  killed?: { min: number; max: number | null; who: string };
}

export interface EventDraft {
  type: EventType;
  title: string;
  /** Null only while a relative date waits for its anchor; drafts returned always have one. */
  span: DaySpanDraft | null;
  dateKind: DateKind | null;
  dateText: string | null;
  dateNote: string;
  places: DraftPlace[];
  actors: string[];
  claims: DraftClaim[];
  sources: string[];
  evidence: Evidence[];
  /** Unknown places, fallbacks, choices among namesakes: what the reviewer should look at. */
  notes: string[];
}

export interface ExtractOptions {
  /** The source's id, kept on every draft, claim and evidence. */
  source: string;
  /** Publication date, YYYY-MM-DD: relative dates resolve against it. */
  published: string;
  matcher: PlaceMatcher;
  context: PlaceContext;
}

/** Events whose dead are counted as claims: violence, and accidents and disasters. */
const COUNTS_DEAD = new Set<EventType>([...VIOLENT, 'accident']);

/** "there" as where something happened (not "there was"), "the city's", a clause "where …": the place told before. */
const THERE =
  /^where\b|\b(?:the (?:city|town|village|site|scene)(?:['’]s)?(?!\s+of\b)|[Tt]here)\b(?!\s+(?:is|are|was|were|has|have|had|will|would|seems?|appears?|remains?)\b)/u;
/** "had left", "had already met", "had secured the release": told as background to the story's time. */
const PLUPERFECT = /\bhad\s+(?:\p{Ll}+ly\s+)?(?:been\s+)?(?:\p{Ll}+(?:ed|en)\s+(?:the|an?|its|their|his|her)\s+)?$/u;

/** "in protest against …", "accusing … of", "inviting … to", "following a rise in …": its cause, charge or ask, to the clause's end. */
const REASON =
  /\bin (?:protest|response|retaliation|reaction) (?:against|at|over|to|for)\b|\bto protest (?:an?|the)\b|\baccus(?:e|es|ed|ing)\b|\b(?:demanding|calling for) (?:an?|the)\b|\binviting\b|,\s+saying\b|\bto (?:prevent|stop|keep)\b|\bfollowing (?:an?|the) (?:\p{Ll}+ )?(?:rise|increase|surge|spike|jump) in\b/u;
/**
 * A clause that opens with "after" tells what happened before the sentence's event; one that
 * opens "that took him to …" describes a thing told in the sentence. Neither takes its date.
 */
const EARLIER_CLAUSE = /^(?:after|that)\s/iu;
/** A sentence whose subject is a traveller: "He …", "The minister …", "The foreign secretary …". */
const TRAVELLER =
  /^(?:He|She|They|The\s+(?:\p{Ll}+\s+){0,2}(?:minister|president|premier|envoy|delegation|king|queen|leader|secretary|chancellor|ambassador))\b/u;
/** "Exporters said on July 8 that …": a date right after a reporting verb is the saying's ("was reported on" is the thing's). */
const SAID_BEFORE = /\b(?<!\b(?:was|were|been)\s)(?:said|says|told|added|reported)\s+(?:on\s+|in\s+)?$/u;
/** Between two places of one list: ", ", " and ", ", and ". */
const LIST_GAP = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$/u;
/** "Dadu district", "Takhar province": the unit a name stands for. */
const UNIT_AFTER = /^\s+(district|province)\b/iu;

/** Draft events of one article, merged within it, in text order. */
export function extractEvents(text: string, options: ExtractOptions): EventDraft[] {
  const { source, context } = options;
  // The dateline ("PESHAWAR, Pakistan, Oct. 14, 2012 (Wire) –") says where the story was filed
  // and by whom: none of its places or names belong to an event.
  const filed = datelineOf(text);
  const inDateline = (a: number) => a >= filed.start && a < filed.end;
  const everywhere = withInstitutionTowns(text, options.matcher.find(text));
  const mentions = everywhere.filter((m) => !inDateline(m.start)).sort((a, b) => a.start - b.start);
  const sentences = splitSentences(text);
  // Only sentences that tell an event need their dates read: one with a trigger word, or one
  // with a place, a date's words and a verb that may tell an event of its own.
  const triggersOf = new Map<Span, Trigger[]>();
  const verbsOf = new Map<Span, ClauseVerb[]>();
  // Read once a sentence needs them: most that have a trigger word never do.
  const verbsIn = (x: Span): ClauseVerb[] => {
    let verbs = verbsOf.get(x);
    if (!verbs) verbsOf.set(x, (verbs = findClauseVerbs(x.text, x.start)));
    return verbs;
  };
  const placeIn = placesWithin(mentions);
  // A live blog's entries are dated by the day header they sit under (day-headers.ts).
  const log = daySections(text, options.published);
  const telling = sentences.filter((x) => {
    const placed = placeIn(x);
    const found = findTriggers(x.text, x.start);
    // "said in Mbarara this morning that …": a saying told where it was made (located-sayings.ts).
    if (placed) found.push(...locatedSayings(x, spansWithin(mentions, x)));
    if (found.length > 0) {
      triggersOf.set(x, found);
      return true;
    }
    // chrono is the costly part: a sentence with no word a date is made of is not read for one.
    // The date cue is asked first: the place tests are pure and matter only when it holds.
    // Under a day header a sentence in the past needs no date words: "Two more cases were confirmed in Sagar" (entry-past.ts).
    const undated = !DATE_CUE.test(x.text);
    if (undated && log.dayAt(x.start) === null) return false;
    const somewhere =
      placed ||
      THE_COUNTRY.test(x.text) ||
      THERE.test(x.text) ||
      THE_TOWN.test(x.text) ||
      atASite(x.text) ||
      goesOnScene(x.text) ||
      findUnknownPlaces(x, []).length > 0;
    if (undated) return placed && toldInPast(x, verbsIn(x)) && !onlyBound(text, spansWithin(mentions, x));
    return somewhere && (verbsIn(x).length > 0 || plannedVerb(x) !== null);
  });
  const read = withOpeningDays(sentences, telling);
  const found = findDates(text, options.published, read).filter((d) => datesStory(text, d));
  const dates = sameDayAsToldBefore(log.rebase(found), sentences);
  const mainCountry = mostNamedCountry(everywhere, context);
  const filedFrom = storyTown(everywhere, filed, context) ?? unknownStoryTown(text, everywhere, filed, context);
  // A blog dated by its first day and updated after (see headerDay) tells what happened up to its last header.
  const published = Math.max(publicationDay(options.published), log.lastDay ?? -Infinity);
  const pending: Pending[] = [];
  // The evidence lists of plans told with "will": kept by the drafts attachUndated copies the pending into.
  const plans = new Set<Evidence[]>();
  // The types the words naming an anchor tell ("the release"): read once per wording.
  const typesOf = new Map<string, EventType[]>();
  const anchorTypes = (words: string): EventType[] => {
    let types = typesOf.get(words);
    if (!types) typesOf.set(words, (types = findTriggers(words).map((t) => t.type)));
    return types;
  };

  const knownParts = partsOfKnown(mentions);
  const again = placesToldAgain(text, mentions, mainCountry, context);
  const sentenceIndexOf = new Map(sentences.map((x, i) => [x, i]));
  for (const sentence of telling) {
    const sentenceIndex = sentenceIndexOf.get(sentence) ?? 0;
    const inSentence = spansWithin(dates, sentence);
    // The words after "a day after" name the anchor event: its places and trigger are not this event's.
    const anchors = inSentence
      .filter((d) => d.link && d.link.anchor !== 'previous')
      .map((d) => ({ start: d.end, end: anchorEnd(text, d, sentence), closed: isClosed(d) }));
    const inAnchor = insideAny(anchors);
    const sentenceMentions = spansWithin(mentions, sentence);
    const unknowns = again.unknowns(sentence, sentenceMentions, knownParts);
    const sentenceDates = inSentence.filter((d) => !inAnchor(d));

    // A located saying's own day, right after its verb ("said this morning in Mbarara"), is its date.
    const sayings = (triggersOf.get(sentence) ?? []).filter(isLocatedSaying);
    for (const clause of splitClauses(sentence)) {
      const said = attribution(clause);
      const reason = REASON.exec(clause.text);
      // "in protest against an arrest in Bahawalpur": the places of the cause are not this event's.
      const why = reason ? { start: clause.start + reason.index, end: clause.end } : null;
      const inClause = inClauseOf(text, clause);
      const places = sentenceMentions.filter(
        (m) => inClause(m) && placeHere(text, m) && !(said && inside(m, said)) && !(why && inside(m, why)),
      );
      const clauseUnknowns = unknowns.filter(unknownOfClause(text, inClause, why));
      // ", officials said on Friday": the day of the saying, not of what is said.
      const clauseDates = finerDates(
        sentenceDates.filter(
          (d) =>
            inside(d, clause) &&
            !(said && inside(d, said)) &&
            (!SAID_BEFORE.test(text.slice(d.start - 20, d.start)) || dayOfSaying(text, sayings, d.start)),
        ),
      );
      // "will visit Quetta on Friday": a plan for the coming week is told, though "will" puts it ahead.
      const plan = clauseDates.some((d) => mayBePlanned(d, published, text)) ? plannedVerb(clause) : null;
      const usable = usableIn(text, clause, inSentence, said, why, plan !== null);
      let triggers = pickTriggers(
        (triggersOf.get(sentence) ?? []).filter(
          (t) =>
            usable(t) &&
            !toldAsNoEvent(text, t) &&
            (!isLocatedSaying(t) || toldWithOwnDay(text, t, clauseDates, clause)),
        ),
        clauseDates,
      );
      // "last week's bombing": a trigger dated as a possessive; the clause's other dates are its verb's.
      const owned = possessiveDates(text, triggers, clauseDates);
      const rest = owned.taken.size > 0 ? clauseDates.filter((d) => !owned.taken.has(d)) : clauseDates;
      // A trigger only in the words naming an anchor ("on the night of the fire") is not the clause's event.
      if (!triggers.some((t) => !inAnchor(t) && !owned.of.has(t))) {
        const verb = clauseEvent(
          verbsIn(sentence).filter((v) => usable(v) && !inAnchor(v) && !triggers.some((t) => inside(v, t))),
          rest.length > 0 ? rest : entryDate(log, clause.start, sentence.text),
          places.length +
            clauseUnknowns.length +
            ((THE_COUNTRY.test(clause.text) && mainCountry) ||
            THERE.test(clause.text) ||
            THE_TOWN.test(clause.text) ||
            atASite(clause.text) ||
            inSceneBefore(rest, sentenceMentions)
              ? 1
              : 0),
          published,
        );
        const told = verb ?? plan;
        if (told) triggers = [...triggers, told].sort((a, b) => a.start - b.start);
      } else if (plan && planTold(text, triggers, plan, clause))
        triggers = [...triggers, plan].sort((a, b) => a.start - b.start);
      if (triggers.length === 0) continue;
      const covered = coveredBy(sentenceMentions, clauseUnknowns);
      const actors = findActors(clause, (a, b) => inDateline(a) || covered(a, b));
      // Only violence and accidents count their dead: other clauses need no figures read.
      const figures = triggers.some((t) => COUNTS_DEAD.has(t.type))
        ? findCasualties(clause).filter((f) => !inAnchor(f.span))
        : [];

      const dateOf = new Map<Trigger, DateMention | null>();
      for (const trigger of triggers) {
        // ", after a court acquitted the owner": an earlier event, which takes no other clause's date.
        const dated = clauseDates.length > 0 || EARLIER_CLAUSE.test(clause.text) ? clauseDates : sentenceDates;
        const own = outsideContent(text, trigger, clause, dated);
        const free = owned.taken.size > 0 ? own.filter((d) => !owned.taken.has(d)) : own;
        let date = inAnchor(trigger)
          ? null
          : (owned.of.get(trigger) ??
            openingDate(text, clause, free, trigger.start) ??
            pickDate(trigger, free.length > 0 ? free : own));
        if (anchorToldAgain(trigger, date, anchorTypes)) date = null;
        else if (!date && !inAnchor(trigger) && places.length + clauseUnknowns.length > 0)
          date = log.headerDate(trigger.start);
        dateOf.set(trigger, date);
      }
      for (const trigger of triggers) {
        const anchored = inAnchor(trigger);
        const date = dateOf.get(trigger) ?? null;
        // "The curfew imposed two days after the riots was lifted … in Kohat", "A day after the quake, the
        // hospital in Zahedan admitted …": a place outside the anchor belongs to the nearest trigger outside it.
        const peers = triggers.filter((t) => inAnchor(t) === anchored);
        const mine = ownedBy(inAnchor, anchored, peers, trigger);
        const drafted: DraftPlace[] = [];
        let previous: DraftPlace | undefined;
        for (const m of outsideContent(text, trigger, clause, places.filter(mine))) {
          const place = draftPlace(m, sayingPlaceRole(trigger, m) ?? roleHere(text, clause, m, trigger), context);
          const choice = explainChoice(m, mentions, context);
          if (choice) place.choice = choice;
          const unit = UNIT_AFTER.exec(text.slice(m.end, m.end + 12))?.[1]?.toLowerCase();
          if (unit === 'district' || unit === 'province') place.unit = unit;
          // "in Mardan and Charsadda", "in Bannu, Kohat and Karak": a list takes its first place's role.
          if (previous && place.role === 'mentioned' && isLocating(previous)) {
            if (LIST_GAP.test(text.slice(previous.mention.end, m.start))) place.role = previous.role;
          }
          drafted.push(place);
          previous = place;
        }
        for (const u of clauseUnknowns.filter((x) => mine(x) && !isLaterLeg(text, x))) {
          const stop = mainCountry ?? (u.within ? null : countryOfLastStop(pending, everywhere, context));
          const place = unknownDraftPlace(u, 'where', stop, context);
          if (place) drafted.push(place);
        }
        // "a strike near the town had killed three": the settlement named just before (see townTold).
        const town = townTold(places.length + clauseUnknowns.length, anchored, drafted) ? again.town(clause) : null;
        if (town) drafted.push(town);
        courtSeat(text, clause, trigger, drafted, options.matcher, context);
        demoteContaining(drafted, context);
        dropPersonOrigins(text, drafted);
        setAsidePlaces(text, { end: trigger.end, directed: DIRECTED_TYPES.has(trigger.type) }, drafted);
        if (trigger.type === 'visit') originOfEarlierLeg(text, drafted, date);
        // The unit an unknown place lies in is where it is drawn, not a second place of the event.
        for (const p of drafted) {
          if (p.unknown?.withinId && !p.unknown.guessed && p.role !== 'mentioned') {
            for (const q of drafted) if (q !== p && q.placeId === p.unknown.withinId) q.role = 'mentioned';
          }
        }
        const notes: string[] = [];
        // "signed an agreement there", "released late at night": the place of the event before.
        // A named site alone ("at the Civil Hospital") is somewhere in the story's town.
        const told = THERE.test(clause.text) || sameSceneNextDay(date, sentenceMentions);
        const located = drafted.some(isLocating);
        const inherit = located ? false : told ? 'told' : atASite(clause.text) ? 'site' : false;
        if (!drafted.some(isLocating)) {
          // A place another event of the clause took ("kidnapped in Kabul … released") is not this one's.
          // One that shares this event's date, or its kind, is the same scene (see sharesPlace).
          const free = sentenceMentions.filter((m) =>
            sharesPlace(places.includes(m) ? nearestTrigger(m, triggers) : undefined, trigger, date, dateOf),
          );
          // The place of an event told with the same date in the clause ("visited Kabul and held talks").
          const scene = new Set(
            places.filter((m) => {
              const owner = nearestTrigger(m, triggers);
              return owner !== trigger && date !== null && owner !== undefined && dateOf.get(owner) === date;
            }),
          );
          placeFallback(text, drafted, free, scene, inAnchor, mainCountry, trigger, options.matcher, context, notes);
          if (trigger.type === 'phone-call')
            secondEndOfFallback(text, drafted, free, (m) => draftPlace(m, 'where', context));
          if (filed.end > 0 && sentence.start <= filed.end) ledeAtStoryTown(drafted, filedFrom, context, notes);
        }
        if (trigger.type === 'phone-call')
          endsToldNext(text, sentence, mentions, drafted, (m, r) => draftPlace(m, r, context));
        for (const p of drafted) {
          if (p.unknown) notes.push(`unknown place: ${p.unknown.name}, in ${p.unknown.withinName}`);
          if (p.choice) notes.push(`chose ${p.choice}`);
        }
        const claims: DraftClaim[] = COUNTS_DEAD.has(trigger.type)
          ? figures.map((f) => ({
              source,
              aspect: 'casualties' as const,
              statement: `${source} reports ${f.max === null ? 'at least ' : ''}${f.min}${f.max !== null && f.max !== f.min ? `–${f.max}` : ''} ${f.who} killed ("${f.span.text}").`,
              killed: { min: f.min, max: f.max, who: f.who },
            }))
          : [];
        pending.push({
          type: trigger.type,
          title: '',
          span: date?.span ?? null,
          dateKind: date?.kind ?? null,
          dateText: date?.text ?? null,
          dateNote: date ? `${source}, ${options.published}: ${date.note}` : '',
          date,
          places: drafted,
          actors,
          claims,
          sources: [source],
          evidence: [{ source, start: sentence.start, end: sentence.end, text: sentence.text }],
          notes,
          at: trigger.start,
          earlier: EARLIER_CLAUSE.test(clause.text),
          traveller: TRAVELLER.test(sentence.text),
          lemma: 'lemma' in trigger && typeof trigger.lemma === 'string' ? trigger.lemma : triggerLemma(trigger.text),
          flashback:
            isAsideClause(clause) ||
            PLUPERFECT.test(text.slice(Math.max(clause.start, trigger.start - 30), trigger.start)),
          inherit,
          sentence: sentenceIndex,
        });
        if (plan) plans.add((pending.at(-1) as Pending).evidence);
        if (isAsideClause(clause)) markAside(pending.at(-1));
      }
    }
  }

  const anchorOf = resolveLinks(pending, text, published, log.toldBefore, storyDays(text, sentences, dates));
  log.pastMidnight(pending);
  keepToEntries(pending, anchorOf, log, text);
  inheritPlaces(pending, anchorOf, { text, place: filedFrom });
  // News tells what happened: a draft dated after publication is a plan ("is due to visit next month"),
  // kept only when told with "will" for the coming week at a place of its own.
  const dated = attachUndated(pending, headlineEnd(text), text).filter((d) =>
    keptByDate(d, published, plans.has(d.evidence)),
  );
  return sameDayPlace(mergeDrafts(dated)).map((d) => {
    preferSmallest(d.places, context);
    areasBesideTown(d.places, text);
    holdersMentioned(d.places, text);
    countryOnlyWhereWide(d);
    d.notes = refreshUnknownNotes(d.notes, d.places);
    // A year's or a range's dead ("had killed 940 civilians in 2010") is a toll, not one strike.
    const toll =
      VIOLENT.has(d.type) && d.claims.length > 0 && d.span?.precision !== 'day' && d.span?.precision !== 'month';
    const typed = toll ? { ...d, type: 'casualty-toll' as const } : d;
    return { ...typed, title: titleOf(typed) };
  });
}
