/**
 * Letters that Unicode decomposition leaves whole, folded to the Latin letters English-language
 * news writes for them: NFD turns "Şanlıurfa" into "S + cedilla, anlı…", and stripping the marks
 * gives "sanlıurfa", whose dotless ı no English text has ("Sanliurfa"). So "Yıldızeli" (GeoNames)
 * and "Yildizeli" (an article) are one name, as are Łódź and Lodz, Đà Nẵng and Da Nang, Lənkəran
 * and Lankaran. Applied to lower-case text, after the marks are stripped.
 */
const FOLDS: Readonly<Record<string, string>> = {
  ı: 'i', // Turkish, Azerbaijani dotless i
  ł: 'l', // Polish
  ø: 'o', // Danish, Norwegian
  æ: 'ae',
  œ: 'oe',
  đ: 'd', // Vietnamese, Croatian, Serbian Latin
  ð: 'd', // Icelandic, Faroese
  þ: 'th',
  ß: 'ss',
  ə: 'a', // Azerbaijani schwa, written "a" in English (Lənkəran, Lankaran)
  ǝ: 'a', // the turned e some sources put for ə
  ħ: 'h', // Maltese
};
const FOLDABLE = /[ıłøæœđðþßəǝħ]/gu;

/** `s` (lower case, marks stripped) with each whole letter above folded. */
export const foldLetters = (s: string): string => s.replace(FOLDABLE, (c) => FOLDS[c] ?? c);
