import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withTownShards } from '../../src/state/world-towns.ts';
import { loaded } from '../support/extract-drafts.ts';
import { missingTownsNotes } from '../../src/ui/missing-towns.ts';
import { translate } from '../../src/core/text/translate.ts';

const TEXT = 'Seven coaches left the track near Tuni in Andhra Pradesh, India, on Monday.';
const INDIA = readFileSync(new URL('../../geodata/world-towns/in.json', import.meta.url), 'utf8');
const urls = new Map([['IN', '/assets/in-test.json']]);
const base = { matcher: loaded.matcher, context: loaded.context };
const tuni = (found: { text: string; placeId: string }[]) => found.find((m) => m.text === 'Tuni')?.placeId;

describe('town shards in the browser', () => {
  it('leaves out the towns of a country whose shard answers 500, says which and why, and fetches it again next time', async () => {
    const asked: string[] = [];
    let status = 500;
    const fetcher = (async (href: string) => {
      asked.push(href);
      return new Response(status === 200 ? INDIA : 'Internal Server Error', { status });
    }) as typeof fetch;
    const index = withTownShards(base, { urls, fetcher });

    const failed = await index.forText(TEXT);
    expect(failed.missing).toEqual([{ country: 'IN', problem: { kind: 'http', status: 500 } }]);
    // The text is still read, with every other place: Andhra Pradesh and India, not Tuni.
    const places = failed.matcher.find(TEXT);
    expect(places.map((m) => m.text)).toEqual(expect.arrayContaining(['Andhra Pradesh', 'India']));
    expect(tuni(places)).toBeUndefined();

    status = 200;
    const next = await index.forText(TEXT);
    expect(next.missing).toEqual([]);
    expect(tuni(next.matcher.find(TEXT))).toBe('gn-in-tuni');
    expect(asked).toEqual(['/assets/in-test.json', '/assets/in-test.json']);
  });

  it('says the reader may be offline when no answer comes, and names a broken file', async () => {
    const offline = withTownShards(base, {
      urls,
      fetcher: (() => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch,
    });
    expect((await offline.forText(TEXT)).missing).toEqual([{ country: 'IN', problem: { kind: 'offline' } }]);

    const broken = withTownShards(base, {
      urls,
      fetcher: (async () => new Response('{"about":"x","country":"IN","fields":[],"towns":[[1]]}')) as typeof fetch,
    });
    const [missing] = (await broken.forText(TEXT)).missing;
    expect(missing?.problem).toMatchObject({
      kind: 'invalid',
      message: expect.stringMatching(/in\.json: towns row 0/),
    });
  });

  it('words the note with the country, in the reader language, and the reason', () => {
    const en = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
      translate('en', key, params);
    expect(
      missingTownsNotes(en, 'en', [
        { country: 'BD', problem: { kind: 'http', status: 500 } },
        { country: 'IN', problem: { kind: 'offline' } },
      ]),
    ).toEqual([
      'The towns of Bangladesh could not be loaded (the server answered HTTP 500), so only its larger places are found. Your text is kept: try again later.',
      'The towns of India could not be loaded (no connection: you may be offline), so only its larger places are found. Your text is kept: try again later.',
    ]);
    const es = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
      translate('es', key, params);
    expect(missingTownsNotes(es, 'es', [{ country: 'BD', problem: { kind: 'offline' } }])[0]).toMatch(
      /^No se pudieron cargar las localidades de Bangladés/,
    );
  });
});
