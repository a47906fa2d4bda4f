/**
 * What the app's Export menu writes: the layers of `exportLayers` in one format, for everything
 * or for exactly what the map shows now, each as text with the file name it is saved under.
 *
 * `exportLayers` filters by time range and type only. The map also filters by actor and search
 * text and applies a fading window, so "what is shown" is passed as the ids of the visible
 * events (the app's own selection, one visibility rule), with the time range and filters kept
 * for the file's metadata and name (see export-request.ts).
 */
import { formatDay } from '../time/day.ts';
import { exportCsv } from './csv.ts';
import { exportJsonFg } from './jsonfg.ts';
import { exportKml } from './kml.ts';
import { exportLayers, type ExportedLayers, type LayerName } from './layers.ts';
import { exportLpf } from './lpf.ts';
import {
  exportFileName,
  MEDIA_TYPES,
  requestProblem,
  type ExportFormat,
  type ExportRequest,
  type ExportScope,
} from './request.ts';
import type { Dataset } from '../dataset/schema.ts';

export interface ExportFile {
  name: string;
  layer: LayerName;
  format: ExportFormat;
  mediaType: string;
  text: string;
  /** Features (GeoJSON, KML) or rows (CSV) in the file. */
  features: number;
}

/**
 * The files of an export, one per requested layer, in the order asked for.
 * Throws a RangeError with a plain reason for a request {@link requestProblem} refuses, and an
 * Error for a "shown" event id the dataset does not have.
 *
 * @example
 * const [file] = exportSelection(dataset, { format: 'csv', layers: ['events'], scope: { kind: 'all' } });
 * // file.name === 'us-pakistan-2011_events_all.csv'
 */
export function exportSelection(dataset: Dataset, request: ExportRequest): ExportFile[] {
  const problem = requestProblem(request);
  if (problem) throw new RangeError(problem);
  const layers = buildLayers(dataset, request.scope);
  return [...new Set(request.layers)].map((layer) => {
    const collection = layers[layer];
    const text = layerText(request.format, layer, layers, dataset);
    return {
      name: exportFileName(dataset.id, layer, request.format, request.scope),
      layer,
      format: request.format,
      mediaType: MEDIA_TYPES[request.format],
      text,
      features: collection.features.length,
    };
  });
}

/**
 * One layer in one format, as text. The CLI (src/cli/export.ts) writes files with this too, so
 * the app and a script give the same file. A CSV is always the events layer.
 */
export function layerText(
  format: ExportFormat,
  layer: LayerName,
  layers: ExportedLayers,
  dataset: Pick<Dataset, 'id' | 'places'>,
): string {
  switch (format) {
    case 'csv':
      return exportCsv(layers.events);
    case 'kml':
      return exportKml(layer, layers[layer]);
    case 'jsonfg':
      return `${JSON.stringify(exportJsonFg(layer, layers[layer]))}\n`;
    case 'lpf':
      if (layer !== 'places' && layer !== 'events') throw new RangeError(`LPF holds no ${layer} layer`);
      return `${JSON.stringify(exportLpf(layer, layers[layer], dataset))}\n`;
    case 'geojson':
      return `${JSON.stringify(layers[layer])}\n`;
  }
}

function buildLayers(dataset: Dataset, scope: ExportScope): ExportedLayers {
  if (scope.kind === 'all') return exportLayers(dataset);
  const ids = new Set(scope.eventIds);
  const events = dataset.events.filter((e) => ids.has(e.id));
  if (events.length < ids.size) {
    const known = new Set(events.map((e) => e.id));
    const missing = [...ids].filter((id) => !known.has(id));
    throw new Error(`the dataset has no event ${missing.map((id) => `"${id}"`).join(', ')}`);
  }
  const layers = exportLayers(
    { ...dataset, events },
    {
      from: scope.from,
      to: scope.to,
      ...(scope.types ? { types: new Set(scope.types) } : {}),
    },
  );
  // The time window is derived from the same rule the map uses, so it keeps every shown event;
  // if it ever did not, an export that silently lost events would be worse than none.
  if (layers.events.features.length !== events.length) {
    throw new Error(
      `${events.length - layers.events.features.length} of the shown events fall outside ` +
        `${formatDay(scope.from)}–${formatDay(scope.to)}${scope.types ? ` or the types ${scope.types.join(', ')}` : ''}`,
    );
  }
  // The filters exportLayers does not know, so the file says how it was selected.
  const filter = { actors: scope.actors ?? null, query: scope.query ?? null, events: 'shown on the map' };
  const withFilter = <L extends ExportedLayers[LayerName]>(layer: L): L => ({
    ...layer,
    metadata: { ...layer.metadata, filter: { ...layer.metadata.filter, ...filter } },
  });
  return {
    places: withFilter(layers.places),
    events: withFilter(layers.events),
    regions: withFilter(layers.regions),
    routes: withFilter(layers.routes),
  };
}
