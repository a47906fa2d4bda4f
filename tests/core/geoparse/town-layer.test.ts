import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTownShard, townId } from '../../../src/core/geoparse/world-towns.ts';
import { createTownLayer } from '../../../src/core/geoparse/town-layer.ts';
import { extractEvents } from '../../../src/core/geoparse/extract-events.ts';
import { extract, loaded, pairs } from '../../support/extract-drafts.ts';
import { parseWorldIndex } from '../../../src/core/geoparse/world-index.ts';

const shard = (towns: unknown[]) => ({ about: 'test', country: 'IN', fields: [], towns });

describe('parseTownShard', () => {
  it('reads rows as towns of the shard country, with the plain id unless the row gives one', () => {
    const towns = parseTownShard(
      shard([
        ['Tuni', 82.5461, 17.359, '02'],
        ['Tuni', 80.1, 18.2, '03', 'gn-in-tuni-03'],
      ]),
      'in.json',
    );
    expect(towns).toEqual([
      { id: 'gn-in-tuni', name: 'Tuni', kind: 'town', country: 'IN', lon: 82.5461, lat: 17.359 },
      { id: 'gn-in-tuni-03', name: 'Tuni', kind: 'town', country: 'IN', lon: 80.1, lat: 18.2 },
    ]);
    expect(townId('BD', 'Cox’s Bāzār')).toBe('gn-bd-cox-s-bazar');
  });

  it("gives a town the world index's division of its admin1 code, where the shard has one", () => {
    const towns = parseTownShard(
      {
        ...shard([
          ['Jorhat', 94.2031, 26.7575, '03'],
          ['Tuni', 82.5461, 17.359, '02'],
        ]),
        divisions: { '03': 'gn-in-assam-region' },
      },
      'in.json',
    );
    expect(towns.map((t) => t.within)).toEqual(['gn-in-assam-region', undefined]);
  });

  it('names the file and the row of a bad shard', () => {
    const bad = shard([
      ['Tuni', 82.5, 17.3, '02'],
      ['Kakinada', 282.2, 16.9, '02'],
    ]);
    expect(() => parseTownShard(bad, 'geodata/world-towns/in.json')).toThrow(
      /^geodata\/world-towns\/in\.json: towns row 1/u,
    );
    expect(() => parseTownShard({ ...bad, country: 'india' }, 'x/in.json')).toThrow(/^x\/in\.json: country: /u);
    expect(() => parseTownShard([], 'x/in.json')).toThrow(/^x\/in\.json: the file: /u);
  });
});

const shipped = (text: string) => {
  const index = loaded.forText(text);
  return index.matcher.find(text).map((m) => `${m.text}=${m.placeId}`);
};

describe('towns of the countries an article is about', () => {
  const india =
    'KAKINADA, India — Seven coaches of an express left the track near Tuni in Andhra Pradesh on Monday, ' +
    'railway officials said. Sector officials in Hyderabad said the line to Visakhapatnam was shut.';

  it('finds a town of the shard of a country the text names (Tuni, India)', () => {
    expect(shipped(india)).toContain('Tuni=gn-in-tuni');
    const drafts = extractEvents(india, { source: 'wire', published: '2024-08-20', ...loaded.forText(india) });
    const tuni = drafts.flatMap((d) => d.places).find((p) => p.placeId === 'gn-in-tuni');
    expect(tuni).toMatchObject({ name: 'Tuni', lon: 82.5461, lat: 17.359, kind: 'town', precision: 'settlement' });
    // The first pass alone does not know it.
    expect(loaded.matcher.find(india).some((m) => m.text === 'Tuni')).toBe(false);
  });

  it('does not read a capitalised ordinary word that is a town of that country ("Sector", India)', () => {
    const found = shipped(india);
    expect(found.some((m) => m.startsWith('Sector='))).toBe(false);
  });

  it('does not read a town of a country the text is not about (Bogra in a text about India)', () => {
    // Not Rajshahi: it names a division of Bangladesh too, which the world index holds, so a text
    // that names it is about Bangladesh as well.
    const text = 'Floods reached Tuni in Andhra Pradesh, India, on Monday and Bogra on Tuesday.';
    expect(shipped(text)).toContain('Tuni=gn-in-tuni');
    expect(shipped(text).some((m) => m.startsWith('Bogra'))).toBe(false);
    const bangladesh = 'Floods reached Rajshahi in Bangladesh on Tuesday.';
    expect(shipped(bangladesh)).toContain('Rajshahi=gn-bd-rajshahi');
  });

  it("puts an event at the town, not at the division that holds it (Dhakuakhana, 190 km from Assam's point)", () => {
    const text = readFileSync('tests/fixtures/extract-events/unseen-4/assam-floods.txt', 'utf8');
    const drafts = extractEvents(text, { source: 'wire', published: '2024-07-04', ...loaded.forText(text) });
    const capsized = drafts.find((d) => d.places.some((p) => p.placeId === 'gn-in-dhakuakhana'));
    expect(capsized?.places.map((p) => `${p.placeId}:${p.role}`)).toEqual([
      'gn-in-dhakuakhana:where',
      'gn-in-assam-region:mentioned',
    ]);
  });

  it('takes the ends of a named route as mentioned, not as where the event was ("the Dhaka-Chattogram highway")', () => {
    const text =
      'Truckers in Feni joined the transport strike in Bangladesh on Wednesday, parking their lorries across the ' +
      'Dhaka-Chattogram highway.';
    const drafts = extractEvents(text, { source: 'wire', published: '2025-03-03', ...loaded.forText(text) });
    const roles = drafts.flatMap((d) => d.places.map((p) => `${p.placeId}:${p.role}`));
    expect(roles).toContain('gn-bd-feni:where');
    expect(roles).not.toContain('gn-bd-dhaka:where');
  });

  it("takes the end of a journey told aside as mentioned, and a trip's own end as where it went", () => {
    const roles = (text: string, published: string) =>
      extractEvents(text, { source: 'wire', published, ...loaded.forText(text) }).flatMap((d) =>
        d.places.map((p) => `${p.name}:${p.role}`),
      );
    const derailment = roles(
      readFileSync('tests/fixtures/extract-events/unseen-6/train-derailment.txt', 'utf8'),
      '2024-08-22',
    );
    expect(derailment).toContain('Tuni:where');
    expect(derailment).not.toContain('Chennai:where');
    // Not an aside: the meeting is in Delhi.
    expect(roles('The minister flew from Kabul to Delhi on Monday for talks.', '2024-08-22')).toContain('Delhi:where');
  });

  it("takes no town from a picture's caption copied with the page", () => {
    const story = 'Putin met the envoy in Moscow, Russia, on Monday, officials said.\n';
    expect(shipped(`${story}Putin later flew to Sochi, Russia.`)).toContain('Sochi=gn-ru-sochi');
    expect(shipped(`${story}PHOTO: Putin works out at a residence in Sochi, Russia, Aug. 30, 2015.`)).not.toContain(
      'Sochi=gn-ru-sochi',
    );
  });

  it("takes a world-index town's namesake in the text's country when it lies nearer the text's places", () => {
    // Saidpur and Khash are world-index towns of Pakistan and Afghanistan; the shards of Bangladesh
    // and Iran hold towns of the same names, near the other places of these texts.
    const rangpur =
      'Cholera cases rose in northern Bangladesh, in Rangpur and Dinajpur, and a treatment centre opened in Saidpur on Monday.';
    expect(shipped(rangpur)).toContain('Saidpur=gn-bd-saidpur');
    const sistan = 'The quake shook Zahedan and Iranshahr in Iran, and houses collapsed in Khash, officials said.';
    expect(shipped(sistan).find((m) => m.startsWith('Khash='))).toMatch(/^Khash=gn-ir-/u);
    // A text about Pakistan keeps the world index's Saidpur, near Islamabad.
    const pakistan = 'Police in Islamabad and Rawalpindi said a rally in Saidpur passed off peacefully.';
    expect(shipped(pakistan)).toContain('Saidpur=gn-pk-saidpur');
  });

  it('keeps the first pass where it found a place, and takes at most four countries', () => {
    const layer = createTownLayer(loaded, new Set(['IN', 'BD', 'NP', 'LK', 'IR']));
    const text = 'India, India, Bangladesh, Nepal, Sri Lanka and Iran. Iran. India.';
    expect(layer.countriesOf(text)).toEqual(['IN', 'IR', 'BD', 'NP']);
    expect(layer.indexFor([], new Map()).matcher.find('Lahore')).toEqual(loaded.matcher.find('Lahore'));
  });
});

describe('countries known by their ISO code, whatever their map name', () => {
  const world = parseWorldIndex(
    JSON.parse(readFileSync(new URL('../../../geodata/world-places.json', import.meta.url), 'utf8')),
  );
  it('gives every country of the world index its two-letter code (the shards are chosen by it)', () => {
    const byName = new Map(world.filter((w) => w.kind === 'country').map((w) => [w.name, w.country]));
    expect(byName.get('Dem. Rep. Congo')).toBe('CD');
    expect(byName.get('Czechia')).toBe('CZ');
    expect(byName.get("Côte d'Ivoire")).toBe('CI');
    // Kosovo, Somaliland and Northern Cyprus by the code GeoNames files their towns under.
    expect(byName.get('Kosovo')).toBe('XK');
    expect(byName.get('Somaliland')).toBe('SO');
    expect(byName.get('N. Cyprus')).toBe('CY');
    // Only places with no code and no towns of their own (Siachen Glacier, …) are left without.
    expect([...byName.values()].filter((c) => c === '').length).toBeLessThanOrEqual(2);
  });

  it('finds the towns of an article that names only its country', () => {
    const text =
      'OSTRAVA, Czechia, Sept. 17, 2024 (Wire) – Floodwater reached the centre of Opava on Sunday, officials in Czechia said.';
    expect(pairs(extract(text, '2024-09-17')).some((p) => p.startsWith('2024-09-15 Opava:'))).toBe(true);
  });
});

describe('countries without an ISO code of their own', () => {
  it("finds Somaliland's towns in an article that names no other country", () => {
    const text = 'Floods swept through Burao in Somaliland on Monday, June 2, 2025, officials said.';
    const places = extract(text, '2025-06-03').flatMap((d) => d.places);
    // Known, with GeoNames' point, not "unknown place: Burao" drawn as Somaliland.
    expect(places.find((p) => p.name === 'Burao')?.placeId).toBe('gn-so-burao');
  });
});

describe('a short town named as a place', () => {
  // Hue is a word of English, but written with a capital after "in" it is the city.
  it('finds Hue after a preposition of place, and not the word at a sentence start', () => {
    const text = 'HANOI, Oct. 30, 2023 (Wire) - Floodwater rose in Hue on Sunday. Hue and colour matter to painters.';
    const places = extract(text, '2023-10-30').flatMap((d) => d.places);
    expect(places.filter((p) => p.placeId === 'gn-vn-hue').map((p) => p.mention.start)).toEqual([
      text.indexOf('Hue on'),
    ]);
  });
});

describe('towns that bear each other out', () => {
  it('keeps two neighbouring towns far from the only other place (the capital), as known towns', () => {
    const text =
      'Dock workers went on strike in Antofagasta on Friday, May 2, 2025. Port staff in Mejillones joined them on Saturday, and the labour minister in Santiago called for talks.';
    const drafts = extract(text, '2025-05-05');
    const ids = drafts.flatMap((d) => d.places.map((p) => p.placeId));
    expect(ids).toContain('gn-cl-antofagasta');
    expect(ids).toContain('gn-cl-mejillones');
    expect(drafts.flatMap((d) => d.notes).filter((n) => n.startsWith('unknown place:'))).toEqual([]);
  });

  it('keeps a third town within reach of such a pair, though far from the dateline', () => {
    // Iriba is 848 km from N'Djamena and 157 km from Biltine: no first-pass place is within
    // reach, and no other town within the pair distance, but the pair is the story's region.
    const text =
      "N'DJAMENA, 3 May 2024 — Aid trucks reached Abéché and Biltine on Monday. On Tuesday a mobile clinic opened in Iriba, officials said.";
    const drafts = extract(text, '2024-05-03');
    expect(pairs(drafts)).toContain('2024-04-30 Iriba:where');
    const iriba = drafts.flatMap((d) => d.places).find((p) => p.name === 'Iriba');
    expect(iriba?.placeId).toBe('gn-td-iriba');
  });
});
