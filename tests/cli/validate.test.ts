/**
 * `npm run validate` counts what a valid dataset holds: events, day-precision events, sources by
 * kind and contested aspects.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { datasetCounts, describeCounts, main } from '../../src/cli/validate.ts';
import { validateDataset } from '../../src/core/dataset/validate-dataset.ts';
import type { Dataset } from '../../src/core/dataset/schema.ts';

const FIXTURE = new URL('../fixtures/export/dataset.json', import.meta.url);

function fixture(): Dataset {
  const result = validateDataset(JSON.parse(readFileSync(FIXTURE, 'utf8')));
  if (!result.ok) throw new Error('the export fixture should be valid');
  return result.dataset;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('datasetCounts', () => {
  it('counts a source without a kind as an article, and a report as a report', () => {
    const dataset = fixture();
    expect(dataset.sources.every((s) => s.kind === undefined)).toBe(true);
    const withReport: Dataset = {
      ...dataset,
      sources: [
        ...dataset.sources,
        { id: 'a-report', kind: 'report', outlet: 'Wire', title: 'T', published: '2011-03-18' },
      ],
    };
    expect(datasetCounts(dataset).sourcesByKind).toEqual({ article: dataset.sources.length, report: 0 });
    expect(datasetCounts(withReport).sourcesByKind).toEqual({ article: dataset.sources.length, report: 1 });
  });

  it('counts day-precision events and the aspects on which sources disagree', () => {
    const dataset = fixture();
    const days = dataset.events.filter((e) => e.datePrecision === 'day').length;
    expect(datasetCounts(dataset).dayPrecisionEvents).toBe(days);
    const [first] = dataset.events;
    if (!first) throw new Error('the fixture has events');
    const [a, b] = dataset.sources;
    const contested: Dataset = {
      ...dataset,
      events: [
        {
          ...first,
          sources: [a!.id, b!.id],
          claims: [
            { source: a!.id, aspect: 'date', statement: 'one day', date: '2011-03-17' },
            { source: b!.id, aspect: 'date', statement: 'another', date: '2011-03-18' },
            { source: a!.id, aspect: 'name', statement: 'Ashraf' },
            { source: b!.id, aspect: 'name', statement: 'Ashfaq' },
          ],
        },
      ],
    };
    expect(datasetCounts(contested)).toMatchObject({ events: 1, contestedAspects: 2, contestedEvents: 1 });
    const agreed: Dataset = {
      ...contested,
      events: [{ ...contested.events[0]!, claims: contested.events[0]!.claims.slice(0, 1) }],
    };
    expect(datasetCounts(agreed)).toMatchObject({ contestedAspects: 0, contestedEvents: 0 });
  });
});

describe('npm run validate', () => {
  it('prints the counts of the shipped dataset under its "valid" line', () => {
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
    expect(main([])).toBe(0);
    expect(lines[0]).toMatch(/^shipped dataset \(geodata\/\): valid/);
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(/^ {2}events: \d+, of which \d+ dated to the day$/),
      expect.stringMatching(/^ {2}sources by kind: \d+ articles?, \d+ reports?$/),
      expect.stringMatching(/^ {2}contested aspects: \d+, in \d+ events$/),
    ]);
  });

  it('describes counts in words', () => {
    expect(
      describeCounts({
        events: 48,
        dayPrecisionEvents: 23,
        sourcesByKind: { article: 3, report: 1 },
        contestedAspects: 19,
        contestedEvents: 14,
      }),
    ).toEqual([
      '  events: 48, of which 23 dated to the day',
      '  sources by kind: 3 articles, 1 report',
      '  contested aspects: 19, in 14 events',
    ]);
  });
});
