/** `?lang=`: the reader's language in a link, read and written like every other parameter. */
import { describe, expect, it } from 'vitest';
import { parseUrlState, serialiseUrlState, DEFAULT_WINDOW } from '../../../src/core/view/url-state.ts';
import { say } from '../../../src/core/text/translate.ts';

describe('lang in the URL', () => {
  it.each([
    ['?lang=ur', 'ur'],
    ['?lang=es', 'es'],
    ['?lang=en', 'en'],
    ['?lang=UR', 'ur'],
  ] as const)('reads %s', (search, lang) => {
    const parsed = parseUrlState(search);
    expect(parsed.state.lang).toBe(lang);
    expect(parsed.warnings).toEqual([]);
  });

  it.each(['fr', 'urdu', '', 'ur-PK'])('falls back on lang=%s with a warning that names it', (bad) => {
    const parsed = parseUrlState(`?lang=${bad}`);
    expect(parsed.state.lang).toBeUndefined();
    expect(parsed.warnings).toEqual([
      `lang: ${JSON.stringify(bad)} is not a language of the atlas (en, es, ur); using the default`,
    ]);
  });

  it('writes lang last, and reads back what it wrote', () => {
    const query = serialiseUrlState({ t: 15077, window: DEFAULT_WINDOW, embed: true, lang: 'ur' });
    expect(query).toBe('t=2011-04-13&embed=1&lang=ur');
    expect(parseUrlState(query).state).toEqual({ t: 15077, window: DEFAULT_WINDOW, embed: true, lang: 'ur' });
  });

  it('never writes a language it does not speak', () => {
    expect(serialiseUrlState({ window: DEFAULT_WINDOW, lang: 'fr' as never })).toBe('');
  });

  it('gives its problems as messages, worded in the reader’s language', () => {
    const { problems } = parseUrlState('?w=abc&lang=xx');
    expect(problems.map((p) => p.key)).toEqual(['url.fallback', 'url.fallback']);
    const spanish = problems.map((p) => say('es', p));
    expect(spanish[0]).toBe(
      'w: "abc" no es "all" ni un número entero de días entre 1 y 3650; se usa el valor predeterminado',
    );
    expect(say('ur', problems[1]!)).toContain('اٹلس کی زبانوں میں سے نہیں');
  });
});
