/**
 * Round seventeen, dates (rules17d): readings of a log's headers and of a briefing's plans that a
 * careful reader applies to any press release or live blog, each rule with texts of our own.
 */
import { describe, expect, it } from 'vitest';
import { extract, pairs } from '../../support/extract-drafts.ts';

// Published Thursday 14 March 2024: "on Wednesday" is the 13th.
const published = '2024-03-14';
/** "date place" of each located place, whatever its role: this half of the rules is about the day. */
const dated = (text: string, on = published) => pairs(extract(text, on)).map((p) => p.replace(/:[\w-]+$/u, ''));

describe('a numbered update or day heads its entries with its date', () => {
  it('reads "this morning" and "Yesterday" under "Update No. 2 — 13 March" from that day', () => {
    const text =
      'Kenya: Ministry of Water and Sanitation, drought response update\n\nPress release — Published 14 March 2024\n\n' +
      'Update No. 1 — 11 March 2024\n\nWater tankers began deliveries to villages in Garissa this morning.\n\n' +
      'Update No. 2 — 13 March (new)\n\nYesterday, engineers drilled a new borehole in Wajir. The ministry thanks its partners.\n';
    const got = dated(text);
    expect(got).toContain('2024-03-11 Garissa');
    expect(got).toContain('2024-03-12 Wajir');
  });

  it('reads a blog whose "Day 2 — Thursday 14 March" comes after its publication date, its hours stamped "Thursday 07:10"', () => {
    const text =
      'Live: Cyclone crosses central Mozambique\n\nLive coverage — Published 13 March 2024\n\n' +
      'Day 1 — Wednesday 13 March\n\nWednesday 18:20\nThe cyclone made landfall near Beira, flattening roofs along the seafront.\n\n' +
      'Wednesday 22:00\nWe will be back tomorrow.\n\nDay 2 — Thursday 14 March\n\n' +
      'Thursday 07:10\nThe president arrived in Quelimane this morning and toured a flooded school.\n';
    const got = dated(text, '2024-03-13');
    expect(got).toContain('2024-03-13 Beira');
    expect(got).toContain('2024-03-14 Quelimane');
  });

  it('reads an entry under an undated "UPDATE 3" from publication, not from the update above', () => {
    const text =
      'Press release: floods in western Kenya, situation updates\n\nPublished 14 March 2024\n\n' +
      'UPDATE 1 — 11 March 2024, 18:00\n\nThe Nyando river burst its banks at Ahero, flooding hundreds of homes.\n\n' +
      'UPDATE 2 — 12 March, 20:00\n\nLater that day, water entered homes in Busia.\n\n' +
      'UPDATE 3\n\nOn Wednesday, the president visited a relief camp in Kisumu.\n';
    const got = dated(text);
    expect(got).toContain('2024-03-11 Ahero');
    expect(got).toContain('2024-03-12 Busia');
    expect(got).toContain('2024-03-13 Kisumu');
  });

  it('does not make a log of one numbered issue line', () => {
    const text =
      'Kenya: monthly bulletin of the Coast water board\n\nIssue 12 — 3 March 2024\n\n' +
      'Yesterday, workers repaired a burst pipe in Malindi.\n';
    expect(dated(text)).toEqual(['2024-03-13 Malindi']);
  });
});

describe('a plan a briefing tells is an event on its day', () => {
  it('drafts "told reporters … that a memorial service will be held in Malindi on Saturday"', () => {
    const text =
      'Kenya: floods on the coast\n\n' +
      'The governor told reporters in Mombasa that a memorial service will be held in Malindi on Saturday.\n';
    expect(dated(text)).toContain('2024-03-16 Malindi');
  });

  it('drafts "at a press conference …, said that vaccination camps will open in Naivasha on Monday" on Monday', () => {
    const text =
      'Kenya: floods in the Rift Valley\n\n' +
      'At a press conference on Tuesday, the health minister said that vaccination camps will open in Naivasha on Monday.\n';
    const got = dated(text);
    expect(got).toContain('2024-03-18 Naivasha');
    expect(got).not.toContain('2024-03-12 Naivasha');
  });

  it('drafts nothing of a past event the briefing tells', () => {
    const text =
      'Kenya: floods on the coast\n\nThe governor told reporters that a memorial service was held in Lamu on Saturday.\n';
    expect(dated(text).filter((p) => p.endsWith('Lamu'))).toEqual([]);
  });
});

describe('"the evening of Friday" is that Friday evening', () => {
  it('reads "On the evening of Tuesday" and "in the early morning of Sunday" as those weekdays, not as publication', () => {
    const got = dated(
      'Gunmen attacked a bus near Mardan on the evening of Tuesday, police said.\n\n' +
        'A fire broke out at a market in Peshawar in the early morning of Sunday.\n',
    );
    expect(got).toContain('2024-03-12 Mardan');
    expect(got).toContain('2024-03-10 Peshawar');
    expect(got).not.toContain('2024-03-14 Mardan');
  });

  it('still counts "the night of the vote" from the vote', () => {
    const got = dated(
      'Pakistan held a by-election in Swat on 5 March. On the night of the vote, protesters blocked roads in Mingora.\n',
    );
    expect(got).toContain('2024-03-05 Mingora');
  });
});

describe('"the night before landfall": a part of the day next to an event named by a bare noun', () => {
  it('counts "The night before landfall" in a log entry stamped "06:45 —" from the landfall', () => {
    const blog =
      'Live: cyclone hits Bangladesh\n\nTuesday 12 March\n\n' +
      '04:10 — The cyclone made landfall near Khulna, the weather office said.\n\n' +
      '06:45 — The night before landfall, villagers in Mongla moved their cattle to raised shelters, a volunteer told us by phone this morning.\n\n' +
      'Monday 11 March\n\n09:00 — Officials in Barisal opened schools as shelters.\n';
    const got = dated(blog);
    expect(got).toContain('2024-03-12 Khulna');
    expect(got).toContain('2024-03-11 Mongla');
    expect(got).not.toContain('2024-03-12 Mongla');
  });

  it('counts "The morning after polling" from the vote', () => {
    const got = dated(
      'Bangladesh votes\n\nVoters in Sylhet went to the polls on Sunday. The morning after polling, counting began in Rajshahi under heavy guard.\n',
    );
    expect(got).toContain('2024-03-11 Rajshahi');
  });

  it('does not take "last" in "the night before last" for an event', () => {
    const text = 'The night before last, a wall collapsed in Hyderabad, Pakistan.\n';
    const note = extract(text, published)
      .map((d) => d.dateNote)
      .join(' ');
    expect(note).not.toContain('"The night before last": dated from that event');
  });
});

describe('an event named by its noun ("the deployment") is the one its verb told', () => {
  it('counts "Two days after the deployment" from "were deployed", not from the event told just before', () => {
    const got = dated(
      'On 4 March, troops were deployed to Sukkur. On 8 March, an embankment burst near Dadu, flooding 40 villages. ' +
        'Two days after the deployment, army doctors opened a field hospital in Larkana.\n',
    );
    expect(got).toContain('2024-03-06 Larkana');
    expect(got).not.toContain('2024-03-10 Larkana');
  });
});

describe('an event told after "a day after the talks" is a new event of that kind', () => {
  it('drafts "A day after the talks, the two foreign ministers met in Doha" on the day after', () => {
    const got = dated(
      'On Monday, envoys from Iran and Saudi Arabia held talks in Muscat. A day after the talks, the two foreign ministers met in Doha.\n',
    );
    expect(got).toContain('2024-03-11 Muscat');
    expect(got).toContain('2024-03-12 Doha');
    expect(got).not.toContain('2024-03-11 Doha');
  });

  it('still reads "The release …, a day after the release was agreed" as the release told again', () => {
    const drafts = extract(
      'Two aid workers were released in Kandahar on Monday. The release of the second man, a day after the release was agreed in Doha, was confirmed by the Red Cross.\n',
      published,
    );
    expect(drafts.filter((d) => d.type === 'release').length).toBeLessThanOrEqual(1);
  });
});

describe('a written day before a relative date set off by a comma keeps its day', () => {
  it('reads "reached Kasese on 9 March, the day after the landslide" as 9 March, not the month', () => {
    const got = dated(
      'Uganda landslides\n\nA landslide buried homes in Bundibugyo on 8 March. ' +
        'Rescue teams reached Kasese on 9 March, the day after the landslide in Bundibugyo, and began searching for the missing.\n',
    );
    expect(got).toContain('2024-03-09 Kasese');
  });

  it('reads "arrived in Gulu on 12 March, two weeks after the clashes" as 12 March', () => {
    const got = dated(
      'Uganda clashes\n\nClashes broke out in Kitgum on 1 March. ' +
        'Aid convoys arrived in Gulu on 12 March, two weeks after the clashes in Kitgum, with food for 3,000 families.\n',
    );
    expect(got).toContain('2024-03-12 Gulu');
  });

  it('still counts "the day after the landslide" from the landslide when no day is written', () => {
    const got = dated(
      'Uganda landslides\n\nA landslide buried homes in Bundibugyo on 8 March. ' +
        'Rescue teams reached Kasese the day after the landslide and began searching for the missing.\n',
    );
    expect(got).toContain('2024-03-09 Kasese');
  });
});

describe('"two days after the collapse" names an event told by then, not one of a later paragraph', () => {
  it('counts from the Friday collapse, not from a collapse of 2021 told paragraphs later', () => {
    const got = dated(
      'Kenya: mine collapse\n\nWhen the ground gave way beneath a row of shops in Migori last Friday, three traders were killed.\n\n' +
        'The next day, hundreds of residents marched to the county offices in Migori. ' +
        'Two days after the collapse, the county ordered 60 families in Kehancha to leave their homes.\n\n' +
        'The dangers are old. On 2 May 2021, the collapse of an old pit near Kakamega killed two miners.\n',
    );
    expect(got).toContain('2024-03-10 Kehancha');
    expect(got).not.toContain('2021-05-04 Kehancha');
  });

  it('still takes an anchor told later in the same paragraph', () => {
    const got = dated(
      'Kenya: mine collapse\n\nTwo days after the collapse, the county ordered 60 families in Kehancha to leave their homes. ' +
        'The collapse, on 8 March, killed three traders in Migori.\n',
    );
    expect(got).toContain('2024-03-10 Kehancha');
  });

  it('reads entries under two headers of one day newest first: "an hour after the quake" is the dawn quake below', () => {
    const blog =
      'LIVE: Earthquake in Central Sulawesi, Indonesia\n\nTuesday 12 March, 17:05\nA strong aftershock shook Poso this afternoon, damaging a church.\n\n' +
      'Tuesday 12 March, 09:30\nAbout an hour after the quake, staff at the regional hospital in Palu moved patients into the car park.\n\n' +
      'Tuesday 12 March, 06:10\nA strong quake struck Sigi at dawn, the disaster agency said.\n\n' +
      'Monday 11 March, 20:00\nA small tremor shook Luwuk in the evening.\n';
    expect(dated(blog)).toContain('2024-03-12 Palu');
  });
});
