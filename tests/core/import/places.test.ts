import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PlaceResolver, slugify } from '../../../src/core/import/places.ts';
import { normaliseName } from '../../../src/core/dataset/gazetteer.ts';
import { importContext } from '../../support/import-context.ts';

const resolver = () => new PlaceResolver({ ...importContext, fileName: 'test.csv' });
// GeoNames Datta Khel, as in geodata/places.geojson.
const DATTA_KHEL = { lon: 69.74477, lat: 32.90849 };

describe('PlaceResolver', () => {
  it('finds gazetteer names and aliases before the world index', () => {
    const r = resolver();
    expect(r.byName('datta khel')).toMatchObject({ ok: true, place: { properties: { id: 'datta-khel' } } });
    // Paris is in the gazetteer now (Clinton flew from there to Islamabad): the gazetteer wins.
    expect(r.byName('Paris')).toMatchObject({ ok: true, place: { properties: { id: 'paris' } } });
    expect(r.byName('Madrid')).toMatchObject({
      ok: true,
      place: { properties: { id: 'gn-es-madrid', precision: 'settlement' } },
    });
  });

  it('reports an ambiguous world name with the candidates, and reads a country qualifier', () => {
    const r = resolver();
    const ambiguous = r.byName('Hyderabad');
    expect(ambiguous.ok).toBe(false);
    expect(ambiguous.ok ? '' : ambiguous.message).toContain('Hyderabad, IN (city); Hyderabad, PK (city)');
    expect(r.byName('Hyderabad, Pakistan')).toMatchObject({
      ok: true,
      place: { properties: { id: 'gn-pk-hyderabad' } },
    });
    expect(r.byName('Lahore, Pakistan')).toMatchObject({ ok: true, place: { properties: { id: 'lahore' } } });
  });

  it('draws a world country as an area, not a pin', () => {
    const found = resolver().byName('France');
    expect(found).toMatchObject({
      ok: true,
      place: { geometry: { type: 'Polygon' }, properties: { precision: 'country' } },
    });
  });

  it('flags coordinates that are valid only when swapped', () => {
    const found = resolver().atPoint(32.9, 169.7, { where: 'row 2' });
    expect(found.ok ? '' : found.message).toContain('look swapped');
  });

  it('flags coordinates far from the named place when swapping brings them to it', () => {
    const found = resolver().atPoint(DATTA_KHEL.lat, DATTA_KHEL.lon, { name: 'Datta Khel', where: 'row 2' });
    expect(found.ok ? '' : found.message).toContain('look swapped');
  });

  it('warns, and keeps the coordinates, when they are far from the named place but swapping does not help', () => {
    const found = resolver().atPoint(74.34, 31.55, { name: 'Datta Khel', where: 'row 2' });
    expect(found).toMatchObject({ ok: true, place: { geometry: { coordinates: [74.34, 31.55] } } });
    expect(found.ok && found.warning).toContain('from Datta Khel');
  });

  it('uses the gazetteer place for its own coordinates, and a new point inside a district', () => {
    const r = resolver();
    expect(r.atPoint(DATTA_KHEL.lon, DATTA_KHEL.lat, { name: 'Datta Khel', where: 'row 2' })).toMatchObject({
      place: { properties: { id: 'datta-khel' } },
    });
    const inside = r.atPoint(70.1, 32.95, { name: 'North Waziristan', where: 'row 3' });
    expect(inside).toMatchObject({
      ok: true,
      // A spot known by its coordinates alone: not claimed to be a town.
      place: { properties: { parent: 'north-waziristan', precision: 'exact', kind: 'site' } },
    });
    expect(inside.ok && inside.warning).toBeUndefined();
  });

  it('a new point that shares a gazetteer name gets its coordinates in its name', () => {
    const r = resolver();
    const inside = r.atPoint(70.1, 32.95, { name: 'North Waziristan', where: 'row 3' });
    if (!inside.ok) throw new Error(inside.message);
    r.use(inside.place.properties.id);
    const names = r.usedPlaces().map((p) => p.properties.name);
    expect(names).toContain('North Waziristan');
    expect(names).toContain('North Waziristan (32.95° N, 70.1° E)');
  });
});

describe('slugify', () => {
  /** The slug through the general `normaliseName`, as every text was made into one before issue #17. */
  const general = (text: string, max = 60) =>
    normaliseName(text)
      .replace(/[^a-z0-9]+/g, '-')
      .slice(0, max)
      .replace(/^-+|-+$/g, '');

  it('makes the same slug of printable ASCII as the general name form', () => {
    const cases = [
      'Datta Khel!',
      'The  Federally-Administered Tribal Areas',
      'the',
      'THE x',
      "'the x",
      'Washington, D.C.',
    ];
    cases.push(
      '...',
      '',
      '  ',
      'the-x',
      'Xi`an',
      "O'Brien's",
      'a_b',
      '~the x',
      'The.x',
      'Event number 17',
      `${'x'.repeat(59)} y`,
    );
    for (const text of cases) expect(slugify(text), text).toBe(general(text));
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...' .\'`-_,;:!?()[]{}"/\\|@#$%^&*+=<>~09azAZthe'.split('')) }),
        fc.nat(70),
        (t, max) => slugify(t, max) === general(t, max),
      ),
      { numRuns: 20_000, seed: 17 },
    );
    fc.assert(
      fc.property(fc.string(), (t) => slugify(t) === general(t)),
      { numRuns: 5_000, seed: 17 },
    );
  });

  it('still folds accents and other scripts the general way', () => {
    expect(slugify('Kābul Dattá Khel')).toBe('kabul-datta-khel');
    expect(slugify('Straße')).toBe('strasse');
    expect(slugify('ﬁeld')).toBe('field');
  });
});
