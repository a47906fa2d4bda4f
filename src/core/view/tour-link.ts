/**
 * A tour carried in a link, for a tour made in the app that is not shipped with it: the tour file's
 * JSON, base64url-encoded in the address's fragment (`#tour=…`). The fragment never leaves the
 * browser (it is not sent to the server), and the tour is checked like a file when the link opens.
 */

/** The fragment's key. */
export const TOUR_LINK_KEY = 'tour';

/** The fragment (`#tour=…`, without the page address) that carries `file`. */
export function tourFragment(file: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(file));
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  const base64url = btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `#${TOUR_LINK_KEY}=${base64url}`;
}

/**
 * The tour file's text in a fragment, `null` when the fragment carries no tour, or a message
 * saying why the tour in it cannot be read (a link cut short when copied, most often).
 */
export function tourFromFragment(hash: string): { text: string } | { problem: string } | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const value = params.get(TOUR_LINK_KEY);
  if (value === null) return null;
  if (!/^[A-Za-z0-9_-]*$/.test(value)) {
    return { problem: 'the tour in the link has characters a tour link never has; copy the whole link again' };
  }
  try {
    const binary = atob(value.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { problem: 'the tour in the link cannot be read (is the link complete?)' };
  }
}
