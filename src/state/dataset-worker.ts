/**
 * The Web Worker that fetches and validates the shipped dataset (see load-default-dataset.ts),
 * so the main thread is free to start the map meanwhile. One request, one answer.
 */
import { datasetResponse, type DatasetUrls } from './load-default-dataset.ts';

self.addEventListener('message', (e: MessageEvent<DatasetUrls>) => {
  void datasetResponse(e.data).then((response) => self.postMessage(response));
});
