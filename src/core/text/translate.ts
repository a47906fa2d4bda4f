/**
 * The app's own words in the reader's language: ICU MessageFormat catalogues (JSON files per
 * language in `messages/` and `messages/import/`), formatted by FormatJS's `intl-messageformat`. Plurals go through
 * `Intl.PluralRules`, numbers through `Intl.NumberFormat` and dates through `Intl.DateTimeFormat`
 * in the reader's locale. English is the source catalogue: its keys are the type {@link MessageKey},
 * and a key another catalogue lacks (or cannot parse) shows in English.
 *
 * Pure data and formatting, no DOM: the UI and the command-line tools word problems with it.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { DEFAULT_LANG, type Lang } from './languages.ts';
import en from './messages/en.json';
import es from './messages/es.json';
import ur from './messages/ur.json';
// What imports say (their problems, the notes they write into events): a file of their own per
// language, so neither file grows past what a person can read through.
import enImport from './messages/import/en.json';
import esImport from './messages/import/es.json';
import urImport from './messages/import/ur.json';

const ENGLISH = { ...en, ...enImport };

/** Every message the app can show: the keys of the English catalogue. */
export type MessageKey = keyof typeof ENGLISH;

/**
 * Values for a message's ICU arguments (`{count, plural, …}`, `{day, date, long}`, `{name}`). A
 * value may itself be a message (a reason inside a problem), or a list of messages, joined by the
 * language's list separator; both are worded in the same language first.
 */
export type MessageParams = Readonly<Record<string, ParamValue>>;
type ParamValue = string | number | Date | Message | readonly Message[];

/** A message to word later, in whichever language the reader has then: a core problem, a notice. */
export interface Message {
  key: MessageKey;
  params?: MessageParams;
}

export type Catalogue = Readonly<Partial<Record<MessageKey, string>>>;

/** The catalogues as shipped; `tests/core/text/messages.test.ts` checks they have the same keys. */
export const CATALOGUES: Readonly<Record<Lang, Catalogue>> = {
  en: ENGLISH,
  es: { ...es, ...esImport },
  ur: { ...ur, ...urImport },
};

/** Each catalogue's parts, to check that no key is in two of them (the second would win unseen). */
export const CATALOGUE_PARTS: Readonly<Record<Lang, readonly Catalogue[]>> = {
  en: [en, enImport],
  es: [es, esImport],
  ur: [ur, urImport],
};

/**
 * The locale each language formats numbers and dates in. English is British English, as the
 * app was written: "13 April 2011", "1,000".
 */
export const LOCALES: Readonly<Record<Lang, string>> = { en: 'en-GB', es: 'es', ur: 'ur-PK' };

/** Dates are calendar days: always shown in UTC, so every time zone sees the day the sources give. */
const FORMATS = {
  date: {
    long: { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' },
    month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
    short: { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' },
  },
} as const;

const compiled = new Map<string, IntlMessageFormat | null>();

function compile(lang: Lang, key: MessageKey): IntlMessageFormat | null {
  const id = `${lang}\u0000${key}`;
  let format = compiled.get(id);
  if (format === undefined) {
    const source = CATALOGUES[lang][key];
    try {
      format = source === undefined ? null : new IntlMessageFormat(source, LOCALES[lang], FORMATS);
    } catch {
      // A broken translation must not break the page: the English message stands in for it.
      format = null;
    }
    compiled.set(id, format);
  }
  return format;
}

/**
 * The message `key` in `lang`, its arguments filled in; English when `lang` has no such message.
 *
 * @example translate('es', 'timeline.play') // 'Reproducir'
 * @example translate('en', 'count.events', { count: 1000 }) // '1,000 events'
 */
export function translate(lang: Lang, key: MessageKey, params?: MessageParams): string {
  const format = compile(lang, key) ?? compile(DEFAULT_LANG, key);
  if (!format) return key;
  try {
    return String(format.format(params && wordedParams(lang, params)));
  } catch {
    // A missing argument: say what we can rather than throw inside the page.
    return lang === DEFAULT_LANG ? key : translate(DEFAULT_LANG, key, params);
  }
}

function wordedParams(lang: Lang, params: MessageParams): Record<string, string | number | Date> {
  const out: Record<string, string | number | Date> = {};
  for (const [name, value] of Object.entries(params)) {
    if (Array.isArray(value))
      out[name] = value.map((m: Message) => say(lang, m)).join(translate(lang, 'list.separator'));
    else if (typeof value === 'object' && value !== null && 'key' in value) out[name] = say(lang, value);
    else out[name] = value as string | number | Date;
  }
  return out;
}

/** A {@link Message} in words. */
export function say(lang: Lang, message: Message): string {
  return translate(lang, message.key, message.params);
}
