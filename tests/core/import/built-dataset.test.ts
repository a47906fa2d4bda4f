import { describe, expect, it } from 'vitest';
import { keepValidBuiltEvents, keepValidEvents, type BuiltDataset } from '../../../src/core/import/dataset.ts';
import { importText } from '../../../src/core/import/file.ts';
import type { TimeEvent } from '../../../src/core/dataset/schema.ts';
import { generatedCsv } from '../../support/generated-csv.ts';
import { importContext } from '../../support/import-context.ts';

/** A dataset as the CSV importer assembles it, from the scale benchmark's generated rows. */
function built(): BuiltDataset {
  const result = importText({ name: 'events.csv', text: generatedCsv(40) }, importContext);
  if (!result.ok) throw new Error(result.message);
  const { id, title, description, sources, places, events } = result.dataset;
  return structuredClone({
    id,
    title,
    description: description ?? '',
    sources,
    places: { type: 'FeatureCollection', features: places.features },
    events,
  });
}

const changed = (change: (d: BuiltDataset) => void): BuiltDataset => {
  const d = built();
  change(d);
  return d;
};
const firstEvent = (d: BuiltDataset): TimeEvent => d.events[0]!;

/** Each case: a change to a good built dataset, and whether the whole-dataset check passes it. */
const CASES: [string, BuiltDataset, boolean][] = [
  ['as built', built(), true],
  ['two events with one id', changed((d) => d.events.push({ ...firstEvent(d) })), false],
  [
    'an event at an unknown place',
    changed((d) => (firstEvent(d).places = [{ place: 'atlantis', role: 'where' }])),
    false,
  ],
  ['an event citing an unknown source', changed((d) => (firstEvent(d).sources = ['nobody'])), false],
  ['an event the schema trims', changed((d) => (firstEvent(d).title = 'Strike ')), true],
  ['an event the schema refuses', changed((d) => (firstEvent(d).start = '2011-02-30')), false],
  [
    'a claim citing a source the event does not',
    changed((d) => {
      d.sources.push({ id: 'other', outlet: 'Other', title: 'Other' });
      firstEvent(d).claims = [{ source: 'other', aspect: 'date', statement: 'Said a day later.' }];
    }),
    false,
  ],
  [
    'a claim that checks out',
    changed(
      (d) => (firstEvent(d).claims = [{ source: firstEvent(d).sources[0]!, aspect: 'other', statement: 'Said so.' }]),
    ),
    true,
  ],
  ['a source with a bad id', changed((d) => (d.sources[0]!.id = 'Field Notes')), false],
  ['two sources with one id', changed((d) => d.sources.push({ ...d.sources[0]! })), false],
  ['no sources', changed((d) => (d.sources = [])), false],
  ['a place with an unknown parent', changed((d) => (d.places.features[0]!.properties.parent = 'atlantis')), false],
  ['two places with one id', changed((d) => d.places.features.push(structuredClone(d.places.features[0]!))), false],
  ['a bad dataset id', changed((d) => (d.id = 'Events!')), false],
];

describe('keepValidBuiltEvents', () => {
  it.each(CASES)('%s: the same outcome as the full check', (_name, dataset, ok) => {
    const full = keepValidEvents(structuredClone(dataset));
    const quick = keepValidBuiltEvents(structuredClone(dataset));
    expect(quick).toEqual(full);
    expect(full.ok && full.failed === 0).toBe(ok);
  });

  it('keeps the events it was given when every one passes, rather than parsing them again', () => {
    const dataset = built();
    const outcome = keepValidBuiltEvents(dataset);
    expect(outcome.ok && outcome.dataset.events).toBe(dataset.events);
    const doubted = changed((d) => (firstEvent(d).title = 'Strike '));
    const checked = keepValidBuiltEvents(doubted);
    expect(checked.ok && checked.dataset.events).not.toBe(doubted.events);
    expect(checked.ok && checked.dataset.events[0]?.title).toBe('Strike');
  });
});
