/**
 * Importing Linked Places Format (LPF) files. Our own LPF export keeps each event whole in
 * `properties.record` and loads back as it was. Any other LPF feature is read as an event when
 * it has a date: `properties.title` is the title, the first of `when.timespans` the dates (`in`,
 * else `earliest` for the start and `latest` for the end), the first of `types` whose label or
 * source label is one of our event types the type, and the geometry the place. An LPF
 * gazetteer of places without dates has no events to load, and each feature says so.
 */
import { isRecord } from './dataset.ts';

/** True for a FeatureCollection in the LPF JSON-LD context. */
export function isLpf(value: Record<string, unknown>): boolean {
  const context = value['@context'];
  const text = typeof context === 'string' ? context : JSON.stringify(context ?? '');
  return /linkedplaces|linked-places/i.test(text);
}

function dateOf(side: unknown, prefer: 'earliest' | 'latest'): string | undefined {
  if (!isRecord(side)) return undefined;
  for (const key of ['in', prefer]) {
    const v = side[key];
    if (typeof v === 'string' && v.trim()) return v.trim();
  }
  return undefined;
}

/** The collection with each dated LPF feature's title, dates and type as GeoJSON properties. */
export function lpfAsGeoJson(value: Record<string, unknown>): Record<string, unknown> {
  const features = Array.isArray(value.features) ? value.features : [];
  return {
    ...value,
    features: features.map((feature) => {
      if (!isRecord(feature)) return feature;
      const properties = isRecord(feature.properties) ? feature.properties : {};
      if (isRecord(properties.record)) return feature;
      const when = isRecord(feature.when) ? feature.when : undefined;
      const span = Array.isArray(when?.timespans) ? when.timespans[0] : undefined;
      const start = isRecord(span) ? dateOf(span.start, 'earliest') : undefined;
      const end = isRecord(span) ? dateOf(span.end, 'latest') : undefined;
      const types = Array.isArray(feature.types) ? feature.types.filter(isRecord) : [];
      const type = types.flatMap((t) => [t.sourceLabel, t.label]).find((t) => typeof t === 'string');
      const names = Array.isArray(feature.names) ? feature.names.filter(isRecord) : [];
      const toponym = names.map((n) => n.toponym).find((t) => typeof t === 'string');
      const description = Array.isArray(feature.descriptions)
        ? feature.descriptions
            .filter(isRecord)
            .map((d) => d.value)
            .find((v) => typeof v === 'string')
        : undefined;
      return {
        type: 'Feature',
        geometry: feature.geometry ?? null,
        properties: {
          ...(typeof properties.title === 'string' ? { title: properties.title } : {}),
          ...(start ? { start } : {}),
          ...(end && end !== start ? { end } : {}),
          ...(typeof type === 'string' ? { type } : {}),
          ...(typeof toponym === 'string' ? { place: toponym } : {}),
          ...(typeof description === 'string' ? { summary: description } : {}),
        },
      };
    }),
  };
}
