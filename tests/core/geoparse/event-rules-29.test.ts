/**
 * A day an event is arranged for ("has called a march for Saturday", "set the vote for Monday") lies
 * ahead of publication, and the event is a plan on that day, as "will march on Saturday" is.
 */
import { describe, expect, it } from 'vitest';
import { extract, pairs } from '../../support/extract-drafts.ts';

// Published Thursday 14 March 2024.
const published = '2024-03-14';
const dated = (text: string) => pairs(extract(text, published)).map((p) => p.replace(/:[\w-]+$/u, ''));

describe('an event called, set or scheduled for a day', () => {
  it('is planned for the coming weekday', () => {
    expect(
      dated('MOMBASA, Kenya, March 14 - Dock workers have called a strike at the port of Mombasa for Saturday.'),
    ).toContain('2024-03-16 Mombasa');
    expect(dated('NAKURU, Kenya, March 14 - The county assembly set a fresh vote in Nakuru for Monday.')).toContain(
      '2024-03-18 Nakuru',
    );
  });

  it('leaves a day told in the past as the last one', () => {
    expect(
      dated('MOMBASA, Kenya, March 14 - Dock workers called a strike at the port of Mombasa on Saturday.'),
    ).toContain('2024-03-09 Mombasa');
    expect(
      dated('MOMBASA, Kenya, March 14 - Police in Mombasa called for calm on Saturday after clashes at the port.'),
    ).not.toContain('2024-03-16 Mombasa');
  });
});
