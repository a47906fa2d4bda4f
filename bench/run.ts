/**
 * `npm run bench`: every benchmark, each comparing our way with the obvious baseline in the same
 * run, printed as plain figures. Benchmarks measure; they never fail a build.
 */
import { benchPlayback } from './benchmarks/playback.ts';
import { benchGeoparse } from './benchmarks/geoparse.ts';
import { benchExport } from './benchmarks/export.ts';
import { benchFirstView } from './benchmarks/first-view.ts';
import { benchValidate } from './benchmarks/validate.ts';
import { benchExtractEvents } from './benchmarks/extract-events.ts';
import { benchScaleTiled } from './benchmarks/scale-tiled.ts';
import { benchScale } from './benchmarks/scale.ts';
import { benchImportSpeed } from './benchmarks/import-speed.ts';
import { benchArticleApp } from './benchmarks/article-app.ts';

const benches: { name: string; run: () => Promise<string[]> }[] = [
  { name: 'geoparse', run: benchGeoparse },
  { name: 'extract-events', run: benchExtractEvents },
  // "Map an article" in the built app: what a user waits for, beside the core alone.
  { name: 'article-app', run: benchArticleApp },
  { name: 'export', run: benchExport },
  { name: 'validate', run: benchValidate },
  { name: 'first-view', run: benchFirstView },
  { name: 'playback', run: benchPlayback },
  // The import worker's per-row work in Node; scale measures the whole import in the browser.
  { name: 'import-speed', run: benchImportSpeed },
  // A million events: imported into the app, then (scale-tiled, also on its own) cut into tiles.
  { name: 'scale', run: async () => [...(await benchScale()), '', ...(await benchScaleTiled())] },
  { name: 'scale-tiled', run: benchScaleTiled },
];

const only = process.argv.slice(2);
for (const { name, run } of benches) {
  // With no names, all but scale-tiled, which scale already runs.
  if (only.length > 0 ? !only.includes(name) : name === 'scale-tiled') continue;
  const started = performance.now();
  console.log(`\n== ${name}`);
  for (const line of await run()) console.log(line);
  console.log(`(${name}: ${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
