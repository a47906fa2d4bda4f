/**
 * Checks a user-supplied online map style URL before the app fetches it. The app works offline by
 * default; an online style is an explicit choice, so only plain, absolute https URLs are taken:
 * no http (readable and alterable on the way), no javascript:/data:/blob: (not a map style, and
 * a script-injection route), no relative paths (they would resolve against the app's own folder),
 * and no user:password@ (credentials would end up in shared links and history).
 */

import { say, type Message, type MessageKey, type MessageParams } from '../text/translate.ts';

/** Longer than any real style URL; a guard against pasting a whole document by mistake. */
export const MAX_STYLE_URL_LENGTH = 2048;

/** `reason` in English; `problem` the same as a message for the reader's language (`style.*`). */
export type OnlineStyleUrlResult = { ok: true; url: string } | { ok: false; reason: string; problem: Message };

const fail = (key: MessageKey, params?: MessageParams): OnlineStyleUrlResult => {
  const problem: Message = params ? { key, params } : { key };
  return { ok: false, reason: say('en', problem), problem };
};

// Control characters and whitespace: the URL parser would silently drop tabs and newlines and
// accept what the user did not see.
// eslint-disable-next-line no-control-regex
const INVISIBLE_OR_SPACE = /[\u0000-\u0020\u007f-\u009f\u00a0\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff]/u;

/** Parses a style URL typed or pasted by the user; the reason is a sentence to show them. */
export function parseOnlineStyleUrl(input: string): OnlineStyleUrlResult {
  const text = input.trim();
  if (text === '') return fail('style.empty');
  if (text.length > MAX_STYLE_URL_LENGTH) {
    return fail('style.tooLong', { max: MAX_STYLE_URL_LENGTH });
  }
  if (INVISIBLE_OR_SPACE.test(text)) {
    return fail('style.invisible');
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return fail('style.notFull');
  }
  if (url.protocol === 'http:') {
    return fail('style.http');
  }
  if (url.protocol !== 'https:') {
    return fail('style.protocol', { protocol: url.protocol });
  }
  // `new URL('https:example.com')` is accepted and means https://example.com/: ask for the
  // spelled-out form so what is stored is what the user meant.
  if (!/^https:\/\//i.test(text)) {
    return fail('style.notFull');
  }
  if (url.username !== '' || url.password !== '') {
    return fail('style.credentials');
  }
  if (url.hostname === '') return fail('style.noHost');
  return { ok: true, url: url.href };
}
