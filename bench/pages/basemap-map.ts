/**
 * The offline basemap alone, with no app around it: the first-view benchmark's middle column,
 * which splits the app's first render into what the basemap costs and what the app adds.
 */
import { Map as MapLibreMap } from '../../src/map/maplibre.ts';
import { offlineBasemap } from '../../src/map/offline-basemap.ts';
import { REGION_BOUNDS } from '../../src/map/atlas-map.ts';

const map = new MapLibreMap({ container: 'map', style: offlineBasemap('light', '2011'), bounds: REGION_BOUNDS });
map.once('idle', () => performance.mark('time-atlas:map-ready'));
