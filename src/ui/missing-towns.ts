/**
 * The note "Map an article" shows when a country's towns could not be loaded: which country, in
 * the reader's language, and why (the server's HTTP status, no connection, a broken file).
 */
import type { MissingTowns } from '../state/world-towns.ts';
import type { Translator } from './text.ts';

/** "Bangladesh" for `BD`, in `lang`; the code itself where the browser has no name for it. */
export function countryName(code: string, lang: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** One sentence per country whose towns are missing; none when every shard loaded. */
export function missingTownsNotes(t: Translator, lang: string, missing: readonly MissingTowns[]): string[] {
  return missing.map(({ country, problem }) => {
    const reason =
      problem.kind === 'http'
        ? t('article.townsHttp', { status: problem.status })
        : problem.kind === 'offline'
          ? t('article.townsOffline')
          : t('article.townsInvalid', { message: problem.message });
    return t('article.townsMissing', { country: countryName(country, lang), reason });
  });
}
