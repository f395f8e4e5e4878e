// The React, Vue and Svelte apps in examples/, as a user runs them: copied out of the repository,
// given the packed tarball over their committed lockfile, each type-checked by its framework's
// checker, built with Vite and opened in Chromium, where a real click on an event must show that
// event in the app. The React app's installed package is also rendered on a server (Node, no DOM).
// The three are npm workspaces of examples/: one install and one node_modules for all three (on a
// 2-core machine the install and its deletion are most of the time this takes).
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clickFirstItem, openBuiltApp } from './harness.js';

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

/** A copy of examples/`folder` at `dir`, without anything installed or built in the working tree. */
function copyExamples(folder, dir) {
  cpSync(join(root, 'examples', folder), dir, {
    recursive: true,
    filter: (path) => !['node_modules', 'dist'].includes(basename(path)),
  });
  return dir;
}

/** React 18, the oldest React the React entry supports (the apps' lockfile pins 19). */
const REACT_18 = {
  dependencies: { react: '18.3.1', 'react-dom': '18.3.1' },
  devDependencies: { '@types/react': '18.3.32', '@types/react-dom': '18.3.7' },
};

/**
 * The React app alone (outside the workspaces, whose hoisting would separate React from the
 * package) with React 18: its package.json pins React 18, there is no lockfile for it.
 */
function copyReact18App(dir) {
  copyExamples('react', dir);
  const path = join(dir, 'package.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8'));
  Object.assign(manifest.dependencies, REACT_18.dependencies);
  Object.assign(manifest.devDependencies, REACT_18.devDependencies);
  writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`);
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
async function checkInBrowser(label, browser, distDir, check) {
  const { server, page, problems } = await openBuiltApp(browser, distDir);
  try {
    const shown = await page.$eval('conflict-timeline', (element) => element.validEvents.map((event) => event.start));
    check(
      `${label}: the timeline shows the app's events (2024)`,
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
      `${label}: a mouse click on an event shows it in the app`,
      title !== null,
      `clicked ${target.domId}${target.onTop ? '' : ' (covered)'}, ct-select ${selected}, app shows "${await page.$eval('output', (output) => output.textContent)}"`,
    );
    await page.screenshot({ path: `/tmp/consumer-${label.replaceAll(' ', '-')}.png` });
    check(`${label}: no console or page error`, problems.length === 0, problems.join('; '));
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
 * lockfile, and into the React app on React 18, without waiting: installing is mostly network and
 * disk, so it overlaps other work.
 */
export async function installFrameworkApps({ tarball, workDir }) {
  const examplesDir = copyExamples('.', join(workDir, 'examples'));
  const react18Dir = copyReact18App(join(workDir, 'react-18'));
  const locked = new Map(FRAMEWORK_APPS.map((app) => [app.name, lockedVersions(examplesDir, app.name)]));
  const quiet = ['--no-audit', '--no-fund', '--loglevel=error'];
  const [install, react18Install] = await Promise.all([
    runAside('npm', ['install', tarball, '--workspaces', ...quiet], examplesDir),
    runAside('npm', ['install', tarball, ...quiet], react18Dir),
  ]);
  return { examplesDir, locked, install, react18: { dir: react18Dir, install: react18Install } };
}

/** Whether a command succeeds (its output goes to the console). */
function succeeds(run, command, args, cwd) {
  try {
    run(command, args, cwd);
    return true;
  } catch {
    return false;
  }
}

/** Type check, (React) server render, build and browser checks of one installed app. */
async function checkApp({ app, label, dir, browser, check, run }) {
  const types = typeCheck(app, dir, run);
  check(`${label}: ${app.typeCheck}`, types.ok, types.detail);
  if (app.name === 'react') {
    const rendered = succeeds(run, 'node', [serverRenderScript, dir], dir);
    check(`${label}: conflict-timeline/react renders on a server (Node, no DOM)`, rendered);
  }
  const built = succeeds(run, 'npx', ['--no-install', 'vite', 'build', '--logLevel', 'error'], dir);
  check(`${label}: vite build`, built);
  if (built) await checkInBrowser(label, browser, join(dir, 'dist'), check);
}

/**
 * The editor data as an editor finds it in the installed package: web-types through package.json,
 * VS Code's custom data by its documented path; both name every attribute of the manifest, and an
 * attribute with a literal default (`'latn'`) offers its values, the default among them.
 */
function checkEditorData(packageDir, check) {
  const read = (path) => JSON.parse(readFileSync(join(packageDir, path), 'utf8'));
  const element = read('custom-elements.json')
    .modules.flatMap((module) => module.declarations ?? [])
    .find((declaration) => declaration.tagName === 'conflict-timeline');
  const webTypes = read(read('package.json')['web-types']).contributions.html.elements.find(
    (entry) => entry.name === element.tagName,
  );
  const vsCode = read('dist/vscode.html-custom-data.json').tags.find((tag) => tag.name === element.tagName);
  const problems = element.attributes.flatMap(({ name, default: initial }) => {
    const inVsCode = vsCode?.attributes.find((attribute) => attribute.name === name);
    const inWebTypes = webTypes?.attributes.find((attribute) => attribute.name === name);
    if (!inVsCode || !inWebTypes) return [`${name} missing`];
    const literal = /^'(.+)'$/.exec(initial ?? '')?.[1];
    if (literal === undefined) return [];
    const values = (inVsCode.values ?? []).map((value) => value.name);
    const ok = values.includes(literal) && inWebTypes.value.type.includes(`'${literal}'`);
    return ok ? [] : [`${name}: values ${values.join('|')}, web-types ${inWebTypes.value.type}`];
  });
  check(
    'editor data: web-types (via package.json) and VS Code custom data describe every attribute',
    problems.length === 0,
    problems.join('; ') || `${element.attributes.length} attributes`,
  );
}

/** Checks, builds and opens each installed app; `check` and `run` report as the consumer test does. */
export async function checkFrameworkApps({ browser, installed, check, run }) {
  const { examplesDir, locked, install, react18 } = installed;
  checkReadmeSnippets(check);
  check('react, vue and svelte apps: npm install of the tarball', install.ok, install.ok ? '' : install.output.trim());
  if (!install.ok) return;
  checkEditorData(join(examplesDir, 'node_modules/conflict-timeline'), check);
  for (const app of FRAMEWORK_APPS) {
    const dir = join(examplesDir, app.name);
    const pinned = locked.get(app.name);
    const drift = driftFromLock(dir, pinned);
    check(
      `${app.name} app: the versions its lockfile pins`,
      drift.length === 0,
      drift.join(', ') || pinned.map(([name, version]) => `${name} ${version}`).join(', '),
    );
    await checkApp({ app, label: `${app.name} app`, dir, browser, check, run });
  }
  const react = FRAMEWORK_APPS.find((app) => app.name === 'react');
  const versions = Object.entries({ ...REACT_18.dependencies, ...REACT_18.devDependencies });
  const drift = react18.install.ok ? driftFromLock(react18.dir, versions) : [];
  check(
    'react app on React 18: installed the tarball and React 18',
    react18.install.ok && drift.length === 0,
    react18.install.ok
      ? drift.join(', ') || versions.map(([name, version]) => `${name} ${version}`).join(', ')
      : react18.install.output.trim(),
  );
  if (react18.install.ok) {
    await checkApp({ app: react, label: 'react app on React 18', dir: react18.dir, browser, check, run });
  }
}
