import { describe, expect, it } from 'vitest';
import {
  DETAIL_BOX,
  DETAIL_MAX_ZOOM,
  WORLD_MAX_ZOOM,
  basemapTileRequest,
  tileExists,
} from '../../../src/core/model/basemap-tile-set.ts';

describe('tileExists', () => {
  it('has the whole world down to zoom 4, and deeper zooms only over the detail box', () => {
    expect(tileExists(0, 0, 0)).toBe(true);
    expect(tileExists(WORLD_MAX_ZOOM, 0, 0)).toBe(true);
    expect(tileExists(WORLD_MAX_ZOOM, 15, 15)).toBe(true);
    // Zoom 5 over Pakistan (x 21–22, y 12–13) but not over Europe (x 16, y 10).
    expect(tileExists(5, 22, 13)).toBe(true);
    expect(tileExists(5, 16, 10)).toBe(false);
    expect(tileExists(DETAIL_MAX_ZOOM + 1, 0, 0)).toBe(false);
  });

  it('refuses what is not a tile', () => {
    expect(tileExists(-1, 0, 0)).toBe(false);
    expect(tileExists(0, 1, 0)).toBe(false);
    expect(tileExists(1.5, 0, 0)).toBe(false);
  });

  it('covers Datta Khel at every zoom, and the detail box holds the region of the 1:10m data', () => {
    expect(DETAIL_BOX[0]).toBeLessThanOrEqual(55);
    expect(DETAIL_BOX[2]).toBeGreaterThanOrEqual(82);
    for (let z = 0; z <= DETAIL_MAX_ZOOM; z++) {
      const n = 2 ** z;
      const x = Math.floor(((69.7448 + 180) / 360) * n);
      const rad = (32.9085 * Math.PI) / 180;
      const y = Math.floor(((1 - Math.asinh(Math.tan(rad)) / Math.PI) / 2) * n);
      expect(tileExists(z, x, y), `zoom ${z}`).toBe(true);
    }
  });
});

describe('basemapTileRequest', () => {
  const base = 'http://127.0.0.1:4173/basemap/abc/';
  const missing = (z: number, x: number, y: number) => `missing://${z}/${x}/${y}`;

  it('leaves a tile of the set alone: the worker fetches it', () => {
    expect(basemapTileRequest(`${base}5/22/13.pbf`, base, missing)).toBe(`${base}5/22/13.pbf`);
    expect(basemapTileRequest(`${base}0/0/0.pbf`, base, missing)).toBe(`${base}0/0/0.pbf`);
  });

  it('sends a tile the build did not cut nowhere', () => {
    expect(basemapTileRequest(`${base}6/33/21.pbf`, base, missing)).toBe('missing://6/33/21');
    expect(basemapTileRequest(`${base}${DETAIL_MAX_ZOOM + 1}/0/0.pbf`, base, missing)).toBe(
      `missing://${DETAIL_MAX_ZOOM + 1}/0/0`,
    );
  });

  it('leaves every other request alone (an online style, the font, a tile of another folder)', () => {
    for (const url of [
      'https://tiles.example/6/33/21.pbf',
      'http://127.0.0.1:4173/assets/noto-sans.woff2',
      `${base}6/33/21.png`,
    ]) {
      expect(basemapTileRequest(url, base, missing)).toBe(url);
    }
  });
});
