/**
 * Browser-test setup, once per run: build the app exactly as users get it (as `npm run build`
 * does, into a folder of this run's own, so two runs on one checkout do not overwrite each
 * other's files), serve it on a free loopback port with Vite's preview server, and start one
 * headless Chromium that every test file connects to.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import { chromium, type BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { BROWSER_ARGS, HOW_TO_GET_A_BROWSER, findBrowser } from '../support/find-browser.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    browserWsEndpoint: string;
    browserMissing: string;
  }
}

export default async function setup(project: TestProject) {
  const executablePath = findBrowser();
  if (!executablePath) {
    if (process.env.CI) throw new Error(HOW_TO_GET_A_BROWSER);
    console.warn(
      `\n⚠️  ${HOW_TO_GET_A_BROWSER}\n⚠️  BROWSER TESTS ARE SKIPPED on this machine (they never are in CI).\n`,
    );
    project.provide('browserMissing', HOW_TO_GET_A_BROWSER);
    project.provide('baseUrl', '');
    project.provide('browserWsEndpoint', '');
    return;
  }

  const outDir = mkdtempSync(join(tmpdir(), 'time-atlas-e2e-'));
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server: PreviewServer = await preview({
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no TCP address');
  const baseUrl = `http://127.0.0.1:${address.port}/`;

  const browser: BrowserServer = await chromium.launchServer({
    executablePath,
    headless: true,
    args: BROWSER_ARGS,
  });

  project.provide('baseUrl', baseUrl);
  project.provide('browserWsEndpoint', browser.wsEndpoint());
  project.provide('browserMissing', '');

  return async () => {
    await browser.close();
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
    rmSync(outDir, { recursive: true, force: true });
  };
}
