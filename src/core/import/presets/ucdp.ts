/**
 * UCDP Georeferenced Event Dataset (GED) exports. The columns read, and how:
 *
 * - `date_start`/`date_end` with `date_prec` 1–5 (1 the day; 2 a few days; 3 the week; 4 the
 *   month; 5 longer): the event spans start to end; a span that is exactly a month (code 4) or a
 *   year (code 5) keeps that precision.
 * - `latitude`/`longitude` with `where_prec` 1–7 (1 the spot; 2 within 25 km; 3 the district,
 *   `adm_2`; 4 the province, `adm_1`; 5 somewhere along a line or in a region; 6 the country;
 *   7 international waters or airspace); `where_coordinates` names the place.
 * - `best`, `low`, `high` → a casualty claim by UCDP, low–high as min–max and best in words.
 * - `side_a`, `side_b` → actors; `type_of_violence` 1–3 → attack (the code kept);
 *   `source_article` → the cited source; `id` → the id. Every other column is kept in `original`.
 */
import { parseImportDate } from '../dates.ts';
import { readCoordinate, readCount, type Preset, type PresetEvent } from './preset.ts';
import { parseCalendarDate } from '../../time/day.ts';
import type { DatePrecision, Precision } from '../../dataset/schema.ts';

const REQUIRED = ['date_start', 'date_end', 'latitude', 'longitude'];
const ANY_OF = ['where_prec', 'date_prec', 'best', 'side_a'];

const WHERE_PRECISION: Readonly<Record<string, Precision>> = {
  '1': 'exact',
  '2': 'settlement',
  '3': 'district',
  '4': 'province',
  '5': 'approximate',
  '6': 'country',
  '7': 'approximate',
};
const DATE_PRECISION = ['1', '2', '3', '4', '5'];
const VIOLENCE = { '1': 'state-based conflict', '2': 'non-state conflict', '3': 'one-sided violence' } as const;

const MAX_TITLE = 120;
const MAX_SOURCE_NAME = 200;

export const ucdpPreset: Preset = {
  id: 'ucdp-ged',
  name: 'UCDP GED',
  withArticle: 'a UCDP GED',
  matches: (header) => REQUIRED.every((c) => header.includes(c)) && ANY_OF.some((c) => header.includes(c)),
  mapping: [
    { column: 'id', field: 'id' },
    { column: 'date_start', field: 'date' },
    { column: 'date_end', field: 'end date' },
    { column: 'date_prec', field: 'date precision' },
    { column: 'type_of_violence', field: 'type' },
    { column: 'side_a', field: 'actors' },
    { column: 'side_b', field: 'actors' },
    { column: 'where_coordinates', field: 'place' },
    { column: 'adm_1', field: 'place (province)' },
    { column: 'adm_2', field: 'place (district)' },
    { column: 'latitude', field: 'latitude' },
    { column: 'longitude', field: 'longitude' },
    { column: 'where_prec', field: 'location precision' },
    { column: 'best', field: 'casualty claim (best)' },
    { column: 'low', field: 'casualty claim (min)' },
    { column: 'high', field: 'casualty claim (max)' },
    { column: 'source_article', field: 'sources' },
    { column: 'source_headline', field: 'summary' },
  ],
  keepAlso: ['type_of_violence', 'date_prec', 'where_prec', 'id'],
  source: (fileName) => ({
    id: 'ucdp-ged',
    outlet: 'UCDP',
    title: `UCDP Georeferenced Event Dataset export ${fileName}`.slice(0, 300),
    note: 'The file does not say when it was exported, so the source is undated. UCDP codes the fatality estimates.',
  }),
  read(row, problems, ctx) {
    const startText = row.get('date_start');
    const endText = row.get('date_end') || startText;
    const start = startText ? parseImportDate(startText) : undefined;
    const end = endText ? parseImportDate(endText) : undefined;
    if (!start) problems.error('date_start', 'a date as YYYY-MM-DD', startText, 'Every event needs a start date.');
    else if (!start.ok) problems.error('date_start', start.expected, startText, start.message);
    if (end && !end.ok) problems.error('date_end', end.expected, endText, end.message);
    const dateCode = row.get('date_prec') || '1';
    if (!DATE_PRECISION.includes(dateCode)) {
      problems.error(
        'date_prec',
        'a UCDP date precision from 1 to 5',
        dateCode,
        `"${dateCode}" is not a UCDP date precision.`,
      );
    }
    const whereCode = row.get('where_prec') || '1';
    const precision = WHERE_PRECISION[whereCode];
    if (!precision) {
      problems.error(
        'where_prec',
        'a UCDP location precision from 1 to 7',
        whereCode,
        `"${whereCode}" is not a UCDP location precision.`,
      );
    }
    const violence = row.get('type_of_violence');
    if (violence && !(violence in VIOLENCE)) {
      problems.error('type_of_violence', '1, 2 or 3', violence, `"${violence}" is not a UCDP type of violence.`);
    }
    const lat = readCoordinate(row, problems, 'latitude');
    const lon = readCoordinate(row, problems, 'longitude');
    const best = readCount(row, problems, 'best');
    const low = readCount(row, problems, 'low');
    const high = readCount(row, problems, 'high');
    if (low !== undefined && high !== undefined && high < low) {
      problems.error(
        'high',
        `at least the low estimate (${low})`,
        String(high),
        'The high estimate is below the low one.',
      );
    }
    if (!start?.ok || !end?.ok || !precision || lat === undefined || lon === undefined || problems.failed)
      return undefined;
    if (end.date < start.date) {
      problems.error('date_end', `a date on or after ${start.date}`, endText, 'The end date is before the start date.');
      return undefined;
    }

    const name = bareName(row.get('where_coordinates'));
    const adm1 = bareName(row.get('adm_1'));
    const adm2 = bareName(row.get('adm_2'));
    const area =
      precision === 'district'
        ? adm2
        : precision === 'province'
          ? adm1
          : precision === 'country'
            ? row.get('country')
            : '';
    const place = ctx.locate(problems, {
      lon,
      lat,
      precision,
      names: [name, adm2, adm1].filter(Boolean),
      ...(area ? { area } : {}),
    });
    if (!place) return undefined;

    const articles = row.get('source_article');
    const cited = articles ? [ctx.sourceNamed(articles.slice(0, MAX_SOURCE_NAME), 'UCDP')] : [];
    const sides = [row.get('side_a'), row.get('side_b')].filter(Boolean);
    const dyad = row.get('dyad_name') || sides.join(' – ') || 'Violence';
    const min = low ?? best;
    const max = high ?? best;
    const idText = row.get('id');
    const event: PresetEvent = {
      id: idText ? `ucdp-${idText.toLowerCase().replace(/[^a-z0-9]+/g, '-')}` : `ucdp-row-${row.row}`,
      title: `${dyad}${name ? ` at ${name}` : ''}`.slice(0, MAX_TITLE),
      summary: (
        row.get('source_headline') ||
        row.get('where_description') ||
        `${dyad}${name ? ` at ${name}` : ''}.`
      ).slice(0, 1200),
      ...ucdpDates(start.date, end.date, dateCode),
      dateNote: `UCDP GED ${idText || `row ${row.row}`}: date_start ${startText}, date_end ${endText}, date_prec ${dateCode}.`,
      type: 'attack',
      places: [{ place, role: 'where' }],
      actors: sides,
      sources: [...cited, ctx.presetSource],
      claims:
        min === undefined || max === undefined
          ? []
          : [
              {
                source: ctx.presetSource,
                aspect: 'casualties',
                statement:
                  `UCDP's best estimate is ${best ?? 'not given'}` +
                  (min !== max ? `, between ${min} and ${max}` : '') +
                  ` deaths${violence ? ` (${VIOLENCE[violence as keyof typeof VIOLENCE]})` : ''}.`,
                killed: { min, max, who: 'people killed, as UCDP counts them' },
              },
            ],
    };
    return event;
  },
};

/** UCDP names places with their kind ("Miran Shah town", "North Waziristan district"); gazetteers do not. */
function bareName(text: string): string {
  return text.replace(/\s+(?:town|village|city|district|province|region)$/i, '').trim();
}

/** The schema's dates for a UCDP span: a day, a whole month or year when the code says so, else a range. */
function ucdpDates(
  start: string,
  end: string,
  code: string,
): { start: string; end?: string; datePrecision: DatePrecision } {
  if (start === end) return { start, datePrecision: 'day' };
  const month = start.slice(0, 7);
  const monthSpan = parseCalendarDate(month);
  const s = parseCalendarDate(start);
  const e = parseCalendarDate(end);
  if (code === '4' && monthSpan && s?.first === monthSpan.first && e?.last === monthSpan.last) {
    return { start: month, datePrecision: 'month' };
  }
  const year = start.slice(0, 4);
  const yearSpan = parseCalendarDate(year);
  if (code === '5' && yearSpan && s?.first === yearSpan.first && e?.last === yearSpan.last) {
    return { start: year, datePrecision: 'year' };
  }
  return { start, end, datePrecision: 'range' };
}
