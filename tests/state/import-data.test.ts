/**
 * A `data=` link whose address cannot be decoded ends in a notice that says what is wrong, never
 * in a promise that rejects with nobody listening (issue 14).
 */
import { say } from '../../src/core/text/translate.ts';
import { describe, expect, it } from 'vitest';
import { loadFromDataParam } from '../../src/state/import-data.ts';

const PAGE = { href: 'https://atlas.test/app/', origin: 'https://atlas.test' };

describe('loadFromDataParam with a malformed % escape', () => {
  it.each([
    // The value as it arrives after URLSearchParams has decoded the query once.
    [
      'a % not followed by two hex digits',
      `?data=${encodeURIComponent('events%zz.csv')}`,
      /malformed % escape \("%zz"\)/,
    ],
    ['a lone % at the end', `?data=${encodeURIComponent('events%')}`, /malformed % escape \("%"\)/],
    ['escapes that are not UTF-8', `?data=${encodeURIComponent('caf%C3%28.csv')}`, /do not spell UTF-8/],
  ])('%s: a failed outcome and one notice naming the file, no fetch', async (_, search, expected) => {
    const notices: string[] = [];
    const target = { load: () => expect.unreachable('nothing may be loaded') };
    const fetched: string[] = [];
    const realFetch = globalThis.fetch;
    globalThis.fetch = (input) => {
      fetched.push(String(input));
      return Promise.reject(new Error('no network in this test'));
    };
    try {
      const outcome = await loadFromDataParam(search, target, {
        page: PAGE,
        notify: (m) => notices.push(say('en', m)),
      });
      expect(outcome.status).toBe('failed');
      expect(notices).toHaveLength(1);
      expect(notices[0]).toMatch(expected);
      expect(notices[0]).toMatch(/^The data link could not be loaded: The data link's file name "/);
      expect(notices[0]).toContain('%25');
      expect(fetched).toEqual([]);
    } finally {
      globalThis.fetch = realFetch;
    }
  });
});
