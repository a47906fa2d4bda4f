/**
 * An import's problems carry a message code where the importer has one, so the Import dialog can
 * word them in the reader's language; the English `message` is the same catalogue's English.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../../src/core/import/file.ts';
import { say } from '../../../src/core/text/translate.ts';
import { importContext } from '../../support/import-context.ts';

const CSV = [
  'date,title,type,place',
  '2011-03-17,,strike,Lahore',
  ',A raid,raid,Lahore',
  '2011-03-18,A thing,bombing,Lahore',
].join('\n');

describe('coded import problems', () => {
  const problems = importText({ name: 'x.csv', text: CSV }, importContext).problems;
  const byRow = (row: number) => problems.filter((p) => p.row === row);

  it('names the code of each common problem, and its English is the message', () => {
    expect(byRow(2).map((p) => p.code?.key)).toContain('problem.noTitle');
    expect(byRow(3).map((p) => p.code?.key)).toContain('problem.noDate');
    const notAType = byRow(4).find((p) => p.code?.key === 'problem.notAType');
    expect(notAType?.message).toBe('"bombing" is not an event type the map knows.');
    for (const p of problems) if (p.code) expect(say('en', p.code)).toBe(p.message);
  });

  it('words them in Spanish and Urdu', () => {
    const notAType = byRow(4).find((p) => p.code?.key === 'problem.notAType')!;
    expect(say('es', notAType.code!)).toBe('"bombing" no es un tipo de evento que el mapa conozca.');
    expect(say('ur', byRow(2).find((p) => p.code)!.code!)).toBe('ہر واقعے کا عنوان ہونا ضروری ہے۔');
  });
});
