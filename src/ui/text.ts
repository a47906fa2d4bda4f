/**
 * The app's words in the reader's language, for components: `const t = useText()`, then
 * `{t('timeline.play')}` in markup. The function reads `app.lang`, so every text it gave is worded
 * again when the reader picks another language.
 */
import { useAppState } from '../state/app-state.svelte.ts';
import type { Notice } from '../state/app-state.svelte.ts';
import { say, translate, type MessageKey, type MessageParams } from '../core/text/translate.ts';
import { textDirection, type Lang } from '../core/text/languages.ts';
import { speedParts } from '../core/time/clock.ts';
import { monthShort, yearText } from './format.ts';

export type Translator = (key: MessageKey, params?: MessageParams) => string;

export function useText(): Translator {
  const app = useAppState();
  return (key, params) => translate(app.lang, key, params);
}

/** A notice in words: a message in the reader's language, or a text that is already words. */
export function noticeText(lang: Lang, notice: Notice): string {
  return typeof notice === 'string' ? notice : say(lang, notice);
}

/** Sets the page's language and direction (`<html lang dir>`), which the CSS mirrors by. */
export function applyDocumentLanguage(lang: Lang): void {
  document.documentElement.lang = lang;
  document.documentElement.dir = textDirection(lang);
}

/** A playback speed in words: "2 weeks/s", "2 semanas/s", "2 ہفتے فی سیکنڈ". */
export function speedText(t: Translator, daysPerSecond: number): string {
  const { unit, count } = speedParts(daysPerSecond);
  return t(`speed.${unit}`, { count });
}

/** A month on the timeline's ticks: "Apr", or "Jan 2011" where the year starts or the axis does. */
export function monthLabel(t: Translator, day: number, lang: Lang, withYear: boolean): string {
  const month = monthShort(day, lang);
  return withYear ? t('timeline.monthYear', { month, year: yearText(day, lang) }) : month;
}

/** The reader's language is written right to left (Urdu): the layout, the timeline and the arrows mirror. */
export function isRightToLeft(lang: Lang): boolean {
  return textDirection(lang) === 'rtl';
}
