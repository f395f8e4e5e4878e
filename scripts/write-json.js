// After the library build: writes the datasets as JSON and the event JSON Schema beside them,
// from the same built modules the package ships (so the JSON cannot drift from the TypeScript).
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = new URL('../dist/', import.meta.url);
const eventsDir = new URL('events/', dist);

for (const file of readdirSync(eventsDir).filter((name) => name.endsWith('.js'))) {
  const module = await import(new URL(file, eventsDir).href);
  const events = module.default;
  if (!Array.isArray(events)) throw new Error(`events/${file} has no default export of an array`);
  writeFileSync(new URL(file.replace(/\.js$/, '.json'), eventsDir), JSON.stringify(events, null, 2) + '\n');
  console.log(`wrote ${join('dist/events', file.replace(/\.js$/, '.json'))} (${events.length} events)`);
}

const { conflictEventsJsonSchema } = await import(new URL('src/model/json-schema.js', dist).href);
const schema = JSON.stringify(conflictEventsJsonSchema(), null, 2) + '\n';
writeFileSync(new URL('events/conflict-events.schema.json', dist), schema);
writeFileSync(new URL('conflict-events.schema.json', dist), schema);
console.log('wrote dist/conflict-events.schema.json');
