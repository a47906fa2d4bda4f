/**
 * Dates as a reader sees them. A source with no publication date says "undated": an import once
 * stamped such a source with the day it was imported, and the card showed that as its date.
 */
import { describe, expect, it } from 'vitest';
import { eventDateText, sourceDateText } from '../../src/ui/format.ts';
import { LOCALES } from '../../src/core/text/translate.ts';
import { makeEvent } from '../support/make-event.ts';

describe('sourceDateText', () => {
  it.each([
    { published: '2011-04-13', expected: '13 April 2011' },
    { published: '2011-04', expected: 'April 2011' },
    { published: '2011', expected: '2011' },
    { published: undefined, expected: 'undated' },
    { published: '', expected: 'undated' },
    { published: '   ', expected: 'undated' },
  ])('$published → $expected', ({ published, expected }) => {
    expect(sourceDateText(published)).toBe(expected);
  });
});

/** ICU writes some spaces as thin or narrow no-break spaces; the words are what is tested. */
const plain = (text: string) => text.replace(/\s/g, ' ');
const event = (start: string, end: string) => makeEvent({ id: 'range', start, end, datePrecision: 'range' });

describe('eventDateText: a range says what the two ends share once, as the language does', () => {
  it.each([
    { lang: 'en', start: '2011-01-27', end: '2011-03-16', expected: '27 January – 16 March 2011' },
    { lang: 'en', start: '2011-04-11', end: '2011-04-14', expected: '11 – 14 April 2011' },
    { lang: 'en', start: '2011-01', end: '2011-07', expected: 'January – July 2011' },
    { lang: 'en', start: '2009-12-01', end: '2011-04-25', expected: '1 December 2009 – 25 April 2011' },
    { lang: 'es', start: '2011-01-27', end: '2011-03-16', expected: '27 de enero – 16 de marzo de 2011' },
    { lang: 'es', start: '2011-04-11', end: '2011-04-14', expected: '11–14 de abril de 2011' },
    { lang: 'es', start: '2011-01', end: '2011-07', expected: 'enero–julio de 2011' },
  ] as const)('$lang $start/$end → $expected', ({ lang, start, end, expected }) => {
    expect(plain(eventDateText(event(start, end), lang))).toBe(expected);
  });

  it('Urdu: the year once, both months named', () => {
    const text = eventDateText(event('2011-01-27', '2011-03-16'), 'ur');
    expect(text.match(/2011/g)).toHaveLength(1);
    expect(text).toContain('27 جنوری');
    expect(text).toContain('16 مارچ');
    expect(text.indexOf('جنوری')).toBeLessThan(text.indexOf('مارچ'));
  });

  it.each(['en', 'es', 'ur'] as const)(
    '%s: ends known to different precisions each keep their own (no month is made up)',
    (lang) => {
      // us-personnel-influx: the reports run "until a year ago", from some time in 2010.
      const text = plain(eventDateText(event('2010', '2010-04'), lang));
      const april = plain(new Intl.DateTimeFormat(LOCALES[lang], MONTH).format(new Date('2010-04-01T00:00:00Z')));
      expect(text.startsWith('2010')).toBe(true);
      expect(text.endsWith(april)).toBe(true);
      expect(text).not.toMatch(/January|enero|جنوری/);
    },
  );
});

const MONTH = { month: 'long', year: 'numeric', timeZone: 'UTC' } as const;
