import { chromeLauncher } from '@web/test-runner-chrome';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { devServerPlugins, nodeResolve } from './web-dev-server.plugins.js';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { forcedColorsPlugin } from './test/plugins/forced-colors.js';
import { bundleSubstitutesPlugin } from './test/plugins/bundle-substitutes.js';
import { queryServerPlugin } from './test/plugins/query-server.js';
import { generatedCsvMiddleware } from './test/plugins/generated-csv.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH, MEMORY_ARGS } from './scripts/chromium.js';

const chromeArgs = [...CHROMIUM_ARGS, ...MEMORY_ARGS, '--font-render-hinting=none', '--lang=en-US'];

/** Headless Debian Chromium (never a downloaded one), in a fixed time zone so dates are tested off UTC. */
function chromium(timeZone) {
  return chromeLauncher({
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: chromeArgs,
      env: { ...process.env, TZ: timeZone },
    },
  });
}

/**
 * The security test pages are served with the Content-Security-Policy header a strict site sends
 * (their <meta> policy says the same): script and style from the page's origin only, Trusted Types
 * enforced, and only the named policies allowed.
 */
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
const CSP_PAGES = {
  '/test/security/fixtures/csp/strict.html': `${STRICT_CSP}; trusted-types lit-html`,
  '/test/security/fixtures/csp/with-policy.html': `${STRICT_CSP}; trusted-types lit-html default`,
  '/test/security/fixtures/csp/trace.html': `${STRICT_CSP}; trusted-types lit-html default`,
};

async function strictCspHeaders(context, next) {
  await next();
  const policy = CSP_PAGES[context.path];
  if (policy) context.set('Content-Security-Policy', policy);
}

export default {
  // Generated ACLED files sent slowly (test/plugins/generated-csv.js), to watch a long load.
  middleware: [strictCspHeaders, generatedCsvMiddleware],
  // test/node/ runs in Node (`npm run test:node`), not in the browser.
  files: ['test/**/*.test.ts', 'src/**/*.test.ts', 'events/**/*.test.ts', '!test/node/**'],
  nodeResolve,
  plugins: [
    // Before the others, which would resolve `moment` and `xss` to the packages.
    bundleSubstitutesPlugin({
      // The moment stand-in behind a Proxy that records any member it lacks.
      moment: '/test/bundle-substitutes/strict-moment.ts',
      xss: '/src/bundle-substitutes/xss.ts',
    }),
    ...devServerPlugins,
    forcedColorsPlugin(),
    // The real query server, started on loopback the first time a test asks for its URL.
    queryServerPlugin(),
    // The browser's accessibility tree, to test what assistive technology reads and in what order.
    a11ySnapshotPlugin(),
    // Screenshots compared with committed baselines; `--update-visual-baseline` rewrites them.
    visualRegressionPlugin({
      update: process.argv.includes('--update-visual-baseline'),
      baseDir: 'test/screenshots',
      getBaselineName: ({ name }) => `baseline/${name}`,
      getDiffName: ({ name }) => `failed/${name}-diff`,
      getFailedName: ({ name }) => `failed/${name}`,
      // Anti-aliasing differs between runs; a changed word (tens of pixels) must not pass.
      diffOptions: { threshold: 0.15, includeAA: false },
      failureThresholdType: 'pixel',
      failureThreshold: 30,
    }),
  ],
  browsers: [chromium('America/New_York')],
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  testsFinishTimeout: 600000,
  coverage: true,
  coverageConfig: {
    report: true,
    reportDir: 'coverage',
    include: ['src/**/*.ts', 'events/**/*.ts'],
    exclude: ['src/generated/**', '**/*.test.ts', 'node_modules/**'],
  },
  groups: [
    {
      // The date code again east of UTC, where off-by-one-day bugs show the other way.
      name: 'time-zone-east',
      files: ['test/dates/**/*.test.ts', 'test/model/**/*.test.ts', 'test/bundle-substitutes/moment.test.ts'],
      browsers: [chromium('Pacific/Kiritimati')],
    },
  ],
};
