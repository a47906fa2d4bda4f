import { mount } from 'svelte';
import App from './ui/App.svelte';
import './ui/global.css';
import './ui/embed.css';
import { parseUrlState } from './core/url-state.ts';
import { startFrameHeight } from './embed/frame-height.ts';

const target = document.getElementById('app');
if (!target) throw new Error('index.html must contain <div id="app">');

mount(App, { target });

// In a host page's iframe, tell the host how tall the atlas is (the host script resizes the frame).
if (window.parent !== window && parseUrlState(location.search).state.embed) startFrameHeight(window.parent);
