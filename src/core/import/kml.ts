/**
 * KML (Google Earth, QGIS, our own KML export) read as GeoJSON, so the GeoJSON importer makes its
 * events. The XML is parsed by @xmldom/xmldom (a Web Worker has no DOMParser) and turned into
 * features by @tmcw/togeojson, the converter the Placemark and Mapbox tools use. What the
 * GeoJSON importer needs on top:
 *
 * - time: a Placemark's `<TimeStamp>` or `<TimeSpan>` becomes its `start` and `end`, unless its
 *   ExtendedData already names a date (our export writes both; its `start` keeps the precision
 *   the time primitive cannot: "2011-05" stays a month);
 * - no styling: togeojson's `styleUrl`, `fill`, `stroke`… are how Google Earth drew the
 *   Placemark, not facts about the event;
 * - a type: a Placemark with no `type` in its ExtendedData takes the one its style names (our
 *   export's `#type-strike`), else `other`, and the import warns once how many did;
 * - where: a problem is told by the Placemark's number and name ("Placemark 3, Drone strike"),
 *   not by the index of a features list the user never saw.
 */
import { DOMParser } from '@xmldom/xmldom';
import { kml } from '@tmcw/togeojson';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { fieldFor } from './event-fields.ts';
import { EVENT_TYPES, type EventType } from '../dataset/schema.ts';
import type { ImportProblem } from './problem.ts';

/** Properties togeojson writes from a Placemark's style: how it was drawn, not what happened. */
const STYLE_KEYS = new Set([
  'styleUrl',
  'styleHash',
  'styleMapHash',
  'stroke',
  'stroke-opacity',
  'stroke-width',
  'fill',
  'fill-opacity',
  'icon',
  'icon-color',
  'icon-opacity',
  'icon-scale',
  'icon-heading',
  'icon-offset',
  'icon-offset-units',
  'label-color',
  'label-opacity',
  'label-scale',
  'visibility',
]);

/** How far into a text the `<kml` root element is looked for (past an XML declaration and comments). */
const ROOT_REACH = 4096;

/** Whether `text` is KML: XML whose root element is `<kml>` (with or without a namespace prefix). */
export function isKml(text: string): boolean {
  const head = text.trimStart().slice(0, ROOT_REACH);
  return head.startsWith('<') && /<(?:[\w-]+:)?kml[\s>]/u.test(head);
}

export type KmlOutcome =
  | {
      ok: true;
      collection: FeatureCollection<Geometry | null>;
      /** Each Placemark's name, in the order of the features. */
      names: string[];
      /** Placemarks that named no type of event (loaded as `other`). */
      untyped: number;
    }
  | { ok: false; message: string; line?: number; column?: number };

/**
 * @example
 * const read = kmlAsGeoJson(text);
 * if (read.ok) importGeoJson(read.collection, options);
 */
export function kmlAsGeoJson(text: string): KmlOutcome {
  let broken: string | undefined;
  let doc;
  try {
    doc = new DOMParser({
      onError: (level, message) => {
        if (level === 'warning') return;
        broken ??= message;
        throw new Error(message);
      },
    }).parseFromString(text, 'text/xml');
  } catch (e) {
    const at = locatorOf(e);
    return { ok: false, message: broken ?? (e instanceof Error ? e.message : String(e)), ...at };
  }
  const root = doc.documentElement;
  if (!root || root.localName !== 'kml') {
    return { ok: false, message: `the root element is <${root?.nodeName ?? 'nothing'}>, not <kml>` };
  }
  const collection = kml(doc);
  const read = collection.features.map(asEventFeature);
  const names = collection.features.map((f) => (typeof f.properties?.name === 'string' ? f.properties.name : ''));
  const features = read.map((r) => r.feature);
  return {
    ok: true,
    collection: { type: 'FeatureCollection', features },
    names,
    untyped: read.filter((r) => r.untyped).length,
  };
}

function locatorOf(e: unknown): { line?: number; column?: number } {
  const locator = (e as { locator?: { lineNumber?: unknown; columnNumber?: unknown } } | null)?.locator;
  return {
    ...(typeof locator?.lineNumber === 'number' ? { line: locator.lineNumber } : {}),
    ...(typeof locator?.columnNumber === 'number' ? { column: locator.columnNumber } : {}),
  };
}

const TYPE_STYLE = /^#type-([a-z-]+)$/u;

/** A Placemark's feature with its time as `start`/`end`, a type, and without its styling. */
function asEventFeature(feature: Feature<Geometry | null>): { feature: Feature<Geometry | null>; untyped: boolean } {
  const properties: Record<string, unknown> = {};
  let time: { start?: unknown; end?: unknown } = {};
  const style = feature.properties?.styleUrl;
  for (const [key, value] of Object.entries(feature.properties ?? {})) {
    if (STYLE_KEYS.has(key)) continue;
    if (key === 'timestamp') time = { start: value };
    else if (key === 'timespan' && typeof value === 'object' && value !== null) {
      const span = value as { begin?: unknown; end?: unknown };
      time = { start: span.begin, end: span.end };
    } else properties[key] = value;
  }
  const has = (field: string) => Object.keys(properties).some((key) => fieldFor(key) === field);
  if (!has('start') && typeof time.start === 'string' && time.start !== '') {
    properties.start = time.start;
    if (typeof time.end === 'string' && time.end !== '' && time.end !== time.start) properties.end = time.end;
  }
  let untyped = false;
  if (!has('type')) {
    const styled = typeof style === 'string' ? TYPE_STYLE.exec(style)?.[1] : undefined;
    untyped = !EVENT_TYPES.includes(styled as EventType);
    properties.type = untyped ? 'other' : styled;
  }
  return { feature: { ...feature, properties }, untyped };
}

/** A GeoJSON importer's path (`features[2].properties.start`) told as the KML user sees it. */
export function placemarkPath(path: string, names: readonly string[]): string {
  const m = /^features\[(\d+)\](?:\.properties\.(.+)|\.(geometry.*))?$/u.exec(path);
  if (!m) return path;
  const n = Number(m[1]);
  const name = names[n];
  const placemark = `Placemark ${n + 1}${name ? ` (${name.length > 60 ? `${name.slice(0, 59)}…` : name})` : ''}`;
  const rest = m[2] ?? m[3];
  return rest ? `${placemark}, ${rest}` : placemark;
}

/** Every problem's path as {@link placemarkPath} tells it. */
export function inPlacemarks(problems: readonly ImportProblem[], names: readonly string[]): ImportProblem[] {
  return problems.map((p) => (p.path ? { ...p, path: placemarkPath(p.path, names) } : p));
}
