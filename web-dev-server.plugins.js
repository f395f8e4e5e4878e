// Plugins shared by the dev server (`npm start`) and the test runner: TypeScript through esbuild,
// and the CommonJS packages that vis-timeline imports (xss, keycharm, …) turned into ES modules.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import rollupCommonjs from '@rollup/plugin-commonjs';

const commonjs = fromRollup(rollupCommonjs);

export const devServerPlugins = [
  esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
  commonjs({ include: ['**/node_modules/**/*.js', '**/node_modules/**/*.cjs'], exclude: ['**/node_modules/lit*/**', '**/node_modules/@lit/**', '**/node_modules/date-fns/**', '**/node_modules/@open-wc/**', '**/node_modules/chai*/**', '**/node_modules/@esm-bundle/**', '**/node_modules/fast-check/**', '**/node_modules/vis-*/**', '**/node_modules/axe-core/**'] }),
];

// moment's `main` is UMD; its `jsnext:main` is the ES module.
export const nodeResolve = { mainFields: ['module', 'jsnext:main', 'browser', 'main'], exportConditions: ['browser', 'production'] };
