import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'edtf';
import { describe, expect, it } from 'vitest';
import { exportLayers } from '../../../src/core/export/layers.ts';
import { exportLpf, idOfLpf, lpfTimespan, LPF_CONTEXT } from '../../../src/core/export/lpf.ts';
import { datasetSchema, type Dataset } from '../../../src/core/dataset/schema.ts';

const fixture = (path: string) => JSON.parse(readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8'));
const dataset: Dataset = datasetSchema.parse(fixture('export/dataset.json'));
const layers = exportLayers(dataset);

/**
 * The schema's nested `$id`s are labels that no `$ref` uses, and two of them repeat, which Ajv
 * refuses ("resolves to more than one schema"); dropping them changes nothing it checks.
 */
function withoutNestedIds(node: unknown, root = true): unknown {
  if (Array.isArray(node)) return node.map((n) => withoutNestedIds(n, false));
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => root || key !== '$id')
      .map(([key, value]) => [key, withoutNestedIds(value, false)]),
  );
}

// The World Historical Gazetteer's schema of one LPF feature (tests/fixtures/schemas/README.md).
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats.default(ajv);
const validateFeature = ajv.compile(withoutNestedIds(fixture('schemas/lpf-schema-v1.2.2.json')) as object);

type LpfFeature = Record<string, unknown> & { '@id': string };

describe('exportLpf', () => {
  it.each(['places', 'events'] as const)('every feature of %s validates against the LPF v1.2.2 schema', (name) => {
    const doc = JSON.parse(JSON.stringify(exportLpf(name, layers[name], dataset)));
    expect(doc.type).toBe('FeatureCollection');
    expect(doc['@context']).toBe(LPF_CONTEXT);
    expect(doc.features).toHaveLength(layers[name].features.length);
    for (const feature of doc.features) {
      const ok = validateFeature(feature);
      expect(validateFeature.errors ?? [], feature['@id']).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  it('the schema check can fail: a feature without names is refused', () => {
    const [feature] = exportLpf('places', layers.places, dataset).features;
    expect(validateFeature({ ...feature, names: undefined })).toBe(false);
  });

  it('links places to GeoNames where the gazetteer took them from it, and nests them in their parents', () => {
    const doc = exportLpf('places', layers.places, dataset);
    const byId = new Map(doc.features.map((f) => [idOfLpf(f['@id'])?.id, f as LpfFeature]));
    const sources = new Map(dataset.places.features.map((p) => [p.properties.id, p.properties.geometrySource]));
    for (const [id, feature] of byId) {
      const gn = /GeoNames\D{0,3}(\d+)/i.exec(sources.get(id ?? '') ?? '')?.[1];
      expect(feature.links).toEqual(gn ? [{ type: 'closeMatch', identifier: `gn:${gn}` }] : []);
    }
    const datta = byId.get('datta-khel');
    expect(datta?.relations).toEqual([
      expect.objectContaining({
        relationType: 'gvp:broaderPartitive',
        relationTo: expect.stringMatching(/:place:north-waziristan$/),
      }),
    ]);
    expect(datta?.names).toEqual(expect.arrayContaining([{ toponym: 'Datta Khel' }]));
  });

  it('writes an event’s time as a timespan: a month stays a month, a doubtful side is earliest…latest', () => {
    const doc = exportLpf('events', layers.events, dataset);
    const when = Object.fromEntries(
      doc.features.map((f) => [idOfLpf(f['@id'])?.id, (f.when as { timespans: unknown[] }).timespans[0]]),
    );
    expect(when['protest-call']).toEqual({ start: { in: '2011-03' }, end: { in: '2011-03' } });
    expect(when['datta-khel-strike']).toEqual({ start: { in: '2011-03-17' }, end: { in: '2011-03-17' } });
    expect(when['davis-detention']).toEqual({
      start: { in: '2011-01-27' },
      end: { earliest: '2011-03-14', latest: '2011-03-16' },
    });
    // One source says the 13th, another only April.
    expect(when['waziristan-strike']).toEqual({
      start: { earliest: '2011-04-01', latest: '2011-04-30' },
      end: { earliest: '2011-04-01', latest: '2011-04-30' },
    });
    for (const span of Object.values(when) as Array<{ start: Record<string, string> }>) {
      for (const d of Object.values(span.start)) expect(() => parse(d)).not.toThrow();
    }
  });

  it('keeps the whole event in properties.record, so the file loads back as it was', () => {
    const doc = exportLpf('events', layers.events, dataset);
    const records = doc.features.map((f) => (f.properties as { record: unknown }).record);
    expect(records).toEqual(layers.events.features.map((f) => f.properties.record));
  });

  it('lpfTimespan: a range is in its start and in its end', () => {
    expect(lpfTimespan({ start: '2011-05-16', end: '2011-08-02', claims: [] })).toEqual({
      start: { in: '2011-05-16' },
      end: { in: '2011-08-02' },
    });
  });
});
