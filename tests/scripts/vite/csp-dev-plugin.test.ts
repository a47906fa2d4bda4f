import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withStyleNonce } from '../../../scripts/vite/csp-dev-plugin.ts';

const INDEX_HTML = readFileSync(new URL('../../../index.html', import.meta.url), 'utf8');

/** The policy of an index.html, directive name to its sources. */
function policyOf(html: string): Map<string, string[]> {
  const content = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1];
  if (content === undefined) throw new Error('no Content-Security-Policy meta tag');
  return new Map(
    content
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0] !== '')
      .map(([name = '', ...sources]) => [name, sources]),
  );
}

describe('the Content-Security-Policy in index.html', () => {
  const policy = policyOf(INDEX_HTML);

  it('refuses what is not named, inline code and eval', () => {
    expect(policy.get('default-src')).toEqual(["'none'"]);
    for (const name of ['script-src', 'style-src']) {
      expect(policy.get(name)).toEqual(["'self'"]);
    }
    expect(policy.get('object-src')).toEqual(["'none'"]);
  });

  it('reaches other origins only by https connections (online basemap, data= links)', () => {
    for (const [name, sources] of policy) {
      const outside = sources.filter((s) => !["'self'", "'none'"].includes(s));
      if (name === 'connect-src') expect(outside).toEqual(['https:']);
      else if (name === 'img-src') expect(outside).toEqual(['data:']);
      else expect(outside, name).toEqual([]);
    }
  });

  it('leaves framing alone, so the atlas embeds anywhere', () => {
    expect(policy.has('frame-ancestors')).toBe(false);
  });
});

describe('withStyleNonce (dev server only)', () => {
  it('adds the nonce to style-src and changes nothing else', () => {
    const dev = policyOf(withStyleNonce(INDEX_HTML, 'abc123'));
    const built = policyOf(INDEX_HTML);
    expect(dev.get('style-src')).toEqual(["'self'", "'nonce-abc123'"]);
    dev.delete('style-src');
    built.delete('style-src');
    expect(dev).toEqual(built);
  });

  it('says what is missing when there is no policy, or no style-src in it', () => {
    expect(() => withStyleNonce('<html><head></head></html>', 'n')).toThrow(
      /no <meta http-equiv="Content-Security-Policy"/,
    );
    expect(() =>
      withStyleNonce('<meta http-equiv="Content-Security-Policy" content="default-src \'self\'" />', 'n'),
    ).toThrow(/has no style-src: "default-src 'self'"/);
  });
});
