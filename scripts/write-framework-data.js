// After the build and the manifest: writes the Vue and Svelte template types and the editor data
// (VS Code custom data, JetBrains web-types) from custom-elements.json and the built declarations,
// so they follow the element's JSDoc and types without being edited by hand.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readElementApi } from './element-api.js';
import { svelteTypes, vueTypes } from './framework-types.js';
import { vsCodeCustomData, webTypes } from './editor-data.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const at = (path) => fileURLToPath(new URL(path, new URL('..', import.meta.url)));
const packageJson = JSON.parse(readFileSync(at('package.json'), 'utf8'));

/** The files written, by package-relative path (package.json's exports and `web-types` name them). */
export const OUTPUTS = {
  vue: 'dist/frameworks/vue.d.ts',
  svelte: 'dist/frameworks/svelte.d.ts',
  vsCode: 'dist/vscode.html-custom-data.json',
  webTypes: 'dist/web-types.json',
};

function write(path, text) {
  mkdirSync(dirname(at(path)), { recursive: true });
  writeFileSync(at(path), text);
  console.log(`wrote ${relative(root, at(path))}`);
}

const api = readElementApi({
  manifestPath: at('custom-elements.json'),
  declarationsEntry: at('dist/src/index.d.ts'),
  eventMapName: 'ConflictTimelineEventMap',
});
const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
write(OUTPUTS.vue, vueTypes(api, { typesFrom: '../src/index.js', reference: `${packageJson.name}/vue` }));
write(OUTPUTS.svelte, svelteTypes(api, { typesFrom: '../src/index.js', reference: `${packageJson.name}/svelte` }));
write(OUTPUTS.vsCode, json(vsCodeCustomData(api)));
write(OUTPUTS.webTypes, json(webTypes(api, packageJson)));
