import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { worldLookup } from '../../../src/core/geoparse/world-lookup.ts';
import { parseTownShard } from '../../../src/core/geoparse/world-towns.ts';
import type { WorldPlace } from '../../../src/core/geoparse/world-index.ts';
import { loaded } from '../../support/extract-drafts.ts';

const shardOf = (file: string) => parseTownShard(JSON.parse(readFileSync(`geodata/world-towns/${file}`, 'utf8')), file);

/** What a Map built over the whole array gives: the old lookups, the reference. */
function wholeArray(world: readonly WorldPlace[]) {
  const byId = new Map(world.map((w) => [w.id, w]));
  const byName = new Map<string, WorldPlace[]>();
  for (const w of world) byName.set(w.name.toLowerCase(), [...(byName.get(w.name.toLowerCase()) ?? []), w]);
  const countries = new Map(world.filter((w) => w.kind === 'country').map((w) => [w.country, w]));
  return { byId, byName, countries };
}

describe('worldLookup', () => {
  const base = loaded.context.world;
  const parts = [base, shardOf('in.json'), shardOf('bd.json'), shardOf('np.json')];
  const whole = parts.flat();
  const reference = wholeArray(whole);
  const lookup = worldLookup({ world: whole, worldParts: parts });

  it('answers by id, name and country code as an index over the joined array does', () => {
    expect(parts[1]?.length).toBeGreaterThan(1000);
    for (const w of whole) {
      expect(lookup.byId(w.id)).toBe(reference.byId.get(w.id));
      expect(lookup.byName(w.name.toLowerCase())).toEqual(reference.byName.get(w.name.toLowerCase()));
    }
    for (const code of ['IN', 'BD', 'NP', 'PK', 'XX'])
      expect(lookup.countryByCode(code)).toBe(reference.countries.get(code));
    expect(lookup.byId('no-such-place')).toBeUndefined();
    expect(lookup.byName('no such place')).toEqual([]);
  });

  it('keeps the order of the parts for a name several hold, and the later place for a shared id', () => {
    const a: WorldPlace = { id: 'x', name: 'Saidpur', kind: 'town', country: 'PK', lon: 73, lat: 33 };
    const b: WorldPlace = { id: 'y', name: 'Saidpur', kind: 'town', country: 'BD', lon: 88.9, lat: 25.8 };
    const c: WorldPlace = { ...a, lon: 74 };
    const shared = worldLookup({ world: [a, b, c], worldParts: [[a], [b, c]] });
    expect(shared.byName('saidpur')).toEqual([a, b, c]);
    expect(shared.byId('x')).toBe(c);
    expect(worldLookup({ world: [a, b, c] }).byId('x')).toBe(c);
  });
});
