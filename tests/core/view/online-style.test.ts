import { describe, expect, it } from 'vitest';
import { MAX_STYLE_URL_LENGTH, parseOnlineStyleUrl } from '../../../src/core/view/online-style.ts';

const accepted: { input: string; url: string }[] = [
  {
    input: 'https://tiles.example.org/styles/basic/style.json',
    url: 'https://tiles.example.org/styles/basic/style.json',
  },
  { input: '  https://example.org/style.json  ', url: 'https://example.org/style.json' },
  { input: 'HTTPS://Example.ORG/Style.json', url: 'https://example.org/Style.json' },
  { input: 'https://example.org/style.json?key=abc&lang=en', url: 'https://example.org/style.json?key=abc&lang=en' },
  { input: 'https://example.org:8443/s.json', url: 'https://example.org:8443/s.json' },
  { input: 'https://example.org', url: 'https://example.org/' },
];

const rejected: { input: string; reason: RegExp }[] = [
  { input: '', reason: /Enter the address/ },
  { input: '   ', reason: /Enter the address/ },
  { input: 'http://example.org/style.json', reason: /use https:\/\/ instead of http:\/\// },
  { input: 'javascript:alert(1)', reason: /not javascript:/ },
  { input: 'JavaScript:alert(1)', reason: /not javascript:/ },
  { input: 'data:application/json,{"version":8}', reason: /not data:/ },
  { input: 'blob:https://example.org/1234', reason: /not blob:/ },
  { input: 'file:///etc/passwd', reason: /not file:/ },
  { input: 'ftp://example.org/style.json', reason: /not ftp:/ },
  { input: '/styles/style.json', reason: /must start with https:\/\// },
  { input: 'style.json', reason: /must start with https:\/\// },
  { input: '//example.org/style.json', reason: /must start with https:\/\// },
  { input: 'example.org/style.json', reason: /must start with https:\/\// },
  { input: 'https:example.org/style.json', reason: /must start with https:\/\// },
  { input: 'https://user:secret@example.org/style.json', reason: /user name or password/ },
  { input: 'https://user@example.org/style.json', reason: /user name or password/ },
  { input: 'https://exa mple.org/style.json', reason: /spaces or invisible/ },
  { input: 'https://example.org/\nstyle.json', reason: /spaces or invisible/ },
  { input: 'https://example.org/\u200bstyle.json', reason: /spaces or invisible/ },
  { input: 'https://', reason: /must start with https:\/\/|no server name/ },
  { input: `https://example.org/${'a'.repeat(MAX_STYLE_URL_LENGTH)}`, reason: /too long/ },
];

describe('parseOnlineStyleUrl', () => {
  it.each(accepted)('accepts $input', ({ input, url }) => {
    expect(parseOnlineStyleUrl(input)).toEqual({ ok: true, url });
  });

  it.each(rejected)('rejects $input', ({ input, reason }) => {
    const result = parseOnlineStyleUrl(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('accepts a URL of exactly the maximum length', () => {
    const prefix = 'https://example.org/';
    const input = prefix + 'a'.repeat(MAX_STYLE_URL_LENGTH - prefix.length);
    expect(input).toHaveLength(MAX_STYLE_URL_LENGTH);
    expect(parseOnlineStyleUrl(input).ok).toBe(true);
  });
});
