import { describe, expect, it } from 'vitest';
import { matchLanguage, textDirection, isLang } from '../../../src/core/text/languages.ts';

describe('languages', () => {
  it('matches the first preferred language we speak, by its primary subtag', () => {
    expect(matchLanguage(['fr-FR', 'es-CO', 'en'])).toBe('es');
    expect(matchLanguage(['ur_PK'])).toBe('ur');
    expect(matchLanguage(['de', 'fr'])).toBe('en');
    expect(matchLanguage([])).toBe('en');
  });
  it('knows which languages are written right to left', () => {
    expect(textDirection('ur')).toBe('rtl');
    expect(textDirection('ar-EG')).toBe('rtl');
    expect(textDirection('es')).toBe('ltr');
    expect(textDirection('en-GB')).toBe('ltr');
  });
  it('accepts only the languages we translate into', () => {
    expect(isLang('ur')).toBe(true);
    expect(isLang('fr')).toBe(false);
    expect(isLang(undefined)).toBe(false);
  });
});
