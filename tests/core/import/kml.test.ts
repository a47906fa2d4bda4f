/**
 * KML and KMZ import: our own KML export loads back with its dates at their precision; a
 * Placemark as Google Earth writes it (a TimeStamp or TimeSpan, a name and a description, no
 * ExtendedData) becomes an event; a KMZ is read from its main document; and every broken input
 * says what was wrong and where.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { exportLayers } from '../../../src/core/export/layers.ts';
import { layerText } from '../../../src/core/export/selection.ts';
import { importFile, importText, type ImportContext } from '../../../src/core/import/file.ts';
import { isKml, placemarkPath } from '../../../src/core/import/kml.ts';
import { datasetSchema, type Dataset, type TimeEvent } from '../../../src/core/dataset/schema.ts';

const dataset: Dataset = datasetSchema.parse(
  JSON.parse(readFileSync(new URL('../../fixtures/export/dataset.json', import.meta.url), 'utf8')),
);
const context: ImportContext = { gazetteer: dataset.places.features, world: [] };
const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);

/** Two Placemarks as Google Earth saves them: time primitives, a name, a description, a style. */
const EARTH = `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2" xmlns:gx="http://www.google.com/kml/ext/2.2">
<Document>
  <name>Our strikes</name>
  <Style id="red"><IconStyle><color>ff0000ff</color></IconStyle></Style>
  <Folder><name>March</name>
    <Placemark>
      <name>Strike on a compound near Miranshah</name>
      <description>Two missiles, reported by a local official.</description>
      <TimeStamp><when>2011-03-21T06:30:00+05:00</when></TimeStamp>
      <styleUrl>#red</styleUrl>
      <Point><coordinates>70.07,33.0,0</coordinates></Point>
    </Placemark>
    <Placemark>
      <name>Sit-in on the highway</name>
      <TimeSpan><begin>2011-03-22</begin><end>2011-03-25</end></TimeSpan>
      <Point><coordinates>71.58,34.01</coordinates></Point>
    </Placemark>
  </Folder>
</Document>
</kml>`;

describe('KML import', () => {
  it('our KML export loads back: titles, dates at their precision, type and places', () => {
    const layers = exportLayers(dataset, { nested: false });
    const text = layerText('kml', 'events', layers, dataset);
    const result = importText({ name: 'events.kml', text }, context);
    if (!result.ok) throw new Error(`${result.message}\n${JSON.stringify(result.problems.slice(0, 3), null, 1)}`);
    expect(result.summary.format).toBe('kml');
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const pick = (e: TimeEvent) => ({
      id: e.id,
      title: e.title,
      start: e.start,
      end: e.end,
      datePrecision: e.datePrecision,
      type: e.type,
      places: e.places.map((p) => p.place),
    });
    expect(result.dataset.events.map(pick).sort(byId)).toEqual(dataset.events.map(pick).sort(byId));
  });

  it("reads Google Earth's Placemarks: a TimeStamp is the day as written, a TimeSpan a range", () => {
    const result = importText({ name: 'strikes.kml', text: EARTH }, context);
    if (!result.ok) throw new Error(`${result.message}\n${JSON.stringify(result.problems, null, 1)}`);
    const events = result.dataset.events;
    expect(events.map((e) => [e.title, e.start, e.end ?? null])).toEqual([
      ['Strike on a compound near Miranshah', '2011-03-21', null],
      ['Sit-in on the highway', '2011-03-22', '2011-03-25'],
    ]);
    expect(events[0]?.summary).toBe('Two missiles, reported by a local official.');
    expect(events.map((e) => e.type)).toEqual(['other', 'other']);
    // The card tells where the date came from as the user knows the file: by Placemark, not by features index.
    expect(events[0]?.dateNote).toBe('From Placemark 1 of strikes.kml (written "2011-03-21T06:30:00+05:00").');
    expect(result.problems.map((p) => p.message)).toContain(
      '2 Placemarks of strikes.kml give no type of event: they are drawn as "other". ' +
        'To colour them by type, give each an ExtendedData field "type" (strike, protest, visit, …).',
    );
    // The style is how Google Earth drew it, not a fact about the event: nothing of it is kept.
    expect(JSON.stringify(result.dataset)).not.toMatch(/styleUrl|icon-color|#red/u);
  });

  it('names a Placemark that cannot be loaded by its number and name, not by a features index', () => {
    const text = EARTH.replace('<TimeStamp><when>2011-03-21T06:30:00+05:00</when></TimeStamp>', '');
    const result = importText({ name: 'strikes.kml', text }, context);
    const problem = result.problems.find((p) => p.severity === 'error');
    expect(problem?.path).toMatch(/^Placemark 1 \(Strike on a compound near Miranshah\)/u);
    expect(result.ok && result.dataset.events.map((e) => e.title)).toEqual(['Sit-in on the highway']);
  });

  it('reads a KMZ from its main document at the root, as Google Earth does', () => {
    const bytes = zipSync({
      'files/other.kml': strToU8(EARTH.replace(/Strike on/gu, 'Wrong document:')),
      'doc.kml': strToU8(EARTH),
      'files/icon.png': new Uint8Array([137, 80, 78, 71]),
    });
    const result = importFile({ name: 'strikes.kmz', bytes }, context);
    if (!result.ok) throw new Error(result.message);
    expect(result.summary.format).toBe('kml');
    expect(result.dataset.events[0]?.title).toBe('Strike on a compound near Miranshah');
  });

  it('says what is wrong with a broken KML, a KMZ without KML, and XML that is not KML', () => {
    const cut = importText({ name: 'cut.kml', text: EARTH.slice(0, 700) }, context);
    expect(cut.ok).toBe(false);
    expect(cut.ok ? '' : cut.message).toMatch(/^cut\.kml is not well-formed KML: .+\.$/u);
    expect(cut.problems[0]?.path).toMatch(/^line \d+, column \d+$/u);

    const empty = importFile({ name: 'empty.kmz', bytes: zipSync({ 'a.txt': strToU8('hello') }) }, context);
    expect(empty.ok ? '' : empty.message).toBe('empty.kmz holds no KML document (no .kml file inside the archive).');

    const workbook = importFile({ name: 'book.xlsx', bytes: zipSync({ 'xl/workbook.xml': strToU8('<x/>') }) }, context);
    expect(workbook.ok ? '' : workbook.message).toMatch(/is a compressed file \(an Excel or LibreOffice workbook/u);

    const gpx = importText({ name: 'track.gpx', text: '<?xml version="1.0"?>\n<gpx version="1.1"></gpx>' }, context);
    expect(gpx.ok ? '' : gpx.message).toBe(
      'track.gpx is XML (its root is <gpx>), not a data file: import KML, a CSV, JSON or GeoJSON file.',
    );
    const page = importText(
      { name: 'events.csv', text: '<!DOCTYPE html>\n<html><body>Not found</body></html>' },
      context,
    );
    expect(page.ok ? '' : page.message).toMatch(/^events\.csv is a web page \(HTML\), not a data file/u);
  });

  it('tells KML from other XML by its root element', () => {
    expect(isKml('<?xml version="1.0"?>\n<!-- made by QGIS -->\n<kml xmlns="http://www.opengis.net/kml/2.2">')).toBe(
      true,
    );
    expect(isKml('<kml:kml xmlns:kml="http://www.opengis.net/kml/2.2">')).toBe(true);
    expect(isKml('<gpx><kmlish/></gpx>')).toBe(false);
    expect(placemarkPath('features[2].properties.start', ['a', 'b', 'Sit-in'])).toBe('Placemark 3 (Sit-in), start');
    expect(placemarkPath('metadata.sources[0]', [])).toBe('metadata.sources[0]');
  });
});

const HAS_OGR2OGR = spawnSync('ogr2ogr', ['--version']).status === 0;
if (!HAS_OGR2OGR) console.warn('kml.test: ogr2ogr (GDAL) not found, skipping the files GDAL writes');

describe.skipIf(!HAS_OGR2OGR)('KML and KMZ as GDAL writes them', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'import-kml-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const source = join(tmp, 'events.geojson');
  writeFileSync(
    source,
    JSON.stringify({
      type: 'FeatureCollection',
      features: [
        { title: 'Strike near Miranshah', date: '2011-03-21', type: 'strike', at: [70.07, 33.0] },
        { title: 'Sit-in on the highway', date: '2011-03-22', type: 'protest', at: [71.58, 34.01] },
      ].map(({ at, ...properties }) => ({ type: 'Feature', properties, geometry: { type: 'Point', coordinates: at } })),
    }),
  );

  it.each([
    ['KML', 'events.kml'],
    ['LIBKML', 'events.kmz'],
  ])('the %s driver: %s loads with its dates and types', (driver, file) => {
    const out = join(tmp, file);
    const run = spawnSync('ogr2ogr', ['-f', driver, out, source], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const result = importFile({ name: file, bytes: readFileSync(out) }, context);
    if (!result.ok) throw new Error(`${result.message}\n${JSON.stringify(result.problems, null, 1)}`);
    expect(result.dataset.events.map((e) => [e.title, e.start, e.type])).toEqual([
      ['Strike near Miranshah', '2011-03-21', 'strike'],
      ['Sit-in on the highway', '2011-03-22', 'protest'],
    ]);
  });
});
