// The drop-in bundle's source worker (the element's `worker` attribute): a self-contained module
// worker next to the bundle, `dist/conflict-timeline.source-worker.js`. A build of its own, not an
// entry of the bundle's: an entry would share code with the bundle by importing the bundle itself,
// which registers the element, and a worker has no `customElements`.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/** `typescript`: the esbuild plugin the other builds use. */
export function sourceWorkerBundle(typescript) {
  return {
    input: 'src/timeline/lod/source-worker.ts',
    plugins: [
      nodeResolve({ browser: true }),
      typescript(),
      // `KEEP_NAMES=1 npm run build`: not minified, so that bench/profile.js names the worker's functions.
      ...(process.env.KEEP_NAMES ? [] : [terser({ format: { comments: false }, ecma: 2020, module: true })]),
    ],
    output: {
      file: 'dist/conflict-timeline.source-worker.js',
      format: 'es',
      // The CSV readers are imported when a CSV arrives: inside the worker's own file.
      inlineDynamicImports: true,
    },
  };
}
