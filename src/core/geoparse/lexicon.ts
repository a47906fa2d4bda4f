/**
 * The English the geoparser knows: demonyms, spellings the gazetteer may lack, and the small word
 * lists its context rules use. General language only: no names of the articles' actors.
 * Every word is in the geoparser's normalised form (lower case, no diacritics).
 *
 * The lists themselves are data, one JSON file each in lexicon/, so a linguist can edit them
 * without reading code; this module gives them their types (sets for the word lists).
 */
import demonyms from './lexicon/demonyms.json';
import extraAliases from './lexicon/extra-aliases.json';
import honorifics from './lexicon/honorifics.json';
import notGivenNames from './lexicon/not-given-names.json';
import personVerbs from './lexicon/person-verbs.json';
import personLikePlaceNames from './lexicon/person-like-place-names.json';
import locativeWords from './lexicon/locative-words.json';
import fallbackStoplist from './lexicon/fallback-stoplist.json';
import blockingPhrases from './lexicon/blocking-phrases.json';
import countryAliases from './lexicon/country-aliases.json';
import capitals from './lexicon/capitals.json';

/**
 * Adjectives and demonyms (singular and plural) of places, keyed by the place's name as the
 * curated gazetteer or the world index spells it. The key is resolved at matcher build time, so a
 * demonym only works when its place exists.
 */
export const DEMONYMS: Readonly<Record<string, readonly string[]>> = demonyms;

/**
 * Spellings a careful gazetteer may still leave out, keyed by place id. Added only when the id
 * exists and the spelling does not already name another place.
 */
export const EXTRA_ALIASES: Readonly<Record<string, readonly string[]>> = extraAliases;

/**
 * The names people use for countries the world index spells otherwise ("Dem. Rep. Congo" is the
 * DRC, "Congo" and "Ivory Coast"), keyed by the world index's id. A name two countries share
 * ("Congo") is chosen among by the text's other places (resolve-mentions.ts).
 */
export const COUNTRY_ALIASES: Readonly<Record<string, readonly string[]>> = countryAliases;

/**
 * Capitals, keyed as {@link DEMONYMS} is: "the Turkmen capital" is Ashgabat, as a reader knows.
 * Only countries whose capital is not disputed.
 */
export const CAPITALS: Readonly<Record<string, string>> = capitals;

/** Titles before a surname: "Sen. John Kerry", "President Washington", "Mr Davis". */
export const HONORIFICS: ReadonlySet<string> = new Set(honorifics);

/**
 * Capitalised words that can stand before a place without being a given name: sentence-initial
 * function words, compass and size modifiers, days and months (in that order in the file).
 */
export const NOT_GIVEN_NAMES: ReadonlySet<string> = new Set(notGivenNames);

/** Verbs that follow a person far more often than a place: "Washington said", "Davis shot". */
export const PERSON_VERBS: ReadonlySet<string> = new Set(personVerbs);

/**
 * Place names that are also common surnames or given names. With these alone, a following
 * person verb ("Washington said") outweighs the place reading.
 */
export const PERSON_LIKE_PLACE_NAMES: ReadonlySet<string> = new Set(personLikePlaceNames);

/** Prepositions that make the place reading win over an earlier person with the same name. */
export const LOCATIVE_WORDS: ReadonlySet<string> = new Set(locativeWords);

/** Shortest single word the world index may match: shorter ones are mostly words or initials. */
export const MIN_FALLBACK_WORD_LENGTH = 4;

/**
 * Shortest single word a country's towns may match (Osh, Uri, Ede): written with a capital, then
 * lower case, not a word of {@link FALLBACK_STOPLIST} (Son, Bar, Man), and kept by the town layer
 * only where the article's other places bear it out (town-layer.ts).
 */
export const MIN_TOWN_WORD_LENGTH = 3;

/**
 * Capitalised English words that GeoNames also lists as places somewhere. The world index never
 * matches these alone (it does within longer names: "Mission Viejo"). The three-letter words at
 * its end are the English words and common given names among cities1000's three-letter names.
 */
export const FALLBACK_STOPLIST: ReadonlySet<string> = new Set(fallbackStoplist);

/**
 * Longer names that contain a place's name or adjective but are not that place. They win the
 * longest match and yield nothing.
 */
export const BLOCKING_PHRASES: readonly string[] = blockingPhrases;
