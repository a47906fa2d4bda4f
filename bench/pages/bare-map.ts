/**
 * The baseline of the first-view benchmark: the least a MapLibre page can be, a background and
 * one circle layer, built and served exactly like the app.
 */
import { Map as MapLibreMap } from '../../src/map/maplibre.ts';

const map = new MapLibreMap({
  container: 'map',
  style: {
    version: 8,
    sources: {
      one: { type: 'geojson', data: { type: 'Point', coordinates: [69.74477, 32.90849] } },
    },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#dfe9f2' } },
      { id: 'one', type: 'circle', source: 'one', paint: { 'circle-radius': 8, 'circle-color': '#d55e00' } },
    ],
  },
  bounds: [
    [60.5, 23.5],
    [77.9, 38.6],
  ],
});
map.once('idle', () => performance.mark('time-atlas:map-ready'));
