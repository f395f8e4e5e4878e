// Declaration files that teach Vue's and Svelte's template type-checkers (vue-tsc, svelte-check and
// their editor extensions) the tag, its properties, attributes and events. Each entry is an indexed
// access into the element's own types (`ConflictTimeline['numerals']`,
// `ConflictTimelineEventMap['ct-select']`), so a type is never copied, only named: the manifest says
// which names exist, TypeScript says what they are.

const HEADER = (
  checker,
  reference,
) => `// Generated from custom-elements.json by scripts/write-framework-data.js: do not edit.
// Teaches ${checker}
// the element's properties, attributes and events. Reference it once in the app, e.g. in a .d.ts:
// /// <reference types="${reference}" />
`;

/** A JSDoc comment, indented; `*\/` in the text cannot end it early. */
function jsDoc(text, indent) {
  return text ? `${indent}/** ${text.replaceAll('*/', '*\\/')} */\n` : '';
}

/** A property key, quoted when it is not a plain identifier. */
const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);

function propertyLines(api, indent) {
  return api.properties
    .map(
      (property) =>
        `${jsDoc(property.description, indent)}${indent}${key(property.name)}?: ${api.className}['${property.name}'];\n`,
    )
    .join('');
}

/** Attributes whose name is not their property's (`group-by` for `groupBy`): markup may use either. */
function renamedAttributeLines(api, indent) {
  return api.attributes
    .filter((attribute) => attribute.fieldName && attribute.name !== attribute.fieldName)
    .map(
      (attribute) =>
        `${jsDoc(attribute.description, indent)}${indent}${key(attribute.name)}?: ${api.className}['${attribute.fieldName}'];\n`,
    )
    .join('');
}

/** One listener signature per event, under the key `keyOf(name)` (`?` marks an optional key). */
function eventLines(api, indent, keyOf) {
  return api.events
    .map((event) => {
      const [name, optional] = keyOf(event.name);
      const signature = `(event: ConflictTimelineEventMap['${event.name}']) => void`;
      return `${jsDoc(event.description, indent)}${indent}${key(name)}${optional ? '?' : ''}: ${signature};\n`;
    })
    .join('');
}

/**
 * Vue: the tag as a global component whose `$props` are the element's properties and whose `$emit`
 * names its events, the typing Vue's guide gives for custom elements (vue-tsc then checks
 * `:events`, `numerals="…"` and the `event` of `@ct-select`).
 */
export function vueTypes(api, { typesFrom, reference }) {
  return `${HEADER("Vue's template type-checker (vue-tsc, the Vue editor extension)", reference)}
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { ${api.className}, ConflictTimelineEventMap } from '${typesFrom}';

/** What a template may set on \`<${api.tagName}>\`: its properties (Vue sets them as properties). */
interface ${api.className}VueProps {
${propertyLines(api, '  ')}}

/** The element's events, as \`@${api.events[0]?.name ?? 'event'}\` listeners receive them. */
type ${api.className}VueEmit = EmitFn<{
${eventLines(api, '  ', (name) => [name, false])}}>;

declare module 'vue' {
  interface GlobalComponents {
${jsDoc(api.summary, '    ')}    '${api.tagName}': new () => ${api.className} & {
      /** @deprecated Only for template type checking: the element has no \`$props\`. */
      $props: HTMLAttributes & ${api.className}VueProps & PublicProps;
      /** @deprecated Only for template type checking: the element has no \`$emit\`. */
      $emit: ${api.className}VueEmit;
    };
  }
}
`;
}

/**
 * Svelte 5: the tag in `svelte/elements`' table of elements, with its properties, its renamed
 * attributes and an `on<event>` handler for each event (Svelte 5 listens to `ct-select` for
 * `onct-select`).
 */
export function svelteTypes(api, { typesFrom, reference }) {
  return `${HEADER("Svelte's type-checker (svelte-check, the Svelte editor extension)", reference)}
import type { HTMLAttributes } from 'svelte/elements';
import type { ${api.className}, ConflictTimelineEventMap } from '${typesFrom}';

/** What markup may set on \`<${api.tagName}>\`: properties, attributes and \`on<event>\` handlers. */
type ${api.className}SvelteAttributes = HTMLAttributes<${api.className}> & {
${propertyLines(api, '  ')}${renamedAttributeLines(api, '  ')}${eventLines(api, '  ', (name) => [`on${name}`, true])}};

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
${jsDoc(api.summary, '    ')}    '${api.tagName}': ${api.className}SvelteAttributes;
  }
}
`;
}
