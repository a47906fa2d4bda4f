/**
 * The fifth round of the extractor's rules (issue 18), each with a text of our own words it must
 * read right. Every expectation names the rule it checks.
 */
import { describe, expect, it } from 'vitest';
import { extractEvents, type EventDraft } from '../../../src/core/geoparse/extract-events.ts';
import { spanBounds } from '../../../src/core/geoparse/resolve-dates.ts';
import { loadPlaceContext } from '../../../src/cli/extract-events.ts';

const loaded = loadPlaceContext();
const extract = (text: string, published: string) => extractEvents(text, { source: 'wire', published, ...loaded });
/** "date place:role" for each draft's located places, in order. */
const pairs = (drafts: readonly EventDraft[]) =>
  drafts.flatMap((d) =>
    d.places
      .filter((p) => p.role !== 'mentioned')
      .map((p) => `${d.span ? spanBounds(d.span).start : 'none'} ${p.name}:${p.role}`),
  );

describe('an event named by a noun or a passive, told earlier', () => {
  it('links "two days after the strike" to the strike told before, not a later attack', () => {
    const text = [
      'A drone strike hit a house outside Datta Khel on Sunday.',
      'Mourners gathered in Datta Khel the next day, chanting against the strike.',
      'Two days after the strike, tribesmen began a sit-in in Peshawar.',
      'The army blamed militants for an attack on a checkpoint in Bannu on Nov. 8.',
    ].join(' ');
    expect(pairs(extract(text, '2024-11-13'))).toContain('2024-11-12 Peshawar:where');
  });

  it('links "a day after the bridge was lost" to the clause that swept the bridge away', () => {
    const text = [
      'On Sunday, the river swept away the bridge near Chitral, and the next day a mudflow buried the road near Gilgit.',
      'A day after the bridge was lost, hotel owners staged a protest in Peshawar.',
    ].join(' ');
    expect(pairs(extract(text, '2025-06-18'))).toContain('2025-06-16 Peshawar:where');
  });
});
