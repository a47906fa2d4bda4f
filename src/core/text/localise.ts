/**
 * Picking a record's text in the reader's language: the translation when the record has one,
 * else the text in the language it was written in. Either way the text comes back with its
 * language, so the UI can mark a fallback with `lang` (and `dir`) for screen readers and fonts.
 */
import { textDirection } from './languages.ts';

/** The language texts are written in when a dataset does not say. */
export const DEFAULT_TEXT_LANG = 'en';

/** A text and the language (BCP 47 tag) it is written in. */
export interface LocalText {
  text: string;
  lang: string;
}

/** Translations of some fields of a record, by language tag: `{ ur: { title: '…' } }`. */
export type Translations<K extends string> = Readonly<Record<string, Readonly<Partial<Record<K, string>>>>>;

function primary(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0] ?? '';
}

/**
 * The text of `key` in `lang`, else in the record's own language (`textLang`). A translation
 * tagged exactly `lang` wins; otherwise one that shares its primary language (`es-CO` for `es`).
 *
 * @example
 * localised('Lahore', { ur: { name: 'لاہور' } }, 'name', 'ur', 'en') // { text: 'لاہور', lang: 'ur' }
 * localised('Lahore', { ur: { name: 'لاہور' } }, 'name', 'es', 'en') // { text: 'Lahore', lang: 'en' }
 */
export function localised<K extends string>(
  text: string,
  translations: Translations<K> | undefined,
  key: K,
  lang: string,
  textLang: string = DEFAULT_TEXT_LANG,
): LocalText {
  if (translations && primary(lang) !== primary(textLang)) {
    const exact = translations[lang]?.[key];
    if (exact) return { text: exact, lang };
    for (const [tag, fields] of Object.entries(translations)) {
      const value = fields[key];
      if (value && primary(tag) === primary(lang)) return { text: value, lang: tag };
    }
  }
  return { text, lang: textLang };
}

/**
 * `lang` and `dir` for an element showing `text`. Always both, not only when the text is not in the
 * reader's language: an element takes its language from the page, and a translated text is then
 * right whatever the page says (while the page is still in English, or in a dataset in Urdu).
 */
export function langAttributes(text: LocalText): { lang: string; dir: 'ltr' | 'rtl' } {
  return { lang: text.lang, dir: textDirection(text.lang) };
}

/**
 * {@link localised} for a field of a record that carries its own `translations`: an event's
 * title, a place's name, a tour step's caption.
 *
 * @example textOf(event, 'title', app.lang, dataset.lang) // { text: 'دتہ خیل…', lang: 'ur' }
 */
export function textOf<K extends string>(
  record: { readonly [P in K]: string } & { readonly translations?: Translations<K> | undefined },
  key: K,
  lang: string,
  textLang: string | undefined,
): LocalText {
  return localised(record[key], record.translations, key, lang, textLang ?? DEFAULT_TEXT_LANG);
}
