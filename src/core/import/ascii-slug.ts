/**
 * The id part `slugify` (places.ts) makes of a text, in one pass for text in printable ASCII, the
 * common case (an import makes an id from every row's title): the same slug the general way gives
 * through `normaliseName` and its Unicode passes, at a fraction of the cost.
 */

/**
 * Text with nothing but printable ASCII, where every character other than a letter or a digit
 * is a space, a punctuation mark or a symbol: there `normaliseName` reduces to a few plain steps.
 */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

export const isPrintableAscii = (text: string) => PRINTABLE_ASCII.test(text);

/** Character codes: comparing numbers is what makes the one pass fast. */
const CODE = {
  a: 0x61,
  z: 0x7a,
  A: 0x41,
  Z: 0x5a,
  toLower: 0x20,
  zero: 0x30,
  nine: 0x39,
  dot: 0x2e,
  apostrophe: 0x27,
  backtick: 0x60,
} as const;

/**
 * The slug of printable ASCII text: letters lower-cased, dots and apostrophes dropped,
 * every other run of marks one hyphen, a leading "the" dropped, as `normaliseName` then the
 * hyphens give. tests/core/import/places.test.ts holds the two to each other.
 */
export function asciiSlug(text: string, maxLength: number): string {
  let slug = '';
  let gap = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const c = code >= CODE.A && code <= CODE.Z ? code + CODE.toLower : code;
    if ((c >= CODE.a && c <= CODE.z) || (c >= CODE.zero && c <= CODE.nine)) {
      if (gap && slug !== '') slug += '-';
      gap = false;
      slug += String.fromCharCode(c);
      // Dots and apostrophes sit inside a word ("D.C." is "dc"); every other mark parts words.
    } else if (c !== CODE.dot && c !== CODE.apostrophe && c !== CODE.backtick) gap = true;
  }
  if (slug.startsWith('the-')) slug = slug.slice(4);
  return slug.slice(0, maxLength).replace(/-+$/, '');
}
