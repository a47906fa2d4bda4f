/**
 * What a place says when it tells where someone or something comes from: an origin ("born in
 * Pokhara", "a Karachi shipping firm"), a thing's source ("kits from Dubai"), or a report's place
 * ("a case reported from Siddapur"), which is where the thing reported is.
 */

/**
 * A place that says where someone or something comes from, not where an event is: "born in
 * Pokhara", "a charity based in Lahore", "a Karachi shipping firm", "Punjab-based".
 */
const ORIGIN_VERBS = new Set(['born', 'based', 'headquartered', 'raised', 'registered', 'native']);
const ORIGIN_AFTER =
  /^(?:[\s-]+based\b|\s+(?:\p{Ll}+\s+)?(?:firm|company|companies|businessman|businessmen|trader|traders|merchant|merchants|native|natives|-born)\b)/u;
/**
 * A lower-case noun (no verb form, no particle, no ", speaking from", no one who travels or speaks: "his
 * counterpart from Malé") or "teams sent" right before "from": the thing's origin.
 */
const THING_FROM =
  /(?<!,\s)\b(?!(?:back|home|away|out|off|over|on|up|down|directly|straight|them|him|her|it|us|people|troops|forces|counterparts?|ministers?|presidents?|leaders?|envoys?|delegations?)\b)\p{Ll}+(?<!ed|en|ew|ft|ok|me|ne|nt|ck|wn)\s+from\s+(?:the\s+)?$|\b(?!(?:was|were|is|are|has|had|have|been)\s)\p{Ll}+s\s+(?:sent|dispatched|flown|brought|deployed|rushed)\s+from\s+(?:the\s+)?$/u;
/**
 * "refugees who came from Sudan", "passengers, some of whom had travelled from Kuakata": a relative
 * clause telling where the people it is about came from (not "who called from Paris": a call's end).
 */
const WHO_CAME_FROM =
  /\bwho(?:m)?\s+(?!(?:called|phoned|telephoned|rang|spoke|was\s+speaking|were\s+speaking)\b)[^,.;]{0,50}?\bfrom\s+(?:the\s+)?$/u;
export function isOrigin(text: string, m: { start: number; end: number }): boolean {
  const words = text
    .slice(Math.max(0, m.start - 30), m.start)
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w !== '' && w !== 'the');
  const [before, verb, preposition] = words.slice(-3);
  if ((preposition === 'in' || preposition === 'of') && verb !== undefined && ORIGIN_VERBS.has(verb)) return true;
  // "grew up in Chittagong", "lives in Lahore": where a person is from.
  if (preposition === 'in' && ((before === 'grew' && verb === 'up') || verb === 'lives' || verb === 'lived')) {
    return true;
  }
  if (WHO_CAME_FROM.test(text.slice(Math.max(0, m.start - 70), m.start))) return true;
  return ORIGIN_AFTER.test(text.slice(m.end, m.end + 40));
}

/** A trip's "kits from Dubai", "teams sent from Quetta": the `from` before `m` tells a thing's origin. */
export const isThingFrom = (text: string, m: { start: number }, clauseStart: number): boolean =>
  THING_FROM.test(text.slice(Math.max(clauseStart, m.start - 40), m.start));

/** "reported from", "were recorded from": a report's place, where what it reports is. */
const REPORTED_FROM = /\b(?:reported|recorded|confirmed|detected|registered|notified|logged)\s+from\s+(?:the\s+)?$/u;

/**
 * "a suspected case reported from Siddapur", "two deaths were recorded from Kasese": a report
 * names where what it reports is, though "from" elsewhere tells where people come from.
 */
export const isReportedFrom = (text: string, m: { start: number }, clauseStart: number): boolean =>
  REPORTED_FROM.test(text.slice(Math.max(clauseStart, m.start - 30), m.start));
