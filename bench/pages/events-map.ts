/**
 * The offline basemap with the 2011 events on it, and no page around it: the first-view
 * benchmark's third column. Beside the basemap alone and the app, it splits what the app adds
 * into what the events cost (their data loaded, checked and cut into tiles, their layers drawn)
 * and what the page around the map costs.
 */
import { createAtlasMap } from '../../src/map/atlas-map.ts';
import { offlineBasemap } from '../../src/map/offline-basemap.ts';
import { BASEMAP_LABEL_LAYER_BEFORE } from '../../src/map/basemap-style.ts';
import { loadDefaultDataset } from '../../src/state/load-default-dataset.ts';
import { buildDomain } from '../../src/state/app-state.svelte.ts';
import { dayFromYmd } from '../../src/core/time/day.ts';

// As in the app: the dataset's requests first, then the map while they are on their way.
const dataset = loadDefaultDataset();
const container = document.getElementById('map');
if (!container) throw new Error('events.html must contain <div id="map">');
const map = createAtlasMap({
  container,
  style: offlineBasemap('light', '2011'),
  eventsBeforeId: BASEMAP_LABEL_LAYER_BEFORE,
});
// `ready` is the first complete frame after the style loaded. Were the events to arrive after it,
// this page would time the basemap alone: fail loudly (no mark, so the bench stops) instead.
let drawnWithoutEvents = false;
void map.ready.then(() => (drawnWithoutEvents = true));
const domain = buildDomain(await dataset);
if (drawnWithoutEvents) throw new Error('the map drew completely before the events arrived: nothing to measure');
map.setModel(domain.model);
// The day the benchmark opens the app on (?t=2011-03-17).
map.setTime(dayFromYmd(2011, 3, 17), { mode: 'cumulative' });
await map.ready;
performance.mark('time-atlas:map-ready');
