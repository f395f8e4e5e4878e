// The package as a user meets it: packed, installed into a fresh project with its own TypeScript
// and Vite, type-checked, bundled and opened in Chromium; the drop-in bundle alone on a plain HTML
// page at a nested path, without its lazy chunk and from another origin; and the React, Vue and
// Svelte apps of examples/ installed from the same tarball (test/consumer/framework-apps.js).
// Needs `npm run build` first.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packTarball } from './check-package.js';
import {
  clickFirstItem,
  countDrawnItems,
  launchChromium,
  openBuiltApp,
  openWatchedPage,
  recordTimelineEvents,
  serveStatic,
  waitForTimelines,
} from '../test/consumer/harness.js';
import { checkFrameworkApps, installFrameworkApps } from '../test/consumer/framework-apps.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const templates = join(root, 'test/consumer');
const SCREENSHOTS = { app: '/tmp/consumer-vite-app.png', bundle: '/tmp/consumer-bundle-page.png' };
const BUNDLE_PATH = '/dist/conflict-timeline.bundled.js';
const PAGE_PATH = '/some/deep/path/page.html';

const results = [];
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;

function check(name, ok, detail = '') {
  results.push({ name, ok: Boolean(ok), detail });
  console.log(`  ${ok ? 'PASS' : 'FAIL'}  ${name}${detail ? ` (${detail})` : ''} [${elapsed()}]`);
}

function run(command, args, cwd) {
  console.log(`$ ${command} ${args.join(' ')} [${elapsed()}]`);
  execFileSync(command, args, { cwd, stdio: 'inherit' });
}

/** A fresh project in `dir` with the tarball, the TypeScript and the Vite a user would pick. */
function createProject(dir, tarball) {
  cpSync(join(templates, 'project'), dir, { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2),
  );
  run(
    'npm',
    ['install', tarball, 'typescript@~5.9', 'vite@~8.3.8', '--no-audit', '--no-fund', '--loglevel=error'],
    dir,
  );
}

function typeCheck(dir) {
  try {
    run('npx', ['--no-install', 'tsc', '--noEmit', '-p', 'tsconfig.json'], dir);
    return true;
  } catch {
    return false;
  }
}

function viteBuild(dir) {
  try {
    run('npx', ['--no-install', 'vite', 'build', '--logLevel', 'warn'], dir);
    return true;
  } catch {
    return false;
  }
}

/** The Vite-built app: one timeline, drawn, and nothing said on the console. */
/**
 * The time axis and item positions of a fresh English timeline, 1000 px wide, at windows from
 * three days to a century. The bundle draws with a stand-in for moment (src/bundle-substitutes/)
 * and without parts of vis-timeline (scripts/rollup-plugin-trim-vis.js): it must draw exactly what
 * the npm build does.
 */
function axesAtWindows(page) {
  return page.evaluate(async () => {
    const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const element = document.createElement('conflict-timeline');
    element.lang = 'en';
    element.style.cssText = 'display:block;width:1000px';
    const days = ['2014-09-10', '2016-10-17', '2017-12-09', '2020-01-03', '2024-01-28', '2024-02-07', '2024-03-10'];
    element.events = days.map((start, index) => ({ id: `e${index}`, start, title: { en: `Event ${index}` } }));
    const rendered = new Promise((resolve) => element.addEventListener('ct-render', resolve, { once: true }));
    document.body.append(element);
    await rendered;
    const windows = [
      ['2024-03-08', '2024-03-11'],
      ['2024-01-20', '2024-02-20'],
      ['2017-01-01', '2018-01-01'],
      ['2014-01-01', '2024-06-01'],
      ['1950-01-01', '2050-01-01'],
    ];
    const axes = [];
    for (const [start, end] of windows) {
      element.setWindow(new Date(`${start}T00:00`), new Date(`${end}T00:00`));
      await new Promise((resolve) => setTimeout(resolve, 400));
      await frames();
      const root = element.shadowRoot;
      const texts = [...root.querySelectorAll('.vis-time-axis .vis-text:not(.vis-measure)')].map(
        (node) =>
          `${node.className.replace(/\s+/g, ' ')}|${node.textContent}|${node.style.transform || node.style.left}`,
      );
      const items = [...root.querySelectorAll('.vis-item.vis-box')].map(
        (node) => node.style.transform || node.style.left,
      );
      axes.push({ window: `${start}/${end}`, texts, items });
    }
    element.remove();
    return axes;
  });
}

/** Whether two axis readings are the same; else the first window that differs, as a short text. */
function compareAxes(library, bundle) {
  for (let index = 0; index < library.length; index++) {
    const a = JSON.stringify(library[index]);
    const b = JSON.stringify(bundle[index]);
    if (a !== b) return `differs at ${library[index].window}: npm ${a.slice(0, 300)} / bundle ${b.slice(0, 300)}`;
  }
  return null;
}

async function checkViteApp(browser, distDir) {
  const { server, page, problems } = await openBuiltApp(browser, distDir);
  try {
    libraryAxes = await axesAtWindows(page);
    const [drawn] = await countDrawnItems(page);
    await page.screenshot({ path: SCREENSHOTS.app });
    check('vite app: ct-render fired and items drawn in the shadow root', drawn > 0, `${drawn} items`);
    check('vite app: no console or page error, no request off 127.0.0.1', problems.length === 0, problems.join('; '));
  } finally {
    await server.close();
  }
}

/** A site with only the page and the bundle from the installed package, nothing else to request. */
function createBundleSite(dir, installedPackage) {
  mkdirSync(join(dir, 'dist'), { recursive: true });
  cpSync(join(installedPackage, 'dist/conflict-timeline.bundled.js'), join(dir, BUNDLE_PATH));
  // The article's events, the bare tag's default, are a chunk beside the bundle (the CSV reader's
  // is left out on purpose: checkBundleWithoutChunk).
  const dist = join(installedPackage, 'dist');
  for (const name of readdirSync(dist).filter((file) => file.startsWith('conflict-timeline.iraq-coalition-')))
    cpSync(join(dist, name), join(dir, dirname(BUNDLE_PATH), name));
  cpSync(join(templates, 'bundle-page.html'), join(dir, PAGE_PATH), { recursive: true });
}

/** What the npm build (in the Vite app) drew at the test windows, for the bundle to match. */
let libraryAxes = null;

async function checkBundlePage(browser, siteDir) {
  const server = await serveStatic(siteDir);
  try {
    const { page, problems } = await openWatchedPage(browser, server.origin);
    await recordTimelineEvents(page);
    await page.goto(`${server.origin}${PAGE_PATH}`);
    await waitForTimelines(page, 2);
    const [arabic, english] = await countDrawnItems(page);
    check(
      'bundle page: Arabic and English timelines both drawn',
      arabic > 0 && english > 0,
      `ar ${arabic}, en ${english} items`,
    );
    const rtl = await page.$eval(
      'conflict-timeline[lang="ar"]',
      (element) => !!element.shadowRoot.querySelector('.vis-rtl'),
    );
    check('bundle page: the Arabic timeline is right to left (.vis-rtl)', rtl);
    const { target, selected } = await clickFirstItem(page);
    check(
      'bundle page: a mouse click on an item fires ct-select with its id',
      selected && `ct-item-${selected}` === target.domId,
      `clicked ${target.domId}${target.onTop ? '' : ' (covered)'}, got ${selected}`,
    );
    await page.screenshot({ path: SCREENSHOTS.bundle, fullPage: true });
    if (libraryAxes) {
      const bundleAxes = await axesAtWindows(page);
      const labels = bundleAxes.reduce((sum, reading) => sum + reading.texts.length, 0);
      const difference = compareAxes(libraryAxes, bundleAxes);
      check(
        'bundle page: axis labels and item positions equal to the npm build at 5 windows (3 days to 100 years)',
        labels > 20 && difference === null,
        difference ?? `${labels} labels`,
      );
    }
    // The bundle's own chunks beside it (the article's events, the bare tag's default) are its files too.
    const ownChunk = (path) => /^\/dist\/conflict-timeline\.[\w-]+-[\w-]{8}\.js$/.test(path);
    const others = server.requests.filter((path) => path !== PAGE_PATH && path !== BUNDLE_PATH && !ownChunk(path));
    check(
      'bundle page: nothing requested but the page, the bundle and its chunks',
      others.length === 0,
      others.join(', '),
    );
    check('bundle page: no console or page error', problems.length === 0, problems.join('; '));
  } finally {
    await server.close();
  }
}

/** An ACLED export of three good rows, as a newsroom would put next to its page. */
const ACLED_SAMPLE = [
  'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp',
  'IRQ1,2017-07-09,2017,1,Political violence,Battles,Armed clash,Military Forces of Iraq,,1,Islamic State,,2,12,,368,Middle East,Iraq,Ninewa,Mosul,,Mosul,36.335,43.118,1,Rudaw,National,"Clashes in the Old City, Mosul.",25,,1700000000',
  'IRQ2,2017-07-12,2017,2,Political violence,Explosions/Remote violence,Air/drone strike,Coalition,,8,Islamic State,,2,28,,368,Middle East,Iraq,Ninewa,Tel Afar,,Tal Afar,36.377,42.450,2,Reuters,International,Strikes near Tal Afar during the week.,0,,1700000000',
  '"IRQ3","15 August 2017","2017","3","Strategic developments","Strategic developments","Agreement","Government of Iraq","","1","","","0","10","","368","Middle East","Iraq","Baghdad","Baghdad","","Baghdad","33.34","44.40","3","Rudaw","National","An agreement in August.","0","","1700000000"',
].join('\r\n');

const CDN_DIST = '/npm/conflict-timeline@0.1.0/dist';

/**
 * The drop-in bundle from another origin (a CDN path, with its CORS header) on a page whose `src`
 * is an ACLED CSV: the CSV readers' chunk must be fetched from next to the bundle, not the page.
 */
function createCdnSites(dir, installedPackage) {
  const dist = join(installedPackage, 'dist');
  mkdirSync(join(dir, 'cdn', CDN_DIST), { recursive: true });
  for (const name of readdirSync(dist).filter((file) => /^conflict-timeline\..+\.js$/.test(file))) {
    cpSync(join(dist, name), join(dir, 'cdn', CDN_DIST, name));
  }
  mkdirSync(join(dir, 'page', 'news', 'data'), { recursive: true });
  writeFileSync(join(dir, 'page', 'news', 'data', 'acled.csv'), ACLED_SAMPLE);
}

function cdnPage(cdnOrigin) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module" src="${cdnOrigin}${CDN_DIST}/conflict-timeline.bundled.js"></script></head>
<body><conflict-timeline lang="en" src="data/acled.csv"></conflict-timeline></body></html>`;
}

async function checkCdnCsv(browser, sitesDir) {
  const cdn = await serveStatic(join(sitesDir, 'cdn'), { headers: { 'access-control-allow-origin': '*' } });
  writeFileSync(join(sitesDir, 'page', 'news', 'story.html'), cdnPage(cdn.origin));
  const site = await serveStatic(join(sitesDir, 'page'));
  try {
    const { page, problems } = await openWatchedPage(browser, site.origin, { otherOrigins: [cdn.origin] });
    await recordTimelineEvents(page);
    await page.goto(`${site.origin}/news/story.html`);
    await page.waitForFunction(
      () => document.querySelector('conflict-timeline')?.shadowRoot?.querySelectorAll('.vis-item-content').length >= 3,
      { timeout: 30_000, polling: 100 },
    );
    const [drawn] = await countDrawnItems(page);
    const chunks = cdn.requests.filter((path) => /\/conflict-timeline\.stream-csv-[\w-]+\.js$/.test(path));
    check('cdn page: the ACLED CSV drawn by the bundle from another origin', drawn === 3, `${drawn} items`);
    check(
      'cdn page: the CSV readers fetched from next to the bundle, once',
      chunks.length === 1 && chunks[0].startsWith(CDN_DIST),
      cdn.requests.join(', '),
    );
    check(
      'cdn page: nothing asked of the page origin but the page and the data',
      site.requests.every((path) => ['/news/story.html', '/news/data/acled.csv'].includes(path)),
      site.requests.join(', '),
    );
    check('cdn page: no console or page error', problems.length === 0, problems.join('; '));
  } finally {
    await Promise.all([cdn.close(), site.close()]);
  }
}

/**
 * The bundle copied alone to a site (without its CSV chunk), on a page whose `src` is a CSV: the
 * element says what is missing instead of failing silently.
 */
async function checkBundleWithoutChunk(browser, siteDir) {
  mkdirSync(join(siteDir, 'alone', 'data'), { recursive: true });
  writeFileSync(join(siteDir, 'alone', 'data', 'acled.csv'), ACLED_SAMPLE);
  writeFileSync(
    join(siteDir, 'alone', 'csv.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module" src="${BUNDLE_PATH}"></script></head>
<body><conflict-timeline lang="en" src="data/acled.csv"></conflict-timeline></body></html>`,
  );
  const server = await serveStatic(siteDir);
  try {
    const { page } = await openWatchedPage(browser, server.origin);
    await recordTimelineEvents(page);
    await page.goto(`${server.origin}/alone/csv.html`);
    const message = await page
      .waitForFunction(() => window.__ctErrors[0], { timeout: 30_000, polling: 100 })
      .then((handle) => handle.jsonValue())
      .catch(() => null);
    const notice = await page.evaluate(
      () =>
        document.querySelector('conflict-timeline')?.shadowRoot?.querySelector('[part~="notice"]')?.textContent ?? '',
    );
    check(
      'bundle without its CSV chunk: ct-error and the notice say the CSV reader could not be loaded',
      message !== null && /CSV reader .* could not be loaded/.test(notice),
      notice.replace(/\s+/g, ' ').slice(0, 200),
    );
  } finally {
    await server.close();
  }
}

/** `npx conflict-timeline validate` in the project, through the bin npm linked at install. */
function checkCommandLine(dir) {
  writeFileSync(
    join(dir, 'acled.csv'),
    `${ACLED_SAMPLE}\r\nIRQ4,30 February 2017,2017,1,,Battles,Armed clash${',x'.repeat(24)}`,
  );
  const result = spawnSync('npx', ['--no-install', 'conflict-timeline', 'validate', 'acled.csv'], {
    cwd: dir,
    encoding: 'utf8',
  });
  check(
    'npx conflict-timeline validate: the bad row reported with its row, exit 1',
    result.status === 1 && result.stdout.includes('acled.csv:5: error: Row 5 (event_date)'),
    `exit ${result.status}: ${(result.stdout + result.stderr).trim().split('\n').at(-1)}`,
  );
}

async function main() {
  const workDir = mkdtempSync(join(tmpdir(), 'ct-consumer-'));
  const projectDir = join(workDir, 'project');
  let browser;
  try {
    const { tarball } = packTarball(workDir);
    console.log(`installing the React, Vue and Svelte apps in the background [${elapsed()}]`);
    const appInstalls = installFrameworkApps({ tarball, workDir }).finally(() =>
      console.log(`React, Vue and Svelte apps installed [${elapsed()}]`),
    );
    createProject(projectDir, tarball);
    checkCommandLine(projectDir);
    const typesOk = typeCheck(projectDir);
    check('tsc --noEmit (strict, moduleResolution bundler) incl. the @ts-expect-error', typesOk);
    const built = viteBuild(projectDir);
    check('vite build', built);
    browser = await launchChromium();
    if (built) await checkViteApp(browser, join(projectDir, 'dist'));
    createBundleSite(join(workDir, 'site'), join(projectDir, 'node_modules/conflict-timeline'));
    await checkBundlePage(browser, join(workDir, 'site'));
    await checkBundleWithoutChunk(browser, join(workDir, 'site'));
    createCdnSites(join(workDir, 'cdn-sites'), join(projectDir, 'node_modules/conflict-timeline'));
    await checkCdnCsv(browser, join(workDir, 'cdn-sites'));
    await checkFrameworkApps({ browser, installed: await appInstalls, check, run });
  } catch (error) {
    check('consumer test ran to the end', false, error.stack ?? String(error));
  } finally {
    await browser?.close();
    rmSync(workDir, { recursive: true, force: true });
  }
  const failed = results.filter((result) => !result.ok);
  console.log(`\nconsumer test: ${results.length - failed.length}/${results.length} passed in ${elapsed()}`);
  console.log(`screenshots: ${SCREENSHOTS.app}, ${SCREENSHOTS.bundle}, /tmp/consumer-*-app*.png`);
  process.exitCode = failed.length ? 1 : 0;
}

await main();
