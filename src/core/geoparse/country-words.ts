/**
 * A people's word before a settlement it places: "the Kyrgyz village of Ak-Sai", "a Tajik town,
 * Isfara". A reader takes the word for the country the settlement lies in, not for a second
 * place of the event: the event is at the settlement.
 *
 * @example
 * placesItsSettlement('near the Kyrgyz village of Ak-Sai', { end: 15 }) // true: 'Kyrgyz' ends at 15
 */

/** " village of Ak-Sai", " border town of Isfara", " exclave of Vorukh". */
const SETTLEMENT_OF =
  /^\s+(?:\p{Ll}+\s+)?(?:town|village|city|hamlet|settlement|exclave|enclave|port|district|province|region)\s+of\s+(?:the\s+)?\p{Lu}/u;

/** " town", " mining city": a settlement's noun right after the people's word, the settlement unnamed. */
const SETTLEMENT_NOUN = /^\s+(?:\p{Ll}+\s+)?(?:town|village|city|hamlet|settlement|port)\b/u;
/** "this central Kazakh ", "the same Afghan ": the settlement is one the story has already named. */
const THIS_BEFORE = /\b(?:this|that|the\s+same)\s+(?:\p{Ll}+\s+){0,2}$/u;

/**
 * Whether the adjective at `m` names the country of the settlement named right after it, or of
 * one the text has named before: "a coal mine in this central Kazakh town" is at the dateline's
 * town, not anywhere in Kazakhstan.
 */
export function placesItsSettlement(text: string, m: { start: number; end: number }): boolean {
  const after = text.slice(m.end, m.end + 60);
  if (SETTLEMENT_OF.test(after)) return true;
  return SETTLEMENT_NOUN.test(after) && THIS_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start));
}
