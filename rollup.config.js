// Two builds: (1) the npm library, one ES module per source file, dependencies left to the app's
// bundler; (2) one self-contained, minified ES module for a plain <script type="module">.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { trimVisTimeline } from './scripts/rollup-plugin-trim-vis.js';
import { readdirSync, rmSync } from 'node:fs';
import { sourceWorkerBundle } from './scripts/rollup-source-worker.js';
import { compileHint } from './scripts/rollup-plugin-compile-hint.js';

const typescript = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json', minify: false });

// Anything that is not a relative or absolute path is a package: the library build leaves it out.
const isPackage = (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0');

const library = {
  input: {
    'src/index': 'src/index.ts',
    'src/conflict-timeline': 'src/conflict-timeline.ts',
    'src/conflict-timeline.component': 'src/conflict-timeline.component.ts',
    'src/loaders/index': 'src/loaders/index.ts',
    'src/i18n/index': 'src/i18n/index.ts',
    'src/timeline/lod/index': 'src/timeline/lod/index.ts',
    'src/security/trusted-types': 'src/security/trusted-types.ts',
    'src/react/index': 'src/react/index.ts',
    // The query server (Node only): its bin and its programmatic API.
    'src/server/cli': 'src/server/cli.ts',
    'src/server/index': 'src/server/index.ts',
    // Started by createQueryWorker() from its own URL: it must be a file of its own.
    'src/timeline/lod/query-worker': 'src/timeline/lod/query-worker.ts',
    'src/timeline/lod/source-worker': 'src/timeline/lod/source-worker.ts',
    'src/model/json-schema': 'src/model/json-schema.ts',
    'events/iraq-coalition': 'events/iraq-coalition.ts',
    // `npx conflict-timeline validate|convert` (package.json "bin"), Node only.
    'src/cli/conflict-timeline': 'src/cli/conflict-timeline.ts',
  },
  external: isPackage,
  plugins: [typescript()],
  output: {
    dir: 'dist',
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: '.',
    entryFileNames: '[name].js',
    // The React entry uses hooks: marked as a client module, React Server Components (Next.js's
    // app router) may import it. (A directive in the source would be dropped by rollup.)
    banner: (chunk) => (chunk.name === 'src/react/index' ? "'use client';" : ''),
  },
};

/** The bundle's chunks of earlier builds (hashed names), removed so that only this build's ship. */
const removeOldChunks = () => ({
  name: 'remove-old-chunks',
  buildStart() {
    const dir = 'dist';
    let names = [];
    try {
      names = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of names) if (/^conflict-timeline\.[\w-]+-[\w-]{8}\.js$/.test(name)) rmSync(`${dir}/${name}`);
  },
});

// The drop-in bundle's entry registers the element and makes the article its default events.
const bundle = {
  input: 'src/drop-in.ts',
  plugins: [
    // vis-timeline's Graph2d, configurator and options validator, and the `xss` package, are not
    // needed by this element, and moment is replaced by the small subset vis-timeline calls: see
    // scripts/rollup-plugin-trim-vis.js and src/bundle-substitutes/.
    trimVisTimeline({
      replacements: {
        xss: '../src/bundle-substitutes/xss.ts',
        moment: '../src/bundle-substitutes/moment.ts',
        './source-worker-url.js': '../src/bundle-substitutes/source-worker-url.ts',
      },
    }),
    nodeResolve({ browser: true, mainFields: ['module', 'jsnext:main', 'browser', 'main'] }),
    commonjs(),
    typescript(),
    terser({
      format: { comments: false },
      ecma: 2020,
      module: true,
      compress: { passes: 3 },
      // `KEEP_NAMES=1 npm run build`: function and class names stay, so that a CPU profile of the
      // bundle (bench/profile.js) names what it measures.
      ...(process.env.KEEP_NAMES ? { keep_fnames: true, keep_classnames: true } : {}),
    }),
    // After terser: the hint must stay the bundle's first line (see the plugin).
    compileHint(),
    removeOldChunks(),
  ],
  // The chunk imports what it shares with the bundle from the bundle itself (extra, minified
  // exports), rather than from a third file: the drop-in stays one file until a CSV is read.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: 'conflict-timeline.bundled.js',
    // The CSV readers (ACLED, UCDP GED, TimelineJS sheets) are a chunk of their own, imported
    // relative to the bundle's own URL when a CSV arrives: the bundle stays within its budget,
    // and a page that reads JSON never asks for them. A CDN serves the chunk next to the bundle.
    chunkFileNames: 'conflict-timeline.[name]-[hash].js',
  },
  onwarn(warning, warn) {
    // moment and vis-timeline use `this` at module top level and circular imports: harmless here.
    if (warning.code === 'THIS_IS_UNDEFINED' || warning.code === 'CIRCULAR_DEPENDENCY') return;
    warn(warning);
  },
};

export default [library, bundle, sourceWorkerBundle(typescript)];
