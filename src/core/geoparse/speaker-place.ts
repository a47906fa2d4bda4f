/**
 * "a relief volunteer in Dhemaji said", "A security official in Peshawar, speaking on condition of
 * anonymity because he was not authorised to talk to the media, said …": the place of the one who
 * speaks, not where what is said happened. Moved out of event-place-roles.ts as it grew.
 *
 * @example
 * isSpeakerPlace('An official in Peshawar said forces fired', { start: 15, end: 23 }) // true
 */

const SPEAKER_BEFORE =
  /(?:\b(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[\p{Ll}-]+\s+){1,4}|(?:^|[.;:]\s+)\p{Lu}\p{Ll}+s\s+)(?:in|from)\s+$/u;
/** "said", or ", speaking on condition of anonymity because …, said": the speaker's words, an aside between. */
const SPEAKER_AFTER =
  /^(?:,\s+(?:speaking|who\s+(?:spoke|asked|declined|requested))\b[^.;]{0,120}?,)?\s+(?:said|says|told|warned|added|argued)\b/u;

/** Whether the place at `[start, end)` of `text` is where a speaker is ("an official in X said"). */
export const isSpeakerPlace = (text: string, m: { start: number; end: number }) =>
  SPEAKER_AFTER.test(text.slice(m.end, m.end + 160)) &&
  SPEAKER_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start));
