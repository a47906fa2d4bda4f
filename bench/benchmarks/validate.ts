/**
 * Validating geometry: our hand-checked positions against the obvious zod schema (a union of a
 * 2- and a 3-number tuple per position), on the same generated polygons in the same run. A
 * gazetteer or an imported GeoJSON file is mostly positions, so this is most of what checking one
 * costs: the shipped gazetteer has about 18,000, an analyst's district file can have millions.
 *
 *   npx tsx bench/benchmarks/validate.ts
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { geometrySchema } from '../../src/core/dataset/schema.ts';

const POLYGONS = 200;
const VERTICES = 1000;
const RUNS = 5;

// The obvious schema, as the gazetteer first had it.
const longitude = z.number().finite().min(-180).max(180);
const latitude = z.number().finite().min(-90).max(90);
const tuplePosition = z.union([z.tuple([longitude, latitude]), z.tuple([longitude, latitude, z.number().finite()])]);
const tupleRing = z.array(tuplePosition).min(4);
const tupleGeometry = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: z.array(tupleRing).min(1) }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(tupleRing).min(1)).min(1) }),
]);

/** Closed rings of `VERTICES` positions around points spread over Pakistan. */
function polygons(): unknown[] {
  return Array.from({ length: POLYGONS }, (_, p) => {
    const lon = 62 + (p % 20) * 0.7;
    const lat = 25 + Math.floor(p / 20) * 1.2;
    const ring = Array.from({ length: VERTICES - 1 }, (_, i) => {
      const a = (i / (VERTICES - 1)) * 2 * Math.PI;
      const r = 0.3 + 0.05 * Math.sin(7 * a);
      return [+(lon + r * Math.cos(a)).toFixed(5), +(lat + r * Math.sin(a)).toFixed(5)];
    });
    ring.push(ring[0]!);
    return { type: 'Polygon', coordinates: [ring] };
  });
}

function time(parse: (g: unknown) => { success: boolean }, geometries: unknown[]): number {
  const started = performance.now();
  for (const g of geometries) if (!parse(g).success) throw new Error('the generated geometry should be valid');
  return performance.now() - started;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export function benchValidate(): Promise<string[]> {
  const geometries = polygons();
  const ours: number[] = [];
  const baseline: number[] = [];
  // Interleaved, so a busy moment on the machine hits both alike; the first runs include warming up.
  for (let i = 0; i < RUNS; i++) {
    baseline.push(time((g) => tupleGeometry.safeParse(g), geometries));
    ours.push(time((g) => geometrySchema.safeParse(g), geometries));
  }
  const positions = POLYGONS * VERTICES;
  const rate = (ms: number) => `${(((positions / ms) * 1000) / 1e6).toFixed(2)} M positions/s`;
  const [o, b] = [median(ours), median(baseline)];
  return Promise.resolve([
    `${POLYGONS} polygons of ${VERTICES} positions, median of ${RUNS} runs (first run: ours ${ours[0]!.toFixed(0)} ms, tuples ${baseline[0]!.toFixed(0)} ms)`,
    `  hand-checked positions (ours) ${o.toFixed(0).padStart(6)} ms  ${rate(o)}`,
    `  zod tuple union (baseline)    ${b.toFixed(0).padStart(6)} ms  ${rate(b)}`,
    `  ours is ${(b / o).toFixed(1)}× faster`,
  ]);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  for (const line of await benchValidate()) console.log(line);
}
