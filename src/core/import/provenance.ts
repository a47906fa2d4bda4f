/**
 * The texts an import writes into the records it makes, saying where each came from: an event's
 * date note ("From row 2 of towns.csv."), the source of events whose file names none ("Imported
 * file"), an area the file does not name ("Area of features[3]"). They are worded by the message
 * catalogue: the record keeps the English, and the reader's language is found again from it.
 *
 * Why not a translation in each record: an import of a million rows would carry two more
 * strings per event (about 150 MB), for a note a reader opens one card at a time. A place the
 * import names is rarer (and holds a geometry), so its name does carry its translations.
 */
import { LANGUAGES, type Lang } from '../text/languages.ts';
import { say, type Message } from '../text/translate.ts';
import type { RecordLocation } from './event-ids.ts';
import type { TimeEvent } from '../dataset/schema.ts';
import { textOf, type LocalText } from '../text/localise.ts';

/** Where a record is, as a message: "row 12" (in the reader's digits), or its JSON path. */
export function recordPlace(at: RecordLocation): Message | string {
  return 'row' in at ? { key: 'import.row', params: { row: at.row } } : at.path.replace(/\.properties$/, '');
}

/**
 * The date note of an event made from a record: the file and the record, and the date as the
 * file wrote it when that is not the date the map uses.
 *
 * @example say('es', recordNote({ row: 2 }, 'towns.csv')) // 'De la fila 2 de towns.csv.'
 */
export function recordNote(at: RecordLocation, file: string, written?: string): Message {
  const where = recordPlace(at);
  return written === undefined
    ? { key: 'provenance.from', params: { where, file } }
    : { key: 'provenance.fromWritten', params: { where, file, written } };
}

/**
 * {@link recordNote} in English, written directly: an import writes one per row, and a million
 * rows through the message formatter would cost seconds. `tests/core/import/provenance.test.ts`
 * checks that the two agree.
 */
export function englishRecordNote(at: RecordLocation, file: string, written?: string): string {
  const where = 'row' in at ? `row ${at.row}` : at.path.replace(/\.properties$/, '');
  return `From ${where} of ${file}${written === undefined ? '' : ` (written "${written}")`}.`;
}

// The English notes, read back: `From <row N | path> of <file>[ (written "<text>")].`
const ENGLISH_NOTE = /^From (?:row (\d+)|(\S+)) of (.+?)(?: \(written "(.*)"\))?\.$/s;

/**
 * The message of a date note an import wrote (in English, as {@link recordNote} words it), to show
 * it in the reader's language; `undefined` for any other note, which is shown as written. A note
 * the reader's dataset carries from our own export reads the same.
 *
 * @example noteMessage('From row 2 of towns.csv.') // { key: 'provenance.from', params: { where: …, file: 'towns.csv' } }
 */
export function noteMessage(note: string): Message | undefined {
  const m = ENGLISH_NOTE.exec(note);
  if (!m) return undefined;
  const [, row, path, file, written] = m;
  const at: RecordLocation = row !== undefined ? { row: Number(row) } : { path: path ?? '' };
  const message = recordNote(at, file ?? '', written);
  // Only a note this module would write word for word: anything else is someone's own text.
  return say('en', message) === note ? message : undefined;
}

/** The outlet of the source that stands for the file itself, when the file names no source. */
export const FILE_OUTLET: Message = { key: 'provenance.fileOutlet' };

/**
 * The outlet of a source in the reader's language: the import's own "Imported file" translated,
 * any other outlet as the source gives it.
 */
export function outletText(source: { outlet: string }, lang: Lang): string {
  return source.outlet === say('en', FILE_OUTLET) ? say(lang, FILE_OUTLET) : source.outlet;
}

const ROW = /^row (\d+)$/;

/**
 * The name of an area a file gives no name for ("Area of row 4", "Zona (fila 4)"), with its name
 * in every language the app speaks. `where` is a record's place as the importers pass it around
 * ("row 4", "features[3]").
 */
export function areaName(where: string): { name: string; translations: Record<string, { name: string }> } {
  const row = ROW.exec(where)?.[1];
  const at: RecordLocation = row === undefined ? { path: where } : { row: Number(row) };
  const message: Message = { key: 'provenance.area', params: { where: recordPlace(at) } };
  const translations: Record<string, { name: string }> = {};
  for (const lang of LANGUAGES) if (lang !== 'en') translations[lang] = { name: say(lang, message) };
  return { name: say('en', message), translations };
}

/**
 * An event's date note in the reader's language: its translation where it has one; else, for a
 * note an import wrote, the catalogue's wording of it; else the note as written.
 *
 * @example dateNoteOf(importedEvent, 'es', 'en') // { text: 'Origen: fila 2 de towns.csv.', lang: 'es' }
 */
export function dateNoteOf(
  event: Pick<TimeEvent, 'dateNote' | 'translations'>,
  lang: Lang,
  textLang: string | undefined,
): LocalText {
  const note = textOf(event, 'dateNote', lang, textLang);
  if (note.lang === lang || note.lang.split('-')[0] !== 'en') return note;
  const message = noteMessage(note.text);
  if (!message) return note;
  // The file's name and its date as written are isolated (FSI…PDI, UAX #9): a Latin name inside
  // an Urdu sentence must not pull the words around it into its own direction.
  const params = { ...message.params };
  for (const name of ['file', 'written'] as const) {
    if (typeof params[name] === 'string') params[name] = `\u2068${params[name]}\u2069`;
  }
  return { text: say(lang, { key: message.key, params }), lang };
}
