/**
 * An event while the extractor drafts it (extract-events.ts), before links to other events
 * (link-events.ts) settle its date and places: what each pass over the events reads of it.
 */
import type { EventDraft } from './extract-events.ts';
import type { DateMention } from './resolve-dates.ts';
import { lemmaOf } from './clause-verbs.ts';

/** An event still being drafted: its date mention, where its trigger is, and how it links. */
export interface Pending extends EventDraft {
  date: DateMention | null;
  at: number;
  /** The lemma of the trigger's verb or noun ("signed" → sign), for anchors named by a verb. */
  lemma: string;
  /**
   * Told in the pluperfect ("had left"): background to the story's time. It anchors "the next
   * day" only in the sentence right after it (the flashback goes on); further on, the story is
   * back in its own time.
   */
  flashback: boolean;
  /** The index of its sentence in the text. */
  sentence: number;
  /** Its sentence's subject is the one who travels ("He held talks …", "The minister met …"). */
  traveller: boolean;
  /** Told in an ", after …" clause: an earlier event, whose places are not the main clause's. */
  earlier: boolean;
  /**
   * The clause's place is the event's before it: `told` by "there", "that night" with no place of
   * its own; `site` by a named site alone ("at the Civil Hospital"), in the story's town unless its
   * paragraph names a place.
   */
  inherit: false | 'told' | 'site';
}

/** The lemma of a trigger's first word, for matching the words that name it elsewhere. */
export const triggerLemma = (text: string) => lemmaOf(text.split(/\s+/u)[0] ?? text);
