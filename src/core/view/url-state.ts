/**
 * The app state that lives in the address bar, so a view can be shared or embedded as a link:
 * `?t=2011-04-13&w=14&types=strike,raid&cam=69.8,33.1,7.5`.
 *
 * A URL is user input: parsing never throws, a bad value falls back to its default with a
 * warning the UI can show, and no number that comes out of it is NaN or infinite. Serialising
 * writes parameters in one fixed order and leaves defaults out, so equal states give equal links.
 */
import { z } from 'zod';
import { CALENDAR_DATE, dayFromYmd, formatDay, parseCalendarDate } from '../time/day.ts';
import { EVENT_TYPES, type EventType } from '../dataset/schema.ts';
import type { TimeWindow } from '../dataset/select-events.ts';
import { parseOnlineStyleUrl } from './online-style.ts';
import { isLang, LANGUAGES, type Lang } from '../text/languages.ts';
import { say, type Message, type MessageKey, type MessageParams } from '../text/translate.ts';

/** A map view: centre and zoom, as in MapLibre. */
export interface CameraState {
  lon: number;
  lat: number;
  zoom: number;
}

/** The state a link carries. Absent fields mean "the app's default". */
export interface UrlState {
  /** Playback time, a whole epoch day. */
  t?: number;
  /** Id of the selected event. */
  event?: string;
  /** Event types shown; absent = all. */
  types?: EventType[];
  /** Actors shown; absent = all. */
  actors?: string[];
  window: TimeWindow;
  camera?: CameraState;
  /** Id of the guided tour being played. */
  tour?: string;
  /** Compact layout for an iframe. */
  embed?: boolean;
  /** The basemap: `dark`, or an https MapLibre style URL the user chose; absent = the light offline map. */
  basemap?: string;
  /** The reader's language; absent = the browser's language, else English. */
  lang?: Lang;
}

/** What a link may refer to; with it, unknown events and actors are dropped with a warning. */
export interface KnownIds {
  eventIds: ReadonlySet<string>;
  actors: ReadonlySet<string>;
}

/** The result of {@link parseUrlState}: always a valid state, plus what was wrong with the input. */
export interface ParsedUrlState {
  state: UrlState;
  /** What was wrong, as messages for the reader's language (`url.*` in the catalogues). */
  problems: Message[];
  /** The same, in English (for logs, tests and the command line). */
  warnings: string[];
}

/** The window when a link does not set one: everything up to the current time. */
export const DEFAULT_WINDOW: TimeWindow = { mode: 'cumulative' };

/** Parameter names, in the order a serialised link lists them. */
export const URL_PARAMS = {
  t: 't',
  window: 'w',
  types: 'types',
  actors: 'actors',
  event: 'event',
  camera: 'cam',
  tour: 'tour',
  embed: 'embed',
  basemap: 'map',
  lang: 'lang',
} as const satisfies Record<keyof UrlState, string>;

/** `w=all`: the cumulative window. */
const ALL_WINDOW = 'all';
export const MIN_WINDOW_DAYS = 1;
/** Ten years: longer than any dataset this app is meant for. */
export const MAX_WINDOW_DAYS = 3650;
/** Years before 1000 would need more than four digits or hit `Date.UTC`'s two-digit-year rule. */
const MIN_YEAR = 1000;
const MAX_YEAR = 9999;
const MIN_T = dayFromYmd(MIN_YEAR, 1, 1);
const MAX_T = dayFromYmd(MAX_YEAR, 12, 31);
const MAX_LONGITUDE = 180;
/** Web Mercator cannot show the poles; MapLibre clamps at about ±85.05. */
const MAX_LATITUDE = 85;
const MAX_ZOOM = 22;
const LONLAT_DECIMALS = 4; // about 11 m at the equator: finer is noise in a link
const ZOOM_DECIMALS = 2;
const MAX_ID_LENGTH = 200;
/** As `eventSchema` allows for an actor. */
const MAX_ACTOR_LENGTH = 200;
/** Bad values are quoted in warnings only this far, so a hostile link cannot flood the UI. */
const MAX_QUOTED_LENGTH = 40;
/** A list parameter names at most this many bad items in its warning. */
const MAX_QUOTED_ITEMS = 3;
const LIST_SEPARATOR = ',';
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A plain decimal: no exponent, no hex, no "Infinity". */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// ---------------------------------------------------------------- the valid states

const roundTo = (value: number, decimals: number) => {
  const factor = 10 ** decimals;
  // `+ 0` turns -0 into 0: "-0" is not a coordinate anyone wants to read in a link.
  return Math.round(value * factor) / factor + 0;
};
const isRounded = (decimals: number) => (value: number) => roundTo(value, decimals) === value;
const isUnique = (list: readonly unknown[]) => new Set(list).size === list.length;

const idSchema = z.string().max(MAX_ID_LENGTH).regex(ID);
const actorSchema = z
  .string()
  .min(1)
  .max(MAX_ACTOR_LENGTH)
  .refine((s) => s === s.trim(), 'no surrounding spaces')
  .refine((s) => !s.includes(LIST_SEPARATOR), 'a comma would split the name in a link')
  .refine((s) => s.search(LONE_SURROGATE) === -1, 'not well-formed Unicode');

/** Every state {@link parseUrlState} can return; what {@link serialiseUrlState} round-trips exactly. */
export const urlStateSchema = z.strictObject({
  t: z.number().int().min(MIN_T).max(MAX_T).optional(),
  event: idSchema.optional(),
  types: z.array(z.enum(EVENT_TYPES)).min(1).refine(isUnique, 'no duplicates').optional(),
  actors: z.array(actorSchema).min(1).refine(isUnique, 'no duplicates').optional(),
  window: z.discriminatedUnion('mode', [
    z.strictObject({ mode: z.literal('cumulative') }),
    z.strictObject({ mode: z.literal('window'), days: z.number().int().min(MIN_WINDOW_DAYS).max(MAX_WINDOW_DAYS) }),
  ]),
  camera: z
    .strictObject({
      lon: z.number().min(-MAX_LONGITUDE).max(MAX_LONGITUDE).refine(isRounded(LONLAT_DECIMALS)),
      lat: z.number().min(-MAX_LATITUDE).max(MAX_LATITUDE).refine(isRounded(LONLAT_DECIMALS)),
      zoom: z.number().min(0).max(MAX_ZOOM).refine(isRounded(ZOOM_DECIMALS)),
    })
    .optional(),
  tour: idSchema.optional(),
  embed: z.boolean().optional(),
  basemap: z
    .string()
    .refine((b) => b === DARK_BASEMAP || parseOnlineStyleUrl(b).ok)
    .optional(),
  lang: z.enum(LANGUAGES).optional(),
}) satisfies z.ZodType<UrlState>;

// ---------------------------------------------------------------- one codec per parameter

/** A parameter value read from a link; `problem` says what had to be dropped. */
interface Decoded<T> {
  value?: T;
  /** The whole problem but the parameter's name, which the parser adds as `param`. */
  problem?: Message;
}

/** How one field of the state is read from and written to its parameter. */
interface ParamCodec<K extends keyof UrlState> {
  decode(raw: string, known: KnownIds | undefined): Decoded<NonNullable<UrlState[K]>>;
  /** The parameter value, or `undefined` to leave the parameter out (a default). */
  encode(value: NonNullable<UrlState[K]>): string | undefined;
}

const because = (key: MessageKey, params?: MessageParams): Message => (params ? { key, params } : { key });
const rejected = (raw: string, reason: Message): { problem: Message } => ({
  problem: { key: 'url.fallback', params: { value: quote(raw), reason } },
});

const timeCodec: ParamCodec<'t'> = {
  decode(raw) {
    const span = CALENDAR_DATE.test(raw) ? parseCalendarDate(raw) : null;
    if (span === null) return rejected(raw, because('url.reason.notADate'));
    if (Number(raw.slice(0, 4)) < MIN_YEAR)
      return rejected(raw, because('url.reason.beforeYear', { year: String(MIN_YEAR) }));
    return { value: span.first };
  },
  encode: (t) => formatDay(Math.floor(t)),
};

const windowCodec: ParamCodec<'window'> = {
  decode(raw) {
    if (raw === ALL_WINDOW) return { value: { mode: 'cumulative' } };
    const days = /^\d{1,9}$/.test(raw) ? Number(raw) : Number.NaN;
    if (days >= MIN_WINDOW_DAYS && days <= MAX_WINDOW_DAYS) return { value: { mode: 'window', days } };
    return rejected(
      raw,
      because('url.reason.notWindow', { all: ALL_WINDOW, min: MIN_WINDOW_DAYS, max: MAX_WINDOW_DAYS }),
    );
  },
  encode: (window) => (window.mode === 'cumulative' ? undefined : `${window.days}`),
};

const typesCodec: ParamCodec<'types'> = {
  decode: (raw) =>
    decodeList(raw, (item) => (isEventType(item) ? { value: item } : { problem: because('url.reason.notAType') })),
  encode: (types) => types.join(LIST_SEPARATOR),
};

const actorsCodec: ParamCodec<'actors'> = {
  decode: (raw, known) =>
    decodeList(raw, (item) => {
      if (!actorSchema.safeParse(item).success) return { problem: because('url.reason.notAnActorName') };
      if (known && !known.actors.has(item)) return { problem: because('url.reason.notAnActorHere') };
      return { value: item };
    }),
  encode: (actors) => actors.join(LIST_SEPARATOR),
};

const eventCodec: ParamCodec<'event'> = {
  decode(raw, known) {
    if (!idSchema.safeParse(raw).success) return rejected(raw, because('url.reason.notAnEventId'));
    if (known && !known.eventIds.has(raw)) return rejected(raw, because('url.reason.notAnEventHere'));
    return { value: raw };
  },
  encode: (id) => id,
};

const cameraCodec: ParamCodec<'camera'> = {
  decode(raw) {
    const parts = raw.split(LIST_SEPARATOR);
    const numbers = parts.map((p) => (DECIMAL.test(p.trim()) ? Number(p) : Number.NaN));
    const [lon, lat, zoom] = numbers;
    if (
      lon === undefined ||
      lat === undefined ||
      zoom === undefined ||
      numbers.length !== 3 ||
      numbers.some(Number.isNaN)
    ) {
      return rejected(raw, because('url.reason.notACamera'));
    }
    if (!(Math.abs(lon) <= MAX_LONGITUDE))
      return rejected(raw, because('url.reason.longitude', { max: MAX_LONGITUDE }));
    if (!(Math.abs(lat) <= MAX_LATITUDE)) return rejected(raw, because('url.reason.latitude', { max: MAX_LATITUDE }));
    if (!(zoom >= 0 && zoom <= MAX_ZOOM)) return rejected(raw, because('url.reason.zoom', { max: MAX_ZOOM }));
    return { value: roundedCamera({ lon, lat, zoom }) };
  },
  encode(camera) {
    const { lon, lat, zoom } = roundedCamera(camera);
    return [lon, lat, zoom].join(LIST_SEPARATOR);
  },
};

const tourCodec: ParamCodec<'tour'> = {
  decode: (raw) => (idSchema.safeParse(raw).success ? { value: raw } : rejected(raw, because('url.reason.notATourId'))),
  encode: (id) => id,
};

const embedCodec: ParamCodec<'embed'> = {
  decode(raw) {
    // `?embed` alone reads as "on", as an HTML boolean attribute does.
    if (raw === '' || raw === '1' || raw === 'true') return { value: true };
    if (raw === '0' || raw === 'false') return { value: false };
    return rejected(raw, because('url.reason.notOnOff'));
  },
  encode: (embed) => (embed ? '1' : undefined),
};

/** The offline basemap's dark theme; the light one is the default and never written. */
export const DARK_BASEMAP = 'dark';

const basemapCodec: ParamCodec<'basemap'> = {
  decode(raw) {
    if (raw === DARK_BASEMAP) return { value: raw };
    if (raw === 'light') return {};
    const online = parseOnlineStyleUrl(raw);
    return online.ok
      ? { value: online.url }
      : rejected(raw, because('url.reason.notABasemap', { reason: online.problem }));
  },
  encode: (basemap) => basemap,
};

const langCodec: ParamCodec<'lang'> = {
  decode(raw) {
    const tag = raw.trim().toLowerCase();
    if (isLang(tag)) return { value: tag };
    return rejected(raw, because('url.reason.notALanguage', { languages: LANGUAGES.join(', ') }));
  },
  encode: (lang) => lang,
};

const CODECS: { [K in keyof UrlState]-?: ParamCodec<K> } = {
  t: timeCodec,
  window: windowCodec,
  types: typesCodec,
  actors: actorsCodec,
  event: eventCodec,
  camera: cameraCodec,
  tour: tourCodec,
  embed: embedCodec,
  basemap: basemapCodec,
  lang: langCodec,
};

const FIELDS = Object.keys(URL_PARAMS) as (keyof UrlState)[];

// ---------------------------------------------------------------- parse and serialise

/**
 * Read the state from a query string (with or without the leading `?`). Never throws: each bad
 * parameter falls back to its default and adds a warning naming the parameter and the bad value.
 * Unknown parameters are ignored without a warning: hosts and link trackers add their own.
 *
 * @example parseUrlState('?t=2011-04&w=abc').warnings // ['w: "abc" is neither "all" nor …']
 */
export function parseUrlState(search: string, known?: KnownIds): ParsedUrlState {
  const params = new URLSearchParams(search);
  const state: UrlState = { window: DEFAULT_WINDOW };
  const problems: Message[] = [];
  for (const field of FIELDS) {
    const name = URL_PARAMS[field];
    const values = params.getAll(name);
    const raw = values[0];
    if (raw === undefined) continue;
    if (values.length > 1) problems.push({ key: 'url.repeated', params: { param: name, count: values.length } });
    const decoded = decodeField(field, raw, known);
    const problem = decoded.problem;
    if (problem !== undefined) problems.push({ key: problem.key, params: { ...problem.params, param: name } });
    if (decoded.value !== undefined) setField(state, field, decoded.value);
  }
  return { state: withoutDefaults(state), problems, warnings: problems.map((p) => say('en', p)) };
}

/**
 * Write the state as a query string without the leading `?`: parameters in {@link URL_PARAMS}
 * order, defaults left out, list separators and decimals readable. A field that would not parse
 * back (a NaN, an unknown type) is dropped rather than written, so no link says `NaN`.
 *
 * @example serialiseUrlState({ t: 15077, window: { mode: 'window', days: 14 } }) // "t=2011-04-13&w=14"
 */
export function serialiseUrlState(state: UrlState): string {
  const parts: string[] = [];
  for (const field of FIELDS) {
    const text = encodeField(field, state);
    if (text !== undefined) parts.push(`${URL_PARAMS[field]}=${encodeParam(text)}`);
  }
  return parts.join('&');
}

function decodeField<K extends keyof UrlState>(field: K, raw: string, known: KnownIds | undefined) {
  return (CODECS[field] as ParamCodec<K>).decode(raw, known);
}

function setField<K extends keyof UrlState>(state: UrlState, field: K, value: UrlState[K]): void {
  state[field] = value;
}

/** The checked text of one field, or `undefined` when it is absent, a default or invalid. */
function encodeField<K extends keyof UrlState>(field: K, state: UrlState): string | undefined {
  const codec = CODECS[field] as ParamCodec<K>;
  const value = state[field];
  if (value === undefined || value === null) return undefined;
  const text = safeEncode(() => codec.encode(value as NonNullable<UrlState[K]>));
  if (text === undefined) return undefined;
  // Write only what reads back; for a partly bad list, what reads back is the good part.
  const decoded = codec.decode(text, undefined);
  if (decoded.value === undefined) return undefined;
  return decoded.problem === undefined
    ? text
    : safeEncode(() => codec.encode(decoded.value as NonNullable<UrlState[K]>));
}

/** An encoder given a state that breaks its type (a number where a list belongs) yields nothing. */
function safeEncode(encode: () => string | undefined): string | undefined {
  try {
    return encode();
  } catch {
    return undefined;
  }
}

/** Percent-encode, but keep the list separator readable (`types=strike,raid`). */
function encodeParam(text: string): string {
  return encodeURIComponent(text.replace(LONE_SURROGATE, '\uFFFD')).replace(/%2C/g, LIST_SEPARATOR);
}

/** Drop fields that equal their default, so a state has one form and a link one spelling. */
function withoutDefaults(state: UrlState): UrlState {
  const result = { ...state };
  if (result.embed === false) delete result.embed;
  return result;
}

/** Decode a comma list item by item: keep the good items once each, report the bad ones. */
function decodeList<T>(raw: string, decodeItem: (item: string) => Decoded<T>): Decoded<T[]> {
  const items = raw
    .split(LIST_SEPARATOR)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
  const values: T[] = [];
  const bad: Message[] = [];
  for (const item of items) {
    const decoded = decodeItem(item);
    if (decoded.value === undefined) {
      const reason = decoded.problem ?? because('url.reason.invalid');
      bad.push({ key: 'url.badItem', params: { value: quote(item), reason } });
    } else if (!values.includes(decoded.value)) values.push(decoded.value);
  }
  const value = values.length > 0 ? values : undefined;
  if (bad.length === 0) return { value };
  const more = Math.max(0, bad.length - MAX_QUOTED_ITEMS);
  return { value, problem: { key: 'url.ignored', params: { items: bad.slice(0, MAX_QUOTED_ITEMS), more } } };
}

function isEventType(text: string): text is EventType {
  return (EVENT_TYPES as readonly string[]).includes(text);
}

function roundedCamera({ lon, lat, zoom }: CameraState): CameraState {
  return { lon: roundTo(lon, LONLAT_DECIMALS), lat: roundTo(lat, LONLAT_DECIMALS), zoom: roundTo(zoom, ZOOM_DECIMALS) };
}

/** A user's value for a warning, in quotes, cut to a readable length (by code point). */
function quote(value: string): string {
  const chars = Array.from(value);
  const cut = chars.length > MAX_QUOTED_LENGTH ? `${chars.slice(0, MAX_QUOTED_LENGTH).join('')}…` : value;
  return JSON.stringify(cut);
}
