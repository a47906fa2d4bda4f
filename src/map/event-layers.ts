/**
 * All event layers on the map: points (a GPU layer with time as a uniform), areas that stand for
 * imprecise locations, and great-circle routes. A time change updates the points' uniforms and
 * the feature-state of only those areas and routes whose look changed: no `setData`, no
 * `setFilter`, no tile reload.
 *
 * Each place drawn as an area is one feature, however many events stand on it (see
 * `areaPlaces`): it takes the colour of its most visible event, and a click on it picks all of
 * its events that are shown.
 */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeoJSONSourceSpecification, Map as MapLibreMap, PointLike } from './maplibre.ts';
import {
  areaPlaces,
  leadingMember,
  pointsOf,
  type AreaPlace,
  type MapFeatureProperties,
  type MapModel,
} from '../core/model/map-model.ts';
import { fadeDays, visibilityForTime, type TimeWindow } from '../core/dataset/select-events.ts';
import { EVENT_TYPES } from '../core/dataset/schema.ts';
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

/** An area's colour: that of the event type it shows now, set as feature-state `style`. */
function stateColourExpression(): unknown[] {
  const cases = EVENT_TYPES.flatMap((type) => [styleIndexOf(type), cssColour(EVENT_TYPE_STYLES[type].colour)]);
  return ['match', ['number', ['coalesce', ['feature-state', 'style'], -1]], ...cases, '#444'];
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

const NO_POINTS: MapModel['points'] = {
  size: 0,
  eventIndex: new Uint32Array(0),
  placeId: [],
  lon: new Float64Array(0),
  lat: new Float64Array(0),
  first: new Int32Array(0),
  last: new Int32Array(0),
};

export class EventLayers {
  readonly #map: EventLayersMap;
  readonly #points: EventPointsLayer;
  #model: MapModel = { events: [], points: NO_POINTS, areas: [], routes: [] };
  #mask: Uint8Array = new Uint8Array(0);
  #time = 0;
  #window: TimeWindow = { mode: 'cumulative' };
  #selected = -1;
  /** The places drawn as areas; a place's index is its feature id in the area source. */
  #areaPlaces: AreaPlace[] = [];
  /** Last state written per area place and per route, to skip unchanged feature-state writes. */
  #areaState: { opacity: number; style: number }[] = [];
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
        // A country-wide event is shown by its dashed outline alone: filling the country would
        // cover most of the map in one colour. Left out of this layer, its polygon is neither
        // triangulated nor painted (a transparent fill is still painted, pixel by pixel).
        filter: ['!=', ['get', 'precision'], 'country'],
        paint: {
          'fill-color': stateColourExpression() as never,
          // The coarser the location, the fainter the fill.
          'fill-opacity': [
            '*',
            ['match', ['get', 'precision'], 'district', 0.25, 'province', 0.14, 0.16],
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
          'line-color': stateColourExpression() as never,
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
    this.#areaPlaces = areaPlaces(model.areas);
    this.#areaState = this.#areaPlaces.map(() => ({ opacity: -1, style: -1 }));
    this.#routeOpacity = model.routes.map(() => -1);
    this.#setAreaData();
    this.#geojson(ROUTE_SOURCE, model.routes);
    const { points, events } = model;
    this.#points.setPoints(
      Array.from({ length: points.size }, (_, i) => ({
        lon: points.lon[i] as number,
        lat: points.lat[i] as number,
        first: points.first[i] as number,
        last: points.last[i] as number,
        styleIndex: styleIndexOf(events[points.eventIndex[i] as number]!.type),
      })),
      this.#pointMask(),
    );
    this.#applyTime();
  }

  /**
   * Draws places' areas with other geometry, by place id (the full gazetteer's, for a map zoomed in
   * past the display copy's zoom). Feature ids stay, so the areas keep their time and selection
   * state. Until the next model: a new dataset brings its own geometry.
   */
  setPlaceGeometry(geometries: ReadonlyMap<string, Geometry>): void {
    let changed = false;
    this.#areaPlaces = this.#areaPlaces.map((place) => {
      const geometry = geometries.get(place.key);
      if (!geometry || geometry === place.geometry) return place;
      changed = true;
      return { ...place, geometry };
    });
    if (changed) this.#setAreaData();
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
    const { from, to } = pointsOf(this.#model.points, eventIndex);
    this.#points.setSelected(to > from ? from : -1);
    for (const f of this.#model.routes) {
      const index = f.properties.eventIndex;
      if (index === previous || index === eventIndex) {
        this.#map.setFeatureState({ source: ROUTE_SOURCE, id: f.id as number }, { selected: index === eventIndex });
      }
    }
    this.#areaPlaces.forEach((place, id) => {
      const holds = (index: number) => place.members.some((m) => this.#model.areas[m]?.properties.eventIndex === index);
      if (holds(previous) || holds(eventIndex)) {
        this.#map.setFeatureState({ source: AREA_SOURCE, id }, { selected: holds(eventIndex) });
      }
    });
    // A selected event leads its area's colour.
    this.#applyAreas();
  }

  /** Events under a screen point, nearest first: points within PICK_RADIUS, then routes and areas. */
  pick(point: { x: number; y: number }): number[] {
    const hits: { eventIndex: number; distance: number }[] = [];
    const { points } = this.#model;
    for (let i = 0; i < points.size; i++) {
      const eventIndex = points.eventIndex[i] as number;
      if (!this.#isShown(eventIndex, points.first[i] as number, points.last[i] as number)) continue;
      const screen = this.#map.project([points.lon[i] as number, points.lat[i] as number]);
      const distance = Math.hypot(screen.x - point.x, screen.y - point.y);
      if (distance <= PICK_RADIUS) hits.push({ eventIndex, distance });
    }
    const box: [PointLike, PointLike] = [
      [point.x - 4, point.y - 4],
      [point.x + 4, point.y + 4],
    ];
    // Routes and areas are larger targets than points: rank them after any point.
    for (const feature of this.#map.queryRenderedFeatures(box, { layers: [EVENT_LAYER_IDS.routes] })) {
      const props = feature.properties as MapFeatureProperties;
      if (this.#isShown(props.eventIndex, props.first, props.last)) {
        hits.push({ eventIndex: props.eventIndex, distance: PICK_RADIUS + 1 });
      }
    }
    // An area is picked inside its fill or on its outline (a country has only its outline).
    const areaFeatures = this.#map.queryRenderedFeatures(box, {
      layers: [EVENT_LAYER_IDS.areaFill, EVENT_LAYER_IDS.areaLine],
    });
    for (const id of new Set(areaFeatures.map((f) => Number(f.id)))) {
      // Every shown event of the place, the latest first.
      for (const member of [...(this.#areaPlaces[id]?.members ?? [])].reverse()) {
        const props = this.#model.areas[member]!.properties;
        if (this.#isShown(props.eventIndex, props.first, props.last)) {
          hits.push({ eventIndex: props.eventIndex, distance: PICK_RADIUS + 2 });
        }
      }
    }
    hits.sort((a, b) => a.distance - b.distance);
    return [...new Set(hits.map((h) => h.eventIndex))];
  }

  /** Indexes of the events the layers show now (after time, window and filters). */
  shownEvents(): number[] {
    const shown = new Set<number>();
    const check = (i: number, first: number, last: number) => this.#isShown(i, first, last) && shown.add(i);
    const { points } = this.#model;
    for (let i = 0; i < points.size; i++) {
      check(points.eventIndex[i] as number, points.first[i] as number, points.last[i] as number);
    }
    for (const f of [...this.#model.areas, ...this.#model.routes]) {
      check(f.properties.eventIndex, f.properties.first, f.properties.last);
    }
    return [...shown].sort((a, b) => a - b);
  }

  #isShown(eventIndex: number, first: number, last: number): boolean {
    return this.#mask[eventIndex] !== 0 && visibilityForTime(first, last, this.#time, this.#window).visible;
  }

  #pointMask(): Uint8Array {
    return Uint8Array.from(this.#model.points.eventIndex, (e) => this.#mask[e] ?? 1);
  }

  #setAreaData(): void {
    this.#geojson(
      AREA_SOURCE,
      this.#areaPlaces.map((place, id) => ({
        type: 'Feature',
        id,
        properties: { place: place.key, ...(place.precision ? { precision: place.precision } : {}) },
        geometry: place.geometry,
      })),
    );
  }

  #geojson(source: string, features: Feature<Geometry, object>[]): void {
    const geojson = this.#map.getSource(source) as unknown as { setData(data: unknown): void } | undefined;
    geojson?.setData({ type: 'FeatureCollection', features });
  }

  #applyTime(): void {
    this.#applyAreas();
    this.#model.routes.forEach((f, i) => {
      const opacity = this.#opacity(f.properties);
      if (this.#routeOpacity[i] === opacity) return;
      this.#routeOpacity[i] = opacity;
      this.#map.setFeatureState({ source: ROUTE_SOURCE, id: f.id as number }, { opacity });
    });
  }

  /** Each area place shows its most visible event (the selected one, when it is shown). */
  #applyAreas(): void {
    // Runs on every time step of playback: no allocation per place, only a few sums per event.
    const opacityOf = (member: number) => this.#opacity(this.#model.areas[member]!.properties);
    this.#areaPlaces.forEach((place, id) => {
      const selected = place.members.find((m) => this.#model.areas[m]!.properties.eventIndex === this.#selected);
      const lead =
        selected !== undefined && opacityOf(selected) > 0 ? selected : leadingMember(place.members, opacityOf);
      const written = this.#areaState[id]!;
      const opacity = lead === undefined ? 0 : opacityOf(lead);
      // A hidden area keeps its colour: no write until it shows again.
      const style = lead === undefined ? written.style : styleIndexOf(this.#model.areas[lead]!.properties.type);
      if (opacity === written.opacity && style === written.style) return;
      this.#areaState[id] = { opacity, style };
      this.#map.setFeatureState({ source: AREA_SOURCE, id }, { opacity, style });
    });
  }

  /** A feature's opacity now: 0 when hidden, fading with age, in OPACITY_STEPS steps. */
  #opacity({ eventIndex, first, last }: MapFeatureProperties): number {
    const { visible, recency } = visibilityForTime(first, last, this.#time, this.#window);
    if (!visible || this.#mask[eventIndex] === 0) return 0;
    return Math.round((FADED_OPACITY + (1 - FADED_OPACITY) * recency) * OPACITY_STEPS) / OPACITY_STEPS;
  }
}
