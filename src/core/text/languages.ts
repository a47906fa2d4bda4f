/**
 * The languages the atlas speaks. English is the default and the fallback: a message or a text
 * with no translation shows in English (or in the language it was written in), marked as such.
 */
export const LANGUAGES = ['en', 'es', 'ur'] as const;
export type Lang = (typeof LANGUAGES)[number];
export const DEFAULT_LANG: Lang = 'en';

/** Each language's name in itself, for the language menu. */
export const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = { en: 'English', es: 'Español', ur: 'اردو' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

// Languages written right to left (their primary subtag), for texts in languages we do not
// translate into but that a dataset may carry.
const RIGHT_TO_LEFT = new Set(['ar', 'ckb', 'dv', 'fa', 'he', 'ks', 'ps', 'sd', 'ug', 'ur', 'yi']);

/** `rtl` for a language written right to left (Urdu, Arabic, Persian, Hebrew…), else `ltr`. */
export function textDirection(lang: string): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(primarySubtag(lang)) ? 'rtl' : 'ltr';
}

/** The first of the reader's preferred languages (e.g. `navigator.languages`) we speak, else English. */
export function matchLanguage(preferred: readonly string[]): Lang {
  for (const tag of preferred) {
    const primary = primarySubtag(tag);
    if (isLang(primary)) return primary;
  }
  return DEFAULT_LANG;
}

function primarySubtag(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}
