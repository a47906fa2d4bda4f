/**
 * The town shards in the browser: each geodata/world-towns/xx.json is a separate file of the
 * build, fetched from the page's own origin only when an article turns out to be about its
 * country (see src/core/geoparse/town-layer.ts), and parsed once per page.
 *
 * A shard that cannot be had (the server answers 500, the reader is offline, the file is broken)
 * never stops the article: its country's towns are left out, and `missing` says which and why.
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
const shippedUrls = new Map<string, string>();
for (const [path, url] of Object.entries(shardUrls)) {
  const code = shardCountry(path);
  if (code) shippedUrls.set(code, url);
}
/** The build's town shard URLs by country (ISO alpha-2), as the import worker is told them. */
export const shippedTownUrls: ReadonlyMap<string, string> = shippedUrls;

/** Why a country's towns are missing: the server's answer, no answer at all, or a broken file. */
export type ShardProblem =
  { kind: 'http'; status: number } | { kind: 'offline' } | { kind: 'invalid'; message: string };

/** A country (ISO alpha-2) whose towns an article lacks, and why. */
export interface MissingTowns {
  country: string;
  problem: ShardProblem;
}

/** The index for one article, and the countries whose shard could not be loaded for it. */
export interface TextIndex extends PlaceIndex {
  missing: MissingTowns[];
}

class ShardError extends Error {
  constructor(
    readonly problem: ShardProblem,
    message: string,
  ) {
    super(message);
  }
}

async function fetchShard(code: string, href: string, fetcher: typeof fetch): Promise<readonly WorldPlace[]> {
  let response: Response;
  try {
    response = await fetcher(href);
  } catch (e) {
    // fetch rejects only when no answer came: offline, or the server unreachable.
    throw new ShardError({ kind: 'offline' }, `${href}: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!response.ok) throw new ShardError({ kind: 'http', status: response.status }, `${href}: ${response.status}`);
  try {
    return parseTownShard(await response.json(), `geodata/world-towns/${code.toLowerCase()}.json`);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    throw new ShardError({ kind: 'invalid', message }, message);
  }
}

const pageFetch: typeof fetch = (input, init) => fetch(input, init);
const shardsByFetcher = new WeakMap<typeof fetch, Map<string, Promise<readonly WorldPlace[]>>>();

/** Where the shards are and how to fetch them: the build's files and the page's fetch by default. */
export interface ShardSource {
  urls?: ReadonlyMap<string, string>;
  fetcher?: typeof fetch;
}

/**
 * `base` with `forText(text)`: the matcher and context for one article, with the towns of the
 * countries it is about (fetched on first need; a failed fetch is tried again next time), and
 * the countries whose towns could not be loaded.
 */
export function withTownShards(base: PlaceIndex, source: ShardSource = {}) {
  const urls = source.urls ?? shippedUrls;
  const fetcher = source.fetcher ?? pageFetch;
  const layer = createTownLayer(base, new Set(urls.keys()));
  // One fetch per shard and page: the places step and the timeline step share what was fetched.
  let shards = shardsByFetcher.get(fetcher);
  if (!shards) shardsByFetcher.set(fetcher, (shards = new Map()));
  const forText = async (text: string): Promise<TextIndex> => {
    const countries = layer.countriesOf(text);
    const loaded = new Map<string, readonly WorldPlace[]>();
    const missing: MissingTowns[] = [];
    for (const code of countries) {
      const url = urls.get(code);
      if (!url) continue;
      let shard = shards.get(url);
      if (!shard) {
        shard = fetchShard(code, url, fetcher);
        shards.set(url, shard);
        shard.catch(() => shards.delete(url));
      }
      try {
        loaded.set(code, await shard);
      } catch (e) {
        missing.push({
          country: code,
          problem: e instanceof ShardError ? e.problem : { kind: 'invalid', message: String(e) },
        });
      }
    }
    return { ...layer.indexFor(countries, loaded), missing };
  };
  return { ...base, forText };
}
