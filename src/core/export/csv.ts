/**
 * The events layer as CSV, one row per event, for spreadsheets. Quoting is papaparse's (commas,
 * quotes and line breaks inside a summary are RFC 4180 safe), and text cells that a spreadsheet
 * would run as a formula are neutralised: event texts come from news articles and user datasets.
 */
import Papa from 'papaparse';
import type { FeatureCollection, Geometry } from 'geojson';
import { FLAT_EVENT_COLUMNS, type FlatEventProperties } from './layers.ts';

/**
 * The flat event columns, then the coordinates of events located at a point, so a GIS "CSV with
 * coordinates" import can place them. Events known only to a district or a country get empty
 * cells rather than an invented pin; the GeoJSON layer carries their area.
 */
export const CSV_COLUMNS = [...FLAT_EVENT_COLUMNS, 'longitude', 'latitude'] as const;

/**
 * Cells a spreadsheet may read as a formula (OWASP "CSV injection"). papaparse's own default
 * pattern ends in `.*$` without the `s` flag, so a cell with a line break after `=` slips
 * through; the prefix alone is what matters.
 */
export const FORMULA_TRIGGER = /^[=+\-@\t\r]/;

type Cell = string | number | boolean | null;

/**
 * @example
 * writeFileSync('events.csv', exportCsv(exportLayers(dataset).events));
 */
export function exportCsv(events: FeatureCollection<Geometry | null, FlatEventProperties>): string {
  const data: Cell[][] = events.features.map((feature) => {
    const point = feature.geometry?.type === 'Point' ? feature.geometry.coordinates : null;
    const cells: Cell[] = FLAT_EVENT_COLUMNS.map((column) => feature.properties[column]);
    return [...cells, point?.[0] ?? null, point?.[1] ?? null];
  });
  // escapeFormulae prefixes a single quote to text cells only: numbers (−77.04) stay numbers.
  return Papa.unparse({ fields: [...CSV_COLUMNS], data }, { escapeFormulae: FORMULA_TRIGGER, newline: '\r\n' });
}
