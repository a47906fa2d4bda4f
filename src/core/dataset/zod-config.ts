/**
 * Zod settings for the page, imported first by src/main.ts so they hold before any schema runs.
 *
 * Zod compiles a faster parser for object schemas with `new Function`, after first probing
 * whether eval is allowed. The page's Content-Security-Policy (index.html) forbids eval, so that
 * parser could never run there, and the probe alone is reported as a CSP violation. `jitless`
 * skips the probe; parsing works exactly as it would under the policy anyway.
 */
import { config } from 'zod';

config({ jitless: true });
