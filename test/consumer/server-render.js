// A server render, as Next.js or Remix do it: plain Node with no DOM imports conflict-timeline/react
// and renders it with react-dom/server. The packages are resolved from the project given (default:
// this repository, whose own name resolves to its dist/), so the consumer test runs it against the
// installed tarball. Needs `npm run build` first.
//
//   node test/consumer/server-render.js [projectDir]
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const projectDir = resolve(process.argv[2] ?? fileURLToPath(new URL('../..', import.meta.url)));
const requireFromProject = createRequire(resolve(projectDir, 'package.json'));
const load = (specifier) => import(pathToFileURL(requireFromProject.resolve(specifier)).href);

const EVENTS = [{ id: 'coalition', start: '2014-09-10', title: { en: 'Obama announces the coalition' } }];
const results = [];

function check(name, ok, detail = '') {
  results.push(ok);
  console.log(`  ${ok ? 'PASS' : 'FAIL'}  ${name}${detail ? ` (${detail})` : ''}`);
}

const noDom = () => typeof window === 'undefined' && typeof document === 'undefined';

async function main() {
  check('Node has no DOM to begin with', noDom());
  let entry;
  try {
    entry = await load('conflict-timeline/react');
    check('import conflict-timeline/react in Node', typeof entry.ConflictTimeline === 'object');
  } catch (error) {
    check('import conflict-timeline/react in Node', false, error.stack ?? String(error));
    return;
  }
  const { createElement, version } = await load('react');
  const { renderToString } = await load('react-dom/server');
  const html = renderToString(
    createElement(entry.ConflictTimeline, {
      id: 'timeline',
      className: 'news-timeline',
      lang: 'en',
      numerals: 'latn',
      events: EVENTS,
      onCtSelect: () => {},
    }),
  );
  // Properties (events, numerals) and callbacks are set in the browser; plain attributes are sent.
  check(
    `renderToString with React ${version} sends the tag and its plain attributes`,
    /^<conflict-timeline\b[^>]*\bid="timeline"[^>]*\bclass="news-timeline"[^>]*><\/conflict-timeline>$/.test(html),
    html,
  );
  check('the import defined no window or document (other libraries would think they are in a browser)', noDom());
}

await main().catch((error) => check('server render ran to the end', false, error.stack ?? String(error)));
const failed = results.filter((ok) => !ok).length;
console.log(`server render: ${results.length - failed}/${results.length} passed`);
process.exitCode = failed ? 1 : 0;
