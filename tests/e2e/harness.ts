/**
 * What each browser test gets: a fresh page on the built app, with everything the page logged
 * and requested recorded, so a test can assert "no console errors" and "nothing left the origin".
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject, test } from 'vitest';

export interface AppPage {
  page: Page;
  baseUrl: string;
  /** Console errors and uncaught exceptions, in order. */
  errors: string[];
  /** Every URL the page requested (documents, scripts, workers, data, fonts). */
  requests: string[];
  close(): Promise<void>;
}

let browser: Browser | undefined;

/** `test` for browser tests: skipped, loudly, when this machine has no Chromium (never in CI). */
export const browserTest = inject('browserMissing') ? test.skip : test;

export async function openApp(
  path = '',
  options: { width?: number; height?: number; reducedMotion?: boolean; hasTouch?: boolean } = {},
): Promise<AppPage> {
  const baseUrl = inject('baseUrl');
  browser ??= await chromium.connect(inject('browserWsEndpoint'));
  const context: BrowserContext = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
    hasTouch: options.hasTouch ?? false,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(`${err.name}: ${err.message}`));
  context.on('request', (req) => requests.push(req.url()));
  // The console says only "404"; record which URL failed so the test output names it.
  page.on('response', (res) => {
    if (res.status() >= 400) errors.push(`HTTP ${res.status()} for ${res.url()}`);
  });
  // A request the page cancelled itself is not a failure: the map aborts the tiles it no longer
  // needs when the camera moves on.
  page.on('requestfailed', (req) => {
    const reason = req.failure()?.errorText;
    if (reason !== 'net::ERR_ABORTED') errors.push(`request failed: ${req.url()} (${reason})`);
  });
  await page.goto(new URL(path, baseUrl).href);
  return { page, baseUrl, errors, requests, close: () => context.close() };
}

/** Waits until the app says its map has drawn its first full frame. */
export async function waitForMap(page: Page): Promise<void> {
  await page.waitForSelector('[data-map-ready="true"]', { timeout: 30_000 });
}
