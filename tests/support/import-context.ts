/** The gazetteer and world index the app ships, loaded once for the import tests. */
import { readFileSync } from 'node:fs';
import { gazetteerSchema } from '../../src/core/dataset/schema.ts';
import { parseWorldIndex } from '../../src/core/geoparse/world-index.ts';
import type { ImportContext } from '../../src/core/import/file.ts';

const read = (path: string): unknown => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));

export const importContext: ImportContext = {
  gazetteer: gazetteerSchema.parse(read('geodata/places.geojson')).features,
  world: parseWorldIndex(read('geodata/world-places.json')),
};

export const FIXTURES = new URL('../fixtures/import/', import.meta.url);
