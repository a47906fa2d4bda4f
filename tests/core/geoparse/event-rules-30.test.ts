/**
 * A saying told where it was made, with a day of its own, is an event of that day at that place
 * ("said in Kisumu this morning that …", "police in Garissa said on Tuesday that …", "said in a
 * statement from Nakuru"), as a briefing is; a saying with no day of its own, or one whose only
 * day is in what it says, is no event of its place. A live blog entry's time stamp ends at its
 * dash ("08:10 – This morning, …"): the day told after it is a day, not a range from that time.
 * The events of one clause's date are one scene: "A day after the talks in Kampala" counts from
 * the talks of "flew to Kampala, where she met …", though Kampala is told with the journey.
 * A plan for the day of publication ("is scheduled to return to Nairobi today") is planned for it.
 */
import { describe, expect, it } from 'vitest';
import { extract, pairs } from '../../support/extract-drafts.ts';

// Published Thursday 21 November 2024.
const published = '2024-11-21';
const dated = (text: string) =>
  pairs(extract(`NAIROBI, Kenya, Nov 21 - ${text}`, published)).map((p) => p.replace(/:[\w-]+$/u, ''));

describe('a saying told where it was made', () => {
  it('is an event of its own day at its place', () => {
    expect(
      dated('This morning, the national weather service said in Kisumu that heavy rain would continue over the west.'),
    ).toContain('2024-11-21 Kisumu');
    expect(
      dated('Police in Garissa said this morning that they had tightened checks at the border crossing.'),
    ).toContain('2024-11-21 Garissa');
    expect(dated('In Eldoret, the emergencies ministry said yesterday that it had sent rescue teams north.')).toContain(
      '2024-11-20 Eldoret',
    );
    expect(dated('This morning, the regional minister told journalists in Kericho that the dam would open.')).toContain(
      '2024-11-21 Kericho',
    );
    expect(dated('Farmers at Naivasha said on Tuesday that dozens of cattle had drowned.')).toContain(
      '2024-11-19 Naivasha',
    );
  });

  it('takes the place a statement was issued from', () => {
    expect(
      dated(
        "Late on Wednesday, the prime minister's office said in a statement from Nakuru that families would be paid.",
      ),
    ).toContain('2024-11-20 Nakuru');
    expect(
      dated(
        'The interior ministry said yesterday in a statement issued in Mombasa that it would pay for the funerals.',
      ),
    ).toContain('2024-11-20 Mombasa');
  });

  it('is told by "speaking in" a place and at a press briefing', () => {
    expect(
      dated('Speaking in Kisumu on Tuesday, the governor said the county would release emergency funds.'),
    ).toContain('2024-11-19 Kisumu');
    expect(
      dated(
        'The energy company told a press briefing in Nakuru yesterday that households would get power for three hours.',
      ),
    ).toContain('2024-11-20 Nakuru');
    // The day told is in what was said: the saying is no statement of that day.
    const types = extract(
      'NAIROBI, Kenya, Nov 21 - Speaking in Kisumu, the governor said the engineers had found the bridge intact on Monday.',
      published,
    ).map((d) => d.type);
    expect(types).not.toContain('statement');
  });

  it('is no event without a day of its own', () => {
    expect(
      dated('The provincial government in Kisumu said a team of inspectors will travel to Garissa on Monday.'),
    ).not.toContain('2024-11-25 Kisumu');
    expect(
      dated(
        'The envoy arrived in Garissa yesterday for two days of talks. ' +
          'Diplomats in Kisumu said he was carrying proposals for a joint border commission.',
      ),
    ).not.toContain('2024-11-20 Kisumu');
    expect(dated('Officials said on Tuesday that the road to Naivasha had reopened.')).not.toContain(
      '2024-11-19 Naivasha',
    );
  });
});

describe("a live blog entry's time stamp before a dash", () => {
  const blog = (entry: string) =>
    extract(`Floods in western Kenya: live updates\n\nThursday 21 November 2024\n\n${entry}\n`, published);

  it('leaves the day told after it a day', () => {
    const drafts = blog('08:10 – This morning, two army trucks left the barracks at Eldoret carrying boats.');
    expect(drafts.map((d) => d.span?.precision)).toEqual(['day']);
    expect(pairs(drafts)).toContain('2024-11-21 Eldoret:where');
    expect(pairs(blog('09:30 – Yesterday evening, a bridge collapsed near Kericho.'))).toContain(
      '2024-11-20 Kericho:where',
    );
  });

  it('leaves a range told in an entry a range', () => {
    const drafts = blog('11:00 – Schools in Kisumu were closed from 18 to 20 November, the county said.');
    expect(drafts.map((d) => d.span?.precision)).toEqual(['range']);
  });
});

describe('an anchor named by the place of its scene', () => {
  const story = (summons: string) =>
    extract(
      'Kenyan envoy shuttles between Kampala and Kigali\n\nBy a correspondent — 21 November 2024\n\n' +
        'The foreign minister arrived in Kigali on Monday for talks with her Rwandan counterpart.\n\n' +
        "The next day she flew to Kampala, where she met Uganda's foreign minister. Officials described the talks as frank.\n\n" +
        `${summons}\n\n` +
        "A day after the talks in Kampala, Rwanda's government issued a sharply worded statement in Kigali.\n",
      published,
    );

  it('counts from the talks told where the journey ended', () => {
    const found = pairs(story("Last Thursday, Uganda's foreign ministry summoned Rwanda's envoy in Kampala."));
    expect(found).toContain('2024-11-20 Kigali:where');
    expect(found).not.toContain('2024-11-15 Kigali:where');
  });

  it('leaves a scene at another place out', () => {
    const found = pairs(
      extract(
        'Kenyan envoy shuttles between Kampala and Kigali\n\nBy a correspondent — 21 November 2024\n\n' +
          "The next day she flew to Entebbe, where she met Uganda's foreign minister. Officials described the talks as frank.\n\n" +
          "Last Thursday, Uganda's foreign ministry held talks with Rwanda's envoy in Kampala.\n\n" +
          "A day after the talks in Kampala, Rwanda's government issued a sharply worded statement in Kigali.\n",
        published,
      ),
    );
    expect(found).toContain('2024-11-15 Kigali:where');
  });
});

describe('a plan for the day of publication', () => {
  it('is an event of that day', () => {
    expect(dated('The president is expected to visit Garissa today.')).toContain('2024-11-21 Garissa');
    expect(
      dated(
        'The secretary is scheduled to return to Nairobi today, stopping in Kisumu this afternoon to meet traders.',
      ),
    ).toContain('2024-11-21 Kisumu');
  });

  it('is no plan on a day told as done ("this morning")', () => {
    const text =
      'NAIROBI, Kenya, Nov 21 - Traders held a sit-in in Kisumu this morning and said they would boycott the market until the tax was cut.';
    expect(extract(text, published).map((d) => d.type)).toEqual(['protest']);
  });

  it('leaves a plan whose only day is the saying of it undated', () => {
    expect(
      dated('The president is expected to visit Garissa before the end of the year, officials said today.'),
    ).not.toContain('2024-11-21 Garissa');
  });
});
