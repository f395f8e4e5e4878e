// Checks the package as npm would publish it, not the working tree: packs the tarball, refuses
// anything that is not meant for users, then runs publint and attw on that same tarball and
// checks the bundle's size budget.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkSize, measureBundle } from './check-size.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Files allowed at the top of the package; everything else must be under dist/. */
const ROOT_FILES = /^(package\.json|custom-elements\.json|README(\.md)?|CHANGELOG(\.md)?|LICEN[CS]E(\.md|\.txt)?)$/i;

/** Why a file under dist/ must not ship, or null if it may. */
const DIST_RULES = [
  [/\.map$/, 'source map'],
  [/(^|\/)(test|tests|__tests__)\//, 'test folder'],
  [/\.(test|spec)\.[cm]?[jt]s$/, 'test file'],
  [/\.stories\.[cm]?[jt]sx?$|(^|\/)stories\//, 'story'],
  [/(^|\/)coverage\//, 'coverage report'],
  [/(?<!\.d)\.[cm]?tsx?$/, 'TypeScript source (only .d.ts may ship)'],
];

/** `npm pack` into a fresh temp folder; returns the tarball's path and the files it holds. */
export function packTarball(destination = mkdtempSync(join(tmpdir(), 'ct-pack-'))) {
  // --ignore-scripts: the tarball must be made from the build as it is, not regenerate sources.
  const output = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', destination], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [info] = JSON.parse(output);
  return { tarball: join(destination, info.filename), files: info.files.map((file) => file.path), info };
}

/** Every packed file that should not be published, with the reason. */
export function findUnwantedFiles(paths) {
  const unwanted = [];
  for (const path of paths) {
    if (!path.includes('/')) {
      if (!ROOT_FILES.test(path)) unwanted.push({ path, reason: 'not an allowed top-level file' });
    } else if (!path.startsWith('dist/')) {
      unwanted.push({ path, reason: 'outside dist/' });
    } else {
      const rule = DIST_RULES.find(([pattern]) => pattern.test(path));
      if (rule) unwanted.push({ path, reason: rule[1] });
    }
  }
  return unwanted;
}

/** Runs a tool installed in node_modules (npx --no-install never reaches the network). */
function runTool(name, args) {
  console.log(`\n$ npx ${name} ${args.join(' ')}`);
  const result = spawnSync('npx', ['--no-install', name, ...args], { cwd: root, stdio: 'inherit' });
  return result.status === 0;
}

function listContents(files, info) {
  console.log(
    `${info.filename}: ${files.length} files, ${(info.size / 1024).toFixed(1)} KB packed, ${(info.unpackedSize / 1024).toFixed(1)} KB unpacked`,
  );
  const outsideSrc = files.filter((path) => !path.startsWith('dist/src/'));
  console.log(`  ${outsideSrc.join('\n  ')}\n  …and ${files.length - outsideSrc.length} files under dist/src/`);
}

function checkContents(files) {
  const unwanted = findUnwantedFiles(files);
  for (const { path, reason } of unwanted) console.error(`  ✗ ${path}: ${reason}`);
  if (!files.includes('LICENSE') && !files.some((path) => /^LICEN[CS]E/i.test(path))) {
    console.warn('  ! no LICENSE file: package.json says MIT, the tarball should carry the text');
  }
  return unwanted.length === 0;
}

/** The npm entries that must not load the article's events (data, chosen by the app if it wants them). */
const DATA_FREE_ENTRIES = [
  'dist/src/index.js',
  'dist/src/conflict-timeline.js',
  'dist/src/conflict-timeline.component.js',
];

/** Every module of the build an entry loads, following its relative `import`/`export … from`. */
export function moduleGraph(entry) {
  const seen = new Set();
  const pending = [join(root, entry)];
  while (pending.length) {
    const file = pending.pop();
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const [, specifier] of source.matchAll(/(?:^|[\s;])(?:import|export)\b[^'"]*?['"](\.{1,2}\/[^'"]+)['"]/g))
      pending.push(join(dirname(file), specifier));
  }
  return [...seen].map((file) => relative(root, file));
}

function checkEntriesWithoutData() {
  let ok = true;
  for (const entry of DATA_FREE_ENTRIES) {
    const modules = moduleGraph(entry);
    const data = modules.filter((path) => path.startsWith('dist/events/'));
    if (modules.length < 10) console.error(`  ✗ ${entry}: only ${modules.length} modules found (is the build there?)`);
    for (const path of data) console.error(`  ✗ ${entry} loads ${path}`);
    ok &&= modules.length >= 10 && data.length === 0;
  }
  return ok;
}

/**
 * The command line as the tarball ships it: each `bin` file starts with a shebang and runs under
 * Node with the package's dependencies (help, and a validation that finds a bad row: exit 1).
 */
function checkBin(tarball, workDir) {
  const unpacked = join(workDir, 'unpacked');
  execFileSync('mkdir', ['-p', unpacked]);
  execFileSync('tar', ['-xzf', tarball, '-C', unpacked]);
  const pkgDir = join(unpacked, 'package');
  symlinkSync(join(root, 'node_modules'), join(pkgDir, 'node_modules'), 'dir');
  const { bin = {} } = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  const sample = join(workDir, 'sample.csv');
  writeFileSync(
    sample,
    'event_id_cnty,event_date,time_precision,event_type,sub_event_type\nIRQ1,2017-07-09,1,Battles,Armed clash\nIRQ2,,1,Battles,Armed clash\n',
  );
  let ok = Object.keys(bin).length > 0;
  for (const [name, path] of Object.entries(bin)) {
    const file = join(pkgDir, path);
    const shebang = readFileSync(file, 'utf8').startsWith('#!/usr/bin/env node\n');
    const help = spawnSync(process.execPath, [file, '--help'], { encoding: 'utf8' });
    const runs = help.status === 0 && help.stdout.includes('Usage:');
    // The data command also validates a file; the query server's bin only has to start and explain itself.
    const validates = name === 'conflict-timeline';
    const validate = validates ? spawnSync(process.execPath, [file, 'validate', sample], { encoding: 'utf8' }) : null;
    const finds =
      !validate || (validate.status === 1 && validate.stdout.includes('sample.csv:3: error: Row 3 (event_date)'));
    console.log(`  bin ${name} → ${path}: shebang ${shebang}, --help ${runs}${validate ? `, validate ${finds}` : ''}`);
    if (!finds) console.log(validate?.stdout, validate?.stderr);
    ok &&= shebang && runs && finds;
  }
  return ok;
}

function main() {
  measureBundle(); // fails early, with a clear message, when there is no build yet
  const workDir = mkdtempSync(join(tmpdir(), 'ct-pack-'));
  try {
    const { tarball, files, info } = packTarball(workDir);
    listContents(files, info);
    const results = {
      'tarball contents': checkContents(files),
      'npm entries without the article dataset': checkEntriesWithoutData(),
      publint: runTool('publint', ['run', tarball, '--strict']),
      // Wildcard subpaths are skipped by attw unless one concrete name is given.
      attw: runTool('attw', [
        tarball,
        '--profile',
        'esm-only',
        '--format',
        'table-flipped',
        '--include-entrypoints',
        './events/iraq-coalition',
        './events/iraq-coalition.json',
      ]),
      'size budget': (console.log(), checkSize()),
      'bin runs from the tarball': (console.log(), checkBin(tarball, workDir)),
    };
    console.log('\ncheck-package:');
    for (const [name, ok] of Object.entries(results)) console.log(`  ${ok ? 'PASS' : 'FAIL'}  ${name}`);
    process.exitCode = Object.values(results).every(Boolean) ? 0 : 1;
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
