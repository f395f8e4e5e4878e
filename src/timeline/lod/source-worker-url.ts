/**
 * Where the source worker's script is: next to this module in the library build (rollup emits
 * `source-worker.js` as an input of its own; Vite and webpack 5 recognise this
 * `new URL(…, import.meta.url)` form and bundle the worker). The drop-in bundle replaces this
 * module (src/bundle-substitutes/source-worker-url.ts) with the file it ships next to itself.
 */
export function sourceWorkerUrl(): URL {
  return new URL('./source-worker.js', import.meta.url);
}
