/**
 * The shipped 2011 dataset: valid against the shipped gazetteer, dated as the articles say, and
 * written in our own words (checked against fingerprints of the articles, not the articles).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from '../../src/core/time/day.ts';
import type { Dataset, TimeEvent } from '../../src/core/dataset/schema.ts';
import { validateParts } from '../../src/core/dataset/validate-dataset.ts';
import { COPY_RUN_LENGTH, copiedRuns, runFingerprint, wordRuns } from '../../src/core/dataset/copy-check.ts';

const REPO_ROOT = new URL('../../', import.meta.url);
const PLACES_FILE = new URL('geodata/places.geojson', REPO_ROOT);
const FINGERPRINTS = new URL('tests/fixtures/article-fingerprints.json', REPO_ROOT);

const MAX_TITLE_LENGTH = 90;
const SUMMARY_SENTENCES = { min: 2, max: 4 };
/** The period the dataset is about; anything that ends before it is background. */
const PERIOD_START = '2011';

function readJson(url: URL): unknown {
  return JSON.parse(readFileSync(url, 'utf8')) as unknown;
}

function loadShipped(): Dataset {
  if (!existsSync(PLACES_FILE)) {
    throw new Error(
      `${fileURLToPath(PLACES_FILE)} does not exist: the events cannot be checked without the gazetteer. ` +
        'Build or restore geodata/places.geojson, then run this test again.',
    );
  }
  const result = validateParts({
    sources: readJson(new URL('geodata/sources.json', REPO_ROOT)),
    places: readJson(PLACES_FILE),
    events: readJson(new URL('geodata/events.json', REPO_ROOT)),
  });
  if (!result.ok) {
    throw new Error(
      `the shipped dataset is invalid:\n${result.problems.map((p) => `${p.path}: ${p.message}`).join('\n')}`,
    );
  }
  return result.dataset;
}

function eventById(dataset: Dataset, id: string): TimeEvent {
  const event = dataset.events.find((e) => e.id === id);
  if (!event) throw new Error(`no event "${id}" in geodata/events.json`);
  return event;
}

describe('the shipped events', () => {
  it('are valid against the shipped sources and gazetteer', () => {
    const dataset = loadShipped();
    expect(dataset.events.length).toBeGreaterThan(0);
  });

  // Spot checks against the articles (see each event's dateNote for the reasoning).
  const expected: {
    id: string;
    start: string;
    end?: string;
    places: string[];
    sources: string[];
    dateClaims?: Record<string, string>;
  }[] = [
    {
      id: 'davis-shooting',
      start: '2011-01-27',
      places: ['lahore'],
      sources: ['ap-2011-08-02', 'abc-2011-04-13', 'rsis-2011-04-25', 'brecorder-2011-03-17'],
      // RSIS's "last December" stays beside the correction from a report of the time.
      dateClaims: {
        'ap-2011-08-02': '2011-01-27',
        'abc-2011-04-13': '2011-01',
        'rsis-2011-04-25': '2010-12',
        'brecorder-2011-03-17': '2011-01-27',
      },
    },
    {
      id: 'davis-detention',
      start: '2011-01-27',
      end: '2011-03-16',
      places: ['lahore'],
      sources: ['ap-2011-08-02', 'rsis-2011-04-25'],
    },
    {
      id: 'davis-release',
      start: '2011-03-16',
      places: ['lahore'],
      sources: ['ap-2011-08-02', 'rsis-2011-04-25', 'brecorder-2011-03-17'],
    },
    {
      id: 'munter-call',
      start: '2011-03-17',
      places: ['us-embassy-islamabad', 'washington-dc', 'islamabad'],
      sources: ['ap-2011-08-02'],
    },
    {
      id: 'datta-khel-strike',
      start: '2011-03-17',
      places: ['datta-khel', 'north-waziristan'],
      sources: ['ap-2011-08-02', 'rsis-2011-04-25', 'reuters-2011-03-18', 'pakistantoday-2011-08-03'],
    },
    {
      id: 'pasha-panetta-meeting',
      start: '2011-04-11',
      // A visit: from Islamabad to CIA headquarters.
      places: ['islamabad', 'cia-headquarters'],
      sources: ['abc-2011-04-13', 'rsis-2011-04-25', 'dawn-2011-04-12'],
      dateClaims: { 'abc-2011-04-13': '2011-04-11', 'rsis-2011-04-25': '2011-04-10', 'dawn-2011-04-12': '2011-04-11' },
    },
    {
      id: 'strike-2011-04-13',
      start: '2011-04-13',
      // ABC says only "a Taliban safe haven"; reporting of the time puts it in South Waziristan.
      places: ['south-waziristan', 'fata', 'united-states'],
      sources: ['abc-2011-04-13', 'rsis-2011-04-25', 'tribune-2011-04-13'],
    },
    { id: 'mumbai-attack-2008', start: '2008', places: ['mumbai', 'punjab'], sources: ['abc-2011-04-13'] },
    { id: 'civilian-toll-2010', start: '2010', places: ['pakistan'], sources: ['rsis-2011-04-25'] },
    // The AP says only "in May"; reports of the time give the day.
    {
      id: 'bin-laden-raid',
      start: '2011-05-02',
      places: ['abbottabad'],
      sources: ['ap-2011-08-02', 'abc30-2011-05-02', 'timesofpakistan-2011-05-16'],
    },
  ];

  it.each(expected)(
    '$id is dated and placed as the articles and the reports of the time say',
    ({ id, start, end, places, sources, dateClaims }) => {
      const event = eventById(loadShipped(), id);
      expect(event.start).toBe(start);
      expect(event.end).toBe(end);
      expect(event.places.map((p) => p.place)).toEqual(places);
      expect(event.sources).toEqual(sources);
      if (dateClaims) {
        const given = Object.fromEntries(
          event.claims.filter((c) => c.aspect === 'date').map((c) => [c.source, c.date]),
        );
        expect(given).toEqual(dateClaims);
      }
    },
  );

  it('keep casualty figures the sources give, side by side', () => {
    const dataset = loadShipped();
    const killed = (id: string) =>
      eventById(dataset, id)
        .claims.filter((c) => c.killed)
        .map((c) => [c.source, c.killed?.min, c.killed?.who]);
    expect(killed('datta-khel-strike').map(([source, min]) => [source, min])).toEqual([
      ['rsis-2011-04-25', 45],
      ['reuters-2011-03-18', 41],
      ['pakistantoday-2011-08-03', 48],
    ]);
    expect(killed('civilian-toll-2010')).toEqual([['rsis-2011-04-25', 940, 'civilians']]);
    expect(killed('davis-shooting').map(([source]) => source)).toEqual([
      'ap-2011-08-02',
      'abc-2011-04-13',
      'rsis-2011-04-25',
    ]);
  });

  it('have short titles, 2–4 sentence summaries and a dateNote naming its article', () => {
    for (const event of loadShipped().events) {
      expect(event.title.length, event.id).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
      const sentences = event.summary.match(/[.!?](?=\s+\S|\s*$)/g)?.length ?? 0;
      expect(sentences, `${event.id}: summary sentences`).toBeGreaterThanOrEqual(SUMMARY_SENTENCES.min);
      expect(sentences, `${event.id}: summary sentences`).toBeLessThanOrEqual(SUMMARY_SENTENCES.max);
      expect(event.dateNote, event.id).toMatch(/\b(AP|ABC|RSIS)\b/);
    }
  });

  it('cite every listed source; every report has an address and says something in a claim', () => {
    const dataset = loadShipped();
    const kinds = dataset.sources.map((s) => s.kind);
    expect(kinds.filter((k) => k === 'article')).toHaveLength(3);
    expect(kinds.every((k) => k === 'article' || k === 'report')).toBe(true);
    for (const source of dataset.sources) {
      expect(
        dataset.events.some((e) => e.sources.includes(source.id)),
        `${source.id} is cited by no event`,
      ).toBe(true);
      if (source.kind !== 'report') continue;
      expect(source.url, `${source.id} has no address`).toMatch(/^https?:\/\//);
      expect(
        dataset.events.some((e) => e.claims.some((c) => c.source === source.id)),
        `${source.id} makes no claim`,
      ).toBe(true);
    }
  });

  it('are dated to the day a report gives, where the reports agree on one', () => {
    const dataset = loadShipped();
    const reports = new Set(dataset.sources.filter((s) => s.kind === 'report').map((s) => s.id));
    const dated = dataset.events.flatMap((event) => {
      const days = new Set(
        event.claims
          .filter((c) => reports.has(c.source) && c.aspect === 'date' && c.date?.length === 10)
          .map((c) => c.date),
      );
      return days.size === 1 ? [[event.id, event.start, [...days][0]] as const] : [];
    });
    expect(dated.length).toBeGreaterThan(15);
    for (const [id, start, day] of dated) expect(start, id).toBe(day);
    // Every event starting on a report's day says which report in its date note.
    for (const [id] of dated) {
      const event = eventById(dataset, id);
      const named = event.claims.filter((c) => reports.has(c.source) && c.aspect === 'date');
      const outlets = named.map((c) => dataset.sources.find((s) => s.id === c.source)?.outlet ?? '');
      expect(
        outlets.some((o) => event.dateNote.includes(o.replace(/ \(.*\)$/, ''))),
        `${id}: the date note names none of ${outlets.join(', ')}`,
      ).toBe(true);
    }
  });

  // Background = began before 2011, so that it never stretches the default time range (an
  // escalation from 2009 that lasts into 2011 is still on the map in 2011).
  it('are marked background exactly when they begin before 2011', () => {
    const periodStart = parseCalendarDate(PERIOD_START)?.first ?? Number.NaN;
    for (const event of loadShipped().events) {
      const first = parseCalendarDate(event.start)?.first ?? Number.NaN;
      expect(event.background, event.id).toBe(first < periodStart);
    }
  });

  it('have ids that say what they are, one per event, in date order', () => {
    const events = loadShipped().events;
    const starts = events.map((e) => parseCalendarDate(e.start)?.first ?? Number.NaN);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});

// ---------------------------------------------------------------- own words

/** Lower-case words, with accents, apostrophes and punctuation dropped, so "al-Qaeda's" = "al qaedas". */
describe('the shipped texts are our own words', () => {
  it('finds a copied run of words (the check itself works)', () => {
    const article = 'The deadly March 17 attack helped send the relationship into a tailspin.';
    const fingerprints = new Set(wordRuns(article).map(runFingerprint));
    expect(
      copiedRuns('Officials say the deadly March 17 attack helped send the relationship downhill.', fingerprints),
    ).not.toEqual([]);
    expect(copiedRuns('A strike on 17 March made relations worse.', fingerprints)).toEqual([]);
  });

  it(`no title, summary, dateNote or claim shares ${COPY_RUN_LENGTH} words in a row with an article`, () => {
    const fingerprints = articleFingerprints();
    const copied: string[] = [];
    for (const event of loadShipped().events) {
      const texts = [
        ['title', event.title],
        ['summary', event.summary],
        ['dateNote', event.dateNote],
        ...event.claims.map((c, i) => [`claims[${i}].statement`, c.statement]),
      ];
      for (const [field, text] of texts) {
        for (const run of copiedRuns(text ?? '', fingerprints)) copied.push(`${event.id}.${field}: "${run}"`);
      }
    }
    expect(copied).toEqual([]);
  });
});

function articleFingerprints(): Set<string> {
  const file = JSON.parse(readFileSync(FINGERPRINTS, 'utf8')) as { runLength: number; fingerprints: string[] };
  expect(file.runLength).toBe(COPY_RUN_LENGTH);
  expect(file.fingerprints.length).toBeGreaterThan(1000);
  return new Set(file.fingerprints);
}
