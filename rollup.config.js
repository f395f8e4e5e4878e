// Two builds: (1) the npm library, one ES module per source file, dependencies left to the app's
// bundler; (2) one self-contained, minified ES module for a plain <script type="module">.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import commonjs from '@rollup/plugin-commonjs';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { trimVisTimeline } from './scripts/rollup-plugin-trim-vis.js';

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
    // The query server (Node only): its bin and its programmatic API.
    'src/server/cli': 'src/server/cli.ts',
    'src/server/index': 'src/server/index.ts',
    // Started by createQueryWorker() from its own URL: it must be a file of its own.
    'src/timeline/lod/query-worker': 'src/timeline/lod/query-worker.ts',
    'src/model/json-schema': 'src/model/json-schema.ts',
    'events/iraq-coalition': 'events/iraq-coalition.ts',
  },
  external: isPackage,
  plugins: [typescript()],
  output: {
    dir: 'dist',
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: '.',
    entryFileNames: '[name].js',
  },
};

const bundle = {
  input: 'src/conflict-timeline.ts',
  plugins: [
    // vis-timeline's Graph2d, configurator and options validator, and the `xss` package, are not
    // needed by this element, and moment is replaced by the 2 KB subset vis-timeline calls: see
    // scripts/rollup-plugin-trim-vis.js, src/timeline/vis-xss.ts and src/timeline/vis-moment.ts.
    trimVisTimeline({
      replacements: { xss: '../src/timeline/vis-xss.ts', moment: '../src/timeline/vis-moment.ts' },
    }),
    nodeResolve({ browser: true, mainFields: ['module', 'jsnext:main', 'browser', 'main'] }),
    commonjs(),
    typescript(),
    terser({ format: { comments: false }, ecma: 2020, module: true }),
  ],
  output: { file: 'dist/conflict-timeline.bundled.js', format: 'es', inlineDynamicImports: true },
  onwarn(warning, warn) {
    // moment and vis-timeline use `this` at module top level and circular imports: harmless here.
    if (warning.code === 'THIS_IS_UNDEFINED' || warning.code === 'CIRCULAR_DEPENDENCY') return;
    warn(warning);
  },
};

export default [library, bundle];
