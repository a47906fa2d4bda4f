import { describe, expect, it } from 'vitest';
import { applyEdit, editOf } from '../../../src/core/geoparse/edit-draft.ts';
import { extractEvents } from '../../../src/core/geoparse/extract-events.ts';
import { draftsToDataset } from '../../../src/core/geoparse/events-dataset.ts';
import { validateDataset } from '../../../src/core/dataset/validate-dataset.ts';
import { loadPlaceContext } from '../../../src/cli/extract-events.ts';

const loaded = loadPlaceContext();
const [draft] = extractEvents('A drone struck a house in Mir Ali, in North Waziristan, on Friday.', {
  source: 'wire',
  published: '2012-10-14',
  ...loaded,
});

describe('editing a draft', () => {
  it('starts from what the extractor drafted', () => {
    if (!draft) throw new Error('no draft');
    expect(editOf(draft)).toMatchObject({ keep: true, type: 'strike', precision: 'day', start: '2012-10-12', end: '' });
  });

  it.each([
    [{ start: '2012-10-32' }, 'Draft 1: the date "2012-10-32" is not a date (write YYYY-MM-DD, YYYY-MM or YYYY)'],
    [{ start: '2012-10' }, 'Draft 1: a day date is written YYYY-MM-DD, not "2012-10"'],
    [
      { precision: 'range' as const, start: '2012-10-12', end: '2012-10-01' },
      'Draft 1: the range ends (2012-10-01) before it starts (2012-10-12)',
    ],
    [{ title: '  ' }, 'Draft 1: the title is empty'],
  ])('says what is wrong: %o', (change, message) => {
    if (!draft) throw new Error('no draft');
    expect(applyEdit(draft, { ...editOf(draft), ...change }, 'Draft 1')).toEqual({ error: message });
  });

  it('keeps the coordinates a reviewer gives an unknown place, as an exact point in the dataset', () => {
    if (!draft) throw new Error('no draft');
    const edit = editOf(draft);
    const i = draft.places.findIndex((p) => p.unknown);
    const places = edit.places.map((p, j) => (j === i ? { ...p, lon: '70.25', lat: '32.97' } : p));
    const applied = applyEdit(draft, { ...edit, places, precision: 'month', start: '2012-10' }, 'Draft 1');
    if ('error' in applied) throw new Error(applied.error);
    const { dataset } = draftsToDataset(
      [applied.draft],
      [{ id: 'wire', title: 'Wire', published: '2012-10-14' }],
      loaded.context,
      {
        id: 'test',
        title: 'Test',
      },
    );
    const result = validateDataset(dataset);
    expect(result.ok ? [] : result.problems).toEqual([]);
    const mirAli = dataset.places.features.find((f) => f.properties.name === 'Mir Ali');
    expect(mirAli?.geometry).toEqual({ type: 'Point', coordinates: [70.25, 32.97] });
    expect(mirAli?.properties.precision).toBe('exact');
    expect(dataset.events[0]).toMatchObject({ start: '2012-10', datePrecision: 'month' });
  });

  it('does not change the draft it edits', () => {
    if (!draft) throw new Error('no draft');
    const before = JSON.stringify(draft);
    applyEdit(draft, { ...editOf(draft), title: 'Another title' }, 'Draft 1');
    expect(JSON.stringify(draft)).toBe(before);
  });
});
