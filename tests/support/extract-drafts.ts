/**
 * What the extractor's rule tests (tests/core/geoparse/event-rules*.test.ts) share: the
 * extractor over the shipped place index, and the drafts read back as short strings.
 */
import { extractEvents, type EventDraft } from '../../src/core/geoparse/extract-events.ts';
import { spanBounds } from '../../src/core/geoparse/resolve-dates.ts';
import { loadPlaceContext } from '../../src/cli/extract-events.ts';

/** The shipped gazetteer, world index and town shards, and the matcher over them. */
export const loaded = loadPlaceContext();

/** The drafts of a wire text published on `published` (YYYY-MM-DD), as the CLI drafts it (towns included). */
export const extract = (text: string, published: string): EventDraft[] =>
  extractEvents(text, { source: 'wire', published, ...loaded.forText(text) });

/**
 * The drafts over the gazetteer and world index alone, without the town shards: for the rules
 * about places no index holds ("unknown place: …"), whose towns a shard may since have.
 */
export const extractWithoutTowns = (text: string, published: string): EventDraft[] =>
  extractEvents(text, { source: 'wire', published, matcher: loaded.matcher, context: loaded.context });

/** "date place:role" for each draft's located places, in order. */
export const pairs = (drafts: readonly EventDraft[]): string[] =>
  drafts.flatMap((d) =>
    d.places
      .filter((p) => p.role !== 'mentioned')
      .map((p) => `${d.span ? spanBounds(d.span).start : 'none'} ${p.name}:${p.role}`),
  );

/** Each draft's notes about places no index holds. */
export const unknownNotes = (drafts: readonly EventDraft[]): string[] =>
  drafts.flatMap((d) => d.notes.filter((n) => n.startsWith('unknown place:')));
