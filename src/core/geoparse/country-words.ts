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

/** Whether the adjective at `m` names the country of the settlement named right after it. */
export function placesItsSettlement(text: string, m: { end: number }): boolean {
  return SETTLEMENT_OF.test(text.slice(m.end, m.end + 60));
}
