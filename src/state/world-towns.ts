/**
 * The town shards in the browser: each geodata/world-towns/xx.json is a separate file of the
 * build, fetched from the page's own origin only when an article turns out to be about its
 * country (see src/core/geoparse/town-layer.ts), and parsed once per page.
 */
import { parseTownShard, shardCountry } from '../core/geoparse/world-towns.ts';
import { createTownLayer, type PlaceIndex } from '../core/geoparse/town-layer.ts';
import type { WorldPlace } from '../core/geoparse/world-index.ts';

// `?url&no-inline`: every shard stays a file of its own, however small, fetched only on demand;
// `eager`: only the 243 URLs are in the bundle, not a module per shard.
const shardUrls = import.meta.glob<string>('../../geodata/world-towns/*.json', {
  query: '?url&no-inline',
  import: 'default',
  eager: true,
});
const urlOf = new Map<string, string>();
for (const [path, url] of Object.entries(shardUrls)) {
  const code = shardCountry(path);
  if (code) urlOf.set(code, url);
}
const shards = new Map<string, Promise<readonly WorldPlace[]>>();

async function fetchShard(code: string, href: string): Promise<readonly WorldPlace[]> {
  const response = await fetch(href);
  if (!response.ok) throw new Error(`${href}: ${response.status} ${response.statusText}`);
  return parseTownShard(await response.json(), `geodata/world-towns/${code.toLowerCase()}.json`);
}

/**
 * `base` with `forText(text)`: the matcher and context for one article, with the towns of the
 * countries it is about (fetched on first need; a failed fetch is tried again next time).
 */
export function withTownShards(base: PlaceIndex) {
  const layer = createTownLayer(base, new Set(urlOf.keys()));
  const forText = async (text: string): Promise<PlaceIndex> => {
    const countries = layer.countriesOf(text);
    const loaded = new Map<string, readonly WorldPlace[]>();
    for (const code of countries) {
      const url = urlOf.get(code);
      if (!url) continue;
      let shard = shards.get(code);
      if (!shard) {
        shard = fetchShard(code, url);
        shards.set(code, shard);
        shard.catch(() => shards.delete(code));
      }
      loaded.set(code, await shard);
    }
    return layer.indexFor(countries, loaded);
  };
  return { ...base, forText };
}
