/**
 * The message catalogues: every language has every message, with the same ICU arguments, and
 * every message parses. A key missing from Spanish or Urdu, an extra key, a renamed argument
 * (`{count}` in English, `{n}` in Urdu) or a broken plural fails here, not on a reader's screen.
 */
import { describe, expect, it } from 'vitest';
import { IntlMessageFormat } from 'intl-messageformat';
import {
  CATALOGUES,
  CATALOGUE_PARTS,
  LOCALES,
  say,
  translate,
  type MessageKey,
} from '../../../src/core/text/translate.ts';
import { LANGUAGES } from '../../../src/core/text/languages.ts';

const en = CATALOGUES.en as Readonly<Record<MessageKey, string>>;

interface AstNode {
  type: number;
  value?: unknown;
  options?: Record<string, { value: AstNode[] }>;
  children?: AstNode[];
}
// The element types of @formatjs/icu-messageformat-parser that name an argument.
const ARGUMENT_TYPES = new Set([1, 2, 3, 4, 5, 6]);

function argumentNames(nodes: AstNode[], into = new Set<string>()): Set<string> {
  for (const node of nodes) {
    if (ARGUMENT_TYPES.has(node.type) && typeof node.value === 'string') into.add(node.value);
    for (const option of Object.values(node.options ?? {})) argumentNames(option.value, into);
    if (node.children) argumentNames(node.children, into);
  }
  return into;
}

/** The words of a message: its literal text, arguments left out, plural and select branches in. */
function literalText(nodes: AstNode[]): string {
  return nodes
    .map((node) =>
      node.type === 0
        ? String(node.value)
        : Object.values(node.options ?? {})
            .map((o) => literalText(o.value))
            .join(' '),
    )
    .join(' ');
}

const englishKeys = Object.keys(en).sort();

describe('the catalogues', () => {
  it.each(LANGUAGES)('%s: no key is in two parts of the catalogue', (lang) => {
    const keys = CATALOGUE_PARTS[lang].flatMap((part) => Object.keys(part));
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it.each(LANGUAGES.filter((l) => l !== 'en'))('%s has exactly the keys of English', (lang) => {
    const keys = Object.keys(CATALOGUES[lang]).sort();
    expect(englishKeys.filter((k) => !keys.includes(k))).toEqual([]);
    expect(keys.filter((k) => !englishKeys.includes(k))).toEqual([]);
  });

  it.each(LANGUAGES)('every %s message parses and uses the arguments of the English one', (lang) => {
    const mismatched: string[] = [];
    for (const key of englishKeys as MessageKey[]) {
      const source = CATALOGUES[lang][key];
      expect(source, `${lang} ${key}`).toBeTypeOf('string');
      const ast = new IntlMessageFormat(source!, LOCALES[lang]).getAst() as unknown as AstNode[];
      const english = new IntlMessageFormat(en[key], LOCALES.en).getAst() as unknown as AstNode[];
      const mine = [...argumentNames(ast)].sort().join(',');
      const theirs = [...argumentNames(english)].sort().join(',');
      if (mine !== theirs) mismatched.push(`${key}: {${mine}} vs English {${theirs}}`);
    }
    expect(mismatched).toEqual([]);
  });

  it('is not English under another name: most Spanish and Urdu messages differ from the English', () => {
    for (const lang of ['es', 'ur'] as const) {
      const same = englishKeys.filter((k) => CATALOGUES[lang][k as MessageKey] === en[k as MessageKey]);
      // Some are the same in every language on purpose ("{start} – {end}", "GeoJSON", "Linked Places").
      expect(same.length, `${lang}: ${same.join(', ')}`).toBeLessThan(englishKeys.length / 10);
    }
  });

  it('Urdu is written in Urdu: every message with words has Arabic-script letters', () => {
    const latinOnly = englishKeys.filter((k) => {
      const ast = new IntlMessageFormat(CATALOGUES.ur[k as MessageKey] ?? '', LOCALES.ur).getAst();
      const words = literalText(ast as unknown as AstNode[]);
      return /[a-z]{3}/i.test(words) && !/[\u0600-\u06ff]/.test(words);
    });
    // Names of formats and sizes stay as they are: "GeoJSON", "1280 × 720 (HD)", "Linked Places".
    expect(latinOnly).toEqual(['export.hint.lpf', 'export.lpf']);
  });
});

describe('translate', () => {
  it('words a message in the reader’s language, with its plural and its number format', () => {
    expect(translate('en', 'list.count', { count: 1 })).toBe('1 event on the map');
    expect(translate('en', 'list.count', { count: 1000 })).toBe('1,000 events on the map');
    expect(translate('es', 'list.count', { count: 1 })).toBe('1 evento en el mapa');
    expect(translate('es', 'list.count', { count: 2 })).toBe('2 eventos en el mapa');
    expect(translate('ur', 'timeline.play')).toBe('چلائیں');
  });

  it('fills in a message inside a message, and a list of them with the language’s separator', () => {
    const reason = { key: 'url.reason.notAType' } as const;
    const items = [
      { key: 'url.badItem', params: { value: '"a"', reason } },
      { key: 'url.badItem', params: { value: '"b"', reason } },
    ] as const;
    expect(say('en', { key: 'url.ignored', params: { param: 'types', items, more: 2 } })).toBe(
      'types: ignored "a" (not an event type), "b" (not an event type) and 2 more',
    );
    expect(say('ur', { key: 'url.ignored', params: { param: 'types', items, more: 0 } })).toContain('، ');
  });

  it('says which message it is rather than throwing when an argument is missing', () => {
    expect(() => translate('es', 'app.hint')).not.toThrow();
  });
});
