/**
 * What an export asks for: the format, the layers, and everything or exactly what the map shows
 * now; and the name each file gets. Kept apart from export-selection.ts, which makes the files,
 * so the page's first bundle gets these few lines and not the CSV and KML writers.
 */
import { formatDay } from '../time/day.ts';
import { eventSpan } from '../time/event-times.ts';
import { LAYER_NAMES, type LayerName } from './layers.ts';
import type { EventType, TimeEvent } from '../dataset/schema.ts';
import type { TimeWindow } from '../dataset/select-events.ts';

export const EXPORT_FORMATS = ['geojson', 'csv', 'kml', 'jsonfg', 'lpf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * The layers each format can hold: a CSV is one row per event, with no geometry to speak of;
 * Linked Places describes places (and, here, the events at them), not areas or routes apart.
 */
export const FORMAT_LAYERS: { readonly [F in ExportFormat]: readonly LayerName[] } = {
  geojson: LAYER_NAMES,
  csv: ['events'],
  kml: LAYER_NAMES,
  jsonfg: LAYER_NAMES,
  lpf: ['places', 'events'],
};

/**
 * IANA media types: `application/geo+json` is RFC 7946 §12, the KML one is OGC's, JSON-FG's is
 * OGC's `vnd.ogc.fg+json`; Linked Places is JSON-LD.
 */
export const MEDIA_TYPES: { readonly [F in ExportFormat]: string } = {
  geojson: 'application/geo+json',
  csv: 'text/csv;charset=utf-8',
  kml: 'application/vnd.google-earth.kml+xml',
  jsonfg: 'application/vnd.ogc.fg+json',
  lpf: 'application/ld+json',
};

/** File name endings: JSON-FG and LPF files end in `.json` too, so any JSON tool opens them. */
export const FILE_EXTENSIONS: { readonly [F in ExportFormat]: string } = {
  geojson: 'geojson',
  csv: 'csv',
  kml: 'kml',
  jsonfg: 'fg.json',
  lpf: 'lpf.json',
};

/** Everything in the dataset, or what the map shows now. */
export type ExportScope =
  | { kind: 'all' }
  | {
      kind: 'shown';
      /** First and last epoch day of the time window on screen (file name and metadata). */
      from: number;
      to: number;
      /** The events on screen: exactly these are exported. */
      eventIds: readonly string[];
      types?: readonly EventType[];
      actors?: readonly string[];
      query?: string;
    };

export interface ExportRequest {
  format: ExportFormat;
  layers: readonly LayerName[];
  scope: ExportScope;
}

/** What the map shows at one moment: the inputs of {@link scopeOfView}. */
export interface View {
  /** The visible events (the app's `selection.visible`). */
  visible: readonly TimeEvent[];
  /** Playback time, a fractional epoch day. */
  time: number;
  window: TimeWindow;
  types?: ReadonlySet<EventType>;
  actors?: ReadonlySet<string>;
  query?: string;
}

/**
 * The scope "what is shown now" for a view. The time window follows the visibility rule of
 * select-events.ts: in a window of `days`, an event shows while `last > time - days - 1`, i.e.
 * from day `floor(time - days)`; cumulatively everything since the earliest visible event shows.
 *
 * @example scopeOfView({ visible: app.selection.visible, time: app.time, window: app.window })
 */
export function scopeOfView(view: View): Extract<ExportScope, { kind: 'shown' }> {
  const to = Math.floor(view.time);
  const earliest = view.visible.reduce((min, e) => Math.min(min, eventSpan(e).first), to);
  const from = view.window.mode === 'window' ? Math.min(to, Math.floor(view.time - view.window.days)) : earliest;
  const query = view.query?.trim() ?? '';
  return {
    kind: 'shown',
    from,
    to,
    eventIds: view.visible.map((e) => e.id),
    ...(view.types && view.types.size > 0 ? { types: [...view.types].sort() } : {}),
    ...(view.actors && view.actors.size > 0 ? { actors: [...view.actors].sort() } : {}),
    ...(query ? { query } : {}),
  };
}

/**
 * The file name of one layer: dataset, layer and time window, e.g.
 * `us-pakistan-2011_events_2011-01-27_2011-03-17.geojson`, or `…_events_all.geojson`.
 */
export function exportFileName(datasetId: string, layer: LayerName, format: ExportFormat, scope: ExportScope): string {
  // Dataset ids are slugs by schema; this only guards a file system against a future change.
  const id = datasetId.replace(/[^a-z0-9-]+/gi, '-') || 'dataset';
  const window = scope.kind === 'all' ? 'all' : `${formatDay(scope.from)}_${formatDay(scope.to)}`;
  return `${id}_${layer}_${window}.${FILE_EXTENSIONS[format]}`;
}

/** Why a request cannot be exported, or null when it can. */
export function requestProblem(request: ExportRequest): string | null {
  if (!(EXPORT_FORMATS as readonly string[]).includes(request.format)) {
    return `unknown format "${request.format}": choose one of ${EXPORT_FORMATS.join(', ')}`;
  }
  if (request.layers.length === 0) return 'choose at least one layer';
  const allowed = FORMAT_LAYERS[request.format];
  const refused = request.layers.filter((l) => !allowed.includes(l));
  if (refused.length > 0) {
    return `${request.format.toUpperCase()} holds only the ${allowed.join(', ')} layer, not ${refused.join(', ')}`;
  }
  const { scope } = request;
  if (scope.kind === 'shown' && scope.from > scope.to) {
    return `the time window starts (${formatDay(scope.from)}) after it ends (${formatDay(scope.to)})`;
  }
  return null;
}
