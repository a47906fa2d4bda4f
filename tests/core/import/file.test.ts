import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  decodeFile,
  describeImport,
  importFile,
  importText,
  type ImportResult,
} from '../../../src/core/import/file.ts';
import { checkFileSize, MAX_BYTES, MAX_ROWS } from '../../../src/core/import/limits.ts';
import type { ImportProblem } from '../../../src/core/import/problem.ts';
import { FIXTURES, importContext } from '../../support/import-context.ts';

function importFixture(name: string): ImportResult {
  return importFile({ name, bytes: readFileSync(new URL(name, FIXTURES)) }, importContext);
}

type Expected = Partial<Pick<ImportProblem, 'severity' | 'row' | 'path' | 'field'>> & { message: string };

/** The bad-file corpus: each file, what loads, and the problems it must report (in order). */
const corpus: { file: string; loaded: number | null; problems: Expected[] }[] = [
  { file: 'empty.csv', loaded: null, problems: [{ message: 'empty.csv is empty (0 bytes)' }] },
  { file: 'blank.csv', loaded: null, problems: [{ message: 'has no text in it' }] },
  {
    file: 'missing-column.csv',
    loaded: null,
    problems: [{ row: 1, field: 'date', message: 'Add a "date" column' }],
  },
  {
    file: 'truncated.geojson',
    loaded: null,
    problems: [{ path: 'line 8, column 22', message: 'the text ends too early (truncated?)' }],
  },
  { file: 'not-a-dataset.json', loaded: null, problems: [{ message: 'it holds a JSON list' }] },
  { file: 'workbook.xlsx', loaded: null, problems: [{ message: 'Save As → "CSV UTF-8"' }] },
  {
    file: 'wrong-types.json',
    loaded: 2,
    problems: [
      { path: 'events[2].title', message: 'The title must be a string, not a number' },
      { path: 'events[2].start', message: 'must be a string' },
      { path: 'events[2].places', message: 'must be an array, not a string' },
    ],
  },
  {
    file: 'bad-source.json',
    loaded: null,
    problems: [{ path: 'sources[0].url', field: 'url', message: 'only http(s) links are allowed' }],
  },
  {
    file: 'bad-dates.csv',
    loaded: 1,
    problems: [
      { row: 3, field: 'date', message: 'could be 2011-03-04 (day first) or 2011-04-03 (month first)' },
      { row: 4, field: 'date', message: 'not a date in the calendar' },
      { row: 5, field: 'date', message: '"yesterday" is not a date the map can read' },
      { row: 6, field: 'date', message: "spreadsheet's internal date number (2011-03-17?)" },
      { row: 7, field: 'date', message: 'Every event needs a date' },
      { row: 8, field: 'end date', message: 'end 2011-03-01 is before start 2011-03-20' },
      { severity: 'warning', field: 'source', message: 'no source' },
    ],
  },
  {
    file: 'bad-coordinates.csv',
    loaded: 1,
    problems: [
      { row: 3, field: 'latitude', message: 'Latitude 95 is outside −90…90' },
      { row: 4, field: 'longitude', message: 'The longitude is not a number' },
      { row: 5, field: 'latitude', message: 'give both' },
      { row: 6, field: 'longitude', message: 'Write the decimal separator as a point: 69.7' },
      { row: 7, field: 'latitude', message: 'outside the globe' },
      { severity: 'warning', message: 'no source' },
    ],
  },
  {
    file: 'swapped-coordinates.csv',
    loaded: 1,
    problems: [
      { row: 2, field: 'latitude', message: 'longitude and latitude look swapped' },
      {
        row: 3,
        field: 'latitude',
        message: 'swapped (longitude 69.74477, latitude 32.90849) they are less than 1 km from it',
      },
      { severity: 'warning', message: 'no source' },
    ],
  },
  {
    file: 'unknown-places.csv',
    loaded: 3,
    problems: [
      { row: 4, field: 'place', message: 'No place called "Atlantis" is known' },
      { row: 5, field: 'place', message: '"Hyderabad" matches 2 places' },
      { row: 7, field: 'place', message: 'Every event needs a place' },
      { severity: 'warning', message: 'no source' },
    ],
  },
  {
    file: 'duplicate-ids.csv',
    loaded: 2,
    problems: [
      { row: 3, field: 'id', message: 'Duplicate id: row 2 already has the id "strike-1"' },
      { row: 4, severity: 'warning', field: 'id', message: 'written as "strike-2"' },
      { severity: 'warning', message: 'no source' },
    ],
  },
  {
    file: 'wrong-cells.csv',
    loaded: 1,
    problems: [
      { row: 2, message: 'needs double quotes around it' },
      { row: 3, field: 'type', message: '"battle" is not an event type' },
      { row: 4, field: 'title', message: 'shorten it to 120 characters' },
      { severity: 'warning', message: 'no source' },
    ],
  },
  {
    file: 'unterminated-quote.csv',
    loaded: 1,
    problems: [
      { row: 3, message: 'A quoted cell is never closed' },
      { row: 3, field: 'type', message: 'Every event needs a type' },
      { row: 3, field: 'place', message: 'Every event needs a place' },
      { severity: 'warning', message: 'no source' },
    ],
  },
  {
    file: 'mixed.geojson',
    loaded: 2,
    problems: [
      { path: 'features[1].properties.start', message: 'Every event needs a date' },
      { path: 'features[2].geometry', message: 'look swapped' },
      { path: 'features[3].geometry', message: 'not numbers' },
      { path: 'features[4].properties.title', message: 'must be text, not an object' },
      { path: 'features[5]', message: 'must be a GeoJSON Feature' },
      { severity: 'warning', message: 'no source' },
    ],
  },
  { file: 'semicolons.csv', loaded: 1, problems: [{ severity: 'warning', message: 'no source' }] },
  {
    file: 'xss.csv',
    loaded: 3,
    problems: [
      { row: 2, severity: 'warning', field: 'source url', message: 'Only http(s) links are kept' },
      { row: 2, severity: 'warning', field: 'id', message: 'written as' },
      { row: 3, severity: 'warning', field: 'source url', message: 'Only http(s) links are kept' },
    ],
  },
];

describe('the bad-file corpus (tests/fixtures/import)', () => {
  it.each(corpus)('$file', ({ file, loaded, problems }) => {
    const result = importFixture(file);
    expect(result.ok ? result.dataset.events.length : null).toBe(loaded);
    if (!result.ok) expect(result.message).toBeTruthy();
    const relevant = result.problems;
    expect(relevant.map((p) => p.message)).toHaveLength(problems.length);
    problems.forEach((expected, i) => {
      const got = relevant[i];
      const { message, ...rest } = expected;
      expect(got).toMatchObject(rest);
      expect(got?.message).toContain(message);
    });
  });

  it('a failed row is listed with every field it got wrong, not only the first', () => {
    const csv = 'date,title,type,place\nnever,,battle,Atlantis\n';
    const result = importText({ name: 'x.csv', text: csv }, importContext);
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => p.field).sort()).toEqual(['date', 'place', 'title', 'type']);
    expect(result.problems.every((p) => p.row === 2)).toBe(true);
  });

  it('every problem says where, which field, what was expected and what was found', () => {
    const result = importFixture('bad-dates.csv');
    for (const p of result.problems.filter((q) => q.severity === 'error')) {
      expect(p.row).toBeGreaterThan(1);
      expect(p.field).not.toBe('');
      expect(p.expected).not.toBe('');
      expect(p.found).not.toBe('');
    }
  });
});

describe('limits', () => {
  const dir = mkdtempSync(join(tmpdir(), 'time-atlas-import-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a file over 500 MB before reading it, saying which limit and what to do', () => {
    const check = checkFileSize(600 * 1024 * 1024, 'huge.csv');
    expect(check.ok).toBe(false);
    expect(check.ok ? '' : check.message).toMatch(/^huge\.csv is 600\.0 MB: the limit is 500\.0 MB\. Split it/);
    expect(checkFileSize(MAX_BYTES, 'just.csv').ok).toBe(true);
  });

  it('warns about a file above 10 MB and still loads it', () => {
    const row = '2011-03-17,A strike,strike,Datta Khel,';
    const pad = 'x'.repeat(300);
    const rows = Array.from({ length: 40_000 }, () => `${row}${pad}\n`).join('');
    const text = `date,title,type,place,notes\n${rows}`;
    const result = importFile({ name: 'big.csv', bytes: new TextEncoder().encode(text) }, importContext);
    expect(result.ok).toBe(true);
    expect(result.problems[0]).toMatchObject({ severity: 'warning' });
    expect(result.problems[0]?.message).toContain('a large file');
  }, 60_000);

  it('loads a million rows at most', () => {
    expect(MAX_ROWS).toBe(1_000_000);
  });

  it('loads the first rows up to the limit and lists the rest as not loaded, with progress', () => {
    const maxRows = 12_000;
    const row = '2011-03-17,A,strike,Lahore\n';
    const text = `date,title,type,place\n${row.repeat(maxRows + 3)}`;
    const progress: number[] = [];
    const result = importText(
      { name: 'many.csv', text },
      { ...importContext, maxRows, onProgress: (p) => progress.push(p.rows) },
    );
    expect(result.ok && result.dataset.events.length).toBe(maxRows);
    const cap = result.problems.find((p) => p.message.includes('were not loaded'));
    expect(cap?.message).toBe(
      `3 rows from row 12,002 on were not loaded: a file may hold at most 12,000 rows. Split the file.`,
    );
    expect(progress).toEqual([5_000, 10_000]);
  }, 60_000);

  it('refuses a runaway cell longer than the cell limit', () => {
    const text = `date,title,type,place,summary\n2011-03-17,A,strike,Lahore,${'y'.repeat(20_000)}\n`;
    const result = importText({ name: 'long.csv', text }, importContext);
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toMatchObject({ row: 2, field: 'summary', found: '20,000 characters' });
  });
});

describe('counts in the messages', () => {
  it('says "the one row" rather than "none of the 1 rows"', () => {
    const result = importText(
      { name: 'one.csv', text: 'date,title,type,place\n2011-03-17,,strike,Lahore\n' },
      importContext,
    );
    expect(!result.ok && result.message).toBe(
      'The one row of one.csv could not be loaded: it has a problem (listed below).',
    );
  });

  it('gives each count its own plural', () => {
    const text = 'date,title,type,place\n2011-03-17,A,strike,Lahore\n2011-03-17,,strike,Lahore\n';
    expect(describeImport(importText({ name: 'two.csv', text }, importContext))).toBe(
      'Loaded 1 of 2 rows from two.csv; 1 row has problems, 1 warning (see Import).',
    );
  });
});

describe('decoding', () => {
  it('reads Windows-1252 text with a warning', () => {
    const bytes = Uint8Array.from([
      ...new TextEncoder().encode('date,title,type,place\n2011-03-17,Caf'),
      0xe9,
      ...new TextEncoder().encode(',strike,Lahore\n'),
    ]);
    const result = importFile({ name: 'old.csv', bytes }, importContext);
    expect(result.ok && result.dataset.events[0]?.title).toBe('Café');
    expect(result.problems[0]?.message).toContain('Windows-1252');
  });

  it('reads UTF-16 with a byte-order mark (Excel "Unicode text")', () => {
    const text = '\uFEFFdate\ttitle\ttype\tplace\n2011-03-17\tStrike\tstrike\tLahore\n';
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      bytes[i * 2] = text.charCodeAt(i) & 0xff;
      bytes[i * 2 + 1] = text.charCodeAt(i) >> 8;
    }
    const result = importFile({ name: 'unicode.txt', bytes }, importContext);
    expect(result.ok && result.dataset.events[0]?.title).toBe('Strike');
  });
});

describe('what loads from a CSV row', () => {
  const one = (header: string, row: string) => {
    const result = importText({ name: 'one.csv', text: `${header}\n${row}\n` }, importContext);
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
    return result;
  };

  it('ids from the title and row number, precision from the date form, a range from an end date', () => {
    const { dataset } = one(
      'date,end date,title,type,place',
      '2011-03,2011-05-02,Talks go on,diplomatic-meeting,Islamabad',
    );
    expect(dataset.events[0]).toMatchObject({
      id: 'talks-go-on-2',
      start: '2011-03',
      end: '2011-05-02',
      datePrecision: 'range',
      places: [{ place: 'islamabad', role: 'where' }],
    });
    expect(one('date,title,type,place', '2011,Year only,report,Pakistan').dataset.events[0]?.datePrecision).toBe(
      'year',
    );
  });

  it('a source column and an http(s) source URL become one shared source', () => {
    const text =
      'date,title,type,place,source,source url\n2011-03-17,A,strike,Lahore,AP,https://apnews.com/a\n2011-03-18,B,strike,Lahore,AP,https://apnews.com/a\n';
    const result = importText({ name: 's.csv', text }, importContext);
    expect(result.ok && result.dataset.sources).toEqual([
      expect.objectContaining({
        id: 'ap',
        title: 'AP',
        outlet: 'apnews.com',
        url: 'https://apnews.com/a',
      }),
    ]);
    // The file gives no source date: the source stays undated (see undated-source.test.ts).
    expect(result.ok && result.dataset.sources[0]).not.toHaveProperty('published');
    expect(result.ok && result.dataset.events.map((e) => e.sources)).toEqual([['ap'], ['ap']]);
  });

  it('a row with coordinates gets a new point place', () => {
    const { dataset } = one('date,title,type,longitude,latitude', '2011-05-02,Raid,raid,73.2422,34.1688');
    const place = dataset.places.features.find((p) => p.properties.id === dataset.events[0]?.places[0]?.place);
    expect(place).toMatchObject({
      geometry: { type: 'Point', coordinates: [73.2422, 34.1688] },
      properties: { precision: 'exact' },
    });
  });

  it('our own CSV export loads again with the same places', () => {
    const csv =
      'id,title,summary,type,start,end,date_precision,first_day,last_day,place_ids,place_names,location_precision,actors,source_ids,source_titles,background,implied,killed_min,killed_max,claims_count,contested,longitude,latitude\n' +
      'strike,Strike,Sum,strike,2011-03-17,,day,2011-03-17,2011-03-17,datta-khel; north-waziristan,Datta Khel; North Waziristan,settlement,CIA,ap,AP story,false,false,,,0,false,69.74477,32.90849\n';
    const result = importText({ name: 'export.csv', text: csv }, importContext);
    expect(result.ok && result.dataset.events[0]?.places).toEqual([
      { place: 'datta-khel', role: 'where' },
      { place: 'north-waziristan', role: 'mentioned' },
    ]);
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('describeImport', () => {
  it('says how many rows loaded and points to the list', () => {
    expect(describeImport(importFixture('some-bad-rows.csv'))).toBe(
      'Loaded 3 of 5 rows from some-bad-rows.csv; 2 rows have problems, 1 warning (see Import).',
    );
    expect(
      describeImport(
        importFile(
          {
            name: 't.csv',
            bytes: readFileSync(new URL('../../../public/templates/events-template.csv', import.meta.url)),
          },
          importContext,
        ),
      ),
    ).toBe('Loaded 6 rows from t.csv.');
  });
});

describe('decodeFile, the first half of importFile', () => {
  it('gives the text and the warnings importFile lists first, or the failed result importFile gives', () => {
    const latin = Uint8Array.of(
      ...new TextEncoder().encode('date,title,type,place\n2011-03-17,Caf'),
      0xe9,
      0x2c,
      ...new TextEncoder().encode('strike,Lahore\n'),
    );
    const decoded = decodeFile({ name: 'old.csv', bytes: latin });
    expect(decoded.ok && decoded.text).toBe('date,title,type,place\n2011-03-17,Café,strike,Lahore\n');
    expect(decoded.ok && decoded.early.map((p) => p.message)).toEqual([expect.stringContaining('Windows-1252')]);
    const zip = Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0, 0);
    const refused = decodeFile({ name: 'book.xlsx', bytes: zip });
    expect(refused.ok).toBe(false);
    expect(refused.ok ? undefined : refused.result).toEqual(
      importFile({ name: 'book.xlsx', bytes: zip }, importContext),
    );
  });
});
