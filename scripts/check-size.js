// The drop-in bundle is what a newsroom page downloads: keep its gzip size under the budget in
// package.json ("size-budget"."bundled-gzip-kb"), so that growth is a decision, not an accident.
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const BUNDLE = 'dist/conflict-timeline.bundled.js';
const kb = (bytes) => bytes / 1024;

/** Minified and gzip (level 9, as a CDN serves it at best) sizes of the bundle, in KB. */
export function measureBundle(path = `${root}/${BUNDLE}`) {
  if (!existsSync(path)) throw new Error(`${BUNDLE} is missing: run \`npm run build\` first`);
  const bytes = readFileSync(path);
  return { minifiedKb: kb(bytes.length), gzipKb: kb(gzipSync(bytes, { level: 9 }).length) };
}

/**
 * The chunks the bundle loads on demand (the CSV readers), next to it in dist/: not part of the
 * budget, since a page that reads no CSV never downloads them, but printed so that growth shows.
 */
export function measureChunks() {
  return readdirSync(`${root}/dist`)
    .filter((name) => /^conflict-timeline\.[\w-]+-[\w-]{8}\.js$/.test(name))
    .map((name) => ({ name: `dist/${name}`, ...measureBundle(`${root}/dist/${name}`) }));
}

export function readBudgetKb() {
  const pkg = JSON.parse(readFileSync(`${root}/package.json`, 'utf8'));
  const budget = Number(pkg['size-budget']?.['bundled-gzip-kb']);
  if (!Number.isFinite(budget) || budget <= 0) throw new Error('package.json has no "size-budget"."bundled-gzip-kb"');
  return budget;
}

/** Prints the sizes and returns whether the bundle fits its budget. */
export function checkSize() {
  const { minifiedKb, gzipKb } = measureBundle();
  const budgetKb = readBudgetKb();
  const fits = gzipKb <= budgetKb;
  console.log(
    `${BUNDLE}: ${minifiedKb.toFixed(1)} KB minified, ${gzipKb.toFixed(1)} KB gzip ` +
      `(budget ${budgetKb} KB) ${fits ? 'OK' : 'OVER BUDGET'}`,
  );
  for (const chunk of measureChunks()) {
    console.log(
      `  loaded on demand: ${chunk.name}: ${chunk.minifiedKb.toFixed(1)} KB minified, ${chunk.gzipKb.toFixed(1)} KB gzip`,
    );
  }
  return fits;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = checkSize() ? 0 : 1;
}
