/**
 * Which places stand in for one a passage does not name ("put at Pakistan, the country the
 * article's places lie in") and give way to a place a sentence joined to the event names: every
 * fallback but the dateline's town a lede is put at (story-lede.ts), which is a reading of the
 * text ("SUNGAI KOLOK, Thailand — A bomb tore through a night market in this border town"), kept
 * beside the places added by undated sentences and merged tellings.
 */

/** How the note of a passage put at the article's country ends (see country-fallback.ts). */
export const AT_ARTICLE_COUNTRY = "the country the article's places lie in";

/** How the note of a lede put at the story's town begins. */
export const LEDE_AT_STORY_TOWN = 'the lede names only its country';

/** Whether `p` is a fallback that gives way to a place the text names. */
export const givesWay = (p: { fallback?: string }) =>
  p.fallback !== undefined && !p.fallback.startsWith(LEDE_AT_STORY_TOWN);

/**
 * Whether the fallback `p` stays beside `named`, the places a joined sentence names: the lede's
 * town does, unless a place named lies in it ("reopened the road at Ayun", in Chitral).
 */
export const staysBeside = (p: { fallback?: string; placeId: string | null }, named: readonly Inside[]) =>
  !givesWay(p) && !named.some((y) => y.unknown?.withinId === p.placeId);
type Inside = { unknown?: { withinId: string | null } };
