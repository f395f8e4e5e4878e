/**
 * The drop-in bundle's source worker: `conflict-timeline.source-worker.js`, built self-contained
 * next to `conflict-timeline.bundled.js` (rollup.config.js), whose URL `import.meta.url` is here.
 */
export function sourceWorkerUrl(): URL {
  return new URL('./conflict-timeline.source-worker.js', import.meta.url);
}
