// Plugins shared by the dev server (`npm start`) and the test runner: TypeScript through esbuild,
// and the few CommonJS packages in the dependency tree served as pre-bundled ES modules.
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { esbuildPlugin } from '@web/dev-server-esbuild';

const require = createRequire(import.meta.url);

// CommonJS-only packages reached from the browser: vis-timeline's xss and component-emitter, and
// Ajv in the schema tests. @rollup/plugin-commonjs through the dev server mishandles their
// conditional `module.exports` and circular requires, so esbuild bundles each into one ES module
// (what Vite's dependency optimizer does too).
const COMMONJS_PACKAGES = ['xss', 'component-emitter', 'ajv'];
const PREFIX = '/__commonjs__/';

function isCommonJsSpecifier(source) {
  return COMMONJS_PACKAGES.some((name) => source === name || source.startsWith(`${name}/`));
}

function prebundledCommonJs() {
  const cache = new Map();
  return {
    name: 'prebundled-commonjs',
    resolveImport({ source }) {
      return isCommonJsSpecifier(source) ? `${PREFIX}${source}` : undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      const specifier = context.path.slice(PREFIX.length);
      if (!isCommonJsSpecifier(specifier)) return undefined;
      if (!cache.has(specifier)) cache.set(specifier, bundle(specifier));
      return { body: await cache.get(specifier), type: 'js' };
    },
  };
}

async function bundle(specifier) {
  const result = await build({
    entryPoints: [require.resolve(specifier)],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

export const devServerPlugins = [
  esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
  prebundledCommonJs(),
];

// moment's `main` is UMD; its `jsnext:main` is the ES module. keycharm and the hammer packages have `module`.
export const nodeResolve = {
  mainFields: ['module', 'jsnext:main', 'browser', 'main'],
  exportConditions: ['browser', 'production'],
};
