// First, so zod is configured before any module's schema runs (see the file).
import './core/dataset/zod-config.ts';
import { mount } from 'svelte';
import App from './ui/App.svelte';
import './ui/global.css';
import './ui/embed.css';
import { parseUrlState } from './core/view/url-state.ts';
import { startFrameHeight } from './embed/frame-height.ts';
import { preferredEmbedHeight } from './embed/preferred-height.ts';
import { startMapEarly } from './ui/map-start.ts';
import { DEFAULT_LABEL_NAMES } from './state/app-state.svelte.ts';
import { loadDefaultDataset } from './state/load-default-dataset.ts';
import { matchLanguage } from './core/text/languages.ts';
import { applyDocumentLanguage } from './ui/text.ts';
import './ui/urdu.css';
import { tiledLink } from './state/tiled-dataset.ts';

const target = document.getElementById('app');
if (!target) throw new Error('index.html must contain <div id="app">');

// The dataset and the map load side by side: the dataset's requests go out first, then the map
// (which needs nothing from the dataset) starts while they are on their way.
const dataset = loadDefaultDataset();
const { state } = parseUrlState(location.search);
// The page speaks the reader's language from its first paint: the link's, else the browser's.
const lang = state.lang ?? matchLanguage(navigator.languages);
applyDocumentLanguage(lang);
// A tiled dataset (data=…/events.pmtiles) draws on a map of its own: starting the early map only
// to destroy it would abort its workers' messages in flight.
if (!tiledLink(location.search, location))
  startMapEarly({
    basemap: state.basemap,
    labelNames: DEFAULT_LABEL_NAMES,
    camera: state.camera,
    reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches,
    embed: state.embed ?? false,
    lang,
  });

mount(App, { target, props: { dataset } });

// In a host page's iframe, tell the host how tall the atlas is (the host script resizes the frame).
if (window.parent !== window && state.embed) startFrameHeight(window.parent, { measure: () => preferredEmbedHeight() });
