/**
 * Regression: what an import writes for readers was English in every language. A Spanish or
 * Urdu reader saw "From row 2 of towns.csv." on the card, "Imported file" as the source, "Area of
 * features[0]" as a place, and the Import dialog's problems ("No place called …", "The latitude
 * is not a number.", "… could not be fetched (HTTP 404).") in English. Each is now a catalogue
 * message, worded in the reader's language; the records keep the English as before.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../../src/core/import/file.ts';
import {
  areaName,
  dateNoteOf,
  englishRecordNote,
  noteMessage,
  outletText,
  recordNote,
} from '../../../src/core/import/provenance.ts';
import { problemText, type ImportProblem } from '../../../src/core/import/problem.ts';
import { DATE_EXPECTED } from '../../../src/core/import/dates.ts';
import { say } from '../../../src/core/text/translate.ts';
import { importFromUrl } from '../../../src/state/import-data.ts';
import { importContext } from '../../support/import-context.ts';

const HEADER = 'date,title,type,place,longitude,latitude,source';
const ARABIC_SCRIPT = /[\u0600-\u06ff]/;

function imported(rows: string[], name = 'towns.csv') {
  const result = importText({ name, text: [HEADER, ...rows].join('\n') }, importContext);
  if (!result.ok) throw new Error(result.message);
  return result;
}

/** A problem as the Import dialog words it in `lang`. */
const worded = (p: ImportProblem, lang: 'en' | 'es' | 'ur') => (p.code ? say(lang, p.code) : p.message);

describe('the notes an import writes', () => {
  it.each([
    { at: { row: 2 }, file: 'towns.csv', written: undefined },
    { at: { row: 1234567 }, file: 'a list of towns.csv', written: '17/03/2011' },
    { at: { path: 'features[3].properties' }, file: 'events.geojson', written: 'March 2011' },
  ])('the fast English note is the catalogue’s: $at $file', ({ at, file, written }) => {
    expect(englishRecordNote(at, file, written)).toBe(say('en', recordNote(at, file, written)));
    // …and reads back as the same message.
    expect(noteMessage(englishRecordNote(at, file, written))).toEqual(recordNote(at, file, written));
  });

  it('a note no import wrote is not taken for one', () => {
    expect(noteMessage('From the AP (2 Aug 2011).')).toBeUndefined();
    expect(noteMessage('From row two of towns.csv.')).toBeUndefined();
  });

  it('the card shows an imported event’s note in Spanish and Urdu, and in English as written', () => {
    const [event] = imported(['17 March 2011,Strike,strike,Lahore,,,AP']).dataset.events;
    expect(event!.dateNote).toBe('From row 2 of towns.csv (written "17 March 2011").');
    expect(dateNoteOf(event!, 'en', 'en')).toEqual({ text: event!.dateNote, lang: 'en' });
    const es = dateNoteOf(event!, 'es', 'en');
    // The file's name and the date as written are isolated from the sentence's direction.
    expect(es.lang).toBe('es');
    expect(es.text.replace(/[\u2068\u2069]/g, '')).toBe(
      'Origen: fila 2 de towns.csv (la fecha figura como «17 March 2011»).',
    );
    expect(es.text).toContain('\u2068towns.csv\u2069');
    const ur = dateNoteOf(event!, 'ur', 'en');
    expect(ur.lang).toBe('ur');
    expect(ur.text).toMatch(ARABIC_SCRIPT);
    expect(ur.text).toContain('towns.csv');
    expect(ur.text).toContain('2');
  });

  it('the source standing for the file is "Archivo importado" in Spanish', () => {
    const { dataset } = imported(['2011-03-17,Strike,strike,Lahore,,,']);
    const file = dataset.sources.find((s) => s.title === 'towns.csv')!;
    expect(file.outlet).toBe('Imported file');
    expect(outletText(file, 'es')).toBe('Archivo importado');
    expect(outletText(file, 'ur')).toMatch(ARABIC_SCRIPT);
    expect(outletText({ outlet: 'Dawn' }, 'es')).toBe('Dawn');
  });

  it('an area the file does not name is named in every language', () => {
    const geojson = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { date: '2011-03-17', title: 'Floods', type: 'other' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [70, 30],
                [71, 30],
                [71, 31],
                [70, 30],
              ],
            ],
          },
        },
      ],
    };
    const result = importText({ name: 'floods.geojson', text: JSON.stringify(geojson) }, importContext);
    if (!result.ok) throw new Error(result.message);
    const area = result.dataset.places.features.find((p) => p.properties.id.startsWith('area-'))!.properties;
    expect(area.name).toBe('Area of features[0]');
    expect(area.translations?.es?.name).toBe('Zona (features[0])');
    expect(area.translations?.ur?.name).toMatch(ARABIC_SCRIPT);
    expect(areaName('row 4').translations.es).toEqual({ name: 'Zona (fila 4)' });
  });
});

const result = importText(
  {
    name: 'bad.csv',
    text: [
      HEADER,
      '2011-03-17,Unknown,strike,Nowhereville,,,',
      '2011-03-17,Comma,strike,,"69,7","32,9",',
      '04/03/2011,Ambiguous,strike,Lahore,,,',
      '2011-03-17,Swapped,strike,,32.9,169.7,',
      '2011-03-17,Nowhere,strike,,,,',
      '2011-03-17,Good,strike,Lahore,,,',
    ].join('\n'),
  },
  importContext,
);

describe('import problems in the reader’s language', () => {
  it.each([
    { title: 'an unknown place', row: 2, english: /^No place called "Nowhereville"/, spanish: /«Nowhereville»/ },
    { title: 'a decimal comma', row: 3, english: /point: 69\.7\.$/, spanish: /punto: 69\.7\.$/ },
    { title: 'an ambiguous date', row: 4, english: /day first/, spanish: /primero el día/ },
    { title: 'swapped coordinates', row: 5, english: /look swapped/, spanish: /intercambiadas/ },
    { title: 'no place at all', row: 6, english: /^Every event needs a place/, spanish: /^Cada evento necesita/ },
  ])('$title (row $row)', ({ row, english, spanish }) => {
    const problem = result.problems.find((p) => p.row === row && p.severity === 'error');
    expect(problem?.code, `row ${row} has a message for the catalogue`).toBeDefined();
    expect(problem!.message).toMatch(english);
    expect(worded(problem!, 'en')).toBe(problem!.message);
    expect(worded(problem!, 'es')).toMatch(spanish);
    expect(worded(problem!, 'ur')).toMatch(ARABIC_SCRIPT);
  });

  it('the "no source" warning, in Spanish', () => {
    const warning = result.problems.find((p) => p.severity === 'warning' && p.field === 'source');
    expect(worded(warning!, 'es')).toBe('1 evento cargado no nombra ninguna fuente; cita el propio archivo bad.csv.');
  });
});

describe('a data= link the server refuses', () => {
  it('says "HTTP 404" in the reader’s language', async () => {
    const realFetch = globalThis.fetch;
    globalThis.fetch = () => Promise.resolve(new Response('missing', { status: 404 }));
    try {
      const page = { href: 'https://atlas.example/', origin: 'https://atlas.example' };
      const result = await importFromUrl(new URL('https://data.example/towns.csv'), page);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.message).toBe('https://data.example/towns.csv could not be fetched (HTTP 404).');
      expect(say('es', result.code!)).toBe('No se pudo descargar https://data.example/towns.csv (HTTP 404).');
      expect(say('ur', result.problems[0]!.code!)).toMatch(ARABIC_SCRIPT);
    } finally {
      globalThis.fetch = realFetch;
    }
  });
});

describe('what a problem expected and found, in the reader’s language', () => {
  it.each([
    { english: 'a decimal number of degrees', spanish: 'un número decimal de grados' },
    { english: 'a date as YYYY-MM-DD, YYYY-MM or YYYY', spanish: 'una fecha como AAAA-MM-DD, AAAA-MM o AAAA' },
    { english: '(empty)', spanish: '(vacío)' },
  ])('"$english"', ({ english, spanish }) => {
    expect(problemText('es', english)).toBe(spanish);
    expect(problemText('ur', english)).toMatch(ARABIC_SCRIPT);
    expect(problemText('en', english)).toBe(english);
  });

  it('the importers’ own texts are the catalogue’s, word for word', () => {
    expect(problemText('es', DATE_EXPECTED)).not.toBe(DATE_EXPECTED);
    const expectedTexts = result.problems.map((p) => p.expected);
    expect(expectedTexts.some((e) => problemText('es', e) !== e)).toBe(true);
  });

  it('a value quoted from the file stays as it is', () => {
    expect(problemText('es', '"69,7"')).toBe('"69,7"');
  });
});

describe('a file whose rows all fail, and columns the map does not read', () => {
  it('say so in Spanish, with the English as before', () => {
    const bad = importText(
      { name: 'all-bad.csv', text: `${HEADER},colour\n2011-03-17,A,strike,Nowhereville,,,,x\n` },
      importContext,
    );
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.message).toBe('The one row of all-bad.csv could not be loaded: it has a problem (listed below).');
    expect(say('es', bad.code!)).toBe(
      'No se pudo cargar la única fila de all-bad.csv: tiene un problema (en la lista de abajo).',
    );
    const unused = bad.problems.find((p) => p.field === 'colour')!;
    expect(unused.message).toBe("This column is not read. Rename it if it holds one of the template's fields.");
    expect(worded(unused, 'es')).toMatch(/^Esta columna no se lee/);
  });
});
