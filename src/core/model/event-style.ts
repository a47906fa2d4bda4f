/**
 * How each event type looks: a colour from the Okabe–Ito palette (safe for the common forms of
 * colour blindness) and a shape, so no type is told apart by colour alone. The map's shader,
 * the legend and the KML export all read this table, so it lives in core (pure data) and the
 * map re-exports it from src/map/event-style.ts.
 */
import { EVENT_TYPES, type EventType } from '../dataset/schema.ts';

export type Rgb = readonly [number, number, number];

/** Shape codes understood by the event layer's fragment shader. */
export const SHAPES = {
  circle: 0,
  square: 1,
  diamond: 2,
  triangle: 3,
  cross: 4,
  hexagon: 5,
  star: 6,
  ring: 7,
} as const;
export type ShapeName = keyof typeof SHAPES;

const OKABE_ITO = {
  vermillion: [213, 94, 0],
  orange: [230, 159, 0],
  blue: [0, 114, 178],
  skyBlue: [86, 180, 233],
  bluishGreen: [0, 158, 115],
  reddishPurple: [204, 121, 167],
  black: [0, 0, 0],
} as const satisfies Record<string, Rgb>;

export interface EventTypeStyle {
  label: string;
  colour: Rgb;
  shape: ShapeName;
}

/**
 * Violence in vermillion, the legal case in orange, diplomacy in blues, words in green; accidents
 * and disasters an orange triangle (a warning sign), events of no known type a black circle.
 */
export const EVENT_TYPE_STYLES: Record<EventType, EventTypeStyle> = {
  strike: { label: 'Drone strike', colour: OKABE_ITO.vermillion, shape: 'triangle' },
  shooting: { label: 'Shooting', colour: OKABE_ITO.vermillion, shape: 'cross' },
  attack: { label: 'Attack', colour: OKABE_ITO.vermillion, shape: 'diamond' },
  raid: { label: 'Raid', colour: OKABE_ITO.vermillion, shape: 'star' },
  'casualty-toll': { label: 'Casualty toll', colour: OKABE_ITO.reddishPurple, shape: 'ring' },
  detention: { label: 'Detention', colour: OKABE_ITO.orange, shape: 'square' },
  release: { label: 'Release', colour: OKABE_ITO.orange, shape: 'circle' },
  'diplomatic-meeting': { label: 'Meeting', colour: OKABE_ITO.blue, shape: 'circle' },
  'diplomatic-protest': { label: 'Diplomatic protest', colour: OKABE_ITO.blue, shape: 'hexagon' },
  'phone-call': { label: 'Phone call', colour: OKABE_ITO.blue, shape: 'ring' },
  visit: { label: 'Visit', colour: OKABE_ITO.skyBlue, shape: 'diamond' },
  statement: { label: 'Statement', colour: OKABE_ITO.bluishGreen, shape: 'square' },
  policy: { label: 'Policy', colour: OKABE_ITO.bluishGreen, shape: 'diamond' },
  report: { label: 'Report', colour: OKABE_ITO.bluishGreen, shape: 'circle' },
  protest: { label: 'Protest', colour: OKABE_ITO.reddishPurple, shape: 'hexagon' },
  accident: { label: 'Accident or disaster', colour: OKABE_ITO.orange, shape: 'triangle' },
  other: { label: 'Other event', colour: OKABE_ITO.black, shape: 'circle' },
};

/** Index of each type in the shader's style arrays (the order of EVENT_TYPES). */
export function styleIndexOf(type: EventType): number {
  return EVENT_TYPES.indexOf(type);
}

/** The style table in shader order. */
export function shaderStyles(): { colour: Rgb; shape: number }[] {
  return EVENT_TYPES.map((t) => ({ colour: EVENT_TYPE_STYLES[t].colour, shape: SHAPES[EVENT_TYPE_STYLES[t].shape] }));
}

export function cssColour(rgb: Rgb, alpha = 1): string {
  return `rgb(${rgb[0]} ${rgb[1]} ${rgb[2]} / ${alpha})`;
}
