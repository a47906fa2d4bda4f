/**
 * The one place that loads maplibre-gl and points it at its worker. MapLibre 6 ships the worker
 * as a separate module file; without `setWorkerUrl` the map fails with "Worker failed to load".
 * Vite's `?url` import copies the worker into the build with a relative URL, so it is served from
 * the page's own origin and folder.
 */
import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

setWorkerUrl(workerUrl);

export * from 'maplibre-gl';
