/**
 * "two of whom were referred to hospitals in Birgunj", "the wounded were rushed to a hospital in
 * Quetta": the town the hurt were taken to for care is not where the event was, and not the town
 * a later "the town" tells again.
 *
 * @example
 * isWhereTheHurtWereTaken('three were taken to hospital in Quetta', 29) // true
 */
const TAKEN_FOR_CARE =
  /\b(?:referred|taken|rushed|airlifted|flown|moved|transferred|evacuated|shifted)\s+to\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,2}(?:hospitals?|clinics?|health\s+cent(?:re|er)s?)\s+(?:in|at)\s+(?:the\s+)?$/u;
/** How far before a place its "taken to hospital in" may begin. */
const REACH = 80;

export function isWhereTheHurtWereTaken(text: string, start: number): boolean {
  return TAKEN_FOR_CARE.test(text.slice(Math.max(0, start - REACH), start));
}
