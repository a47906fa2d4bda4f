/**
 * All event layers on the map: points (a GPU layer with time as a uniform), areas that stand for
 * imprecise locations, and great-circle routes. A time change updates the points' uniforms and
 * the feature-state of only those areas and routes whose look changed: no `setData`, no
 * `setFilter`, no tile reload.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import type { GeoJSONSourceSpecification, Map as MapLibreMap, PointLike } from './maplibre.ts';
import type { MapFeatureProperties, MapModel } from '../core/map-model.ts';
import { fadeDays, visibilityForTime, type TimeWindow } from '../core/select-events.ts';
import { EVENT_TYPE_STYLES, cssColour, shaderStyles, styleIndexOf } from './event-style.ts';
import { EventPointsLayer, FADED_OPACITY } from './event-points-layer.ts';

export const EVENT_LAYER_IDS = {
  areaFill: 'event-areas-fill',
  areaLine: 'event-areas-line',
  routes: 'event-routes',
  points: 'event-points',
} as const;

const AREA_SOURCE = 'event-areas';
const ROUTE_SOURCE = 'event-routes';
/** Feature-state opacities are rounded to this many steps, so a slow fade sets state rarely. */
const OPACITY_STEPS = 20;
/** How far from a point, in CSS pixels, a click or tap still picks it. */
export const PICK_RADIUS = 12;

function typeColourExpression(): unknown[] {
  const cases = Object.entries(EVENT_TYPE_STYLES).flatMap(([type, style]) => [type, cssColour(style.colour)]);
  return ['match', ['get', 'type'], ...cases, '#444'];
}

const emptyCollection = (): FeatureCollection<Geometry, MapFeatureProperties> => ({
  type: 'FeatureCollection',
  features: [],
});

/** The part of a MapLibre map the event layers use, so unit tests can hand them a fake. */
export type EventLayersMap = Pick<
  MapLibreMap,
  'addSource' | 'addLayer' | 'getSource' | 'setFeatureState' | 'project' | 'queryRenderedFeatures'
>;

export class EventLayers {
  readonly #map: EventLayersMap;
  readonly #points: EventPointsLayer;
  #model: MapModel = { events: [], points: [], areas: [], routes: [] };
  #mask: Uint8Array = new Uint8Array(0);
  #time = 0;
  #window: TimeWindow = { mode: 'cumulative' };
  #selected = -1;
  /** Last opacity written per feature, to skip unchanged feature-state writes. */
  #areaOpacity: number[] = [];
  #routeOpacity: number[] = [];

  constructor(map: EventLayersMap, beforeId?: string) {
    this.#map = map;
    map.addSource(AREA_SOURCE, { type: 'geojson', data: emptyCollection() } as GeoJSONSourceSpecification);
    map.addSource(ROUTE_SOURCE, { type: 'geojson', data: emptyCollection() } as GeoJSONSourceSpecification);
    const opacity = (max: number) => ['*', max, ['coalesce', ['feature-state', 'opacity'], 0]];
    map.addLayer(
      {
        id: EVENT_LAYER_IDS.areaFill,
        type: 'fill',
        source: AREA_SOURCE,
        paint: {
          'fill-color': typeColourExpression() as never,
          // The coarser the location, the fainter the fill: a whole country gets only its dashed
          // outline (several country-wide events would otherwise stack into a solid block).
          'fill-opacity': [
            '*',
            ['match', ['get', 'precision'], 'district', 0.25, 'province', 0.14, 'country', 0, 0.16],
            ['coalesce', ['feature-state', 'opacity'], 0],
          ] as never,
          // The dashed outline layer draws the edge: an antialiased fill edge would cost a second
          // shader program to compile before the first frame, for nothing visible.
          'fill-antialias': false,
        },
      },
      beforeId,
    );
    map.addLayer(
      {
        id: EVENT_LAYER_IDS.areaLine,
        type: 'line',
        source: AREA_SOURCE,
        paint: {
          'line-color': typeColourExpression() as never,
          'line-opacity': opacity(1) as never,
          'line-width': [
            '*',
            ['case', ['boolean', ['feature-state', 'selected'], false], 1.75, 1],
            ['match', ['get', 'precision'], 'country', 1, 2],
          ] as never,
          // Dashed: the edge of an area is not where the event happened, only its bound.
          'line-dasharray': [3, 2],
        },
      },
      beforeId,
    );
    map.addLayer(
      {
        id: EVENT_LAYER_IDS.routes,
        type: 'line',
        source: ROUTE_SOURCE,
        layout: { 'line-cap': 'round' },
        paint: {
          'line-color': typeColourExpression() as never,
          'line-opacity': opacity(0.9) as never,
          'line-width': ['case', ['boolean', ['feature-state', 'selected'], false], 4, 2.5] as never,
          // Solid (no gap), yet drawn with the same dashed-line shader as the area outlines:
          // one shader program fewer to compile before the first frame (about 80 ms measured).
          'line-dasharray': [1, 0],
        },
      },
      beforeId,
    );
    this.#points = new EventPointsLayer(EVENT_LAYER_IDS.points, shaderStyles());
    map.addLayer(this.#points, beforeId);
  }

  /** Draws a dataset's events. Setting the model already drawn does nothing. */
  setModel(model: MapModel): void {
    if (model === this.#model) return;
    this.#model = model;
    this.#mask = new Uint8Array(model.events.length).fill(1);
    this.#areaOpacity = model.areas.map(() => -1);
    this.#routeOpacity = model.routes.map(() => -1);
    this.#geojson(AREA_SOURCE, model.areas);
    this.#geojson(ROUTE_SOURCE, model.routes);
    this.#points.setPoints(
      model.points.map((p) => ({ ...p, styleIndex: styleIndexOf(p.type) })),
      this.#pointMask(),
    );
    this.#applyTime();
  }

  /** The time change: uniforms for points, a few feature-states for areas and routes. */
  setTime(time: number, window: TimeWindow): void {
    this.#time = time;
    this.#window = window;
    this.#points.setTime({
      time,
      windowDays: window.mode === 'cumulative' ? Infinity : window.days,
      fadeDays: fadeDays(window),
    });
    this.#applyTime();
  }

  /** Which events pass the filters, by event index (1 passes). */
  setMask(mask: Uint8Array): void {
    this.#mask = mask;
    this.#points.setMask(this.#pointMask());
    this.#applyTime();
  }

  setSelected(eventIndex: number): void {
    const previous = this.#selected;
    this.#selected = eventIndex;
    const pointIndex = this.#model.points.findIndex((p) => p.eventIndex === eventIndex);
    this.#points.setSelected(pointIndex);
    for (const [source, features] of [
      [AREA_SOURCE, this.#model.areas],
      [ROUTE_SOURCE, this.#model.routes],
    ] as const) {
      for (const f of features) {
        const index = f.properties.eventIndex;
        if (index === previous || index === eventIndex) {
          this.#map.setFeatureState({ source, id: f.id as number }, { selected: index === eventIndex });
        }
      }
    }
  }

  /** Events under a screen point, nearest first: points within PICK_RADIUS, then routes and areas. */
  pick(point: { x: number; y: number }): number[] {
    const hits: { eventIndex: number; distance: number }[] = [];
    this.#model.points.forEach((p) => {
      if (!this.#isShown(p.eventIndex, p.first, p.last)) return;
      const screen = this.#map.project([p.lon, p.lat]);
      const distance = Math.hypot(screen.x - point.x, screen.y - point.y);
      if (distance <= PICK_RADIUS) hits.push({ eventIndex: p.eventIndex, distance });
    });
    const box: [PointLike, PointLike] = [
      [point.x - 4, point.y - 4],
      [point.x + 4, point.y + 4],
    ];
    for (const feature of this.#map.queryRenderedFeatures(box, {
      layers: [EVENT_LAYER_IDS.routes, EVENT_LAYER_IDS.areaFill],
    })) {
      const props = feature.properties as MapFeatureProperties;
      if (this.#isShown(props.eventIndex, props.first, props.last)) {
        // Routes and areas are larger targets than points: rank them after any point.
        hits.push({ eventIndex: props.eventIndex, distance: PICK_RADIUS + (feature.layer.type === 'line' ? 1 : 2) });
      }
    }
    hits.sort((a, b) => a.distance - b.distance);
    return [...new Set(hits.map((h) => h.eventIndex))];
  }

  /** Indexes of the events the layers show now (after time, window and filters). */
  shownEvents(): number[] {
    const shown = new Set<number>();
    const check = (i: number, first: number, last: number) => this.#isShown(i, first, last) && shown.add(i);
    for (const p of this.#model.points) check(p.eventIndex, p.first, p.last);
    for (const f of [...this.#model.areas, ...this.#model.routes]) {
      check(f.properties.eventIndex, f.properties.first, f.properties.last);
    }
    return [...shown].sort((a, b) => a - b);
  }

  #isShown(eventIndex: number, first: number, last: number): boolean {
    return this.#mask[eventIndex] !== 0 && visibilityForTime(first, last, this.#time, this.#window).visible;
  }

  #pointMask(): Uint8Array {
    return Uint8Array.from(this.#model.points, (p) => this.#mask[p.eventIndex] ?? 1);
  }

  #geojson(source: string, features: MapModel['areas']): void {
    const geojson = this.#map.getSource(source) as unknown as { setData(data: unknown): void } | undefined;
    geojson?.setData({ type: 'FeatureCollection', features });
  }

  #applyTime(): void {
    this.#applyOpacity(AREA_SOURCE, this.#model.areas, this.#areaOpacity);
    this.#applyOpacity(ROUTE_SOURCE, this.#model.routes, this.#routeOpacity);
  }

  #applyOpacity(source: string, features: MapModel['areas'], written: number[]): void {
    features.forEach((f, i) => {
      const { eventIndex, first, last } = f.properties;
      const { visible, recency } = visibilityForTime(first, last, this.#time, this.#window);
      const shown = visible && this.#mask[eventIndex] !== 0;
      const opacity = shown
        ? Math.round((FADED_OPACITY + (1 - FADED_OPACITY) * recency) * OPACITY_STEPS) / OPACITY_STEPS
        : 0;
      if (written[i] === opacity) return;
      written[i] = opacity;
      this.#map.setFeatureState({ source, id: f.id as number }, { opacity });
    });
  }
}
