/**
 * Importing a GeoJSON FeatureCollection of dated features. Two kinds are read:
 *
 * - our own events layer (`exportLayers(...).events`), whose `record` property holds the whole
 *   event and whose `metadata` lists the sources: it loads back to the same events;
 * - any other collection whose features carry a date (`start`, `date`, …) and a title (`title`,
 *   `name`, …): the feature's geometry is where the event happened.
 */
import { eventSchema, PRECISIONS, sourceSchema, type Precision, type TimeEvent } from '../dataset/schema.ts';
import { fieldFor, type EventField } from './event-fields.ts';
import { EventBuilder, type BuilderOptions } from './events.ts';
import { MAX_FEATURES } from './limits.ts';
import { formatCount } from '../text/count.ts';
import { fileProblem, quoteFound, type ImportProblem } from './problem.ts';
import { isRecord } from './dataset.ts';
import { geometrySchema } from '../dataset/schema.ts';
import { valueAt } from '../text/problem-text.ts';

export interface GeoJsonOutcome {
  builder: EventBuilder;
  /** Features in the file (all of them, also those past the cap). */
  total: number;
  /** The collection's own dataset id and title (our export's `metadata.dataset`), if any. */
  meta?: { id?: string; title?: string };
  /** Set when nothing can be read: not a FeatureCollection, no features. */
  fatal?: string;
}

/** What our exporter writes in `place_names` between names (export-layers.ts LIST_SEPARATOR). */
const EXPORT_LIST_SEPARATOR = '; ';

/**
 * @example
 * const { builder } = importGeoJson(JSON.parse(text), { gazetteer, world, fileName });
 * builder.finish().events
 */
export function importGeoJson(value: unknown, options: BuilderOptions): GeoJsonOutcome {
  const builder = new EventBuilder(options);
  if (isRecord(value) && value.type === 'Feature') value = { type: 'FeatureCollection', features: [value] };
  if (!isRecord(value) || value.type !== 'FeatureCollection' || !Array.isArray(value.features)) {
    return {
      builder,
      total: 0,
      fatal: `Not a GeoJSON FeatureCollection: expected "type": "FeatureCollection" with a "features" list, found ${
        isRecord(value) ? `"type": ${quoteFound(value.type)}` : quoteFound(value)
      }.`,
    };
  }
  const features = value.features as unknown[];
  const metadata = isRecord(value.metadata) ? value.metadata : undefined;
  registerSources(builder, metadata);
  const dataset = metadata && isRecord(metadata.dataset) ? metadata.dataset : undefined;
  const meta = dataset
    ? {
        ...(typeof dataset.id === 'string' ? { id: dataset.id } : {}),
        ...(typeof dataset.title === 'string' ? { title: dataset.title } : {}),
      }
    : undefined;

  features.slice(0, MAX_FEATURES).forEach((feature, i) => readFeature(builder, feature, i));
  if (features.length > MAX_FEATURES) {
    builder.report(
      fileProblem(
        `Features ${formatCount(MAX_FEATURES + 1)}–${formatCount(features.length)} were not loaded: ` +
          `a file may hold at most ${formatCount(MAX_FEATURES)} features. Split the file.`,
        {
          path: `features[${MAX_FEATURES}]`,
          field: 'features',
          expected: `at most ${formatCount(MAX_FEATURES)} features`,
          found: `${formatCount(features.length)} features`,
        },
      ),
    );
  }
  return { builder, total: features.length, ...(meta ? { meta } : {}) };
}

function registerSources(builder: EventBuilder, metadata: Record<string, unknown> | undefined): void {
  if (!metadata || !Array.isArray(metadata.sources)) return;
  metadata.sources.forEach((s, i) => {
    if (!isRecord(s)) return;
    // The export writes absent optional fields as null (flat, typed columns); the schema wants them absent.
    const cleaned = Object.fromEntries(Object.entries(s).filter(([, v]) => v !== null));
    const parsed = sourceSchema.safeParse(cleaned);
    if (parsed.success) builder.addSource(parsed.data);
    else {
      const issue = parsed.error.issues[0];
      builder.report({
        severity: 'warning',
        path: `metadata.sources[${i}]${issue?.path.length ? `.${issue.path.join('.')}` : ''}`,
        field: String(issue?.path[0] ?? 'source'),
        expected: issue?.message ?? 'a source',
        found: quoteFound(issue ? (cleaned as Record<PropertyKey, unknown>)[issue.path[0] ?? ''] : s),
        message: 'This source could not be read; events that cite it name only its id.',
      });
    }
  });
}

function readFeature(builder: EventBuilder, feature: unknown, i: number): void {
  const path = `features[${i}]`;
  if (!isRecord(feature) || feature.type !== 'Feature') {
    builder.fail([
      {
        severity: 'error',
        path,
        field: 'type',
        expected: '"Feature"',
        found: isRecord(feature) ? quoteFound(feature.type) : quoteFound(feature),
        message: 'Every item of "features" must be a GeoJSON Feature.',
      },
    ]);
    return;
  }
  const properties = isRecord(feature.properties) ? feature.properties : {};
  if (isRecord(properties.record)) {
    readExportedEvent(builder, feature, properties, path);
    return;
  }
  const values: Partial<Record<EventField, string>> = {};
  const labels: Partial<Record<EventField, string>> = {};
  const errors: ImportProblem[] = [];
  for (const [key, raw] of Object.entries(properties)) {
    const field = fieldFor(key);
    if (!field || field === 'derived' || values[field] !== undefined) continue;
    if (raw === null || raw === undefined) continue;
    const text = textOf(raw);
    if (text === undefined) {
      errors.push({
        severity: 'error',
        path: `${path}.properties.${key}`,
        field: key,
        expected: 'text or a number',
        found: quoteFound(raw),
        message: `"${key}" must be text, not ${Array.isArray(raw) ? 'a list' : 'an object'}.`,
      });
      continue;
    }
    values[field] = text;
    labels[field] = key;
  }
  if (errors.length > 0) {
    builder.fail(errors);
    return;
  }
  builder.addRecord({ at: { path: `${path}.properties` }, values, labels, geometry: feature.geometry ?? null });
}

function textOf(raw: unknown): string | undefined {
  if (typeof raw === 'string') return raw;
  if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
  // A list of names, as a GIS tool may write them: joined as our CSV columns are.
  if (Array.isArray(raw) && raw.every((x) => typeof x === 'string')) return raw.join('; ');
  return undefined;
}

/** A feature of our own events layer: its `record` is the event as the dataset held it. */
function readExportedEvent(
  builder: EventBuilder,
  feature: Record<string, unknown>,
  properties: Record<string, unknown>,
  path: string,
): void {
  const parsed = eventSchema.safeParse(properties.record);
  if (!parsed.success) {
    builder.fail(
      parsed.error.issues.map((issue) => ({
        severity: 'error' as const,
        path: `${path}.properties.record${issue.path.map((s) => (typeof s === 'number' ? `[${s}]` : `.${String(s)}`)).join('')}`,
        field: String(issue.path[issue.path.length - 1] ?? 'record'),
        expected: issue.message,
        found: quoteFound(valueAt(properties.record, issue.path)),
        message: 'This exported event does not match the dataset format; was the file edited by hand?',
      })),
    );
    return;
  }
  const event = parsed.data;
  const names = typeof properties.place_names === 'string' ? properties.place_names.split(EXPORT_LIST_SEPARATOR) : [];
  const precision = PRECISIONS.includes(properties.location_precision as Precision)
    ? (properties.location_precision as Precision)
    : 'approximate';
  const location = event.places.find((p) => p.role === 'where') ?? event.places[0];
  const errors: ImportProblem[] = [];
  const warnings: ImportProblem[] = [];
  const places: TimeEvent['places'] = [];
  event.places.forEach((ref, j) => {
    if (builder.places.byId(ref.place)) {
      places.push(ref);
      return;
    }
    const geometry = geometrySchema.safeParse(feature.geometry);
    if (ref === location && geometry.success) {
      // Not in our gazetteer, but the feature carries the place's geometry: keep it as the file has it.
      builder.places.adopt(ref.place, names[j] ?? ref.place, precision, geometry.data, path);
      places.push(ref);
      return;
    }
    const problem = {
      path: `${path}.properties.record.places[${j}].place`,
      field: 'place',
      expected: 'the id of a place in the gazetteer',
      found: quoteFound(ref.place),
    };
    if (ref === location) {
      errors.push({
        severity: 'error',
        ...problem,
        message: `The event's place "${ref.place}" is not in the gazetteer and the feature has no usable geometry.`,
      });
    } else {
      warnings.push({
        severity: 'warning',
        ...problem,
        message: `The ${ref.role} place "${names[j] ?? ref.place}" is not in the gazetteer and has no geometry here: the event was loaded without it.`,
      });
    }
  });
  const titles =
    typeof properties.source_titles === 'string' ? properties.source_titles.split(EXPORT_LIST_SEPARATOR) : [];
  event.sources.forEach((id, j) => {
    if (builder.hasSource(id)) return;
    builder.addSource({
      id,
      outlet: id,
      title: (titles[j] || id).slice(0, 300),
      note: 'The file names this source without describing it: its publication date is unknown.',
    });
    warnings.push({
      severity: 'warning',
      path: `${path}.properties.record.sources[${j}]`,
      field: 'sources',
      expected: 'a source listed in metadata.sources',
      found: quoteFound(id),
      message: `The source "${id}" is not described in the file's metadata; it is shown by its id.`,
    });
  });
  for (const claim of event.claims) {
    if (!event.sources.includes(claim.source) && !builder.hasSource(claim.source)) {
      errors.push({
        severity: 'error',
        path: `${path}.properties.record.claims`,
        field: 'claims',
        expected: "a source among the event's sources",
        found: quoteFound(claim.source),
        message: `A claim cites the source "${claim.source}", which the file does not describe.`,
      });
    }
  }
  if (errors.length > 0) {
    builder.fail([...errors, ...warnings]);
    return;
  }
  builder.addEvent({ ...event, places }, { path: `${path}.properties.record` }, warnings);
}
