// The React, Vue and Svelte apps in examples/, as a user runs them: copied out of the repository,
// given the packed tarball over their committed lockfile, each type-checked by its framework's
// checker, built with Vite and opened in Chromium, where a real click on an event must show that
// event in the app. The React app's installed package is also rendered on a server (Node, no DOM).
// The three are npm workspaces of examples/: one install and one node_modules for all three (on a
// 2-core machine the install and its deletion are most of the time this takes).
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clickFirstItem, openWatchedPage, recordTimelineEvents, serveStatic, waitForTimelines } from './harness.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const serverRenderScript = join(root, 'test/consumer/server-render.js');

/** What each app's type check is; Svelte's markup has no @ts-expect-error (see its type-tests/). */
export const FRAMEWORK_APPS = [
  { name: 'react', app: 'src/App.tsx', fence: 'tsx', typeCheck: 'npm run check (tsc, incl. @ts-expect-error lines)' },
  {
    name: 'vue',
    app: 'src/App.vue',
    fence: 'vue',
    typeCheck: 'npm run check (vue-tsc, incl. @vue-expect-error lines)',
  },
  {
    name: 'svelte',
    app: 'src/App.svelte',
    fence: 'svelte',
    typeCheck: 'svelte-check: the app clean, type-tests/ wrong exactly where marked',
  },
];

/** The README's framework snippets are the apps' code: each app's component, verbatim. */
function checkReadmeSnippets(check) {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  for (const app of FRAMEWORK_APPS) {
    const code = readFileSync(join(root, 'examples', app.name, app.app), 'utf8');
    check(
      `README shows examples/${app.name}/${app.app} verbatim`,
      readme.includes(`\`\`\`${app.fence}\n${code}\`\`\``),
    );
  }
}

/** A copy of examples/ without anything installed or built in the working tree. */
function copyExamples(workDir) {
  const dir = join(workDir, 'examples');
  cpSync(join(root, 'examples'), dir, {
    recursive: true,
    filter: (path) => !['node_modules', 'dist'].includes(basename(path)),
  });
  return dir;
}

/** Each package the lockfile pins for the app itself, with the version it pins. */
function lockedVersions(examplesDir, name) {
  const { packages } = JSON.parse(readFileSync(join(examplesDir, 'package-lock.json'), 'utf8'));
  const app = packages[name];
  return Object.keys({ ...app.dependencies, ...app.devDependencies }).map((dependency) => [
    dependency,
    (packages[`${name}/node_modules/${dependency}`] ?? packages[`node_modules/${dependency}`]).version,
  ]);
}

/** Which locked packages the app finds (in its own node_modules, or hoisted) at another version. */
function driftFromLock(appDir, locked) {
  return locked.flatMap(([name, version]) => {
    const manifest = [appDir, join(appDir, '..')]
      .map((dir) => join(dir, 'node_modules', name, 'package.json'))
      .find((path) => existsSync(path));
    const installed = manifest ? JSON.parse(readFileSync(manifest, 'utf8')).version : 'missing';
    return installed === version ? [] : [`${name} ${installed} (locked ${version})`];
  });
}

/** svelte-check's errors as `file:line`, from its machine output. */
function svelteErrors(output) {
  return [...output.matchAll(/^\d+ ERROR "([^"]+)" (\d+):\d+ /gm)].map(([, file, line]) => `${file}:${line}`);
}

/** The lines of the .svelte files in `folder` that follow an `expect error` comment, as `file:line`. */
function markedLines(dir, folder) {
  return readdirSync(join(dir, folder))
    .filter((file) => file.endsWith('.svelte'))
    .flatMap((file) =>
      readFileSync(join(dir, folder, file), 'utf8')
        .split('\n')
        .flatMap((text, index) => (/<!-- expect error:/.test(text) ? [`${folder}/${file}:${index + 2}`] : [])),
    );
}

/** svelte-check over the app and type-tests/: no error in the app, one on each marked line, no other. */
function checkSvelteTypes(dir) {
  let output;
  try {
    output = execFileSync(
      'npx',
      ['--no-install', 'svelte-check', '--tsconfig', './type-tests/tsconfig.json', '--output', 'machine'],
      { cwd: dir, encoding: 'utf8' },
    );
  } catch (error) {
    output = `${error.stdout ?? ''}`; // exits 1 on the errors it was meant to find
  }
  const found = [...new Set(svelteErrors(output))].sort();
  const expected = markedLines(dir, 'type-tests').sort();
  const ok = expected.length > 0 && JSON.stringify(found) === JSON.stringify(expected);
  return {
    ok,
    detail: ok ? `${expected.length} expected errors` : `expected ${expected.join(' ')}; got ${found.join(' ')}`,
  };
}

function typeCheck(app, dir, run) {
  if (app.name === 'svelte') return checkSvelteTypes(dir);
  try {
    run('npm', ['run', '--silent', 'check'], dir);
    return { ok: true, detail: '' };
  } catch {
    return { ok: false, detail: 'see the output above' };
  }
}

/**
 * The built app in Chromium: the timeline shows the app's own events (the 2024 ones, not the
 * element's default article), and a real click on one shows its title in the app's <output>.
 */
async function checkInBrowser(app, browser, distDir, check) {
  const server = await serveStatic(distDir);
  try {
    const { page, problems } = await openWatchedPage(browser, server.origin);
    await recordTimelineEvents(page);
    await page.goto(`${server.origin}/index.html`);
    await waitForTimelines(page, 1);
    const shown = await page.$eval('conflict-timeline', (element) => element.validEvents.map((event) => event.start));
    check(
      `${app.name} app: the timeline shows the app's events (2024)`,
      shown.length > 0 && shown.every((start) => start.startsWith('2024')),
      `${shown.length} events`,
    );
    const { target, selected } = await clickFirstItem(page);
    const title = await page
      .waitForFunction(
        (id) => {
          const event = document
            .querySelector('conflict-timeline')
            .validEvents.find((candidate) => candidate.id === id);
          const output = document.querySelector('output')?.textContent;
          return event && output === event.title.en && output;
        },
        { timeout: 5000, polling: 100 },
        selected,
      )
      .then((handle) => handle.jsonValue())
      .catch(() => null);
    check(
      `${app.name} app: a mouse click on an event shows it in the app`,
      title !== null,
      `clicked ${target.domId}${target.onTop ? '' : ' (covered)'}, ct-select ${selected}, app shows "${await page.$eval('output', (output) => output.textContent)}"`,
    );
    await page.screenshot({ path: `/tmp/consumer-${app.name}-app.png` });
    check(`${app.name} app: no console or page error`, problems.length === 0, problems.join('; '));
  } finally {
    await server.close();
  }
}

/** Runs a command without blocking; resolves to whether it succeeded, and what it printed. */
function runAside(command, args, cwd) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ ok: false, output: `${output}${error.message}` }));
    child.on('close', (code) => resolve({ ok: code === 0, output }));
  });
}

/**
 * Copies the apps out of the repository and installs the tarball into all three over their
 * lockfile, without waiting: installing is mostly network and disk, so it overlaps other work.
 */
export async function installFrameworkApps({ tarball, workDir }) {
  const examplesDir = copyExamples(workDir);
  const locked = new Map(FRAMEWORK_APPS.map((app) => [app.name, lockedVersions(examplesDir, app.name)]));
  const install = await runAside(
    'npm',
    ['install', tarball, '--workspaces', '--no-audit', '--no-fund', '--loglevel=error'],
    examplesDir,
  );
  return { examplesDir, locked, install };
}

/** Checks, builds and opens each installed app; `check` and `run` report as the consumer test does. */
export async function checkFrameworkApps({ browser, installed: { examplesDir, locked, install }, check, run }) {
  checkReadmeSnippets(check);
  check('react, vue and svelte apps: npm install of the tarball', install.ok, install.ok ? '' : install.output.trim());
  if (!install.ok) return;
  for (const app of FRAMEWORK_APPS) {
    const dir = join(examplesDir, app.name);
    const drift = driftFromLock(dir, locked.get(app.name));
    check(
      `${app.name} app: the versions its lockfile pins`,
      drift.length === 0,
      drift.join(', ') ||
        locked
          .get(app.name)
          .map(([name, version]) => `${name} ${version}`)
          .join(', '),
    );
    const types = typeCheck(app, dir, run);
    check(`${app.name} app: ${app.typeCheck}`, types.ok, types.detail);
    if (app.name === 'react') {
      let serverRender = true;
      try {
        run('node', [serverRenderScript, dir], dir);
      } catch {
        serverRender = false;
      }
      check('react app: conflict-timeline/react renders on a server (Node, no DOM)', serverRender);
    }
    let built = true;
    try {
      run('npx', ['--no-install', 'vite', 'build', '--logLevel', 'error'], dir);
    } catch {
      built = false;
    }
    check(`${app.name} app: vite build`, built);
    if (built) await checkInBrowser(app, browser, join(dir, 'dist'), check);
  }
}
