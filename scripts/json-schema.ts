// Writes schema/release-retro.schema.json and the reference table of docs/configuration.md from the zod config
// schema, the one source of keys, defaults, descriptions and examples. A test fails when either is stale.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { configReference, withReference } from '../src/config/config-reference.ts';
import { configJsonSchema } from '../src/config/json-schema.ts';
import { monitoringJsonSchema } from '../src/monitoring/schema.ts';

const schema = configJsonSchema();
mkdirSync('schema', { recursive: true });
writeFileSync('schema/release-retro.schema.json', `${JSON.stringify(schema, null, 2)}\n`);
const doc = 'docs/configuration.md';
writeFileSync(doc, withReference(readFileSync(doc, 'utf8'), configReference(schema)));
console.log(`wrote schema/release-retro.schema.json and the reference table of ${doc}`);
writeFileSync('schema/monitoring.schema.json', `${JSON.stringify(monitoringJsonSchema(), null, 2)}\n`);
console.log('wrote schema/monitoring.schema.json');
