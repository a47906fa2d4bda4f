import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gazetteerSchema } from '../../../src/core/dataset/schema.ts';
import { parseWorldIndex } from '../../../src/core/geoparse/world-index.ts';
import { createPlaceMatcher, findPlaces, type PlaceMention } from '../../../src/core/geoparse/find-places.ts';

const FIXTURES = new URL('../../fixtures/geoparse/', import.meta.url);
const gazetteer = gazetteerSchema.parse(JSON.parse(readFileSync(new URL('gazetteer.geojson', FIXTURES), 'utf8')));
const world = parseWorldIndex(JSON.parse(readFileSync(new URL('world-places.json', FIXTURES), 'utf8')));
const matcher = createPlaceMatcher(gazetteer, world);

/**
 * `[surface, placeId, form?]`, in text order; form defaults to 'name'. A surface may carry context
 * with the mention in brackets: 'to [Washington]' finds the Washington after "to ".
 */
type Expected = [surface: string, placeId: string, form?: 'name' | 'adjective'];

interface Case {
  name: string;
  text: string;
  expected: Expected[];
}

const cases: Case[] = [
  // aliases, spelling variants, case and diacritics
  {
    name: 'alias and variant spellings',
    text: 'Convoys left Panjab for Dattakhel.',
    expected: [
      ['Panjab', 'punjab'],
      ['Dattakhel', 'datta-khel'],
    ],
  },
  {
    name: 'diacritics and upper case',
    text: 'Flights to Kābul, KABUL and Kabul resumed, via Türkiye and Turkiye.',
    expected: [
      ['Kābul', 'kabul'],
      ['KABUL', 'kabul'],
      ['Kabul', 'kabul'],
      ['Türkiye', 'turkey'],
      ['Turkiye', 'turkey'],
    ],
  },
  { name: 'a name in lower case is not a name', text: 'the kabul office and lahore desk', expected: [] },
  {
    name: 'a lower-case alias is a description, not a name',
    text: 'drone attacks on tribal territories',
    expected: [],
  },
  // possessives and hyphens
  {
    name: 'possessives',
    text: "Pakistan's army, Pakistan’s courts and the two Pakistans' fortunes.",
    expected: [
      ['Pakistan', 'pakistan'],
      ['Pakistan', 'pakistan'],
      ['Pakistan', 'pakistan'],
    ],
  },
  {
    name: 'hyphenated forms',
    text: 'A Punjab-based group strained US-Pakistan ties and anti-American feeling.',
    expected: [
      ['Punjab', 'punjab'],
      ['US', 'united-states'],
      ['Pakistan', 'pakistan'],
      ['American', 'united-states', 'adjective'],
    ],
  },
  // datelines and abbreviations
  { name: 'dateline with a colon', text: 'ISLAMABAD: The talks resumed.', expected: [['ISLAMABAD', 'islamabad']] },
  { name: 'dateline with a dash', text: 'PESHAWAR — Markets shut.', expected: [['PESHAWAR', 'peshawar']] },
  {
    name: 'dotted abbreviations keep their final dot',
    text: 'U.S. officials flew to Washington, D.C. on Friday.',
    expected: [
      ['U.S.', 'united-states'],
      ['Washington, D.C.', 'washington-dc'],
    ],
  },
  { name: 'the pronoun "us" is not the US', text: 'Let us go. Tell us more.', expected: [] },
  // longest match
  {
    name: 'North Waziristan, not Waziristan',
    text: 'the Datta Khel area of North Waziristan',
    expected: [
      ['Datta Khel', 'datta-khel'],
      ['North Waziristan', 'north-waziristan'],
    ],
  },
  {
    name: '"Afghan border" is the border, not an adjective',
    text: 'on the Pakistani side of the Afghan border, not the Afghan war',
    expected: [
      ['Pakistani', 'pakistan', 'adjective'],
      ['Afghan border', 'afghan-border'],
      ['Afghan', 'afghanistan', 'adjective'],
    ],
  },
  {
    name: 'a building named with an acronym',
    text: 'a meeting at CIA headquarters',
    expected: [['CIA headquarters', 'cia-headquarters']],
  },
  // demonyms
  {
    name: 'demonyms are adjectives of their country',
    text: 'Pakistani, Afghan, American, Turkish and Indian officials met two Americans.',
    expected: [
      ['Pakistani', 'pakistan', 'adjective'],
      ['Afghan', 'afghanistan', 'adjective'],
      ['American', 'united-states', 'adjective'],
      ['Turkish', 'turkey', 'adjective'],
      ['Indian', 'india', 'adjective'],
      ['Americans', 'united-states', 'adjective'],
    ],
  },
  // people and birds that share a place's name
  { name: 'a given name before Washington', text: 'Denzel Washington starred in the film.', expected: [] },
  { name: 'Washington said', text: 'Washington said on Monday that he was tired.', expected: [] },
  {
    name: 'Washington the city: in, phoned, to, possessive',
    text: 'He lived in Washington. The envoy phoned Washington and flew to Washington, hurting Washington’s ties.',
    expected: [
      ['Washington', 'washington-dc'],
      ['Washington', 'washington-dc'],
      ['Washington', 'washington-dc'],
      ['Washington', 'washington-dc'],
    ],
  },
  {
    name: 'a person named earlier stays a person, except after "to"',
    text: 'Denzel Washington arrived. Later Washington smiled, then flew to Washington.',
    expected: [['to [Washington]', 'washington-dc']],
  },
  { name: 'titles before a surname', text: 'President Washington met Mr. Davis and Sen. John Kerry.', expected: [] },
  {
    name: 'Davis the contractor, never the city',
    text: 'Raymond Davis shot two men in Lahore. Davis had immunity, and the Davis case festered.',
    expected: [['Lahore', 'lahore']],
  },
  { name: 'Kerry said', text: 'Kerry said the talks had gone well.', expected: [] },
  {
    name: 'County Kerry itself',
    text: 'sheep farms in Kerry and County Kerry',
    expected: [
      ['Kerry', 'county-kerry'],
      ['County Kerry', 'county-kerry'],
    ],
  },
  { name: 'roast turkey is a bird', text: 'They ate roast turkey in Turkey.', expected: [['Turkey', 'turkey']] },
  { name: 'Lahore prison is still Lahore', text: 'freed from a Lahore prison', expected: [['Lahore', 'lahore']] },
  { name: 'a name that contains a place', text: 'South America and the Washington Post', expected: [] },
  // Washington the state
  {
    name: 'Washington state and Seattle, Washington',
    text: 'Apples from Washington state reach Seattle, Washington, by truck.',
    expected: [
      ['Washington', 'gn-us-washington-region'],
      ['Seattle', 'gn-us-seattle'],
      ['Washington', 'gn-us-washington-region'],
    ],
  },
  // world fallback
  {
    name: 'a GeoNames town',
    text: 'a convoy left Bannu for Miran Shah',
    expected: [
      ['Bannu', 'gn-pk-bannu'],
      ['Miran Shah', 'gn-pk-miran-shah'],
    ],
  },
  { name: 'GeoNames needs a capital', text: 'bannu and BANNU in the middle', expected: [] },
  { name: 'an all-caps GeoNames dateline', text: 'BANNU: Shops reopened.', expected: [['BANNU', 'gn-pk-bannu']] },
  { name: 'common words that GeoNames lists', text: 'The Mission ended. Bar owners agreed.', expected: [] },
  { name: 'a GeoNames name inside a person name', text: 'Victoria Schofield wrote a history.', expected: [] },
  {
    name: 'an ambiguous name takes the candidate near the other places: Pakistan',
    text: 'Rain closed the road from Karachi to Hyderabad.',
    expected: [
      ['Karachi', 'karachi'],
      ['Hyderabad', 'gn-pk-hyderabad'],
    ],
  },
  {
    name: 'an ambiguous name takes the candidate near the other places: India',
    text: 'Flights from Bengaluru to Hyderabad were full.',
    expected: [
      ['Bengaluru', 'gn-in-bangalore'],
      ['Hyderabad', 'gn-in-hyderabad'],
    ],
  },
  {
    name: 'a city wins over its province of the same name',
    text: 'Officials in Kandahar said so.',
    expected: [['Kandahar', 'gn-af-kandahar']],
  },
  {
    name: 'world countries and their adjectives',
    text: 'Russian President Putin in Sochi, Russia.',
    expected: [
      ['Russian', 'ne-russia', 'adjective'],
      ['Russia', 'ne-russia'],
    ],
  },
  { name: 'the curated place wins over its world duplicate', text: 'Pakistan', expected: [['Pakistan', 'pakistan']] },
  {
    name: 'offsets count UTF-16 code units',
    text: '🙂🙂 Lahore and 𝒳 Kabul',
    expected: [
      ['Lahore', 'lahore'],
      ['Kabul', 'kabul'],
    ],
  },
];

function expectedMentions(text: string, expected: Expected[]) {
  let from = 0;
  return expected.map(([pattern, placeId, form = 'name']) => {
    const open = pattern.indexOf('[');
    const surface = open < 0 ? pattern : pattern.slice(open + 1, pattern.indexOf(']'));
    const found = text.indexOf(pattern.replace(/[[\]]/g, ''), from);
    if (found < 0) throw new Error(`test table: "${pattern}" not in "${text}" after ${from}`);
    const start = found + Math.max(open, 0);
    from = start + surface.length;
    return { start, end: start + surface.length, text: surface, placeId, form };
  });
}

const brief = (m: PlaceMention) => ({ start: m.start, end: m.end, text: m.text, placeId: m.placeId, form: m.form });

describe('findPlaces', () => {
  it.each(cases)('$name', ({ text, expected }) => {
    const found = matcher.find(text);
    expect(found.map(brief)).toEqual(expectedMentions(text, expected));
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('marks where a place came from and gives its coordinates', () => {
    const [lahore, bannu, russia] = matcher.find('Lahore, Bannu and Russia');
    expect(lahore).toMatchObject({ source: 'curated', kind: 'city', name: 'Lahore', lon: 74.35, lat: 31.55 });
    expect(bannu).toMatchObject({ source: 'geonames', kind: 'city', lon: 70.604, lat: 32.9853 });
    expect(russia).toMatchObject({ source: 'natural-earth', kind: 'country' });
  });

  it('uses only the curated gazetteer when given no world index', () => {
    const found = findPlaces('Bannu, Lahore and Washington state', gazetteer);
    expect(found.map((m) => m.placeId)).toEqual(['lahore', 'washington-dc']);
  });

  it('reuses one matcher per gazetteer and world index', () => {
    const a = findPlaces('Lahore', gazetteer, { world });
    const b = findPlaces('Lahore', gazetteer, { world });
    expect(b).toEqual(a);
  });

  it('does not change the gazetteer or the world index', () => {
    const before = JSON.stringify([gazetteer, world]);
    createPlaceMatcher(gazetteer, world).find('Lahore and Bannu');
    expect(JSON.stringify([gazetteer, world])).toBe(before);
  });

  it('returns ordered, non-overlapping mentions whose offsets slice out their text, for any text', () => {
    const words = [
      'Lahore',
      'Pakistan',
      "Pakistan's",
      'North',
      'Waziristan',
      'Washington',
      'said',
      'in',
      'Denzel',
      'U.S.',
      'Afghan',
      'border',
      'Bannu',
      '🙂',
      ',',
      '-',
      ':',
      'é',
      '\n',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...words), { maxLength: 30 }),
        fc.array(fc.constantFrom(' ', '', '  '), { maxLength: 30 }),
        (ws, gaps) => {
          const text = ws.map((w, i) => w + (gaps[i] ?? ' ')).join('');
          let last = 0;
          for (const m of matcher.find(text)) {
            expect(text.slice(m.start, m.end)).toBe(m.text);
            expect(m.start).toBeGreaterThanOrEqual(last);
            last = m.end;
          }
        },
      ),
    );
  });
});
