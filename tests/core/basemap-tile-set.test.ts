import { describe, expect, it } from 'vitest';
import {
  DETAIL_BOX,
  DETAIL_MAX_ZOOM,
  TileLoadError,
  WORLD_MAX_ZOOM,
  loadTile,
  tileExists,
} from '../../src/core/basemap-tile-set.ts';

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

describe('loadTile', () => {
  const signal = new AbortController().signal;
  const answering = (status: number, body = 'pbf') => {
    const asked: string[] = [];
    const fetchTile = (url: string) => {
      asked.push(url);
      return Promise.resolve(new Response(body, { status }));
    };
    return { asked, fetchTile };
  };

  it('fetches a tile of the set from the folder', async () => {
    const { asked, fetchTile } = answering(200, 'tile bytes');
    const data = await loadTile('time-atlas-basemap://5/22/13', './basemap/abc/', fetchTile, signal);
    expect(asked).toEqual(['./basemap/abc/5/22/13.pbf']);
    expect(new TextDecoder().decode(data)).toBe('tile bytes');
  });

  it('answers 404 for a tile outside the set, without a request', async () => {
    const { asked, fetchTile } = answering(200);
    const failure = loadTile('time-atlas-basemap://6/33/21', './basemap/abc/', fetchTile, signal);
    await expect(failure).rejects.toBeInstanceOf(TileLoadError);
    await expect(failure).rejects.toMatchObject({ status: 404, message: 'no basemap tile 6/33/21' });
    expect(asked).toEqual([]);
  });

  it('passes on the status of a failed request, naming the tile', async () => {
    const { fetchTile } = answering(500);
    await expect(loadTile('time-atlas-basemap://0/0/0', '/b/', fetchTile, signal)).rejects.toMatchObject({
      status: 500,
      message: 'basemap tile 0/0/0: HTTP 500',
    });
  });

  it('refuses a URL that is not a tile', async () => {
    const { fetchTile } = answering(200);
    await expect(loadTile('time-atlas-basemap://a/b/c', '/b/', fetchTile, signal)).rejects.toMatchObject({
      status: 400,
    });
  });
});
