#!/usr/bin/env node
// Micro-benchmark: `validateEvents` + `prepareEvents` on synthetic events (bench/events.js) in
// headless Chromium. Bundles the model with esbuild into a temp dir; builds nothing else.
//
//   node bench/validate.js [--runs 7] [--size 100000] [--warm 0] [--tz America/New_York] [--ref HEAD]
//
// Every run is a fresh browser context (its own renderer, a cold JIT, as on a page load): the
// events are generated, garbage is collected, then validate and prepare are timed once each.
// `--warm N` times N more calls in the same page after the cold one. `--ref REV` also bundles
// src/model of a git revision and interleaves its runs with the working tree's, so both see the
// same load. Prints medians (min–max) and the load average before and after. For the working tree
// it also times the sliced path (`ingestEvents` in src/model/ingest.ts: validate + prepare +
// index in time slices) and, from a Chromium trace, the longest main-thread task it caused.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, MEMORY_ARGS } from '../scripts/chromium.js';
import { measureSlicedIngest } from './trace.js';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

function parseArgs(argv) {
  const options = { runs: 7, size: 100_000, warm: 0, tz: 'America/New_York', ref: undefined };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=');
    const value = () => inline ?? argv[++i];
    if (flag === '--runs') options.runs = Number(value());
    else if (flag === '--size') options.size = Number(String(value()).replace(/_/g, ''));
    else if (flag === '--warm') options.warm = Number(value());
    else if (flag === '--tz') options.tz = value();
    else if (flag === '--ref') options.ref = value();
    else {
      console.error('Usage: node bench/validate.js [--runs 7] [--size 100000] [--warm 0] [--tz ZONE] [--ref REV]');
      process.exit(1);
    }
  }
  return options;
}

/** An IIFE exposing the model and the generator as `window.__bench`. */
async function bundle(modelDir, tempDir, name, withIngest) {
  const entry = join(tempDir, `${name}-entry.js`);
  writeFileSync(
    entry,
    [
      `import { validateEvents } from ${JSON.stringify(join(modelDir, 'validate.ts'))};`,
      `import { prepareEvents } from ${JSON.stringify(join(modelDir, 'prepared.ts'))};`,
      `import { generateEvents } from ${JSON.stringify(join(ROOT, 'bench', 'events.js'))};`,
      withIngest
        ? `import { ingestEvents } from ${JSON.stringify(join(ROOT, 'src', 'model', 'ingest.ts'))};`
        : 'const ingestEvents = undefined;',
      'window.__bench = { validateEvents, prepareEvents, generateEvents, ingestEvents };',
    ].join('\n'),
  );
  const outfile = join(tempDir, `${name}.js`);
  await build({ entryPoints: [entry], bundle: true, format: 'iife', target: 'es2022', outfile, logLevel: 'error' });
  return readFileSync(outfile, 'utf8');
}

/** src/model as it was at a git revision, copied to a temp dir. */
function modelAt(ref, tempDir) {
  const dir = join(tempDir, `model-${ref.replace(/[^\w.-]/g, '_')}`);
  mkdirSync(dir, { recursive: true });
  const files = execFileSync('git', ['ls-tree', '--name-only', `${ref}:src/model`], { cwd: ROOT, encoding: 'utf8' })
    .trim()
    .split('\n');
  for (const file of files) {
    writeFileSync(join(dir, file), execFileSync('git', ['show', `${ref}:src/model/${file}`], { cwd: ROOT }));
  }
  // Between 35a01bd and the move of these modules into src/model, prepared.ts imported
  // ../internal/sorted.js (and later ../internal/looped-work.js): that revision's copies, next to it.
  try {
    const internal = execFileSync('git', ['ls-tree', '--name-only', `${ref}:src/internal`], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: 'pipe',
    });
    mkdirSync(join(tempDir, 'internal'), { recursive: true });
    for (const file of internal.trim().split('\n')) {
      writeFileSync(
        join(tempDir, 'internal', file),
        execFileSync('git', ['show', `${ref}:src/internal/${file}`], { cwd: ROOT }),
      );
    }
  } catch {
    // Other revisions have no src/internal.
  }
  return dir;
}

/** Runs in the page: one cold measurement, then `warm` more. */
function measureInPage({ size, warm }) {
  const { validateEvents, prepareEvents, generateEvents } = window.__bench;
  const rounds = [];
  for (let round = 0; round <= warm; round++) {
    const input = generateEvents(size);
    if (typeof globalThis.gc === 'function') globalThis.gc();
    const t0 = performance.now();
    const validation = validateEvents(input);
    const t1 = performance.now();
    const prepared = prepareEvents(validation.events);
    const t2 = performance.now();
    if (validation.events.length !== size || validation.issues.length || prepared.length !== size) {
      throw new Error(
        `unexpected result: ${validation.events.length} events, ${validation.issues.length} issues, ${prepared.length} prepared`,
      );
    }
    for (let i = 1; i < prepared.length; i++) {
      if (prepared[i - 1].startTime > prepared[i].startTime) throw new Error('not sorted');
    }
    rounds.push({ validate: t1 - t0, prepare: t2 - t1, total: t2 - t0 });
  }
  return rounds;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function summary(values) {
  return `${median(values).toFixed(1).padStart(7)} ms (${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)})`;
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const tempDir = mkdtempSync(join(tmpdir(), 'ct-bench-validate-'));
  try {
    const variants = [
      { name: 'working tree', code: await bundle(join(ROOT, 'src', 'model'), tempDir, 'current', true) },
    ];
    if (options.ref)
      variants.unshift({ name: options.ref, code: await bundle(modelAt(options.ref, tempDir), tempDir, 'ref', false) });
    const loadBefore = loadavg();
    const browser = await puppeteer.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [...CHROMIUM_ARGS, ...MEMORY_ARGS],
      env: { ...process.env, TZ: options.tz },
      protocolTimeout: 600_000,
    });
    const results = new Map(variants.map((variant) => [variant.name, { cold: [], warm: [], sliced: [] }]));
    try {
      for (let run = 0; run < options.runs; run++) {
        for (const variant of variants) {
          const context = await browser.createBrowserContext();
          try {
            const page = await context.newPage();
            await page.setContent('<!doctype html><title>bench</title>');
            await page.addScriptTag({ content: variant.code });
            const rounds = await page.evaluate(measureInPage, { size: options.size, warm: options.warm });
            const result = results.get(variant.name);
            result.cold.push(rounds[0]);
            result.warm.push(...rounds.slice(1));
            if (variant.name === 'working tree') result.sliced.push(await measureSlicedIngest(page, options.size));
            process.stderr.write(
              `run ${run + 1} ${variant.name}: ${rounds.map((r) => r.total.toFixed(0)).join(', ')} ms\n`,
            );
          } finally {
            await context.close();
          }
        }
      }
    } finally {
      await browser.close();
    }
    const loadAfter = loadavg();
    console.log(
      `validateEvents + prepareEvents, ${options.size} events, Chromium, TZ=${options.tz}, ${options.runs} runs, median (min–max)`,
    );
    console.log(
      `load average before ${loadBefore.map((l) => l.toFixed(2)).join(' ')}, after ${loadAfter.map((l) => l.toFixed(2)).join(' ')}`,
    );
    for (const [name, { cold, warm, sliced }] of results) {
      for (const [label, rounds] of [
        ['cold', cold],
        ['warm', warm],
      ]) {
        if (!rounds.length) continue;
        console.log(`${name} (${label}):`);
        for (const key of ['validate', 'prepare', 'total'])
          console.log(`  ${key.padEnd(8)} ${summary(rounds.map((r) => r[key]))}`);
      }
      if (sliced.length) {
        console.log(`${name} (sliced: ingestEvents, validate + prepare + index, after the cold run):`);
        console.log(`  total    ${summary(sliced.map((r) => r.total))}  wall clock, yields included`);
        console.log(`  longest  ${summary(sliced.map((r) => r.longestTaskMs))}  longest main-thread task`);
      }
    }
  } finally {
    rmSync(tempDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
