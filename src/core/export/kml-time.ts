/**
 * What @placemarkio/tokml (0.3) does not write: a time primitive and a style per Placemark, and
 * the shared styles of the Document. tokml escapes every text it writes, so no Placemark's name,
 * description or data can hold the markup searched for here; what is added is built from ISO
 * dates and our own ids only.
 */
import { EVENT_TYPE_STYLES, type Rgb } from '../model/event-style.ts';
import { EVENT_TYPES, type DatePrecision, type EventType } from '../dataset/schema.ts';

/** When a Placemark happens: its first and last day, and whether it is one day. */
export interface KmlTime {
  firstDay: string;
  lastDay: string;
  precision: DatePrecision;
}

/** Per Placemark, in the order tokml writes them: its time (if any) and its event type (if any). */
export interface KmlExtras {
  time?: KmlTime;
  type?: EventType;
}

/** Alpha of an area's fill: the basemap stays readable under a district. */
const FILL_ALPHA = 0x66;
const OPAQUE = 0xff;
const LINE_WIDTH = 3;

/** KML colours are aabbggrr in hexadecimal. */
function kmlColour([r, g, b]: Rgb, alpha: number): string {
  return [alpha, b, g, r].map((n) => n.toString(16).padStart(2, '0')).join('');
}

export const styleId = (type: EventType) => `type-${type}`;

/** One Style per event type, coloured as on the map (src/core/model/event-style.ts). */
export function kmlStyles(): string {
  return EVENT_TYPES.map((type) => {
    const { colour } = EVENT_TYPE_STYLES[type];
    return (
      `<Style id="${styleId(type)}">` +
      `<IconStyle><color>${kmlColour(colour, OPAQUE)}</color></IconStyle>` +
      `<LineStyle><color>${kmlColour(colour, OPAQUE)}</color><width>${LINE_WIDTH}</width></LineStyle>` +
      `<PolyStyle><color>${kmlColour(colour, FILL_ALPHA)}</color></PolyStyle>` +
      `</Style>`
    );
  }).join('\n');
}

/**
 * A day is a `<TimeStamp>`; a month, a year or a range is a `<TimeSpan>` from its first to its
 * last day, so "May 2011" stays the whole of May rather than becoming 1 May.
 */
export function kmlTimePrimitive({ firstDay, lastDay, precision }: KmlTime): string {
  if (precision === 'day' && firstDay === lastDay) return `<TimeStamp><when>${firstDay}</when></TimeStamp>`;
  return `<TimeSpan><begin>${firstDay}</begin><end>${lastDay}</end></TimeSpan>`;
}

const PLACEMARK = /<Placemark[\s>]/g;
const DESCRIPTION_END = '</description>';

/**
 * Adds the styles to the Document and each Placemark's time and style after its description,
 * where the KML 2.2 schema orders them (before ExtendedData and the geometry).
 */
export function addTimeAndStyle(kml: string, extras: readonly KmlExtras[]): string {
  const starts = [...kml.matchAll(PLACEMARK)].map((m) => m.index);
  if (starts.length !== extras.length) {
    throw new Error(`KML has ${starts.length} Placemarks for ${extras.length} features`);
  }
  const documentOpen = '<Document>';
  const head = kml.indexOf(documentOpen) + documentOpen.length;
  if (head < documentOpen.length) throw new Error('KML without a Document');
  const parts: string[] = [kml.slice(0, head), '\n', kmlStyles(), kml.slice(head, starts[0] ?? kml.length)];
  starts.forEach((start, i) => {
    const chunk = kml.slice(start, starts[i + 1] ?? kml.length);
    const extra = extras[i] ?? {};
    const added =
      (extra.time ? kmlTimePrimitive(extra.time) : '') +
      (extra.type ? `<styleUrl>#${styleId(extra.type)}</styleUrl>` : '');
    const at = chunk.indexOf(DESCRIPTION_END);
    if (at < 0) throw new Error(`Placemark ${i} has no description`);
    const cut = at + DESCRIPTION_END.length;
    parts.push(chunk.slice(0, cut), added, chunk.slice(cut));
  });
  return parts.join('');
}
