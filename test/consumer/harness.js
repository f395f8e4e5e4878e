// What the browser checks of the consumer test and the Storybook test share: a static file server
// on 127.0.0.1 that records every request, a headless Chromium that may reach nothing else, and a
// page watcher that collects console errors, page errors and blocked requests.
import { createServer } from 'node:http';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.js';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/** The file a URL path names under `root`, or null if it would leave `root` or does not exist. */
function fileFor(root, urlPath) {
  const path = normalize(join(root, decodeURIComponent(urlPath)));
  if (path !== root && !path.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  try {
    const stat = statSync(path);
    if (stat.isFile()) return path;
    if (stat.isDirectory()) return fileFor(root, join(urlPath, 'index.html'));
  } catch {
    // missing: a 404 below
  }
  return null;
}

/**
 * Serves `root` on 127.0.0.1 (a free port). `requests` lists every path asked for, in order.
 * `headers` are added to every answer (a CDN's `Access-Control-Allow-Origin`, say).
 */
export async function serveStatic(root, { headers = {} } = {}) {
  const requests = [];
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url, 'http://127.0.0.1');
    requests.push(pathname);
    if (pathname === '/favicon.ico') {
      // The browser asks for an icon on its own (Storybook's iframe names none): not the page's request.
      response.writeHead(204).end();
      return;
    }
    const file = fileFor(root, pathname);
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, {
      ...headers,
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  // Chromium keeps idle keep-alive connections open: drop them, or close() waits minutes for them.
  const close = () =>
    new Promise((resolve) => {
      server.close(resolve);
      server.closeAllConnections();
    });
  return { origin, requests, close };
}

/** Headless Debian Chromium (never a downloaded one), in a time zone off UTC like the unit tests. */
export async function launchChromium() {
  const puppeteer = require('puppeteer-core');
  return puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS, '--lang=en-US'],
    env: { ...process.env, TZ: process.env.TZ_BROWSER || 'America/New_York' },
  });
}

/**
 * Opens a page that fails loudly: every console error, uncaught exception and request that tries
 * to leave `origin` (and the `otherOrigins` allowed, a CDN's say) is recorded in `problems` (and
 * the request is aborted, so nothing leaks out).
 */
export async function openWatchedPage(browser, origin, { width = 1200, height = 700, otherOrigins = [] } = {}) {
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    const allowed = [origin, ...otherOrigins].some((prefix) => url.startsWith(prefix));
    if (allowed || url.startsWith('data:') || url.startsWith('blob:')) {
      void request.continue();
    } else {
      problems.push(`request outside ${origin}: ${url}`);
      void request.abort('blockedbyclient');
    }
  });
  return { page, problems };
}

/**
 * Resolves once every `conflict-timeline` on the page has fired `ct-render` (at least `count` of
 * them), then two animation frames later, when vis-timeline's positions have settled.
 * Call `recordTimelineEvents` before navigating so that no early event is missed.
 */
export async function waitForTimelines(page, count, timeout = 30_000) {
  await page.waitForFunction((n) => window.__ctRendered.size >= n, { timeout, polling: 100 }, count);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** Installs document listeners for the element's events before any page script runs. */
export async function recordTimelineEvents(page) {
  await page.evaluateOnNewDocument(() => {
    window.__ctRendered = new Set();
    window.__ctSelected = [];
    window.__ctErrors = [];
    document.addEventListener('ct-render', (event) => window.__ctRendered.add(event.composedPath()[0]));
    document.addEventListener('ct-select', (event) => window.__ctSelected.push(event.detail.id));
    document.addEventListener('ct-error', (event) => window.__ctErrors.push(event.detail.message));
  });
}

/**
 * Serves a built app (`distDir`) on 127.0.0.1, opens its index.html in a watched page and waits
 * until `count` timelines have drawn. The caller closes `server`.
 */
export async function openBuiltApp(browser, distDir, count = 1) {
  const server = await serveStatic(distDir);
  try {
    const { page, problems } = await openWatchedPage(browser, server.origin);
    await recordTimelineEvents(page);
    await page.goto(`${server.origin}/index.html`);
    await waitForTimelines(page, count);
    return { server, page, problems };
  } catch (error) {
    await server.close();
    throw error;
  }
}

/** How many events each `conflict-timeline` on the page drew (`.vis-item-content` in its shadow root). */
export function countDrawnItems(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('conflict-timeline')].map(
      (element) => element.shadowRoot?.querySelectorAll('.vis-item-content').length ?? 0,
    ),
  );
}

/**
 * The centre of the first drawn box item in the English timeline, the event id it shows, and
 * whether a click there really lands on it (nothing covers it).
 */
function firstItemTarget(page) {
  return page.evaluate(() => {
    const timeline = document.querySelector('conflict-timeline[lang="en"]');
    const label = timeline.shadowRoot.querySelector('.vis-item.vis-box .vis-item-content [id^="ct-item-"]');
    const item = label.closest('.vis-item');
    // The second timeline may start below the fold: a real click needs the item on screen.
    item.scrollIntoView({ block: 'center', inline: 'center' });
    const box = item.getBoundingClientRect();
    const x = Math.max(box.left, 0) + Math.min(box.width, innerWidth) / 4;
    const y = box.top + box.height / 2;
    return { x, y, domId: label.id, onTop: item.contains(timeline.shadowRoot.elementFromPoint(x, y)) };
  });
}

/** Waits until the English timeline's items stop moving (a late layout pass would move the target). */
async function waitForStableLayout(page) {
  let previous = '';
  for (let attempt = 0; attempt < 20; attempt++) {
    const layout = await page.evaluate(() =>
      [...document.querySelector('conflict-timeline[lang="en"]').shadowRoot.querySelectorAll('.vis-item.vis-box')]
        .map((item) => JSON.stringify(item.getBoundingClientRect()))
        .join(),
    );
    if (layout === previous) return;
    previous = layout;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Clicks the first item with the real mouse; resolves to the id `ct-select` reported, or null. */
export async function clickFirstItem(page) {
  await waitForStableLayout(page);
  const target = await firstItemTarget(page);
  await page.mouse.click(target.x, target.y);
  const selected = await page
    .waitForFunction(() => window.__ctSelected[0], { timeout: 5000, polling: 100 })
    .then((handle) => handle.jsonValue())
    .catch(() => null);
  return { target, selected };
}
