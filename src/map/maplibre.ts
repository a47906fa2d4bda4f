/**
 * The one place that loads maplibre-gl and points it at its worker. MapLibre 6 ships the worker
 * as a separate module file; without `setWorkerUrl` the map fails with "Worker failed to load".
 * Vite's `?url` import copies the worker into the build with a relative URL, so it is served from
 * the page's own origin and folder.
 *
 * The RTL text plugin (@mapbox/mapbox-gl-rtl-text, BSD-2-Clause) is bundled the same way and
 * loaded lazily, only once a label in Arabic script (an Urdu name) is drawn: it joins the letters
 * of a word into their connected forms and lays the word out right to left, which MapLibre's
 * one-cluster-at-a-time drawing does not do across letters on its own.
 */
import { prewarm, setRTLTextPlugin, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
// The package exports only its ES source (which imports a .wasm file); MapLibre wants the built
// script that registers itself in the worker, which the exports map does not list, hence the path.
import rtlTextPluginUrl from '../../node_modules/@mapbox/mapbox-gl-rtl-text/dist/mapbox-gl-rtl-text.js?url';
import 'maplibre-gl/dist/maplibre-gl.css';

setWorkerUrl(workerUrl);
// Lazy: English and Spanish readers never fetch it. A failure leaves labels drawn unjoined, not
// missing, so it is reported on the console rather than to the reader.
// (No document, as in unit tests under Node: no map is drawn there either.)
if (typeof document !== 'undefined') {
  // The workers outlive each map: a change of language or basemap draws a new map, and MapLibre
  // would otherwise end the workers with the old one, aborting a message still in flight to them
  // (the RTL plugin's, just asked for by Urdu) with an error on the page. The new map starts faster too.
  prewarm();
  setRTLTextPlugin(rtlTextPluginUrl, true).catch((err: unknown) => console.warn('RTL text plugin failed to load', err));
}

export * from 'maplibre-gl';
