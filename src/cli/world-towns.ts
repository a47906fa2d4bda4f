/**
 * The town shards for the CLIs: read synchronously from geodata/world-towns (or another folder)
 * when an article turns out to be about their country, each parsed once per process.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseTownShard, shardCountry } from '../core/geoparse/world-towns.ts';
import { createTownLayer, type PlaceIndex } from '../core/geoparse/town-layer.ts';
import type { WorldPlace } from '../core/geoparse/world-index.ts';

/** The shipped town shards. */
export const DEFAULT_WORLD_TOWNS = resolve(dirname(fileURLToPath(import.meta.url)), '../../geodata/world-towns');

/**
 * `base` with a `forText(text)` that gives the matcher and context for one article: the base
 * index plus the towns of the countries the article is about (see town-layer.ts).
 * A missing folder means no towns; a bad shard throws an error naming the file and row.
 */
export function withTownShards<T extends PlaceIndex>(base: T, dir: string | null = DEFAULT_WORLD_TOWNS) {
  const files = new Map<string, string>();
  if (dir !== null && existsSync(dir)) {
    for (const f of readdirSync(dir).sort()) {
      const code = shardCountry(f);
      if (code) files.set(code, join(dir, f));
    }
  }
  const layer = createTownLayer(base, new Set(files.keys()));
  const loaded = new Map<string, readonly WorldPlace[]>();
  const forText = (text: string): PlaceIndex => {
    const countries = layer.countriesOf(text);
    for (const c of countries) {
      const file = files.get(c);
      if (file && !loaded.has(c)) loaded.set(c, parseTownShard(JSON.parse(readFileSync(file, 'utf8')), file));
    }
    return layer.indexFor(countries, loaded);
  };
  return { ...base, forText };
}
