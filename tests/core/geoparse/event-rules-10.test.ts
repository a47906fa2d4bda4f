/**
 * The tenth round of the extractor's rules, each with a text of our own words it must read
 * right. Every expectation names the rule it checks.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/core/geoparse/resolve-dates.ts';
import { extract, extractWithoutTowns, loaded, pairs, unknownNotes } from '../../support/extract-drafts.ts';

describe('a people\'s word before a settlement ("the Tajik town of Khujand")', () => {
  it('reads "Kyrgyz" as a people of a country, never as a place no index holds', () => {
    const text = 'On Tuesday two herders were wounded by gunfire near the Kyrgyz village of Tash-Bulakbash.';
    const drafts = extract(text, '2025-03-12');
    expect(unknownNotes(drafts).some((n) => n.startsWith('unknown place: Kyrgyz,'))).toBe(false);
    expect(unknownNotes(drafts).some((n) => n.startsWith('unknown place: Tash-Bulakbash,'))).toBe(true);
  });

  it("puts the event at the settlement, past the people's word, and not at the country", () => {
    const text = 'On Tuesday police dispersed a crowd of traders in the Tajik town of Khujand.';
    const located = pairs(extract(text, '2025-03-12'));
    expect(located).toContain('2025-03-11 Khujand:where');
    expect(located.some((p) => p.includes('Tajikistan'))).toBe(false);
  });
});

describe('countries told by the names people use ("DRC", "Ivory Coast", "Burma")', () => {
  const ids = (text: string) => loaded.matcher.find(text).map((m) => `${m.text}=${m.placeId}`);

  it('finds a country the world index spells otherwise', () => {
    expect(ids('Officials from the DRC, Ivory Coast and Burma met on Monday.')).toEqual([
      'DRC=ne-dem-rep-congo',
      'Ivory Coast=ne-cote-d-ivoire',
      'Burma=ne-myanmar',
    ]);
    expect(ids('Flights resumed between the Czech Republic and Bosnia.')).toEqual([
      'Czech Republic=ne-czechia',
      'Bosnia=ne-bosnia-and-herz',
    ]);
  });

  it('takes "Congo" as the country the text\'s other places lie in, not the nearest centre', () => {
    // Kinshasa lies nearer the Republic of the Congo's centre than the DRC's, but in the DRC.
    expect(ids("Protesters marched in Kinshasa on Monday, and Congo's police fired tear gas.")).toContain(
      'Congo=ne-dem-rep-congo',
    );
    expect(ids("Rain flooded Brazzaville on Monday, and Congo's government declared an emergency.")).toContain(
      'Congo=ne-congo',
    );
  });

  it("loads the DRC's towns for a story that names the country by its long name", () => {
    const text =
      'A clinic was opened at Uvira general hospital on 4 February, officials in the Democratic Republic of Congo said.';
    const uvira = extract(text, '2026-02-11').flatMap((d) => d.places.filter((p) => p.name === 'Uvira'));
    expect(uvira.map((p) => `${p.placeId}:${p.role}`)).toEqual(['gn-cd-uvira:where']);
  });
});

describe('a plan told with "is due to", "are scheduled to" or "agreed to" for the coming week', () => {
  // Published on Wednesday 12 March 2025.
  it('drafts the plan on its day, at its place, as a plan told with "will" is', () => {
    expect(
      pairs(extract('The border commission is due to meet in Quetta on Friday, officials said.', '2025-03-12')),
    ).toContain('2025-03-14 Quetta:where');
    expect(
      pairs(extract('Talks with the unions are scheduled to open in Gwadar on 15 March.', '2025-03-12')),
    ).toContain('2025-03-15 Gwadar:where');
    expect(pairs(extract('Both sides agreed to hold formal talks in Multan on 16 March.', '2025-03-12'))).toContain(
      '2025-03-16 Multan:where',
    );
  });

  it('drafts no plan whose only place is a country it is on the way to', () => {
    const located = pairs(extract('The minister is due to cross into Afghanistan on Friday.', '2025-03-12'));
    expect(located.filter((p) => p.startsWith('2025-03-14'))).toEqual([]);
  });
});

describe('a leg told after a dated one with "and then" ("on Friday and then travel to …")', () => {
  it("gives the later leg's place no part in the dated event", () => {
    const located = pairs(
      extract(
        'The envoy will fly to Quetta on Friday and then travel to Karachi for meetings with traders.',
        '2025-03-12',
      ),
    );
    expect(located).toContain('2025-03-14 Quetta:to');
    expect(located.some((p) => p.includes('Karachi'))).toBe(false);
  });
});

describe('a name towns of two countries share, told with one of the countries in its sentence', () => {
  it('takes the town of the country its sentence names, not the namesake nearest the story', () => {
    const text =
      "Traders in Kabul and Mazar-i-Sharif have waited weeks for fuel. On Monday the governor of Iran's Razavi Khorasan province opened a fuel depot in Mashhad.";
    const mashhad = extract(text, '2025-03-12').flatMap((d) => d.places.filter((p) => p.name === 'Mashhad'));
    expect(mashhad.map((p) => p.placeId)).toEqual(['gn-ir-mashhad']);
  });
});

describe('a call whose clause names no end, told beside two places joined by "and"', () => {
  it('puts the call at both places, as a call has two ends', () => {
    const text =
      'The two prime ministers spoke by telephone on Monday, the government offices in Kathmandu and New Delhi said.';
    const located = pairs(extract(text, '2025-03-12'));
    expect(located.filter((p) => p.startsWith('2025-03-10'))).toEqual([
      '2025-03-10 Kathmandu:where',
      '2025-03-10 New Delhi:where',
    ]);
  });
});

describe('what a protest demands ("demanding the closure of a quarry near Kohat")', () => {
  it('reads a place inside the demand as its cause, not where the protest was', () => {
    const text = 'On Monday traders shut their shops in Mardan, demanding the closure of a stone quarry near Kohat.';
    const located = pairs(extract(text, '2025-03-12'));
    expect(located).toContain('2025-03-10 Mardan:where');
    expect(located.some((p) => p.includes('Kohat'))).toBe(false);
  });
});

describe('a town set off by what it is of ("Kotri, the industrial hub of the Hyderabad region")', () => {
  it('puts the event at the town; the city after "of", told as a region, only locates it', () => {
    const text = 'On Monday shopkeepers went on strike in Kotri, the industrial hub of the Hyderabad region.';
    const located = pairs(extract(text, '2025-03-12'));
    expect(located).toEqual(['2025-03-10 Kotri:where']);
  });
});

describe('a place no index holds, once the text has said what it is ("Qadirkot, a riverside town in Punjab")', () => {
  const text =
    'At least 20 people have died after floods swept away part of Qadirkot, a riverside town in Punjab. The embankment above the town gave way on Monday night. The chief minister visited Qadirkot yesterday and announced compensation.';
  const located = pairs(extract(text, '2025-03-12'));

  it('reads the name before ", a riverside town in" as a settlement, after any word', () => {
    const drafts = extract('Floods swept away part of Qadirkot, a riverside town in Punjab, on Sunday.', '2025-03-12');
    expect(pairs(drafts)).toContain('2025-03-09 Qadirkot:where');
    expect(unknownNotes(drafts)).toEqual(['unknown place: Qadirkot, in Punjab']);
  });

  it('puts "the town" told later at that settlement, not at the province or the country', () => {
    expect(located).toContain('2025-03-10 Qadirkot:where');
    expect(located.some((p) => p.startsWith('2025-03-10') && !p.includes('Qadirkot'))).toBe(false);
  });

  it('knows the name again where it is visited', () => {
    expect(located).toContain('2025-03-11 Qadirkot:where');
  });

  it('does not read the name again where it only tells whose people ("residents of Qadirkot")', () => {
    const more = `${text} On Tuesday residents of Qadirkot were moved by bus to Multan.`;
    const tuesday = pairs(extract(more, '2025-03-12')).filter(
      (p) => p.startsWith('2025-03-11') && p.includes('Multan'),
    );
    expect(tuesday).toEqual(['2025-03-11 Multan:where']);
    expect(pairs(extract(more, '2025-03-12')).filter((p) => p.startsWith('2025-03-11 Qadirkot')).length).toBe(2);
  });
});

describe('an event told "the next morning" that names no place of its own', () => {
  it('is where the event before it was, not in the country', () => {
    const text =
      'On Sunday floods swept through Mardan. The next morning, volunteers dug through the mud until the first rescue teams arrived by boat from Peshawar.';
    const located = pairs(extract(text, '2025-03-12'));
    expect(located).toContain('2025-03-10 Mardan:where');
    expect(located.some((p) => p.includes('Pakistan'))).toBe(false);
  });

  it("keeps the acting country's people where the sentence names that country", () => {
    const text =
      "On Sunday floods swept through Mardan. Pakistan's interior minister met the families the next day and promised compensation.";
    expect(pairs(extract(text, '2025-03-12'))).toContain('2025-03-10 Pakistan:where');
  });
});

describe('what an agreement signed at an event is on ("an agreement on shipping fruit to Iran\'s provinces")', () => {
  it('reads a place inside it as its subject, not where the event was', () => {
    const text =
      "Both ministers met in Lahore on Monday and signed an agreement on shipping more Afghan fruit to Iran's eastern provinces.";
    expect(pairs(extract(text, '2025-03-12'))).toEqual(['2025-03-10 Lahore:where']);
  });
});

describe('a capital told by its country\'s word ("the Uzbek capital")', () => {
  it('is the capital city, where the event was', () => {
    const located = pairs(
      extract('The Nepali foreign minister arrived in the Uzbek capital on Monday for talks.', '2025-03-12'),
    );
    expect(located.some((p) => p.startsWith('2025-03-10 Tashkent:'))).toBe(true);
    expect(located.some((p) => p.includes('Uzbekistan'))).toBe(false);
  });
});

describe('a call whose parties are told with their places in the next sentence', () => {
  it("takes those places as its ends, not the countries of the call's own sentence", () => {
    const text =
      "On Monday, Nepal's prime minister spoke by telephone with India's prime minister, officials said. The Nepali leader, speaking from Kathmandu, and his counterpart, in New Delhi, discussed border trade.";
    const located = pairs(extract(text, '2025-03-12')).filter((p) => p.startsWith('2025-03-10'));
    expect(located).toContain('2025-03-10 Kathmandu:from');
    expect(located).toContain('2025-03-10 New Delhi:to');
    expect(located.some((p) => p.includes('India') || p.includes('Nepal:'))).toBe(false);
  });
});

describe('a number of days the text does not give ("several weeks earlier", "a few days ago")', () => {
  it('is an honest range before publication, never a day', () => {
    const spans = (t: string) => findDates(t, '2025-03-12').map((d) => d.span?.precision);
    expect(spans('The commander had crossed over from Khost several weeks earlier.')).toEqual(['range']);
    expect(spans('Shops in Mardan reopened a few days ago.')).toEqual(['range']);
  });
});

describe('a name no index holds with an ezafe between its parts ("Qala-i-Bakhtiar district")', () => {
  it('reads the whole name, not the country', () => {
    const text = 'Floods hit Baghlan province. A flood destroyed 40 homes in Qala-i-Bakhtiar district on 3 March 2025.';
    const drafts = extractWithoutTowns(text, '2025-03-12');
    expect(unknownNotes(drafts)).toEqual(['unknown place: Qala-i-Bakhtiar, in Baghlān']);
    expect(pairs(drafts)).toEqual(['2025-03-03 Qala-i-Bakhtiar:where']);
  });
});

describe('what an act was meant to prevent (", saying they wanted to stop …", "to prevent …")', () => {
  it('reads a place inside the purpose as its aim, not where the act was', () => {
    for (const text of [
      'Officials closed the main market in Mardan on Monday, saying they wanted to stop the disease from spreading into Peshawar.',
      'Police sealed the roads into Mardan on Monday to prevent protesters from marching into Peshawar.',
    ]) {
      expect(pairs(extract(text, '2025-03-12'))).toEqual(['2025-03-10 Mardan:where']);
    }
  });
});

describe('a town told with what surrounds or borders it (", a Tajik town bordering Kyrgyz territory")', () => {
  it('reads the land around it as locating the town, not as where the event was', () => {
    const text = 'On Saturday a shell hit a market in Isfara, a Tajik town bordering Kyrgyz territory, officials said.';
    expect(pairs(extract(text, '2025-03-12'))).toEqual(['2025-03-08 Isfara:where']);
  });
});
