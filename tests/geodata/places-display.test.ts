/**
 * Checks the display copy of the gazetteer, geodata/places-display.geojson (what the map's first
 * view loads): valid GeoJSON to an independent reader, every place of geodata/places.geojson with
 * the same properties, its areas still where and how large they were, and much smaller. Rebuild it
 * with `npm run build:display-places` after every rebuild of the gazetteer.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { area, bbox, booleanPointInPolygon, point } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { gazetteerSchema, type Place } from '../../src/core/dataset/schema.ts';
import { DISPLAY_MAX_ZOOM } from '../../src/core/model/display-places.ts';

const FULL = new URL('../../geodata/places.geojson', import.meta.url);
const DISPLAY = new URL('../../geodata/places-display.geojson', import.meta.url);
const REBUILD = 'Rebuild it with npm run build:display-places.';

const rawFull = JSON.parse(readFileSync(FULL, 'utf8')) as { features: { properties: unknown }[] };
const rawDisplay = JSON.parse(readFileSync(DISPLAY, 'utf8')) as { features: { properties: unknown }[] };
const full = gazetteerSchema.parse(rawFull).features;
const display = gazetteerSchema.parse(rawDisplay).features;
const displayById = new Map(display.map((p) => [p.properties.id, p]));

/** The copy is loaded instead of the gazetteer to make the first view lighter: at most this share of its bytes. */
const MAX_SIZE_SHARE = 0.5;
/** One pixel at DISPLAY_MAX_ZOOM, in degrees (MapLibre's world is 512 pixels wide at zoom 0). */
const PIXEL_DEGREES = 360 / (512 * 2 ** DISPLAY_MAX_ZOOM);
/** A simplified area keeps its extent to within this many pixels at DISPLAY_MAX_ZOOM. */
const MAX_EXTENT_SHIFT_PIXELS = 2;
/** And its area to within this share. */
const MAX_AREA_CHANGE = 0.01;

const HAS_OGRINFO = spawnSync('ogrinfo', ['--version']).status === 0;
if (!HAS_OGRINFO) console.warn('places-display.test: ogrinfo (GDAL) not found, skipping the GDAL checks');

const isArea = (p: Place): p is Place & { geometry: Polygon | MultiPolygon } =>
  p.geometry.type === 'Polygon' || p.geometry.type === 'MultiPolygon';
const asFeature = (p: Place) => ({ type: 'Feature', properties: {}, geometry: p.geometry }) as Feature;

describe('geodata/places-display.geojson', () => {
  it('holds every place of the gazetteer, in its order, with the same properties', () => {
    expect(
      display.map((p) => p.properties.id),
      `the display copy lists other places than places.geojson. ${REBUILD}`,
    ).toEqual(full.map((p) => p.properties.id));
    rawFull.features.forEach((f, i) => {
      // Compared as written, so a property added to the gazetteer and not to the copy is caught.
      expect(JSON.stringify(rawDisplay.features[i]?.properties), `${full[i]!.properties.id}. ${REBUILD}`).toBe(
        JSON.stringify(f.properties),
      );
    });
  });

  it('keeps points exactly and areas and lines as areas and lines', () => {
    for (const place of full) {
      const copy = displayById.get(place.properties.id)!;
      if (place.geometry.type === 'Point') expect(copy.geometry, place.properties.id).toEqual(place.geometry);
      else if (isArea(place)) expect(['Polygon', 'MultiPolygon'], place.properties.id).toContain(copy.geometry.type);
      else expect(['LineString', 'MultiLineString'], place.properties.id).toContain(copy.geometry.type);
    }
  });

  it('draws each area where and as large as the gazetteer does, to within what the screen shows', () => {
    for (const place of full.filter((p) => p.geometry.type !== 'Point')) {
      const id = place.properties.id;
      const copy = displayById.get(id)!;
      const [w0, s0, e0, n0] = bbox(asFeature(place));
      const [w1, s1, e1, n1] = bbox(asFeature(copy));
      const shift = Math.max(Math.abs(w1 - w0), Math.abs(s1 - s0), Math.abs(e1 - e0), Math.abs(n1 - n0));
      expect(shift / PIXEL_DEGREES, `${id}: extent moved by pixels at zoom ${DISPLAY_MAX_ZOOM}`).toBeLessThan(
        MAX_EXTENT_SHIFT_PIXELS,
      );
      if (!isArea(place)) continue;
      const change = Math.abs(area(asFeature(copy)) / area(asFeature(place)) - 1);
      expect(change, `${id}: share of its area gained or lost`).toBeLessThan(MAX_AREA_CHANGE);
    }
  });

  it('still puts each town inside its parent area', () => {
    for (const town of display.filter((p) => p.geometry.type === 'Point')) {
      const parent = town.properties.parent ? displayById.get(town.properties.parent) : undefined;
      if (!parent || !isArea(parent)) continue;
      const [lon, lat] = town.geometry.coordinates as [number, number];
      expect(booleanPointInPolygon(point([lon, lat]), parent.geometry), `${town.properties.id} in ${parent.properties.id}`).toBe(
        true,
      );
    }
  });

  it('is much smaller than the gazetteer', () => {
    const share = statSync(DISPLAY).size / statSync(FULL).size;
    expect(share, `display copy ${statSync(DISPLAY).size} bytes, gazetteer ${statSync(FULL).size}`).toBeLessThanOrEqual(
      MAX_SIZE_SHARE,
    );
  });

  if (!HAS_OGRINFO) it.skip('GDAL checks (ogrinfo not installed)', () => {});
  else {
    const file = fileURLToPath(DISPLAY);
    it('is read by GDAL as every place, each geometry valid (GEOS)', () => {
      const info = spawnSync('ogrinfo', ['-ro', '-so', '-al', file], { encoding: 'utf8' });
      expect(info.status, info.stderr).toBe(0);
      expect(info.stdout).toContain(`Feature Count: ${full.length}`);
      const sql = 'SELECT id FROM "places-display" WHERE NOT ST_IsValid(geometry)';
      const invalid = spawnSync('ogrinfo', ['-ro', '-q', '-dialect', 'SQLite', '-sql', sql, file], { encoding: 'utf8' });
      expect(invalid.status, invalid.stderr).toBe(0);
      const ids = [...invalid.stdout.matchAll(/id \(String\) = (.+)/g)].map((m) => m[1]);
      expect(ids, 'places whose display geometry GEOS finds invalid').toEqual([]);
    });
  }
});
