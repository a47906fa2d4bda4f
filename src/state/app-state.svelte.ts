/**
 * The state of one Time Atlas on a page. *Domain* state (the loaded dataset and what is derived
 * from it) never changes after loading; *app* state (time, window, filters, selection) is what
 * the user moves. Everything else is derived. One instance per embed, handed down by context,
 * so two maps can share a page.
 */
import { getContext, setContext } from 'svelte';
import type { FeatureCollection, Point } from 'geojson';
import { PlaybackClock, DEFAULT_SPEED, stepToEvent, type FrameScheduler } from '../core/time/clock.ts';
import { addMonths } from '../core/time/day.ts';
import { datasetExtent, type EpochSpan } from '../core/time/event-times.ts';
import { createGazetteerIndex, type GazetteerIndex } from '../core/dataset/gazetteer.ts';
import { buildMapModel, type MapModel } from '../core/model/map-model.ts';
import { createPlaceIndex, type PlaceIndex } from '../core/model/place-index.ts';
import type { Dataset, EventType, Source, TimeEvent } from '../core/dataset/schema.ts';
import {
  createEventIndex,
  maskIndex,
  type EventFilters,
  type EventIndex,
  type TimeWindow,
} from '../core/dataset/select-events.ts';
import {
  createDayIndex,
  createDaySet,
  firstStartingOn,
  isVisibleAt,
  startDays,
  type DayIndex,
  type DaySet,
} from '../core/dataset/day-index.ts';
import { DaySelection } from '../core/dataset/day-selection.ts';
import { createFilterColumns, filterMask, type FilterColumns } from '../core/dataset/filter-mask.ts';
import type { MapCapture } from '../map/capture.ts';
import { DEFAULT_LANG, type Lang } from '../core/text/languages.ts';
import type { Message } from '../core/text/translate.ts';
import { DEFAULT_WINDOW, serialiseUrlState, type CameraState, type UrlState } from '../core/view/url-state.ts';

/** Everything derived once from a loaded dataset. */
export interface Domain {
  dataset: Dataset;
  gazetteer: GazetteerIndex;
  index: EventIndex;
  model: MapModel;
  sources: ReadonlyMap<string, Source>;
  /** The default time range: the dataset without its background events. */
  focus: EpochSpan;
  /** Everything, background included. */
  full: EpochSpan;
  /** Actors named in the dataset, sorted. */
  actors: string[];
  /** Event id → index in `model.events` (the map's event index). */
  eventIndexById: ReadonlyMap<string, number>;
  /** First and last days by map event index, for selection by binary search. */
  days: DayIndex;
  /** Types, actors and search tokens by map event index, for the filters' bitsets. */
  columns: FilterColumns;
  /** The events drawn at each point place (the card's "also at this place"). */
  places: PlaceIndex;
}

export function buildDomain(dataset: Dataset): Domain {
  const gazetteer = createGazetteerIndex(dataset.places.features);
  // Every name a reader may see a place by: its name, its aliases and its name in each language.
  const placeNames = new Map(
    dataset.places.features.map(({ properties: p }) => [
      p.id,
      [p.name, ...p.aliases, ...Object.values(p.translations ?? {}).flatMap((t) => (t.name ? [t.name] : []))],
    ]),
  );
  const index = createEventIndex(dataset.events, placeNames);
  const model = buildMapModel(index.entries, gazetteer);
  const focus = datasetExtent(dataset.events, { includeBackground: false }) ?? { first: 0, last: 0 };
  const full = datasetExtent(dataset.events, { includeBackground: true }) ?? focus;
  const actors = [...new Set(dataset.events.flatMap((e) => e.actors))].sort((a, b) => a.localeCompare(b));
  return {
    dataset,
    gazetteer,
    index,
    model,
    sources: new Map(dataset.sources.map((s) => [s.id, s])),
    focus,
    full,
    actors,
    eventIndexById: new Map(model.events.map((e, i) => [e.id, i])),
    // The map model's events are the index's entries in the same order: one position for both.
    days: createDayIndex(index.entries),
    columns: createFilterColumns(index.entries, index.placeNames),
    places: createPlaceIndex(model),
  };
}

/** West-south and east-north corners, in degrees. */
export type Bounds = [[number, number], [number, number]];

/**
 * What the app may ask of the map on screen: camera moves are calls, made once, never state that
 * a map built later (another basemap) would replay.
 */
export interface CameraPort {
  flyTo(camera: CameraState): void;
  fitTo(bounds: Bounds, options?: { maxZoom?: number; padding?: number }): void;
}

/** A message shown once over the map: worded in the reader's language, or (older callers) already in words. */
export type Notice = Message | string;

const browserScheduler: FrameScheduler = {
  request: (cb) => requestAnimationFrame(cb),
  cancel: (id) => cancelAnimationFrame(id),
};

/** The dataset is about 2011: label the map with the names of the time by default. */
export const DEFAULT_LABEL_NAMES = '2011';

export class AppState {
  readonly domain: Domain;
  readonly clock: PlaybackClock;

  // ---- app state: what the user moves
  time = $state(0);
  playing = $state(false);
  speed = $state(DEFAULT_SPEED);
  window = $state.raw<TimeWindow>(DEFAULT_WINDOW);
  /** Empty: every type. */
  types = $state.raw<ReadonlySet<EventType>>(new Set());
  actors = $state.raw<ReadonlySet<string>>(new Set());
  query = $state('');
  selectedId = $state<string | null>(null);
  /** Show the background events (before the focus period) on the time axis. */
  showBackground = $state(false);
  /** Move the camera to each current event as time passes. */
  follow = $state(false);
  camera = $state.raw<CameraState | undefined>(undefined);
  embed = $state(false);
  /** Id of the guided tour being played, if any. */
  tour = $state<string | undefined>(undefined);
  /** `dark`, an https style URL, or undefined for the light offline basemap. */
  basemap = $state<string | undefined>(undefined);
  /** Label Pakistan's units with their 2011 names (NWFP, FATA agencies) or today's. */
  labelNames = $state<'2011' | 'current'>(DEFAULT_LABEL_NAMES);
  /** The reader's language: the app's words, the dataset's translations and the map's labels. */
  lang = $state<Lang>(DEFAULT_LANG);
  /** The language the reader's browser asks for; a link names the language only when it differs. */
  readonly browserLang: Lang;
  /** Extra points over the map, e.g. the places found in a pasted article. */
  overlay = $state.raw<FeatureCollection<Point, { name: string; count?: number }> | null>(null);
  #cameraPort: CameraPort | undefined;
  /** Where the map first looks when there is no camera: set for a dataset loaded in place of the built-in one. */
  startBounds: Bounds | undefined;
  /** Draws the map as a PNG data URL; set by the map view once the map exists (print). */
  snapshotMap: (() => Promise<string>) | undefined;
  /** Frames of the map for pictures and videos; set by the map view once the map exists. */
  mapCapture: MapCapture | undefined;
  /** Messages about the URL or data that the user should see once. */
  notices = $state<Notice[]>([]);

  // ---- derived
  /**
   * The day the clock is in. What lists and cards show changes by the day, so they derive from
   * this, not from \`time\`, which moves a fraction of a day every frame of playback.
   */
  day = $derived(Math.floor(this.time));
  range = $derived.by<EpochSpan>(() => (this.showBackground ? this.domain.full : this.domain.focus));
  filters = $derived({
    types: this.types,
    actors: this.actors,
    query: this.query,
  });
  /** The events passing the filters, indexed for per-day selection: made once per filter change. */
  daySet = $derived.by(() => this.#filtered(this.filters).set);
  // The day, not the clock time: an event's first and last days are whole, so at any moment of a
  // day the same events are visible (the map fades them by the exact time on its own).
  selection = $derived.by(() => this.#selectionAt(this.daySet, this.day, this.window));
  /** The events passing the filters, as an event index (the density strip, print, tours). */
  filteredIndex = $derived.by(() => this.#filtered(this.filters).index);
  /** 1 for events passing the filters, by map event index. */
  mask = $derived(this.daySet.mask);
  selected = $derived.by<TimeEvent | undefined>(() => {
    const position = this.selectedId ? this.domain.eventIndexById.get(this.selectedId) : undefined;
    return position === undefined ? undefined : this.domain.model.events[position];
  });
  /**
   * The event the card shows: the one picked, else the most specific one happening now (a strike
   * on this day before a reaction dated "some time in the next three weeks"), latest first.
   */
  featured = $derived<TimeEvent | undefined>(this.selected ?? this.selection.mostSpecific());
  /** Start days of the filtered events, sorted: the stops of previous/next. */
  eventDays = $derived(startDays(this.daySet));
  urlQuery = $derived(serialiseUrlState(this.#urlState()));

  constructor(
    dataset: Dataset,
    initial: UrlState,
    options: { now?: () => number; scheduler?: FrameScheduler; browserLang?: Lang } = {},
  ) {
    this.domain = buildDomain(dataset);
    this.browserLang = options.browserLang ?? DEFAULT_LANG;
    this.lang = initial.lang ?? this.browserLang;
    const focus = this.domain.focus;
    const t = initial.t;
    // A time before the focus period (a background event) opens the full range.
    if (t !== undefined && t < focus.first) this.showBackground = true;
    this.window = initial.window;
    this.types = new Set(initial.types ?? []);
    this.actors = new Set(initial.actors ?? []);
    this.selectedId = initial.event ?? null;
    this.camera = initial.camera;
    this.embed = initial.embed ?? false;
    this.tour = initial.tour;
    this.basemap = initial.basemap;
    const range = this.showBackground ? this.domain.full : focus;
    this.clock = new PlaybackClock({
      now: options.now ?? (() => performance.now()),
      scheduler: options.scheduler ?? browserScheduler,
      range,
      time: t ?? this.#startTime(initial.event) ?? range.first,
    });
    this.time = this.clock.time;
    this.clock.onTick((s) => {
      this.time = s.time;
      this.playing = s.playing;
      this.speed = s.speed;
    });
  }

  // ---- verbs
  seek(day: number): void {
    this.clock.seek(Math.min(Math.max(day, this.range.first), this.range.last));
  }
  stepDays(days: number): void {
    this.seek(Math.floor(this.time) + days);
  }
  stepMonths(months: number): void {
    this.seek(addMonths(Math.floor(this.time), months));
  }
  togglePlay(): void {
    this.clock.toggle();
  }
  setSpeed(speed: number): void {
    this.clock.setSpeed(speed);
  }
  /** Jumps to the previous or next event start (after the filters) and shows that event. */
  stepEvent(direction: 1 | -1): void {
    const day = stepToEvent(this.eventDays, Math.floor(this.time), direction);
    if (day === undefined) return;
    this.setShowBackground(this.showBackground || day < this.domain.focus.first);
    this.seek(day);
    const position = firstStartingOn(this.daySet, day);
    this.selectedId = position === undefined ? null : (this.domain.model.events[position]?.id ?? null);
  }
  /** Selects an event and moves time to its start, so the map shows it. */
  selectEvent(id: string | null, { seek = true } = {}): void {
    this.selectedId = id;
    if (!id || !seek) return;
    const day = this.#startTime(id);
    if (day === undefined) return;
    if (day < this.range.first || day > this.range.last) this.setShowBackground(true);
    const position = this.domain.eventIndexById.get(id);
    const shown = position !== undefined && isVisibleAt(this.daySet, position, this.day, this.window);
    if (Math.floor(this.time) < day || !shown) this.seek(day);
  }
  setShowBackground(show: boolean): void {
    this.showBackground = show;
    this.clock.setRange(show ? this.domain.full : this.domain.focus);
    this.time = this.clock.time;
  }
  toggleType(type: EventType): void {
    const next = new Set(this.types);
    if (next.has(type)) next.delete(type);
    else next.add(type);
    this.types = next;
  }
  toggleActor(actor: string): void {
    const next = new Set(this.actors);
    if (next.has(actor)) next.delete(actor);
    else next.add(actor);
    this.actors = next;
  }
  clearFilters(): void {
    this.types = new Set();
    this.actors = new Set();
    this.query = '';
  }
  /** The map view hands over its map's camera; the returned function takes it back. */
  attachCamera(port: CameraPort): () => void {
    this.#cameraPort = port;
    return () => {
      if (this.#cameraPort === port) this.#cameraPort = undefined;
    };
  }
  /**
   * Moves the camera to a saved view (a tour step). With no map on screen yet (a tour opened by
   * a link, before the map view mounts) the view becomes the camera the map is built with.
   */
  moveCamera(camera: CameraState): void {
    if (this.#cameraPort) this.#cameraPort.flyTo(camera);
    else this.camera = camera;
  }
  /** Frames an area on the map there is (the places found in an article). */
  fitTo(bounds: Bounds, options: { maxZoom?: number; padding?: number } = {}): void {
    this.#cameraPort?.fitTo(bounds, options);
  }
  dismissNotice(index: number): void {
    this.notices = this.notices.filter((_, i) => i !== index);
  }
  destroy(): void {
    this.clock.destroy();
  }

  #startTime(eventId: string | undefined): number | undefined {
    if (!eventId) return undefined;
    const position = this.domain.eventIndexById.get(eventId);
    return position === undefined ? undefined : this.domain.days.first[position];
  }

  #lastFiltered: { key: string; set: DaySet; index: EventIndex } | undefined;
  /** One bitset per filter change, read by the day set and the filtered index alike. */
  #filtered(filters: EventFilters): { set: DaySet; index: EventIndex } {
    const key = JSON.stringify([[...(filters.types ?? [])].sort(), [...(filters.actors ?? [])].sort(), filters.query]);
    if (this.#lastFiltered?.key !== key) {
      const mask = filterMask(this.domain.columns, filters);
      this.#lastFiltered = {
        key,
        set: createDaySet(this.domain.days, mask),
        index: maskIndex(this.domain.index, mask),
      };
    }
    return this.#lastFiltered;
  }

  #lastSelection: DaySelection | undefined;
  /** Equal inputs give the identical selection, so readers outside an effect see no change. */
  #selectionAt(set: DaySet, day: number, window: TimeWindow): DaySelection {
    const last = this.#lastSelection;
    const sameWindow =
      last !== undefined &&
      last.window.mode === window.mode &&
      (window.mode === 'cumulative' || (last.window.mode === 'window' && last.window.days === window.days));
    if (last && last.set === set && last.time === day && sameWindow) return last;
    this.#lastSelection = new DaySelection(set, this.domain.model.events, day, window);
    return this.#lastSelection;
  }

  #urlState(): UrlState {
    return {
      t: Math.floor(this.time),
      window: this.window,
      ...(this.selectedId ? { event: this.selectedId } : {}),
      ...(this.types.size > 0 ? { types: [...this.types] } : {}),
      ...(this.actors.size > 0 ? { actors: [...this.actors] } : {}),
      ...(this.camera ? { camera: this.camera } : {}),
      ...(this.embed ? { embed: true } : {}),
      ...(this.tour ? { tour: this.tour } : {}),
      ...(this.basemap ? { basemap: this.basemap } : {}),
      // Any language but English travels with the link; English only when the browser asks for another.
      ...(this.lang !== DEFAULT_LANG || this.lang !== this.browserLang ? { lang: this.lang } : {}),
    };
  }
}

const KEY = Symbol('time-atlas-state');
export const provideAppState = (state: AppState) => setContext(KEY, state);
export const useAppState = (): AppState => {
  const state = getContext<AppState | undefined>(KEY);
  if (!state) throw new Error('useAppState() outside a Time Atlas: provideAppState() first');
  return state;
};
