import { describe, expect, it } from 'vitest';
import { langAttributes, localised } from '../../../src/core/text/localise.ts';

const NAME = { ur: { name: 'لاہور' }, 'es-CO': { name: 'Lahor' } };

describe('localised', () => {
  it.each([
    { lang: 'ur', source: 'en', expected: { text: 'لاہور', lang: 'ur' } },
    { lang: 'es', source: 'en', expected: { text: 'Lahor', lang: 'es-CO' } },
    { lang: 'fr', source: 'en', expected: { text: 'Lahore', lang: 'en' } },
    { lang: 'en', source: 'en', expected: { text: 'Lahore', lang: 'en' } },
    // A dataset written in Urdu shows its own text to an Urdu reader, not a translation.
    { lang: 'ur', source: 'ur', expected: { text: 'Lahore', lang: 'ur' } },
  ])('$lang reader, text in $source → $expected.text', ({ lang, source, expected }) => {
    expect(localised('Lahore', NAME, 'name', lang, source)).toEqual(expected);
  });

  it('falls back to the text when the translation lacks the field or there are none', () => {
    const summaryOnly: Record<string, { title?: string; summary?: string }> = { ur: { summary: 'حملہ' } };
    expect(localised('Strike', summaryOnly, 'title', 'ur', 'en')).toEqual({
      text: 'Strike',
      lang: 'en',
    });
    expect(localised('Strike', undefined, 'title', 'ur')).toEqual({ text: 'Strike', lang: 'en' });
  });

  it('prefers the exact tag over one that only shares the language', () => {
    const t = { 'es-CO': { title: 'colombiano' }, 'es-419': { title: 'latino' }, es: { title: 'español' } };
    expect(localised('x', t, 'title', 'es', 'en').text).toBe('español');
    expect(localised('x', t, 'title', 'es-419', 'en').text).toBe('latino');
  });
});

describe('langAttributes', () => {
  it('marks every text with its language and direction', () => {
    expect(langAttributes({ text: 'Lahore', lang: 'en' })).toEqual({ lang: 'en', dir: 'ltr' });
    expect(langAttributes({ text: 'لاہور', lang: 'ur' })).toEqual({ lang: 'ur', dir: 'rtl' });
    expect(langAttributes({ text: 'Lahor', lang: 'es-CO' })).toEqual({ lang: 'es-CO', dir: 'ltr' });
  });
});
