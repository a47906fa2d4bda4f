/**
 * Scores the event extractor against hand labels.
 *
 *   npm run evaluate:events [-- SEEDS_DIR]
 *
 * A label is one (date, place) pair an article reports: `file, published, date, place, kind`
 * (tab-separated, one header line), the date as the dataset writes it (YYYY-MM-DD, YYYY-MM,
 * YYYY) and `kind` the kind of date expression that gives it. Day-level: a predicted pair counts
 * only when its date equals the label's to the day (a month for a month label) and its place id
 * is the label's; an unknown place is `unknown-NAME`. Label sets: our own short texts under
 * tests/fixtures/extract-events (texts, held-out, unseen…, dev-4), and the seed articles in
 * SEEDS_DIR (default ../shared/seeds beside the repo; the articles are not in the repo, only our
 * labels).
 *
 * Precision is day-level: over the pairs of drafts that claim a day. A draft dated to a month, a
 * year or a range is an honest span, not a wrong day: it counts for recall when a label asks for
 * that span, and the pairs of the others are reported beside the score ("also 5 month/year/range
 * spans, not scored at day level"), each listed, never dropped.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixturesDir, loadTexts, pct, seedsDirOf } from './evaluation.ts';
import { extractEvents, type EventDraft } from '../core/geoparse/extract-events.ts';
import { formatDay } from '../core/time/day.ts';
import { slug } from '../core/geoparse/events-dataset.ts';
import { loadPlaceContext } from './extract-events.ts';
import { countOf } from '../core/text/count.ts';

const FIXTURES = fixturesDir('extract-events');

export interface EventLabel {
  file: string;
  published: string;
  date: string;
  place: string;
  kind: string;
}

export function parseEventLabels(tsv: string): EventLabel[] {
  const lines = tsv.split(/\r?\n/u).filter((l) => l.trim() !== '');
  return lines.slice(1).map((line, i) => {
    const [file, published, date, place, kind] = line.split('\t');
    if (!file || !published || !date || !place || !kind) {
      throw new Error(`labels line ${i + 2}: expected 5 tab-separated fields, got "${line}"`);
    }
    return { file, published, date, place, kind };
  });
}

/** The (date, place) pairs of the drafts: each locating place with the event's date. */
export interface DraftPairs {
  /** Pairs of drafts that claim a day: what day-level precision is over. */
  day: Set<string>;
  /** Pairs of drafts dated to a month, a year or a range (`first..last`). */
  spans: Set<string>;
}

export function draftPairs(drafts: readonly EventDraft[]): DraftPairs {
  const day = new Set<string>();
  const spans = new Set<string>();
  for (const d of drafts) {
    if (!d.span || d.span.first === null) continue;
    const first = formatDay(d.span.first);
    const date =
      d.span.precision === 'day'
        ? first
        : d.span.precision === 'month'
          ? first.slice(0, 7)
          : d.span.precision === 'year'
            ? first.slice(0, 4)
            : `${first}..${formatDay(d.span.last)}`;
    for (const p of d.places) {
      if (p.role === 'mentioned') continue;
      (d.span.precision === 'day' ? day : spans).add(
        `${date}\t${p.unknown ? `unknown-${slug(p.unknown.name)}` : p.placeId}`,
      );
    }
  }
  return { day, spans };
}

export interface EventScore {
  hits: number;
  predicted: number;
  labelled: number;
  precision: number;
  recall: number;
  byKind: Map<string, { hits: number; labelled: number }>;
  missed: EventLabel[];
  falseHits: string[];
  /** Month, year and range pairs no label asks for: honest spans, not scored at day level. */
  unscoredSpans: string[];
  /** Month, year and range pairs a label asks for (counted in `hits`, not in `predicted`). */
  spanHits: number;
}

export function evaluateEvents(
  texts: ReadonlyMap<string, string>,
  labels: readonly EventLabel[],
  loaded = loadPlaceContext(),
): EventScore {
  let hits = 0;
  let predicted = 0;
  let spanHits = 0;
  const byKind = new Map<string, { hits: number; labelled: number }>();
  const missed: EventLabel[] = [];
  const falseHits: string[] = [];
  const unscoredSpans: string[] = [];
  for (const [file, text] of texts) {
    const own = labels.filter((l) => l.file === file);
    const published = own[0]?.published;
    if (!published) continue;
    const pairs = draftPairs(extractEvents(text, { source: slug(file), published, ...loaded.forText(text) }));
    const wanted = new Set(own.map((l) => `${l.date}\t${l.place}`));
    predicted += pairs.day.size;
    for (const p of pairs.day) if (!wanted.has(p)) falseHits.push(`${file}: ${p.replace('\t', ' ')}`);
    for (const p of pairs.spans) {
      if (wanted.has(p)) spanHits++;
      else unscoredSpans.push(`${file}: ${p.replace('\t', ' ')}`);
    }
    for (const l of own) {
      const k = byKind.get(l.kind) ?? { hits: 0, labelled: 0 };
      k.labelled++;
      const key = `${l.date}\t${l.place}`;
      if (pairs.day.has(key) || pairs.spans.has(key)) {
        hits++;
        k.hits++;
      } else missed.push(l);
      byKind.set(l.kind, k);
    }
  }
  const dayHits = hits - spanHits;
  return {
    hits,
    predicted,
    labelled: labels.length,
    precision: predicted === 0 ? 1 : dayHits / predicted,
    recall: labels.length === 0 ? 1 : hits / labels.length,
    byKind,
    missed,
    falseHits,
    unscoredSpans,
    spanHits,
  };
}

export function formatEventScore(title: string, s: EventScore): string[] {
  const out = [
    title,
    `  (date, place) pairs: recall ${pct(s.recall)} (${s.hits}/${s.labelled})  day-level precision ${pct(s.precision)} (${s.hits - s.spanHits}/${s.predicted})`,
    `  also ${countOf(s.spanHits + s.unscoredSpans.length, 'month/year/range span')}, not scored at day level (${s.spanHits} of them labelled)`,
  ];
  for (const [kind, k] of [...s.byKind].sort()) {
    out.push(`  ${kind.padEnd(22)} ${pct(k.hits / k.labelled)} (${k.hits}/${k.labelled})`);
  }
  for (const l of s.missed) out.push(`  missed:    ${l.file}: ${l.date} ${l.place} (${l.kind})`);
  for (const f of s.falseHits) out.push(`  false hit: ${f}`);
  for (const f of s.unscoredSpans) out.push(`  span, not scored at day level: ${f}`);
  return out;
}

export function runEventEvaluations(seedsDir: string): { name: string; score: EventScore }[] {
  const loaded = loadPlaceContext();
  const run = (name: string, labelsFile: string, textsDir: string) => {
    const labels = parseEventLabels(readFileSync(join(FIXTURES, labelsFile), 'utf8'));
    return { name, score: evaluateEvents(loadTexts(textsDir, labels), labels, loaded) };
  };
  // Labels once written unknown-NAME for places the town shards (geodata/world-towns) now hold were
  // remapped to the ids the extractor gives (gn-in-tuni, gn-bd-rajshahi…) by
  // scripts/fixtures/remap-unknown-labels.ts: by name within 40 km of the writer's point where the
  // writer gave one (unseen-4 to unseen-6), else by exact name in the article's country (unseen,
  // unseen-3). No date was changed, no label added or dropped. Once the indexes had aliases
  // (geodata/README.md, "Other names"), the same script, now matching aliases too, remapped six
  // more by exact name in the article's country: unknown-cumilla (unseen-5), unknown-bogura and
  // unknown-chittagong (unseen-6), unknown-wardak and unknown-maidan-shahr twice (unseen-8); and
  // once the town layer read three-letter towns, two more: unknown-uri (unseen), unknown-osh (unseen-7).
  // Plans: the sets from unseen-9 on label a planned event dated to a day however it is told ("is
  // expected to", "said they would"), as the blind-set writers are asked to. Five labels were added
  // to older sets for plans written so and left out before (dev-4: three towns "expected to join the
  // strike on Monday"; unseen-5: Astana; unseen-6: the Colombo court "expected to resume on April
  // 23"), so that every set follows that one convention. No other label changed.
  const runs = [
    run('own texts (tests/fixtures/extract-events/texts)', 'labels.tsv', join(FIXTURES, 'texts')),
    // Written after the first rules were set; their first score was recall 7/11, precision 7/10,
    // and the rules were then changed for what they showed.
    run('held-out texts (tests/fixtures/extract-events/held-out)', 'held-out-labels.tsv', join(FIXTURES, 'held-out')),
    // Written after the held-out set's changes. Its first score was recall 5/11, precision 5/12;
    // one label was then corrected (Kandahar the city, which the index has) and the rules changed
    // for what it showed (anchors end at their clause, attributions and containing provinces are no
    // event's place), so it is no longer unseen either: the next texts written should be.
    run('unseen texts (tests/fixtures/extract-events/unseen)', 'unseen-labels.tsv', join(FIXTURES, 'unseen')),
    // Written after every change above; first scored recall 7/12, precision 7/9. The clause-structure
    // rules (issue 18's follow-up) were then tuned on all five sets, so none of them is unseen now.
    run(
      'unseen texts, second set (tests/fixtures/extract-events/unseen-2)',
      'unseen-2-labels.tsv',
      join(FIXTURES, 'unseen-2'),
    ),
    // Written by another person while the rules above were changed, not seen by whoever changed
    // them, and scored once after (recall 11/23, precision 11/37 with month/year drafts counted as
    // wrong days, 11/31 at day level). The fourth round of rules (issue 18) was then tuned on it,
    // so it is no longer unseen either: the figure for unseen text comes from a blind set.
    run(
      'unseen texts, third set (tests/fixtures/extract-events/unseen-3)',
      'unseen-3-labels.tsv',
      join(FIXTURES, 'unseen-3'),
    ),
    // Written by the developer of the fourth round of rules (issue 18), before those rules, to
    // test that they generalise while they were written: dev texts, not unseen. First scored
    // recall 14/23, day-level precision 14/23 (after two label ids were corrected: Mumbai and Johi
    // are in the index as mumbai and gn-pk-johi).
    run('dev texts, fourth set (tests/fixtures/extract-events/dev-4)', 'dev-4-labels.tsv', join(FIXTURES, 'dev-4')),
    // Written by another person (issue 18, fourth round) while the rules above were written, never
    // opened by whoever wrote them, labelled by place name with coordinates and mapped to the
    // index's ids by name and distance before any scoring (unknown-NAME where the index has no
    // such place), then scored once: recall 22/36, day-level precision 22/38, the figure for text
    // the extractor had never seen. Since then it is a tuning set (fifth round: its texts were read
    // and rules written from its misses, 36/36 and 36/36 after), so its figure no longer says how
    // the extractor does on unseen text: the next blind set does.
    run(
      'unseen texts, fourth set (tests/fixtures/extract-events/unseen-4)',
      'unseen-4-labels.tsv',
      join(FIXTURES, 'unseen-4'),
    ),
    // Written blind in the same way (by a third person, who read none of the rules or other texts)
    // while the fifth round was written, and scored once after it: recall 29/37 (0.78), day-level
    // precision 29/39 (0.74), 11 month/year spans beside them. Since then it is a tuning set (sixth
    // round: its texts were read and rules written from its misses, 35/37 and 35/37 after), so its
    // figure no longer says how the extractor does on unseen text: the next blind set does.
    run(
      'unseen texts, fifth set (tests/fixtures/extract-events/unseen-5)',
      'unseen-5-labels.tsv',
      join(FIXTURES, 'unseen-5'),
    ),
    // Written blind in the same way (by a fourth person) while the sixth round was written, and
    // scored once after it: recall 30/38 (0.79), day-level precision 30/36 (0.83), 9 month/year
    // spans beside them. Since then it is a tuning set (seventh round: its texts were read and rules
    // written from its misses, 38/38 and 38/38 after), so its figure no longer says how the
    // extractor does on unseen text: the next blind set does.
    run(
      'unseen texts, sixth set (tests/fixtures/extract-events/unseen-6)',
      'unseen-6-labels.tsv',
      join(FIXTURES, 'unseen-6'),
    ),
    // Written blind in the same way (by a fifth person, asked for settings beyond South Asia too:
    // Kyrgyzstan, Kenya, Peru, North Macedonia) while the seventh round and the town shards were
    // written; labels mapped by name and distance, unknowns then to the shards' towns
    // (scripts/fixtures/remap-unknown-labels.ts --places), and scored once: recall 24/45 (0.53),
    // day-level precision 24/40 (0.60), 7 month/year spans beside them: short of both targets, on
    // a set with more weekdays, background events and places outside South Asia than the ones before.
    // Since then it is a tuning set (eighth round: 39/45 and 39/41 after), so its figure no longer
    // says how the extractor does on unseen text: the next blind set does.
    run(
      'unseen texts, seventh set (tests/fixtures/extract-events/unseen-7)',
      'unseen-7-labels.tsv',
      join(FIXTURES, 'unseen-7'),
    ),
    // Written blind in the same way (by a sixth person; Pakistan, Afghanistan, Uzbekistan and
    // Tajikistan, Iran, Senegal, Georgia) while the eighth round was written, labels mapped as
    // for the seventh set, and scored once: recall 31/45 (0.69), day-level
    // precision 31/39 (0.79), 5 month/year spans beside them.
    run(
      'unseen texts, eighth set (tests/fixtures/extract-events/unseen-8)',
      'unseen-8-labels.tsv',
      join(FIXTURES, 'unseen-8'),
    ),
    // Written blind in the same way (by a seventh person; Pakistan, Afghanistan, Kyrgyzstan and
    // Tajikistan, Peru, DR Congo and Burundi, Iran's minister in Central Asia) while the ninth
    // round was written, labels mapped as for the seventh set, and scored once: recall 20/41 (0.49),
    // day-level precision 20/37 (0.54), 6 month/year spans beside them. Since then it is a tuning
    // set (one town-layer rule read from its misses: 22/41 and 22/38 after; the tenth round of
    // rules, read from its misses and false hits: 35/41 and 35/38).
    run(
      'unseen texts, ninth set (tests/fixtures/extract-events/unseen-9)',
      'unseen-9-labels.tsv',
      join(FIXTURES, 'unseen-9'),
    ),
    // Written blind in the same way (by an eighth person; Iran, Pakistan's Sindh, Nepal, the
    // Chaman border, Mozambique and Greece; a wire report, a feature, a press release, a live blog,
    // a regional paper and a diplomatic story) while the tenth round was written, labels mapped as
    // for the seventh set, and scored once: recall 35/52 (0.67), day-level precision 35/54 (0.65),
    // 6 month/year/range spans beside them. Since then it is a tuning set (the eleventh round of
    // rules, read from its misses and false hits: 47/52 and 47/52 after), so its figure no
    // longer says how the extractor does on unseen text: the next blind set does.
    run(
      'unseen texts, tenth set (tests/fixtures/extract-events/unseen-10)',
      'unseen-10-labels.tsv',
      join(FIXTURES, 'unseen-10'),
    ),
    // Written blind in the same way (by a ninth person; Pakistan's Makran coast, Jaffna and the
    // Palk Strait, eastern Chad, Odisha, Sunamganj in Bangladesh, Montenegro and Serbia; a wire
    // report, a feature, a press release, a live blog, a regional paper and a diplomatic story)
    // while the eleventh round was written, labels mapped as for the seventh set, and scored once:
    // recall 27/51 (0.53), day-level precision 27/42 (0.64), 6 month/year/range spans beside them.
    // Since then it is a tuning set (one town-layer rule read from its misses, countries named
    // inside an organisation choose town shards too, and towns within reach of two neighbouring
    // towns are the story's region; a summons told as "called in" the envoy, and "the summons"
    // named by the noun, "that evening" counted from the event a "when" clause names: 33/51
    // and 33/42; plans told with "is expected to" or a reported "would": 34/51 and 34/43; the
    // dates half of round 13, a live blog under weekday headers read entry by entry, a day within
    // a year told in one clause, "such" meetings, a traveller "expected in" a place, a count of
    // weeks as a range: 39/51 and 39/46; with the places half, places no index holds told "off",
    // before a unit word, "in" a province, or naming a disaster, and a court's, a ministry's or
    // the same day's place: 46/51 and 46/47).
    run(
      'unseen texts, eleventh set (tests/fixtures/extract-events/unseen-11)',
      'unseen-11-labels.tsv',
      join(FIXTURES, 'unseen-11'),
    ),
    // Written blind in the same way (by a tenth person; Kunar, Hunza in Gilgit-Baltistan, Maradi
    // and Zinder in Niger, Bolivia, Idukki in Kerala, the Turkmen minister in Islamabad) while the
    // twelfth round was written, labels mapped as for the seventh set, and scored once:
    // recall 36/56 (0.64), day-level precision 36/52 (0.69), 4 month/year/range spans beside them.
    // Since then it is a tuning set (a flood told by the water bursting out, a government's seat
    // appealed to, live-blog headers with a short weekday or a time: 40/56 and 40/55; round 14's
    // places half, names listed with a place, a work named after its place, "X, the border dry
    // port", "into" and "reach" a place, a building's own name, the ends of a way, a speaker's place
    // across an aside: 46/56 and 46/55, and its dates half, "until Friday" an end, a clause going on
    // with the scene before, an opening "The morning after the talks,", a briefing's own day, "over
    // two days" a span: together 49/56 and 49/54).
    run(
      'unseen texts, twelfth set (tests/fixtures/extract-events/unseen-12)',
      'unseen-12-labels.tsv',
      join(FIXTURES, 'unseen-12'),
    ),
    // Written blind at the same time by an eleventh person (Zahedan in Sistan-Baluchestan, Sulu in
    // Mindanao, Rangpur in Bangladesh, Buenaventura in Colombia, the Sutlej in Indian Punjab, the
    // Maldives and Sri Lanka), labels mapped the same way, and scored once: recall 36/56 (0.64),
    // day-level precision 36/52 (0.69), 1 span beside them. Since then it is a tuning set (a
    // world-index town gives way to its namesake in the text's country, a deadline is no plan:
    // 39/56 and 39/51; a strike committee is no strike: 39/56 and 39/52; round 14's places half,
    // "close to" a place, a town of the named country however far, a place's unit, a later leg
    // with its own time, "his counterpart from X": 43/56 and 43/54, and its dates half, a relative
    // date counted from the story's thread, not a flashback, "after the call", a news conference's
    // own place, a plan after an aside, "and flown out the next day": together 50/56 and 50/57).
    run(
      'unseen texts, thirteenth set (tests/fixtures/extract-events/unseen-13)',
      'unseen-13-labels.tsv',
      join(FIXTURES, 'unseen-13'),
    ),
    // Written blind in the eleventh session by a twelfth person (Chitral, Ecuador's prisons, a
    // rescue off Libya, Chamoli in Uttarakhand, Tamil Nadu's delta, Baku and Tehran), labels mapped
    // as for the seventh set, then scored with the session's first commit: recall 27/57 (0.47),
    // day-level precision 27/44 (0.61); and again after round 14, whose writers never saw it: 29/57
    // (0.51), 29/45 (0.64). Since then it is a tuning set (round 15's places half: a country named
    // as where people come from asks for its towns last, a namesake far from the story's region,
    // what a quake hit, where a visit goes, a unit's own facility, a pass that is shut, "Har ki
    // Pauri" one name: 39/57 and 39/49; with its dates half too, 43/57 and 43/50).
    run(
      'unseen texts, fourteenth set (tests/fixtures/extract-events/unseen-14)',
      'unseen-14-labels.tsv',
      join(FIXTURES, 'unseen-14'),
    ),
    // Written blind at the same time by a thirteenth person (Bamyan, Mali, Bihar's Gandak,
    // Guatemala's Fuego, Khulna, Iraq and Turkey), mapped the same way: with the session's first
    // commit 33/51 (0.65), 33/54 (0.61); after round 14 35/51 (0.69), 35/56 (0.63). Since then it
    // is a tuning set (round 15's places half, as for the fourteenth set, and a curated province far
    // from the story, "Bamyan city" and a dateline the town, a stray town of a country the text
    // never names: 44/51 and 44/57; with its dates half too, 49/51 and 49/61).
    run(
      'unseen texts, fifteenth set (tests/fixtures/extract-events/unseen-15)',
      'unseen-15-labels.tsv',
      join(FIXTURES, 'unseen-15'),
    ),
    // Written blind in the eleventh session, after round 14, by a fourteenth person (Khujand, Gwadar,
    // Hodeidah, Morobe, Himachal, Dhaka and Naypyitaw), mapped the same way and scored once with
    // round 14's rules: recall 42/51 (0.82), day-level precision 42/58 (0.72); after round 15, whose
    // writers never saw it: 43/51 (0.84), 43/58 (0.74). Tuned on by round 16 since: 43/51, 43/58.
    run(
      'unseen texts, sixteenth set (tests/fixtures/extract-events/unseen-16)',
      'unseen-16-labels.tsv',
      join(FIXTURES, 'unseen-16'),
    ),
    // Written blind at the same time by a fifteenth person (Nangarhar, Samarkand, Baidoa, a Karachi
    // live blog, the Kerala coast, Chad and Sudan): with round 14's rules 34/56 (0.61), 34/51
    // (0.67); after round 15 37/56 (0.66), 37/53 (0.70). Tuned on by round 16 since: 40/56, 40/52.
    run(
      'unseen texts, seventeenth set (tests/fixtures/extract-events/unseen-17)',
      'unseen-17-labels.tsv',
      join(FIXTURES, 'unseen-17'),
    ),
    // Written blind after round 15 by a sixteenth person (Swat, Manipur, Cameroon's Far North, a
    // Honduras live blog, Faisalabad, Bhutan and Bangladesh), scored once with round 15's rules:
    // 39/50 (0.78), 39/49 (0.80). Tuned on by round 16 since: 40/50, 40/49.
    run(
      'unseen texts, eighteenth set (tests/fixtures/extract-events/unseen-18)',
      'unseen-18-labels.tsv',
      join(FIXTURES, 'unseen-18'),
    ),
    // Written blind at the same time by a seventeenth person (Balkh, Madagascar, the Odisha coast, a
    // Bohol live blog, Saurashtra, Armenia and India), scored once with round 15's rules: 33/52
    // (0.63), 33/53 (0.62). Tuned on by round 16 since: 35/52, 35/52.
    run(
      'unseen texts, nineteenth set (tests/fixtures/extract-events/unseen-19)',
      'unseen-19-labels.tsv',
      join(FIXTURES, 'unseen-19'),
    ),
    // Written blind during round 16 by an eighteenth person (Herat, Beira, Jessore, a Khanewal live
    // blog, Trincomalee, Cyprus and Lebanon), scored with round 15's rules: 30/48 (0.63), 30/38
    // (0.79); after round 16, whose writers never saw it, the same. Not tuned on yet.
    run(
      'unseen texts, twentieth set (tests/fixtures/extract-events/unseen-20)',
      'unseen-20-labels.tsv',
      join(FIXTURES, 'unseen-20'),
    ),
    // Written blind at the same time by a nineteenth person (Osh, Haiti, Batticaloa, a Sulawesi
    // live blog, Barishal, Armenia and Georgia): with round 15's rules 34/51 (0.67), 34/49 (0.69);
    // after round 16 the same. Not tuned on yet.
    run(
      'unseen texts, twenty-first set (tests/fixtures/extract-events/unseen-21)',
      'unseen-21-labels.tsv',
      join(FIXTURES, 'unseen-21'),
    ),
    // Sets 22 on, each written blind by someone who saw neither the program nor any set before:
    // every numbered set there is, in order. Their regions and first-sight figures: the README beside them.
    ...readdirSync(FIXTURES)
      .map((d) => Number(/^unseen-(\d+)$/u.exec(d)?.[1] ?? NaN))
      .filter((n) => n >= 22)
      .sort((a, b) => a - b)
      .map((n) =>
        run(
          `unseen texts, set ${n} (tests/fixtures/extract-events/unseen-${n})`,
          `unseen-${n}-labels.tsv`,
          join(FIXTURES, `unseen-${n}`),
        ),
      ),
  ];
  if (existsSync(seedsDir)) runs.push(run(`seed articles (${seedsDir})`, 'seed-labels.tsv', seedsDir));
  return runs;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const seedsDir = seedsDirOf(process.argv.slice(2));
  for (const run of runEventEvaluations(seedsDir)) console.log(formatEventScore(run.name, run.score).join('\n'));
}
