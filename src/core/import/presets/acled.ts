/**
 * ACLED (Armed Conflict Location & Event Data) exports. The columns read, and how:
 *
 * - `event_date` ("17 March 2011" or ISO) with `time_precision`: 1 the day; 2 the week around
 *   it (ACLED codes a date inside the reported week), shown as the 7 days centred on it; 3 the month.
 * - `latitude`/`longitude` with `geo_precision`: 1 the town's coordinates; 2 only the area
 *   around it (a district), 3 only the province (`admin2`, `admin1` name the areas).
 * - `event_type`/`sub_event_type` → our types (the table below), the originals kept.
 * - `fatalities` → a casualty claim by ACLED; `source` → the cited sources; `notes` → summary;
 *   `actor1`, `actor2` → actors; `event_id_cnty` → id. Every other column is kept in `original`.
 */
import { addDaysText } from './dates.ts';
import { parseImportDate } from '../dates.ts';
import { readCoordinate, readCount, type Preset, type PresetEvent } from './preset.ts';
import { slugify } from '../places.ts';
import { countOf } from '../../text/count.ts';
import type { DatePrecision, EventType, Precision } from '../../dataset/schema.ts';

const REQUIRED = ['event_date', 'event_type', 'latitude', 'longitude'];
const ANY_OF = ['event_id_cnty', 'geo_precision', 'time_precision', 'sub_event_type'];

/** ACLED's geo_precision codes. */
const GEO_PRECISION: Readonly<Record<string, Precision>> = { '1': 'settlement', '2': 'district', '3': 'province' };
/** ACLED's time_precision codes: 1 day, 2 week, 3 month. */
const TIME_PRECISION = ['1', '2', '3'];
/** Days either side of a week-precision date. */
const HALF_WEEK = 3;

/** Sub-event types that say more than their event type. */
const SUB_EVENT_TYPES: Readonly<Record<string, EventType>> = {
  'air/drone strike': 'strike',
  'shelling/artillery/missile attack': 'strike',
  'abduction/forced disappearance': 'detention',
  arrests: 'detention',
  'disrupted weapons use': 'raid',
  agreement: 'policy',
  'mob violence': 'attack',
  'looting/property destruction': 'attack',
};

/** ACLED's six event types. */
const EVENT_TYPES: Readonly<Record<string, EventType>> = {
  battles: 'attack',
  'explosions/remote violence': 'attack',
  'violence against civilians': 'attack',
  protests: 'protest',
  riots: 'protest',
  'strategic developments': 'report',
};

const MAX_TITLE = 120;
const MAX_SUMMARY = 1200;

export const acledPreset: Preset = {
  id: 'acled',
  name: 'ACLED',
  withArticle: 'an ACLED',
  matches: (header) => REQUIRED.every((c) => header.includes(c)) && ANY_OF.some((c) => header.includes(c)),
  mapping: [
    { column: 'event_id_cnty', field: 'id' },
    { column: 'event_date', field: 'date' },
    { column: 'time_precision', field: 'date precision' },
    { column: 'event_type', field: 'type' },
    { column: 'sub_event_type', field: 'type' },
    { column: 'actor1', field: 'actors' },
    { column: 'actor2', field: 'actors' },
    { column: 'location', field: 'place' },
    { column: 'admin1', field: 'place (province)' },
    { column: 'admin2', field: 'place (district)' },
    { column: 'admin3', field: 'place name' },
    { column: 'latitude', field: 'latitude' },
    { column: 'longitude', field: 'longitude' },
    { column: 'geo_precision', field: 'location precision' },
    { column: 'fatalities', field: 'casualty claim' },
    { column: 'source', field: 'sources' },
    { column: 'notes', field: 'summary' },
  ],
  keepAlso: ['event_type', 'sub_event_type', 'time_precision', 'geo_precision', 'event_id_cnty'],
  source: (fileName) => ({
    id: 'acled',
    outlet: 'ACLED',
    title: `Armed Conflict Location & Event Data (ACLED) export ${fileName}`.slice(0, 300),
    note: 'The file does not say when it was exported, so the source is undated. ACLED codes the fatality figures.',
  }),
  read(row, problems, ctx) {
    const dateText = row.get('event_date');
    const date = dateText ? parseImportDate(dateText) : undefined;
    if (!date) problems.error('event_date', 'a date such as 17 March 2011', dateText, 'Every event needs a date.');
    else if (!date.ok) problems.error('event_date', date.expected, dateText, date.message);
    else if (date.precision !== 'day') {
      problems.error(
        'event_date',
        'a day',
        dateText,
        'ACLED gives every event a day; time_precision says how sure it is.',
      );
    }
    const timeCode = row.get('time_precision') || '1';
    if (!TIME_PRECISION.includes(timeCode)) {
      problems.error(
        'time_precision',
        '1 (day), 2 (week) or 3 (month)',
        timeCode,
        `"${timeCode}" is not an ACLED time precision.`,
      );
    }
    const geoCode = row.get('geo_precision') || '1';
    const precision = GEO_PRECISION[geoCode];
    if (!precision) {
      problems.error(
        'geo_precision',
        '1 (town), 2 (district) or 3 (province)',
        geoCode,
        `"${geoCode}" is not an ACLED geo precision.`,
      );
    }
    const typeText = row.get('event_type');
    const subText = row.get('sub_event_type');
    const type = SUB_EVENT_TYPES[subText.toLowerCase()] ?? EVENT_TYPES[typeText.toLowerCase()];
    if (!type) {
      problems.error(
        'event_type',
        `one of ACLED's six event types (${Object.keys(EVENT_TYPES).join(', ')})`,
        typeText,
        `"${typeText}" is not an ACLED event type.`,
      );
    }
    const lat = readCoordinate(row, problems, 'latitude');
    const lon = readCoordinate(row, problems, 'longitude');
    const fatalities = readCount(row, problems, 'fatalities');
    if (!date?.ok || !precision || !type || lat === undefined || lon === undefined || problems.failed) return undefined;

    const location = row.get('location');
    const area = precision === 'province' ? row.get('admin1') : row.get('admin2');
    const place = ctx.locate(problems, {
      lon,
      lat,
      precision,
      names: [location, row.get('admin3'), row.get('admin2'), row.get('admin1')].filter(Boolean),
      ...(area ? { area } : {}),
    });
    if (!place) return undefined;

    const { note, ...when } = acledDate(date.date, timeCode);
    const cited = row
      .get('source')
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s) => ctx.sourceNamed(s, 'ACLED'));
    const actors = [row.get('actor1'), row.get('actor2')].filter(Boolean);
    const what = subText || typeText;
    const idText = row.get('event_id_cnty');
    const event: PresetEvent = {
      id: slugify(idText, 60) || `acled-row-${row.row}`,
      title: `${what}${location ? ` in ${location}` : ''}`.slice(0, MAX_TITLE),
      summary: (row.get('notes') || `${what}${location ? ` in ${location}` : ''}.`).slice(0, MAX_SUMMARY),
      ...when,
      dateNote: `ACLED ${idText || `row ${row.row}`}: event_date ${dateText}, time_precision ${timeCode}${note}.`,
      type,
      places: [{ place, role: 'where' }],
      actors,
      sources: cited.length > 0 ? cited : [ctx.presetSource],
      claims:
        fatalities === undefined
          ? []
          : [
              {
                source: ctx.presetSource,
                aspect: 'casualties',
                statement: `ACLED codes ${countOf(fatalities, 'reported fatality', 'reported fatalities')}.`,
                killed: { min: fatalities, max: fatalities, who: 'people killed, as ACLED counts them' },
              },
            ],
    };
    // A claim's source must be one of the event's.
    if (fatalities !== undefined && !event.sources.includes(ctx.presetSource)) event.sources.push(ctx.presetSource);
    return event;
  },
};

/** The event's dates for ACLED's time precision: the day, the week around it, or the month. */
function acledDate(
  day: string,
  code: string,
): { start: string; end?: string; datePrecision: DatePrecision; note: string } {
  if (code === '2') {
    return {
      start: addDaysText(day, -HALF_WEEK),
      end: addDaysText(day, HALF_WEEK),
      datePrecision: 'range',
      note: ' (the week is known: shown as the 7 days around the date)',
    };
  }
  if (code === '3') return { start: day.slice(0, 7), datePrecision: 'month', note: ' (only the month is known)' };
  return { start: day, datePrecision: 'day', note: '' };
}
