import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadTileCounts, TileCountsError, tiledLink } from '../../src/state/tiled-dataset.ts';
import { say } from '../../src/core/text/translate.ts';

const page = { href: 'https://atlas.example/app/?data=x', origin: 'https://atlas.example' };

describe('tiledLink', () => {
  it.each([
    ['?data=tiles/events.pmtiles', 'https://atlas.example/app/tiles/events.pmtiles', true],
    ['?data=https://host.example/a/events.PMTILES?v=2', 'https://host.example/a/events.PMTILES?v=2', false],
  ])('takes %s as a tiled dataset', (search, href, sameOrigin) => {
    expect(tiledLink(search, page)).toMatchObject({ ok: true, sameOrigin, url: new URL(href) });
  });

  it.each(['', '?data=events.csv', '?data=events.pmtiles.json', '?tour=x'])('leaves %j to the import', (search) => {
    expect(tiledLink(search, page)).toBeUndefined();
  });

  it('refuses a plain-http archive on another site, saying why', () => {
    expect(tiledLink('?data=http://elsewhere.example/events.pmtiles', page)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/must be an https:\/\/ address or a file on this site/),
    });
  });
});

describe('loadTileCounts', () => {
  afterEach(() => vi.unstubAllGlobals());
  const archive = new URL('https://atlas.example/tiles/events.pmtiles');
  const answer = (body: unknown, status = 200) =>
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(body), { status })),
    );

  it('reads counts.json beside the archive', async () => {
    const counts = {
      version: 1,
      title: 'T',
      count: 2,
      first: 10,
      last: 11,
      types: { strike: 2 },
      days: [1, 1],
      maxZoom: 8,
      layer: 'events',
    };
    answer(counts);
    expect(await loadTileCounts(archive)).toEqual(counts);
    expect(vi.mocked(fetch).mock.calls[0]![0]).toEqual(new URL('https://atlas.example/tiles/counts.json'));
  });

  it('names the missing file and what writes it', async () => {
    answer({}, 404);
    await expect(loadTileCounts(archive)).rejects.toThrow(
      /counts\.json could not be fetched \(HTTP 404\): npm run tile writes it/,
    );
  });

  it("words the failure in the reader's language too", async () => {
    answer({}, 404);
    const err = await loadTileCounts(archive).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TileCountsError);
    const { code } = err as TileCountsError;
    expect(code).toEqual({
      key: 'tiled.httpFailed',
      params: { url: 'https://atlas.example/tiles/counts.json', status: '404' },
    });
    expect(say('es', code)).toBe(
      'No se pudo descargar https://atlas.example/tiles/counts.json (HTTP 404): npm run tile lo escribe junto a events.pmtiles.',
    );
  });

  it('names the field a wrong counts file gets wrong', async () => {
    answer({ version: 1, title: 'T', count: -1 });
    await expect(loadTileCounts(archive)).rejects.toThrow(/is not a counts file of npm run tile \(count: /);
  });
});
