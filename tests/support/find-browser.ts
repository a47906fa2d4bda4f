/**
 * Finds a Chromium for the browser tests without ever downloading one: CHROME_PATH, then
 * Debian's /usr/bin/chromium (and the usual other names), then a browser Playwright already
 * cached on this machine.
 */
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const SYSTEM_BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export const HOW_TO_GET_A_BROWSER =
  'No Chromium found for the browser tests. Install one with `sudo apt-get install chromium` ' +
  '(Debian/Ubuntu) or point CHROME_PATH at a Chromium or Chrome binary.';

export function findBrowser(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CHROME_PATH) return existsSync(env.CHROME_PATH) ? env.CHROME_PATH : undefined;
  const system = SYSTEM_BROWSERS.find((p) => existsSync(p));
  if (system) return system;
  const cache = join(homedir(), '.cache', 'ms-playwright');
  if (!existsSync(cache)) return undefined;
  for (const dir of readdirSync(cache)
    .filter((d) => d.startsWith('chromium'))
    .sort()
    .reverse()) {
    for (const exe of ['chrome-linux/chrome', 'chrome-linux64/chrome', 'chrome-linux/headless_shell']) {
      const candidate = join(cache, dir, exe);
      if (existsSync(candidate)) return candidate;
    }
  }
  return undefined;
}

/** WebGL drawn in software (SwiftShader), so the tests and benchmarks run on machines with no GPU. */
export const SOFTWARE_WEBGL_ARGS: readonly string[] = ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

/**
 * Flags that work on a closed network: no background calls home, WebGL through SwiftShader.
 *
 * The last one matters for measuring. Chromium 156 opens two hidden pages of its own
 * (chrome://omnibox-popup.top-chrome/, the address bar's drop-down) in every new browser context,
 * and loading them takes most of a core for about a second, just when our page loads. A headless
 * browser has no address bar, so they are turned off: the page under test gets the machine alone.
 */
export const BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-default-apps',
  '--disable-dev-shm-usage',
  ...SOFTWARE_WEBGL_ARGS,
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup',
];
