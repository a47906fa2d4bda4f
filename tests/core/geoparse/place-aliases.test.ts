import { describe, expect, it } from 'vitest';
import { parseWorldIndex } from '../../../src/core/geoparse/world-index.ts';
import { parseTownShard } from '../../../src/core/geoparse/world-towns.ts';
import { createPlaceMatcher } from '../../../src/core/geoparse/find-places.ts';
import { loaded } from '../../support/extract-drafts.ts';

const index = (aliases: unknown) => ({
  about: 'test',
  fields: [],
  places: [['gn-bd-chattogram', 'Chattogram', 'city', 'BD', 91.8317, 22.3384]],
  aliases,
});

describe('aliases of world places and towns', () => {
  it('reads aliases by id and matches them as the name, and names a stale alias', () => {
    const world = parseWorldIndex(index({ 'gn-bd-chattogram': ['Chittagong'] }));
    expect(world[0]?.aliases).toEqual(['Chittagong']);
    const found = createPlaceMatcher([], world).find('Ships waited off Chittagong on Monday.');
    expect(found.map((m) => [m.text, m.placeId])).toEqual([['Chittagong', 'gn-bd-chattogram']]);
    expect(() => parseWorldIndex(index({ 'gn-bd-chittagong': ['Chittagong'] }))).toThrow(
      'the world index: aliases: no place with the id "gn-bd-chittagong"',
    );
    expect(() =>
      parseTownShard(
        {
          about: 't',
          country: 'BD',
          fields: [],
          towns: [['Bogra', 89.37, 24.85, '83']],
          aliases: { 'gn-bd-x': ['Y'] },
        },
        'bd.json',
      ),
    ).toThrow('bd.json: aliases: no place with the id "gn-bd-x"');
  });

  it.each([
    ['Floods hit Wardak province on Monday, officials said.', 'Wardak', 'gn-af-maidan-wardak-region'],
    ['Floods reached Maidan Shahr in Afghanistan on Monday.', 'Maidan Shahr', 'gn-af-maydanshakhr'],
    ['Teachers marched in Bogura, Bangladesh, on Monday.', 'Bogura', 'gn-bd-bogra'],
    ['Teachers marched in Bogra, Bangladesh, on Monday.', 'Bogra', 'gn-bd-bogra'],
    ['Dock workers struck in Chittagong, Bangladesh, on Monday.', 'Chittagong', 'gn-bd-chattogram'],
    ['Dock workers struck in Chattogram, Bangladesh, on Monday.', 'Chattogram', 'gn-bd-chattogram'],
    ['Buses left Cumilla in Bangladesh on Monday.', 'Cumilla', 'gn-bd-comilla'],
  ])('finds the place of "%s" as the shipped indexes name it', (text, written, id) => {
    const found = loaded.forText(text).matcher.find(text);
    expect(found.find((m) => m.text === written)?.placeId).toBe(id);
  });
});
