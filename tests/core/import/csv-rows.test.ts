import { describe, expect, it } from 'vitest';
import { countLines } from '../../../src/core/import/csv.ts';
import { importText } from '../../../src/core/import/file.ts';
import { importContext } from '../../support/import-context.ts';

describe('countLines', () => {
  it.each([
    { text: '', lines: 0 },
    { text: 'a', lines: 1 },
    { text: 'a\n', lines: 1 },
    { text: 'a\nb', lines: 2 },
    { text: 'a\r\nb\r\n', lines: 2 },
    { text: 'a\rb\r', lines: 2 },
    { text: 'a\n\nb\n', lines: 3 },
    // A line break inside a quoted cell is a line but not a row: the count is then above the rows.
    { text: 'h\n"x\ny"\n', lines: 3 },
  ])('$text has $lines lines', ({ text, lines }) => {
    expect(countLines(text)).toBe(lines);
  });
});

describe('a CSV read row by row', () => {
  it('numbers rows as a spreadsheet does across a cell with a line break and a blank row', () => {
    const text = [
      'date,title,summary,type,place',
      '2011-03-17,A,"two',
      'lines",strike,Lahore',
      '',
      '2011-03-18,B,,battle,Lahore',
      '2011-03-19,C,,strike,Karachi',
      '',
    ].join('\n');
    const result = importText({ name: 'rows.csv', text }, importContext);
    if (!result.ok) throw new Error(result.message);
    expect(result.dataset.events.map((e) => [e.title, e.summary])).toEqual([
      ['A', 'two\nlines'],
      ['C', 'C'],
    ]);
    expect(result.problems.find((p) => p.field === 'type')).toMatchObject({ row: 4 });
    expect(result.dataset.events[1]?.dateNote).toContain('row 5');
  });

  it('reports progress against the rows the file has', () => {
    const row = '2011-03-17,A,strike,Lahore\n';
    const text = `date,title,type,place\n${row.repeat(12_003)}`;
    const progress: { rows: number; totalRows: number }[] = [];
    const result = importText({ name: 'many.csv', text }, { ...importContext, onProgress: (p) => progress.push(p) });
    expect(result.ok && result.dataset.events.length).toBe(12_003);
    expect(progress).toEqual([
      { rows: 5_000, totalRows: 12_003 },
      { rows: 10_000, totalRows: 12_003 },
    ]);
  }, 60_000);

  it('still counts the rows of a file that lacks a required column', () => {
    const text = 'date,title,place\n2011-03-17,A,Lahore\n\n2011-03-18,B,Lahore\n';
    const result = importText({ name: 'no-type.csv', text }, importContext);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toMatch(/type/);
    expect(result.problems.map((p) => p.message)).toContain('Add a "type" column (see the template).');
    // Two data rows (the blank one between them not counted), neither loaded.
    expect(result.summary).toMatchObject({ total: 2, loaded: 0, failed: 2 });
  });
});
