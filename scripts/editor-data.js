// Editor hints from the element's API, in the two formats editors read from a package: VS Code's
// HTML custom data (`html.customData`) and JetBrains' web-types (found through package.json's
// `web-types`). Both give completion and hover docs for the tag, its attributes and their values.

/** A markdown list under a heading, or nothing when there are no entries. */
function section(title, entries, line) {
  return entries.length ? `\n\n**${title}**\n\n${entries.map((entry) => `- ${line(entry)}`).join('\n')}` : '';
}

/** The element's documentation as markdown: what it is, then its events, slots, parts and custom properties. */
export function elementMarkdown(api) {
  return (
    `${api.summary}\n\n${api.description}` +
    section('Events', api.events, (event) => `\`${event.name}\`: ${event.description}`) +
    section('Methods', api.methods, (method) => `\`${method.name}()\`: ${method.description}`) +
    section('Slots', api.slots, (slot) => `${slot.name ? `\`${slot.name}\`` : '(default)'}: ${slot.description}`) +
    section('CSS parts', api.cssParts, (part) => `\`::part(${part.name})\`: ${part.description}`) +
    section(
      'CSS custom properties',
      api.cssProperties,
      (property) => `\`${property.name}\`${property.default ? ` (${property.default})` : ''}: ${property.description}`,
    )
  );
}

/** VS Code's HTML custom data (version 1.1): https://github.com/microsoft/vscode-custom-data */
export function vsCodeCustomData(api) {
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: [
      {
        name: api.tagName,
        description: { kind: 'markdown', value: elementMarkdown(api) },
        attributes: api.attributes.map((attribute) => ({
          name: attribute.name,
          description: attribute.description,
          ...(attribute.values ? { values: attribute.values.map((name) => ({ name })) } : {}),
        })),
      },
    ],
  };
}

/** An attribute's value type as web-types shows it: its literals when it has them. */
function valueType(attribute) {
  return attribute.values ? attribute.values.map((value) => `'${value}'`).join(' | ') : attribute.type;
}

/** JetBrains web-types: https://github.com/JetBrains/web-types */
export function webTypes(api, { name, version }) {
  return {
    $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
    name,
    version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: [
          {
            name: api.tagName,
            description: elementMarkdown(api),
            attributes: api.attributes.map((attribute) => ({
              name: attribute.name,
              description: attribute.description,
              value: { type: valueType(attribute), ...(attribute.default ? { default: attribute.default } : {}) },
            })),
            slots: api.slots.map((slot) => ({ name: slot.name, description: slot.description })),
            js: {
              properties: api.properties.map((property) => ({
                name: property.name,
                description: property.description,
                type: property.type,
              })),
              events: api.events.map((event) => ({
                name: event.name,
                description: event.description,
                type: event.type,
              })),
            },
            css: {
              parts: api.cssParts.map((part) => ({ name: part.name, description: part.description })),
              properties: api.cssProperties.map((property) => ({
                name: property.name,
                description: property.description,
              })),
            },
          },
        ],
      },
    },
  };
}
