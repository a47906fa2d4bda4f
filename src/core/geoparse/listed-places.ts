/**
 * "Residents at Cheruthoni, Thadiyampad and Karimban were moved": names listed with a place are
 * places like it. A reader takes "A, B and C" after "at" as three places even when only the first
 * is told as one, and even when no index holds B or C.
 *
 * @example
 * listedWith(sentence, mentions, found, name, rejects) // [{ name: 'Thadiyampad', … }, { name: 'Karimban', … }]
 */
import type { PlaceMention } from './match-context.ts';
import type { Span } from './event-parts.ts';
import { UNIT_WORDS } from './unknown-readings.ts';

/** A place found in the sentence, known or not: what a list may follow. */
interface Listed {
  name: string;
  start: number;
  end: number;
  within: PlaceMention | null;
  guessed?: boolean;
}

const LOCATIVE_BEFORE = /\b(?:in|at|near|around|outside)\s+$/u;
const UNITS_AFTER = new RegExp(
  String.raw`^\s+${UNIT_WORDS}s?\b|^\s+(?:states|provinces|districts|regions|counties)\b`,
  'u',
);

/**
 * The pattern of one more item of a list, by the name pattern it is built over: a caller passes
 * the same one each time, and compiling it for every sentence cost more than the lists read.
 */
const ITEMS = new Map<string, RegExp>();
function itemPattern(name: string): RegExp {
  let item = ITEMS.get(name);
  if (!item) ITEMS.set(name, (item = new RegExp(String.raw`^(,\s+|,?\s+(?:and|or)\s+)${name}`, 'u')));
  return item;
}

/** Kinds of a known place a list of towns may open with: a settlement, not a district nor a country. */
const SETTLEMENT_KINDS: ReadonlySet<string> = new Set(['city', 'town', 'village']);

/**
 * The names listed right after a place of `found` (unknown) or a settlement of `mentions`, when the
 * list closes with "and" or "or": ", B and C", " and B". `name` is the pattern of one name (one
 * capture group); `rejects` says a name is no place (a month, an institution). A name the
 * geoparser found is the geoparser's; the others are unknown places, in the unit of the first.
 */
export function listedWith(
  sentence: Span,
  mentions: readonly PlaceMention[],
  found: readonly Listed[],
  name: string,
  rejects: (name: string) => boolean,
): Listed[] {
  const item = itemPattern(name);
  const heads: Listed[] = [
    ...found,
    // A known town opens a list only where the text puts something at it ("at Aluva, B and C"), not
    // "Nigeria's Katsina and Zamfara".
    ...mentions
      .filter(
        (m) =>
          m.form === 'name' &&
          SETTLEMENT_KINDS.has(m.kind) &&
          LOCATIVE_BEFORE.test(
            sentence.text.slice(Math.max(0, m.start - sentence.start - 12), m.start - sentence.start),
          ),
      )
      .map((m) => ({ name: m.text, start: m.start, end: m.end, within: m, guessed: true })),
  ];
  const listed: Listed[] = [];
  const taken = (s: number, e: number) => [...found, ...listed, ...mentions].some((x) => x.start < e && s < x.end);
  for (const head of heads) {
    // "In Kabul, Ahmad and Karim met": after a sentence's opening phrase a comma ends the phrase.
    const opening = /^\s*(?:\p{L}+\s+){1,2}$/u.test(sentence.text.slice(0, head.start - sentence.start));
    let at = head.end;
    const items: Listed[] = [];
    let closed = false;
    for (;;) {
      const m = item.exec(sentence.text.slice(at - sentence.start));
      const word = m?.[2];
      if (!m || !word || (opening && items.length === 0 && m[1]?.startsWith(','))) break;
      const start = at + (m[1]?.length ?? 0);
      const end = start + word.length;
      // "A, B and C": the list ends at its "and"; what follows a name must end the phrase.
      const after = sentence.text.slice(end - sentence.start);
      const known = mentions.find((x) => x.start === start);
      // "in Dushanbe, Rao and Tajik officials": a people's word in the list makes it one of people.
      if (known?.form === 'adjective') break;
      if (!known && !rejects(word)) items.push({ name: word, start, end, within: head.within, guessed: head.guessed });
      at = end;
      if (/\b(?:and|or)\s+$/u.test(m[1] ?? '')) {
        // "Kerman and South Khorasan provinces": units, each its own kind of place, not towns.
        closed = /^(?:\s+\p{Ll}|\s*[,.;:]|\s*$)/u.test(after) && !UNITS_AFTER.test(after);
        break;
      }
    }
    // Only a closed list is one: "in Kabul, Ahmad Shah said" opens a clause, it lists nothing.
    if (closed) for (const x of items) if (!taken(x.start, x.end)) listed.push(x);
  }
  return listed;
}
