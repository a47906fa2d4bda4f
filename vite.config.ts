import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { basemapPlugin } from './scripts/vite/basemap-plugin.ts';
import { cspDevPlugin } from './scripts/vite/csp-dev-plugin.ts';

// `base: './'` makes every asset URL relative, so the built `dist/` works from any folder
// (a teacher's own web space, a learning platform's file area) without a rebuild.
export default defineConfig({
  base: './',
  plugins: [svelte(), basemapPlugin(fileURLToPath(new URL('geodata/basemap', import.meta.url))), cspDevPlugin()],
  server: { host: '127.0.0.1', open: false },
  preview: { host: '127.0.0.1' },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    // Every asset stays a file of the page's own origin: Vite would otherwise inline small ones
    // (sources.json) as data: URLs, and fetching a data: URL needs `connect-src data:`, which the
    // Content-Security-Policy in index.html does not allow.
    assetsInlineLimit: 0,
    // edtf.js declares no `sideEffects`, so its parser (57 kB) rode in the page's bundle behind
    // import code the page never calls: the importers run in a worker, whose bundle keeps it.
    // Marked side-effect free, it is left out of the page's bundle (checked: no "nearley" there).
    rolldownOptions: {
      treeshake: { moduleSideEffects: [{ test: /node_modules[\\/](edtf|nearley)[\\/]/, sideEffects: false }] },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // One browser, one server: files run one after another on a 2-core machine.
          fileParallelism: false,
        },
      },
    ],
  },
});
