import { describe, expect, it } from 'vitest';
import { loaded } from '../../support/extract-drafts.ts';

/** The places the shipped indexes (town shards included) find in `text`, as "written id". */
const found = (text: string) =>
  loaded
    .forText(text)
    .matcher.find(text)
    .map((m) => `${text.slice(m.start, m.end)} ${m.placeId}`);

describe('three-letter town names', () => {
  it.each([
    ['Clashes broke out in Osh, Kyrgyzstan, on Monday.', 'Osh gn-kg-osh'],
    ['Police in Bishkek said protesters gathered in Osh on Tuesday.', 'Osh gn-kg-osh'],
    ['Shelling was reported near Uri in Jammu and Kashmir, India, on Friday.', 'Uri gn-in-uri'],
    ['Floods cut roads in Ede, Netherlands, on Sunday.', 'Ede gn-nl-ede'],
    ['Traders in Osogbo said the market in Ede, Osun State, Nigeria, reopened.', 'Ede gn-ng-ede'],
  ])('finds a short town written as a place where the article bears it out: %s', (text, place) => {
    expect(found(text)).toContain(place);
  });

  it.each([
    // Each is a town of a country the text names, after "in": but an English word or a given name.
    ['Floods hit the town of Oss and a Son was born in Son, the Netherlands, officials in Eindhoven said.', 'Son'],
    ['Lawyers in Bar, Montenegro, and the Bar in Podgorica went on strike.', 'Bar'],
    ['Officials in Abidjan, Côte d’Ivoire, said a Man in Man was hurt.', 'Man'],
    // A town of a country the article is about, but no preposition of place before it nor its country after it.
    ['Police in Bishkek, Kyrgyzstan, said Osh traders were angry.', 'Osh'],
    // After a preposition, but nothing in the text bears it out: no place near it, no country of it.
    ['The referendum in Kyrgyzstan failed. Fans in Ede cheered.', 'Ede'],
    // Written in capitals: an acronym, not a town.
    ['Officials in Osun State, Nigeria, said EDE staff were paid.', 'EDE'],
  ])('keeps a short word out of the towns where it is a word or unsupported: %s', (text, word) => {
    expect(found(text).filter((f) => f.startsWith(`${word} `))).toEqual([]);
  });
});
