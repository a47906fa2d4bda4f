/**
 * The dev server's one addition to the Content-Security-Policy in index.html.
 *
 * `npm start` serves CSS the way Vite's dev client does it: each stylesheet becomes a `<style>`
 * element the client writes, so hot reloading can swap it. The policy's `style-src 'self'`
 * refuses those. Rather than loosen the shipped policy with 'unsafe-inline', the dev server
 * alone gets a fresh random nonce each time it starts: Vite puts it on the elements it writes
 * (`html.cspNonce`), and this plugin adds it to `style-src`. `vite build` never runs this
 * plugin, so the built index.html keeps the policy exactly as written. (The hot-reload
 * websocket needs nothing: `connect-src 'self'` covers ws: to the same host and port.)
 */
import { randomBytes } from 'node:crypto';
import type { Plugin } from 'vite';

const POLICY_META = /(<meta\s+http-equiv="Content-Security-Policy"\s+content=")([^"]*)(")/;

/** index.html with `'nonce-…'` added to the policy's style-src; throws if there is none to add to. */
export function withStyleNonce(html: string, nonce: string): string {
  const policy = POLICY_META.exec(html)?.[2];
  if (policy === undefined) {
    throw new Error('index.html has no <meta http-equiv="Content-Security-Policy" content="…"> tag');
  }
  const directives = policy.split(';').map((d) => d.trim());
  const style = directives.findIndex((d) => d.split(/\s+/)[0] === 'style-src');
  if (style < 0) throw new Error(`the Content-Security-Policy in index.html has no style-src: "${policy}"`);
  directives[style] += ` 'nonce-${nonce}'`;
  return html.replace(
    POLICY_META,
    (_, open: string, _policy: string, close: string) => open + directives.join('; ') + close,
  );
}

export function cspDevPlugin(): Plugin {
  const nonce = randomBytes(18).toString('base64');
  return {
    name: 'time-atlas-csp-dev',
    apply: 'serve',
    config: () => ({ html: { cspNonce: nonce } }),
    transformIndexHtml: (html) => withStyleNonce(html, nonce),
  };
}
