// Opens every story of the built Storybook (storybook-static/, from `npm run build-storybook`) in
// headless Chromium and fails on any console or page error, on any request that leaves
// 127.0.0.1, and on a timeline story that draws nothing.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  countDrawnItems,
  launchChromium,
  openWatchedPage,
  recordTimelineEvents,
  serveStatic,
} from '../test/consumer/harness.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const staticDir = join(root, 'storybook-static');
const STORY_TIMEOUT_MS = 30_000;
/**
 * A story tagged `expected-load-error` shows a failing `src` on purpose: the browser's own
 * "Failed to load resource" line is expected there, and its timeline may be empty.
 */
const EXPECTED_LOAD_ERROR_TAG = 'expected-load-error';
const BROWSER_LOAD_ERROR = /^console error: Failed to load resource: the server responded with a status of 404/;

/** The stories (not docs pages) listed in the built Storybook's index. */
function readStories() {
  const indexPath = join(staticDir, 'index.json');
  if (!existsSync(indexPath))
    throw new Error('storybook-static/index.json is missing: run `npm run build-storybook` first');
  const { entries } = JSON.parse(readFileSync(indexPath, 'utf8'));
  return Object.values(entries).filter((entry) => entry.type === 'story');
}

/** What a drawing shows: vis-timeline's items, the density histogram's bars, the narrow layout's entries. */
const DRAWN = '.vis-item-content, .ct-density-segment, .v-entry';

/**
 * Waits until every timeline in the story has fired `ct-render` and shows drawn items, or shows
 * rows in the list view. (With `src`, the first `ct-render` comes before the file has loaded.)
 * A story that is meant to fail to load may settle on its `ct-error` instead.
 */
async function waitForStory(page, mayFailToLoad) {
  await page.waitForFunction(
    (errorsAreTheAnswer, drawnSelector) => {
      const root = document.querySelector('#storybook-root');
      if (!root || !root.childElementCount) return false;
      const shows = (element) =>
        element.shadowRoot?.querySelector(element.view === 'list' ? '[part="list"] li' : drawnSelector);
      // The list view draws no timeline, so it fires no ct-render: its rows are the answer.
      const drawn = (element) => (window.__ctRendered.has(element) || element.view === 'list') && shows(element);
      const settled = (element) => drawn(element) || (errorsAreTheAnswer && window.__ctErrors.length > 0);
      return [...document.querySelectorAll('conflict-timeline')].every(settled);
    },
    { timeout: STORY_TIMEOUT_MS, polling: 200 },
    mayFailToLoad,
    DRAWN,
  );
}

/** What a story's timelines show: items drawn in the timeline view, or rows in the list view. */
function timelinesDrawnOrListed(page) {
  return page.evaluate(
    (drawnSelector) =>
      [...document.querySelectorAll('conflict-timeline')].map((element) =>
        element.view === 'list'
          ? element.shadowRoot.querySelectorAll('[part="list"] li').length
          : element.shadowRoot.querySelectorAll(drawnSelector).length,
      ),
    DRAWN,
  );
}

async function checkStory(browser, origin, story) {
  const { page, problems } = await openWatchedPage(browser, origin);
  const started = Date.now();
  const mayFailToLoad = story.tags?.includes(EXPECTED_LOAD_ERROR_TAG) ?? false;
  try {
    await recordTimelineEvents(page);
    await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`);
    await waitForStory(page, mayFailToLoad);
    const counts = await timelinesDrawnOrListed(page);
    // Let late errors (a failing fetch, a second layout pass) reach the console before judging.
    await new Promise((resolve) => setTimeout(resolve, 300));
    if (!mayFailToLoad && counts.some((count) => count === 0)) {
      problems.push(`a conflict-timeline drew nothing (${counts.join(', ')})`);
    }
    if (mayFailToLoad) {
      const loadErrors = problems.filter((problem) => BROWSER_LOAD_ERROR.test(problem));
      if (!loadErrors.length) problems.push('the story is tagged expected-load-error but nothing failed to load');
      return {
        problems: problems.filter((problem) => !BROWSER_LOAD_ERROR.test(problem)),
        counts,
        ms: Date.now() - started,
      };
    }
    return { problems, counts, ms: Date.now() - started };
  } catch (error) {
    problems.push(error.message);
    return { problems, counts: await countDrawnItems(page).catch(() => []), ms: Date.now() - started };
  } finally {
    await page.close();
  }
}

async function main() {
  const stories = readStories();
  const server = await serveStatic(staticDir);
  const browser = await launchChromium();
  let failures = 0;
  try {
    for (const story of stories) {
      const { problems, counts, ms } = await checkStory(browser, server.origin, story);
      const status = problems.length ? 'FAIL' : 'PASS';
      console.log(`  ${status}  ${story.title} / ${story.name}  [items ${counts.join('+') || '-'}, ${ms} ms]`);
      for (const problem of problems) console.log(`        ${problem}`);
      if (problems.length) failures++;
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`\ntest-storybook: ${stories.length - failures}/${stories.length} stories passed`);
  process.exitCode = failures ? 1 : 0;
}

await main();
