import { describe, expect, it } from 'vitest';
import { draftPairs, evaluateEvents, formatEventScore } from '../../src/cli/evaluate-events.ts';
import type { EventDraft } from '../../src/core/geoparse/extract-events.ts';
import type { DraftPlace } from '../../src/core/geoparse/event-places.ts';
import { dayFromYmd } from '../../src/core/time/day.ts';
import { loadPlaceContext } from '../../src/cli/extract-events.ts';

const place = (placeId: string, role: DraftPlace['role'] = 'where'): DraftPlace => ({
  name: placeId,
  placeId,
  lon: 0,
  lat: 0,
  role,
  kind: 'city',
  precision: 'settlement',
  mention: { start: 0, end: 0 },
});
const draft = (span: EventDraft['span'], places: DraftPlace[]): EventDraft => ({
  type: 'other',
  title: '',
  span,
  dateKind: null,
  dateText: null,
  dateNote: '',
  places,
  actors: [],
  claims: [],
  sources: ['s'],
  evidence: [],
  notes: [],
});

describe('draftPairs', () => {
  it('keeps the pairs of drafts that claim a day apart from month, year and range spans', () => {
    const day = dayFromYmd(2024, 2, 15);
    const pairs = draftPairs([
      draft({ first: day, last: day, precision: 'day' }, [place('lahore'), place('punjab', 'mentioned')]),
      draft({ first: dayFromYmd(2024, 2, 1), last: dayFromYmd(2024, 2, 29), precision: 'month' }, [place('kabul')]),
      draft({ first: dayFromYmd(2013, 1, 1), last: dayFromYmd(2013, 12, 31), precision: 'year' }, [place('dhaka')]),
    ]);
    expect([...pairs.day]).toEqual(['2024-02-15\tlahore']);
    expect([...pairs.spans]).toEqual(['2024-02\tkabul', '2013\tdhaka']);
  });
});

describe('evaluateEvents', () => {
  const loaded = loadPlaceContext();
  const text = 'Police fired tear gas at doctors in Lahore on Friday. A similar dispute shut wards in Multan in 2021.';
  const label = (date: string, placeId: string) => ({
    file: 'a.txt',
    published: '2023-03-04',
    date,
    place: placeId,
    kind: 'weekday',
  });

  it('scores day-level precision over day drafts only, and lists the spans beside it', () => {
    const score = evaluateEvents(new Map([['a.txt', text]]), [label('2023-03-03', 'lahore')], loaded);
    expect(score).toMatchObject({ hits: 1, predicted: 1, precision: 1, recall: 1, spanHits: 0 });
    expect(score.unscoredSpans).toEqual(['a.txt: 2021 gn-pk-multan']);
    const lines = formatEventScore('set', score);
    expect(lines[1]).toContain('day-level precision 100.0% (1/1)');
    expect(lines[2]).toBe('  also 1 month/year/range span, not scored at day level (0 of them labelled)');
    expect(lines).toContain('  span, not scored at day level: a.txt: 2021 gn-pk-multan');
  });

  it('counts a span a label asks for in recall, not in day-level precision', () => {
    const labels = [label('2023-03-03', 'lahore'), label('2021', 'gn-pk-multan')];
    const score = evaluateEvents(new Map([['a.txt', text]]), labels, loaded);
    expect(score).toMatchObject({ hits: 2, labelled: 2, predicted: 1, precision: 1, spanHits: 1 });
    expect(score.unscoredSpans).toEqual([]);
  });
});
