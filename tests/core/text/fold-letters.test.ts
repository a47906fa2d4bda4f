/**
 * Letters that Unicode decomposition leaves whole (ı, ł, ø, đ, ə…) fold to the Latin letters an
 * English article writes, wherever a name is compared: the geoparser's words, the index's keys and
 * ids, the draft ids, and search.
 */
import { describe, expect, it } from 'vitest';
import { foldLetters } from '../../../src/core/text/fold-letters.ts';
import { normaliseWord } from '../../../src/core/geoparse/tokens.ts';
import { placeSlug } from '../../../src/core/geoparse/world-towns.ts';
import { slug } from '../../../src/core/geoparse/events-dataset.ts';
import { foldForSearch } from '../../../src/core/dataset/token-index.ts';
import { nameKey } from '../../../src/core/dataset/validate-dataset.ts';
import { extract, pairs, unknownNotes } from '../../support/extract-drafts.ts';

describe('foldLetters', () => {
  it('folds the letters NFD keeps whole, and leaves the rest alone', () => {
    expect(foldLetters('ıłøæœđðþßəǝħ')).toBe('iloaeoeddthssaah');
    expect(foldLetters('plain ascii, 123')).toBe('plain ascii, 123');
    expect(foldLetters('لاہور')).toBe('لاہور');
  });

  it('makes the GeoNames spelling and the English one the same key', () => {
    expect(normaliseWord('Yıldızeli')).toBe(normaliseWord('Yildizeli'));
    expect(placeSlug('Diyarbakır')).toBe('diyarbakir');
    expect(placeSlug('Lənkəran')).toBe('lankaran');
    expect(placeSlug('Đà Nẵng')).toBe('da-nang');
    expect(slug('Ilısu dam')).toBe('ilisu-dam');
    expect(nameKey('Łódź')).toBe(nameKey('lodz'));
    expect(foldForSearch('Kadıköy ferry')).toBe('kadikoy ferry');
  });
});

describe('an English article finds a town by its name without Turkish letters', () => {
  it('places the event at the shard town GeoNames spells with ı', () => {
    const text =
      'SIVAS, Turkey, July 3 - A flash flood swept through the market in Yildizeli on Tuesday, ' +
      'officials in the province said.';
    const drafts = extract(text, '2025-07-03');
    expect(pairs(drafts)).toContain('2025-07-01 Yildizeli:where');
    expect(drafts.flatMap((d) => d.places.map((p) => p.placeId))).toContain('gn-tr-yildizeli');
    expect(unknownNotes(drafts)).toEqual([]);
  });

  it('does not make a common word a town', () => {
    const text = 'SIVAS, Turkey, July 3 - A flash flood swept through the market on Tuesday, officials said.';
    expect(pairs(extract(text, '2025-07-03')).join(' | ')).not.toMatch(/Yildizeli|Yıldızeli/u);
  });
});
