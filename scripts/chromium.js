// The one Chromium every Node-side tool launches: Debian's (never a downloaded one), headless, as
// root without the sandbox, and kept off the network. Used by the test runner config, the
// benchmarks and the consumer/Storybook checks.
export const CHROMIUM_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--no-first-run',
  '--disable-component-update',
];

/** For heap measurements: `gc()` in the page and precise `performance.memory`. */
export const MEMORY_ARGS = ['--js-flags=--expose-gc', '--enable-precise-memory-info'];
